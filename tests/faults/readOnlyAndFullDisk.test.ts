/**
 * A read-only folder and a full disk, on saving an experiment (the file:save handler, end to end)
 * and on writing a figure pack. CI runs as root, for whom chmod does not make a folder read-only,
 * so the failures are simulated: node:fs/promises is wrapped so that one step of writing one file
 * (open, write after N bytes, fsync, rename, mkdir, rm) fails with the errno a real disk would give.
 * Everything else is the real file system. One extra test writes under /sys, which refuses new
 * files even to root.
 *
 * What must hold each time: a typed error whose message names the file and says why in plain
 * words, the old file byte-identical, no temporary file left behind, and for a pack no
 * manifest.json claiming a whole pack.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultExperiment, serializeExperiment } from '../../shared/experiment';
import { AtomicWriteError, writeFileAtomic } from '../../main/files/atomicWrite';
import { Autosave } from '../../main/files/experimentFiles';
import { TEST_APP_INFO, testFileDeps } from '../../main/ipc/testing/handlerSetup';
import { createHandlers, handleInvoke } from '../../main/ipc/handlers';
import fitWorkerPath from '../../main/fit/worker?modulePath';
import { PACK_MANIFEST, sha256, type PackFile } from '../../main/export/packLayout';
import { PackWriteError, writeFigurePack } from '../../main/export/packWriter';
import type { SimulationPool } from '../../main/simulation/pool';

type Step = 'open' | 'write' | 'sync' | 'rename' | 'mkdir' | 'rm';
interface Fault {
  readonly step: Step;
  readonly code: string;
  /** Which path fails (the temp file of a save by default). */
  readonly path: RegExp;
  /** For 'write': how many bytes reach the file before the disk fills up. */
  readonly afterBytes?: number;
}

const faults = vi.hoisted(() => ({
  active: null as null | Fault,
  /** How many times the armed fault fired, and how many bytes a failing write had written. */
  fired: 0,
  partialBytes: -1,
}));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const systemError = (code: string, step: string, path: string) =>
    Object.assign(new Error(`${code}: simulated failure, ${step} '${path}'`), { code });
  const armed = (step: Step, path: unknown) => {
    const fault = faults.active;
    if (!fault || fault.step !== step || !fault.path.test(String(path))) return null;
    faults.fired++;
    return fault;
  };
  const open: typeof real.open = async (path, flags, mode) => {
    if (armed('open', path)) throw systemError(faults.active!.code, 'open', String(path));
    const handle = await real.open(path, flags, mode);
    const fault = faults.active;
    if (!fault || !fault.path.test(String(path)) || (fault.step !== 'write' && fault.step !== 'sync')) return handle;
    return new Proxy(handle, {
      get(target, key) {
        if (key === 'writeFile' && fault.step === 'write') {
          return async (data: string | Uint8Array) => {
            armed('write', path);
            const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
            // The disk fills up part-way: the first bytes really are written to the temp file.
            const { bytesWritten } = await target.write(bytes.subarray(0, fault.afterBytes ?? 0));
            faults.partialBytes = bytesWritten;
            throw systemError(fault.code, 'write', String(path));
          };
        }
        if (key === 'sync' && fault.step === 'sync') {
          return async () => {
            armed('sync', path);
            throw systemError(fault.code, 'fsync', String(path));
          };
        }
        const value = Reflect.get(target, key);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  };
  const rename: typeof real.rename = async (from, to) => {
    if (armed('rename', from)) throw systemError(faults.active!.code, 'rename', String(from));
    return real.rename(from, to);
  };
  const mkdir = (async (path: string, options?: object) => {
    if (armed('mkdir', path)) throw systemError(faults.active!.code, 'mkdir', path);
    return real.mkdir(path, options);
  }) as typeof real.mkdir;
  const rmFaulty: typeof real.rm = async (path, options) => {
    if (armed('rm', path)) throw systemError(faults.active!.code, 'rm', String(path));
    return real.rm(path, options);
  };
  const wrapped = { ...real, open, rename, mkdir, rm: rmFaulty };
  return { ...wrapped, default: wrapped };
});

const TEMP = /\.tmp$/;
/** The temp file of one target file: `.name.<pid>.<hex>.tmp` beside it. */
const tempOf = (name: string) => new RegExp(`/\\.${name.replace(/\./g, '\\.')}\\.\\d+\\.[0-9a-f]+\\.tmp$`);

let dir: string;
let userData: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nocturne-faults-'));
  userData = await mkdtemp(join(tmpdir(), 'nocturne-faults-user-'));
  faults.active = null;
  faults.fired = 0;
  faults.partialBytes = -1;
});
afterEach(async () => {
  faults.active = null;
  await rm(dir, { recursive: true, force: true });
  await rm(userData, { recursive: true, force: true });
});

