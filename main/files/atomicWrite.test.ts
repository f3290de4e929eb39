import * as nodeFs from 'node:fs/promises';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AtomicWriteError, writeFileAtomic, type AtomicWriteFs } from './atomicWrite';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nocturne-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const systemError = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

/** The real file system, recording each step, with one step made to fail. */
function recordingFs(failAt?: { step: string; code: string }) {
  const steps: string[] = [];
  const fail = (step: string) => {
    steps.push(step);
    if (failAt?.step === step) throw systemError(failAt.code);
  };
  const fs: AtomicWriteFs = {
    async open(path, flags, mode) {
      const isDir = flags === 'r';
      fail(isDir ? 'open dir' : 'open temp');
      const handle = await nodeFs.open(path, flags, mode);
      return new Proxy(handle, {
        get(target, key) {
          const name = `${String(key)}${isDir ? ' dir' : ''}`;
          if (key === 'writeFile' || key === 'sync' || key === 'close') {
            return async (...args: unknown[]) => {
              fail(name);
              return (target[key] as (...a: unknown[]) => unknown).apply(target, args);
            };
          }
          const value = Reflect.get(target, key);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    },
    async rename(from, to) {
      fail('rename');
      return nodeFs.rename(from, to);
    },
    async rm(path, options) {
      steps.push('rm temp');
      return nodeFs.rm(path, options);
    },
  };
  return { fs, steps };
}

describe('writeFileAtomic', () => {
  it('writes the temp file, syncs it, renames it over the target, then syncs the folder', async () => {
    const target = join(dir, 'a.nocturne.json');
    const { fs, steps } = recordingFs();
    await writeFileAtomic(target, 'hello\n', { fs });
    expect(await readFile(target, 'utf8')).toBe('hello\n');
    expect(steps).toEqual(['open temp', 'writeFile', 'sync', 'close', 'rename', 'open dir', 'sync dir', 'close dir']);
    expect(await readdir(dir)).toEqual(['a.nocturne.json']);
  });

  it('replaces an existing file whole, and writes bytes as given', async () => {
    const target = join(dir, 'data.bin');
    await writeFile(target, 'old contents that are longer');
    await writeFileAtomic(target, new Uint8Array([0, 1, 2, 255]));
    expect([...(await readFile(target))]).toEqual([0, 1, 2, 255]);
    expect(await readdir(dir)).toEqual(['data.bin']);
  });

  it.each([
    ['writeFile', 'ENOSPC', 'the disk is full'],
    ['sync', 'EDQUOT', 'the disk quota is used up'],
    ['rename', 'EACCES', 'the folder is read-only (permission denied)'],
    ['rename', 'EROFS', 'the folder is read-only (it is on a read-only disk)'],
    ['writeFile', 'EIO', 'EIO: simulated'],
  ])('on %s failing with %s: removes the temp file, leaves the old file, says why', async (step, code, why) => {
    const target = join(dir, 'keep.nocturne.json');
    await writeFile(target, 'old\n');
    const { fs, steps } = recordingFs({ step, code });
    const error = await writeFileAtomic(target, 'new\n', { fs }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AtomicWriteError);
    expect((error as AtomicWriteError).message).toBe(`cannot save "${target}": ${why}`);
    expect((error as AtomicWriteError).code).toBe(code);
    expect(steps).toContain('rm temp');
    expect(await readFile(target, 'utf8')).toBe('old\n');
    expect(await readdir(dir)).toEqual(['keep.nocturne.json']);
  });

  it('says permission denied when the temp file cannot be created, and writes nothing', async () => {
    const { fs, steps } = recordingFs({ step: 'open temp', code: 'EPERM' });
    const target = join(dir, 'x.json');
    await expect(writeFileAtomic(target, 'x', { fs })).rejects.toThrow(
      `cannot save "${target}": the folder is read-only (permission denied)`,
    );
    expect(steps).toEqual(['open temp']);
    expect(await readdir(dir)).toEqual([]);
  });

  it('says the folder is missing (real file system)', async () => {
    const target = join(dir, 'no-such-folder', 'x.json');
    await expect(writeFileAtomic(target, 'x')).rejects.toThrow(
      `cannot save "${target}": the folder "${join(dir, 'no-such-folder')}" does not exist`,
    );
  });

  it('refuses to replace a folder', async () => {
    await nodeFs.mkdir(join(dir, 'taken'));
    await expect(writeFileAtomic(join(dir, 'taken'), 'x')).rejects.toMatchObject({ code: 'EISDIR' });
    expect(await readdir(dir)).toEqual(['taken']);
  });

  it('tolerates systems that cannot sync a folder, but reports a real failure to do so', async () => {
    const target = join(dir, 'y.json');
    await writeFileAtomic(target, 'y', { fs: recordingFs({ step: 'open dir', code: 'EISDIR' }).fs });
    expect(await readFile(target, 'utf8')).toBe('y');
    await expect(
      writeFileAtomic(target, 'z', { fs: recordingFs({ step: 'sync dir', code: 'EIO' }).fs }),
    ).rejects.toThrow(`saved "${target}", but its folder could not be flushed to disk: EIO: simulated`);
  });
});
