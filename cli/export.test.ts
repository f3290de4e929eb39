// `nocturne export` as a plain function of (argv, io): a fast stand-in engine, real files in a
// temp folder for what it writes, and every refusal checked to write nothing. Rendering whole
// packs takes seconds on a busy machine: those tests get a longer timeout.
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultExperiment, serializeExperiment, type Experiment } from '../shared/experiment';
import type { ParameterValues } from '../shared/model/parameters';
import { EPOCHS_PER_HOUR, STAGE_CODE, type SimulationResult } from '../shared/model/result';
import { SERIES } from '../shared/model/series';
import { EXPORT_USAGE, makeExportCommand } from './export';
import { CliError, EXIT_FAILURE, type CliIo, type Engine } from './io';

/** Only the hypnogram's and pressure panel's series: enough for every kind of figure, and fast. */
const FAKE_SERIES = SERIES.filter((s) => s.panel === 'hypnogram' || s.panel === 'pressure');

function fakeEngine(): Engine & { calls: number } {
  const engine = {
    calls: 0,
    info: { name: 'fake-model', version: '9.8.7' },
    series: FAKE_SERIES,
    simulateNight(params: ParameterValues, seed: number): SimulationResult {
      engine.calls++;
      if (params.timeInBed_h > 15) {
        throw Object.assign(new Error('time in bed runs into the next lights-off'), { name: 'ProtocolError' });
      }
      const lightsOff = params.bedtime < 12 ? params.bedtime + 24 : params.bedtime;
      const start_h = -24;
      const epochs = (48 - lightsOff + 24) * EPOCHS_PER_HOUR;
      const series: Record<string, Float32Array> = {};
      FAKE_SERIES.forEach((s, k) => {
        series[s.id] = Float32Array.from({ length: epochs }, (_, i) => Math.sin(i / (200 + 30 * k)) + seed / 100);
      });
      const stage = Uint8Array.from({ length: epochs }, (_, i) => {
        const t = start_h + i / EPOCHS_PER_HOUR;
        return t < 0 || t > params.timeInBed_h ? STAGE_CODE.W : [STAGE_CODE.N2, STAGE_CODE.N3, STAGE_CODE.R][i % 3]!;
      });
      return {
        model: engine.info,
        start_h,
        epochs,
        focalLightsOff_clock_h: lightsOff,
        focalTimeInBed_h: params.timeInBed_h,
        stage,
        series,
        metrics: { totalSleepTime_min: params.timeInBed_h * 60 - seed, dlmo_clock_h: lightsOff - 2 },
      };
    },
  };
  return engine;
}

function memoryIo(files: Record<string, string | Uint8Array>) {
  const out = { stdout: '', stderr: '', engineLoads: 0 };
  const engine = fakeEngine();
  const io: CliIo = {
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    fs: {
      async size(path) {
        const file = files[path];
        if (file === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
        return typeof file === 'string' ? new TextEncoder().encode(file).length : file.length;
      },
      async readFile(path) {
        const file = files[path]!;
        return typeof file === 'string' ? new TextEncoder().encode(file) : file;
      },
      mkdir: () => Promise.reject(new Error('export writes through its own pack writer')),
      writeFileAtomic: () => Promise.reject(new Error('export writes through its own pack writer')),
    },
    async engine() {
      out.engineLoads++;
      return engine;
    },
  };
  return { io, out, engine };
}

/** What runCli does with a command's outcome: an exit code, and a thrown CliError as one line on stderr. */
async function run(command: ReturnType<typeof makeExportCommand>, argv: string[], io: CliIo, out: { stderr: string }) {
  try {
    return await command(argv, io);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    out.stderr += `${error.message}\n`;
    return error.exitCode;
  }
}

const EXPERIMENT: Experiment = {
  ...defaultExperiment(),
  title: 'CLI export',
  nights: [
    { label: 'Usual', scenario: 'baseline', params: {}, events: [], seed: 3 },
    { label: 'Late, with coffee', scenario: 'evening-caffeine', params: { bedtime: 1 }, events: [], seed: 4 },
  ],
};
const FILE_TEXT = serializeExperiment(EXPERIMENT, { app: '0.1.0', model: '9.8.7' });
const CREATED = new Date('2026-01-02T03:04:05.000Z');
const APP = { name: 'Nocturne', version: '0.1.0' };

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'nocturne-export-cli-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function listPack(dir: string): Promise<string[]> {
  const top = await readdir(dir);
  const figures = top.includes('figures') ? (await readdir(join(dir, 'figures'))).map((f) => `figures/${f}`) : [];
  return [...top.filter((f) => f !== 'figures'), ...figures].sort();
}