/** Every file under `root`, relative, sorted (hidden temp files included). */
async function allFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(root.length + 1))
    .sort();
}

describe('saving an experiment (file:save) on a read-only folder or a full disk', () => {
  const createdWith = { app: '0.0.0', model: '1' };
  const handlers = () =>
    createHandlers({
      // Saving never simulates.
      pool: {} as SimulationPool,
      fitWorkerPath,
      appInfo: TEST_APP_INFO,
      emit: () => undefined,
      files: testFileDeps(userData, { autosave: new Autosave(userData) }),
    });

  const cases: [string, Omit<Fault, 'path'>, string][] = [
    ['the temp file cannot be created (read-only disk)', { step: 'open', code: 'EROFS' }, 'the folder is read-only'],
    ['the temp file cannot be created (no permission)', { step: 'open', code: 'EACCES' }, 'the folder is read-only'],
    ['the disk fills up after 0 bytes', { step: 'write', code: 'ENOSPC', afterBytes: 0 }, 'the disk is full'],
    ['the disk fills up after 100 bytes', { step: 'write', code: 'ENOSPC', afterBytes: 100 }, 'the disk is full'],
    ['the disk fills up after 1000 bytes', { step: 'write', code: 'ENOSPC', afterBytes: 1000 }, 'the disk is full'],
    ['the disk is full at fsync (delayed allocation)', { step: 'sync', code: 'ENOSPC' }, 'the disk is full'],
    ['the rename is refused (read-only disk)', { step: 'rename', code: 'EROFS' }, 'the folder is read-only'],
    ['the rename is refused (no permission)', { step: 'rename', code: 'EPERM' }, 'the folder is read-only'],
  ];

  it.each(cases)('%s: says so, keeps the old file byte-identical, leaves no temp file', async (_what, fault, why) => {
    const target = join(dir, 'sleep study.nocturne.json');
    const old = Buffer.from(serializeExperiment({ ...defaultExperiment(), title: 'The old version' }, createdWith));
    await writeFile(target, old);
    faults.active = { ...fault, path: TEMP };
    const experiment = { ...defaultExperiment(), title: 'The new version', notes: 'x'.repeat(5000) };
    const reply = await handleInvoke(handlers(), 'file:save', { experiment, path: target });
    faults.active = null;

    expect(faults.fired).toBe(1);
    expect(reply).toMatchObject({ ok: false, error: { code: 'write-failed' } });
    const message = (reply as { error: { message: string } }).error.message;
    expect(message).toContain(`cannot save "${target}"`);
    expect(message).toContain(why);
    if (fault.step === 'write') expect(faults.partialBytes).toBe(fault.afterBytes);
    expect((await readFile(target)).equals(old)).toBe(true);
    expect(await allFiles(dir)).toEqual(['sleep study.nocturne.json']);
    // A failed save is not a recent file.
    expect(existsSync(join(userData, 'recent.json'))).toBe(false);
  });

  it('a first save onto a full disk leaves no file at all', async () => {
    const target = join(dir, 'new.nocturne.json');
    faults.active = { step: 'write', code: 'ENOSPC', afterBytes: 64, path: TEMP };
    const reply = await handleInvoke(handlers(), 'file:save', { experiment: defaultExperiment(), path: target });
    expect(reply).toEqual({
      ok: false,
      error: { code: 'write-failed', message: `cannot save "${target}": the disk is full` },
    });
    expect(await allFiles(dir)).toEqual([]);
  });

  it('saves normally once the disk has room again (the fault wrapper passes everything else through)', async () => {
    const target = join(dir, 'ok.nocturne.json');
    const experiment = { ...defaultExperiment(), title: 'Saved' };
    expect(await handleInvoke(handlers(), 'file:save', { experiment, path: target })).toEqual({
      ok: true,
      value: { path: target },
    });
    expect(await readFile(target, 'utf8')).toBe(serializeExperiment(experiment, createdWith));
  });

  // Really read-only, with no simulation: root may not create files in sysfs either (EACCES when
  // it is mounted read-write, EROFS in containers that mount it read-only).
  it.skipIf(!existsSync('/sys/kernel'))(
    'refuses to save under /sys, a folder that is read-only even for root',
    async () => {
      const target = '/sys/kernel/nocturne-probe.nocturne.json';
      const error = await writeFileAtomic(target, 'x').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AtomicWriteError);
      expect(['EACCES', 'EROFS', 'EPERM']).toContain((error as AtomicWriteError).code);
      expect((error as Error).message).toMatch(
        /^cannot save "\/sys\/kernel\/nocturne-probe\.nocturne\.json": the folder is read-only/,
      );
      const reply = await handleInvoke(handlers(), 'file:save', { experiment: defaultExperiment(), path: target });
      expect(reply).toMatchObject({ ok: false, error: { code: 'write-failed', message: (error as Error).message } });
      expect(existsSync(target)).toBe(false);
    },
  );
});

describe('writing a figure pack on a read-only folder or a full disk', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  /** A small pack with a real manifest (the writer does not care what the bytes are). */
  function pack(version: string): PackFile[] {
    const files: PackFile[] = [
      { path: 'experiment.nocturne', data: utf8(`{"title":"${version}"}\n`) },
      { path: 'metrics.csv', data: utf8(`metric,${version}\n`.repeat(50)) },
      { path: 'figures/first.png', data: utf8(`png ${version} `.repeat(400)) },
      { path: 'figures/second.svg', data: utf8(`<svg>${version}</svg>`.repeat(300)) },
      { path: 'report.pdf', data: utf8(`%PDF ${version}`.repeat(200)) },
    ];
    const manifest = {
      format: 'nocturne-figure-pack',
      version: 1,
      files: files.map((f) => ({ path: f.path, bytes: f.data.length, sha256: sha256(f.data) })),
    };
    return [...files, { path: PACK_MANIFEST, data: utf8(`${JSON.stringify(manifest)}\n`) }];
  }
  const OLD = pack('old');
  const NEW = pack('new');
  const bytesOf = (files: PackFile[], path: string) => Buffer.from(files.find((f) => f.path === path)!.data);

  /** Each file now on disk, as 'old', 'new' or 'other' (a mix or a stranger). */
  async function versions(): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const path of await allFiles(dir)) {
      const bytes = await readFile(join(dir, path));
      const old = OLD.find((f) => f.path === path);
      const fresh = NEW.find((f) => f.path === path);
      out[path] =
        old && bytes.equals(Buffer.from(old.data))
          ? 'old'
          : fresh && bytes.equals(Buffer.from(fresh.data))
            ? 'new'
            : 'other';
    }
    return out;
  }

  it('writes a whole pack when nothing fails', async () => {
    await writeFigurePack(dir, OLD);
    await writeFigurePack(dir, NEW);
    expect(Object.values(await versions())).toEqual(Array(NEW.length).fill('new'));
  });

  it.each([
    ['the disk fills up after 10 bytes', { step: 'write', code: 'ENOSPC', afterBytes: 10 }, 'the disk is full'],
    ['the disk is full at fsync', { step: 'sync', code: 'ENOSPC' }, 'the disk is full'],
    ['the folder turns read-only', { step: 'open', code: 'EROFS' }, 'the folder is read-only'],
    ['the rename is refused', { step: 'rename', code: 'EACCES' }, 'the folder is read-only'],
  ] as const)('%s part-way: names the file, leaves no manifest and no temp file', async (_what, fault, why) => {
    await writeFigurePack(dir, OLD);
    // The third file of the new pack fails: two are already replaced, the rest still old.
    faults.active = { ...fault, path: tempOf('second.svg') };
    const error = await writeFigurePack(dir, NEW).catch((e: unknown) => e);
    faults.active = null;

    expect(faults.fired).toBe(1);
    expect(error).toBeInstanceOf(PackWriteError);
    expect((error as PackWriteError).file).toBe('figures/second.svg');
    expect((error as PackWriteError).code).toBe(fault.code);
    expect((error as Error).message).toBe(
      `cannot save "${join(dir, 'figures/second.svg')}": ${
        fault.code === 'EACCES'
          ? 'the folder is read-only (permission denied)'
          : fault.code === 'EROFS'
            ? 'the folder is read-only (it is on a read-only disk)'
            : 'the disk is full'
      }; the figure pack in "${dir}" is incomplete (it has no manifest.json)`,
    );
    expect((error as Error).message).toContain(why);
    // No manifest (the old one no longer describes the folder), nothing half-written, no temp file.
    expect(await versions()).toEqual({
      'experiment.nocturne': 'new',
      'figures/first.png': 'new',
      'figures/second.svg': 'old',
      'metrics.csv': 'new',
      'report.pdf': 'old',
    });
  });

  it('when the manifest itself cannot be written, there is no manifest and the error says so', async () => {
    await writeFigurePack(dir, OLD);
    faults.active = { step: 'write', code: 'ENOSPC', afterBytes: 5, path: tempOf(PACK_MANIFEST) };
    const error = (await writeFigurePack(dir, NEW).catch((e: unknown) => e)) as PackWriteError;
    expect(error.file).toBe(PACK_MANIFEST);
    expect(error.message).toMatch(/manifest\.json": the disk is full; the figure pack .* is incomplete/);
    const now = await versions();
    expect(now[PACK_MANIFEST]).toBeUndefined();
    expect(Object.values(now)).toEqual(Array(NEW.length - 1).fill('new'));
  });

  it('when the old manifest cannot be removed (read-only folder), nothing is touched and the old pack stays whole', async () => {
    await writeFigurePack(dir, OLD);
    faults.active = { step: 'rm', code: 'EROFS', path: /manifest\.json$/ };
    const error = (await writeFigurePack(dir, NEW).catch((e: unknown) => e)) as PackWriteError;
    expect(error).toBeInstanceOf(PackWriteError);
    expect(error.file).toBe(PACK_MANIFEST);
    expect(error.message).toBe(
      `cannot replace the figure pack in "${dir}": its manifest.json cannot be removed: the folder is read-only (it is on a read-only disk)`,
    );
    expect(Object.values(await versions())).toEqual(Array(OLD.length).fill('old'));
  });

  it('when its figures folder cannot be created, says which folder and writes nothing', async () => {
    faults.active = { step: 'mkdir', code: 'EACCES', path: /\/figures$/ };
    const error = (await writeFigurePack(dir, NEW).catch((e: unknown) => e)) as PackWriteError;
    expect(error).toBeInstanceOf(PackWriteError);
    expect(error.file).toBe('figures');
    expect(error.message).toBe(
      `cannot create the folder "${join(dir, 'figures')}": the folder is read-only (permission denied)`,
    );
    expect(await allFiles(dir)).toEqual([]);
  });

  it('a retry after the disk has room again gives a whole pack', async () => {
    await writeFigurePack(dir, OLD);
    faults.active = { step: 'write', code: 'ENOSPC', afterBytes: 1, path: tempOf('report.pdf') };
    await expect(writeFigurePack(dir, NEW)).rejects.toThrow(/report\.pdf": the disk is full/);
    faults.active = null;
    await writeFigurePack(dir, NEW);
    expect(Object.values(await versions())).toEqual(Array(NEW.length).fill('new'));
    expect(bytesOf(NEW, PACK_MANIFEST).equals(await readFile(join(dir, PACK_MANIFEST)))).toBe(true);
  });
});