describe('nocturne export', () => {
  it('prints its usage for --help and loads no engine', async () => {
    const { io, out } = memoryIo({});
    expect(await run(makeExportCommand(), ['--help'], io, out)).toBe(0);
    expect(out.stdout).toBe(EXPORT_USAGE);
    expect(out.engineLoads).toBe(0);
  });

  it('writes the chosen formats into a new folder, with a manifest whose hashes verify', async () => {
    const { io, out } = memoryIo({ 'exp.nocturne.json': FILE_TEXT });
    const dir = join(root, 'a', 'new', 'pack');
    const command = makeExportCommand({ now: () => CREATED, app: APP });
    const code = await run(
      command,
      ['exp.nocturne.json', '--out', dir, '--formats', 'csv,png', '--size=single'],
      io,
      out,
    );
    expect(out.stderr).toBe('');
    expect(code).toBe(0);
    const files = await listPack(dir);
    expect(files).toEqual([
      'experiment.nocturne',
      'figures/panel-hypnogram.png',
      'figures/panel-pressure.png',
      'figures/side-by-side.png',
      'manifest.json',
      'metrics.csv',
      'timeseries.csv',
    ]);
    expect(out.stdout).toMatch(
      new RegExp(`^wrote 7 files \\(.+\\) to ${dir}; manifest.json lists them with SHA-256\\n$`),
    );
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.created).toBe('2026-01-02T03:04:05.000Z');
    expect(manifest.model).toEqual({ name: 'fake-model', version: '9.8.7' });
    expect(manifest.options.formats).toEqual(['png', 'csv']);
    expect(manifest.nights.map((n: { seed: number; params: ParameterValues }) => [n.seed, n.params.bedtime])).toEqual([
      [3, 23],
      [4, 1],
    ]);
    for (const file of manifest.files) {
      const data = await readFile(join(dir, file.path));
      expect(createHash('sha256').update(data).digest('hex')).toBe(file.sha256);
    }
    const png = await loadImage(await readFile(join(dir, 'figures/panel-hypnogram.png')));
    expect(png.width).toBe(1004);
    const csv = await readFile(join(dir, 'metrics.csv'), 'utf8');
    expect(csv.split('\r\n')[2]).toBe('totalSleepTime_min,min,477,476,-1,-0.209644');
  }, 90_000);

  it('honours --scale, --background and --paper', async () => {
    const { io, out } = memoryIo({ f: FILE_TEXT });
    const dir = join(root, 'big');
    const command = makeExportCommand({ now: () => CREATED, app: APP });
    const argv = ['f', '--out', dir, '--formats', 'png,pdf', '--size', 'single', '--scale', '1.5'];
    expect(await run(command, [...argv, '--background', 'transparent', '--paper', 'letter'], io, out)).toBe(0);
    const png = await loadImage(await readFile(join(dir, 'figures/panel-pressure.png')));
    expect(png.width).toBe(Math.round((85 / 25.4) * 450));
    const canvas = createCanvas(png.width, png.height);
    canvas.getContext('2d').drawImage(png, 0, 0);
    expect(canvas.getContext('2d').getImageData(0, 0, 1, 1).data[3]).toBe(0);
    const pdf = await readFile(join(dir, 'report.pdf'), 'latin1');
    expect(pdf).toMatch(/\/MediaBox \[ 0 0 612 792 \]/);
    expect(pdf).not.toMatch(/\/MediaBox \[ 0 0 595/);
  }, 90_000);

  it('re-exporting into a pack folder removes only the files of the earlier pack that are no longer written', async () => {
    const { io, out } = memoryIo({ f: FILE_TEXT });
    const dir = join(root, 'again');
    const command = makeExportCommand({ now: () => CREATED, app: APP });
    expect(await run(command, ['f', '--out', dir, '--formats', 'svg,csv', '--size', 'single'], io, out)).toBe(0);
    expect(await listPack(dir)).toContain('figures/side-by-side.svg');
    await writeFile(join(dir, 'my notes.txt'), 'keep me');
    await writeFile(join(dir, 'figures', 'my-edit.svg'), '<svg/>');
    expect(await run(command, ['f', '--out', dir, '--formats', 'csv'], io, out)).toBe(0);
    expect(out.stderr).toBe('');
    expect(await listPack(dir)).toEqual([
      'experiment.nocturne',
      'figures/my-edit.svg',
      'manifest.json',
      'metrics.csv',
      'my notes.txt',
      'timeseries.csv',
    ]);
    // Once the user's own file is gone, the next export without figures removes the empty folder.
    await rm(join(dir, 'figures', 'my-edit.svg'));
    expect(await run(command, ['f', '--out', dir, '--formats', 'svg'], io, out)).toBe(0);
    expect(await run(command, ['f', '--out', dir, '--formats', 'csv'], io, out)).toBe(0);
    expect((await readdir(dir)).sort()).toEqual([
      'experiment.nocturne',
      'manifest.json',
      'metrics.csv',
      'my notes.txt',
      'timeseries.csv',
    ]);
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.files.map((f: { path: string }) => f.path).sort()).toEqual([
      'experiment.nocturne',
      'metrics.csv',
      'timeseries.csv',
    ]);
  }, 90_000);

  it('--created pins the recorded time: two runs give byte-identical packs', async () => {
    const { io, out } = memoryIo({ f: FILE_TEXT });
    const command = makeExportCommand({ now: () => new Date(), app: APP });
    const argv = (dir: string) => ['f', '--out', dir, '--formats', 'svg,csv,pdf', '--size', 'single'];
    const created = ['--created', '2026-01-31T09:00:00+01:00'];
    expect(await run(command, [...argv(join(root, 'same-1')), ...created], io, out)).toBe(0);
    expect(await run(command, [...argv(join(root, 'same-2')), ...created], io, out)).toBe(0);
    const first = await readFile(join(root, 'same-1', 'manifest.json'), 'utf8');
    expect(await readFile(join(root, 'same-2', 'manifest.json'), 'utf8')).toBe(first);
    expect(JSON.parse(first).created).toBe('2026-01-31T08:00:00.000Z');
  }, 90_000);

  it('takes SOURCE_DATE_EPOCH as the creation time when set', async () => {
    const { sourceDateEpoch } = await import('./export');
    expect(sourceDateEpoch({ SOURCE_DATE_EPOCH: '1767225600' })?.toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(sourceDateEpoch({ SOURCE_DATE_EPOCH: 'soon' })).toBeNull();
    expect(sourceDateEpoch({})).toBeNull();
  });

  const badInput: [string, string[], Record<string, string | Uint8Array>, string][] = [
    [
      'no FILE',
      ['--out', 'x'],
      {},
      'nocturne export: missing FILE (an experiment file, *.nocturne); try nocturne export --help',
    ],
    ['no --out', ['f'], { f: FILE_TEXT }, 'nocturne export: missing --out DIR; try nocturne export --help'],
    ['a missing file', ['gone.json', '--out', 'OUT'], {}, 'nocturne export: cannot read "gone.json": no such file'],
    [
      'a bad experiment',
      ['f', '--out', 'OUT'],
      { f: FILE_TEXT.replace('"bedtime": 1', '"bedtime": 25') },
      'nocturne export: "f" is not a usable experiment: nights[1].params.bedtime must be between 0 and 24 clock h, got 25',
    ],
    [
      'an unknown format',
      ['f', '--out', 'OUT', '--formats', 'png,jpg'],
      { f: FILE_TEXT },
      'nocturne export: unknown format "jpg" in --formats; known: png, svg, csv, pdf',
    ],
    [
      'an empty format',
      ['f', '--out', 'OUT', '--formats', 'png,,csv'],
      { f: FILE_TEXT },
      'nocturne export: unknown format "" in --formats; known: png, svg, csv, pdf',
    ],
    [
      'a bad paper size',
      ['f', '--out', 'OUT', '--paper', 'a5'],
      { f: FILE_TEXT },
      'nocturne export: unknown --paper value "a5"; known: a4, letter',
    ],
    [
      'a bad figure size',
      ['f', '--out', 'OUT', '--size', 'wide'],
      { f: FILE_TEXT },
      'nocturne export: unknown --size value "wide"; known: single, double',
    ],
    [
      'a scale of 5',
      ['f', '--out', 'OUT', '--scale', '5'],
      { f: FILE_TEXT },
      'nocturne export: --scale must be a number from 1 to 4, got "5"',
    ],
    [
      'a scale of 0.5',
      ['f', '--out', 'OUT', '--scale', '0.5'],
      { f: FILE_TEXT },
      'nocturne export: --scale must be a number from 1 to 4, got "0.5"',
    ],
    [
      'a bad background',
      ['f', '--out', 'OUT', '--background', 'black'],
      { f: FILE_TEXT },
      'nocturne export: unknown --background value "black"; known: white, transparent',
    ],
    [
      'a --created without a zone',
      ['f', '--out', 'OUT', '--created', '2026-01-31 09:00'],
      { f: FILE_TEXT },
      'nocturne export: --created must be an ISO 8601 time with a zone, e.g. 2026-01-31T09:00:00Z; got "2026-01-31 09:00"',
    ],
    [
      'an unknown flag',
      ['f', '--out', 'OUT', '--dpi', '600'],
      { f: FILE_TEXT },
      'nocturne export: unknown option --dpi; try nocturne export --help',
    ],
    [
      'a night the engine refuses',
      ['f', '--out', 'OUT'],
      { f: FILE_TEXT.replace('"bedtime": 1', '"bedtime": 1,\n        "timeInBed_h": 16') },
      'nocturne export: night B ("Late, with coffee") cannot be simulated: time in bed runs into the next lights-off',
    ],
  ];
  it.each(badInput)('refuses %s: exit 2, one line on stderr, nothing written', async (_, argv, files, message) => {
    const { io, out } = memoryIo(files);
    const dir = join(root, `refused-${Math.random().toString(36).slice(2)}`);
    const written: string[] = [];
    const command = makeExportCommand({
      now: () => CREATED,
      app: APP,
      writePack: async (target) => void written.push(target),
    });
    expect(
      await run(
        command,
        argv.map((a) => (a === 'OUT' ? dir : a)),
        io,
        out,
      ),
    ).toBe(2);
    expect(out.stderr).toBe(`${message.replace('OUT', dir)}\n`);
    expect(out.stderr.split('\n').length).toBe(2);
    expect(out.stdout).toBe('');
    expect(written).toEqual([]);
    await expect(stat(dir)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('refuses an --out that is a file: exit 2, one line, the file untouched', async () => {
    const { io, out, engine } = memoryIo({ f: FILE_TEXT });
    const file = join(root, 'a-file.txt');
    await writeFile(file, 'mine');
    const command = makeExportCommand({ now: () => CREATED, app: APP });
    expect(await run(command, ['f', '--out', file], io, out)).toBe(2);
    expect(out.stderr).toBe(`nocturne export: cannot write the pack to --out: "${file}" is a file, not a folder\n`);
    expect(await run(command, ['f', '--out', join(file, 'sub')], io, out)).toBe(2);
    expect(out.stderr.split('\n')[1]).toBe(
      `nocturne export: cannot write the pack to --out: "${join(file, 'sub')}" is inside a file, not a folder`,
    );
    expect(await readFile(file, 'utf8')).toBe('mine');
    expect(engine.calls).toBe(0);
  });

  it('reports a folder it cannot create as one line with exit 1', async () => {
    const { io, out } = memoryIo({ f: FILE_TEXT });
    const blocker = join(root, 'blocker');
    await writeFile(blocker, 'x');
    // The pack writer itself, past the up-front check: figures/ cannot be made where a file is.
    const command = makeExportCommand({ now: () => CREATED, app: APP, checkOutDir: async () => null });
    expect(await run(command, ['f', '--out', blocker, '--formats', 'csv'], io, out)).toBe(EXIT_FAILURE);
    expect(out.stderr).toBe(`nocturne export: cannot create the folder "${blocker}": a file is in the way\n`);
  });

  it('reports a failed write as one line with exit 1', async () => {
    const { io, out } = memoryIo({ f: FILE_TEXT });
    const command = makeExportCommand({
      now: () => CREATED,
      app: APP,
      writePack: () => Promise.reject(new Error('cannot save "out/manifest.json": no space left on the disk')),
    });
    expect(await run(command, ['f', '--out', 'out', '--formats', 'csv'], io, out)).toBe(EXIT_FAILURE);
    expect(out.stderr).toBe('nocturne export: cannot save "out/manifest.json": no space left on the disk\n');
    expect(out.stdout).toBe('');
  });
});
