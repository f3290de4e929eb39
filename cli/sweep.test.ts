import { describe, expect, it } from 'vitest';
import { EXPERIMENT_VERSION, defaultExperiment, serializeExperiment, type Experiment } from '../shared/experiment';
import { METRICS } from '../shared/model/metrics';
import { FakePool } from '../main/sweep/testing/fakePool';
import type { CliIo } from './io';
import { runCli } from './main';
import { SWEEP_USAGE, sweepCommand, type SweepDeps } from './sweep';

const EXPERIMENT: Experiment = {
  ...defaultExperiment(),
  nights: [
    { label: 'Usual', scenario: 'baseline', params: {}, events: [], seed: 3 },
    { label: 'Late, with coffee', scenario: 'evening-caffeine', params: { bedtime: 1 }, events: [], seed: 9 },
  ],
};
const FILE_TEXT = serializeExperiment(EXPERIMENT, { app: '0.1.0', model: '0.1.0' });

/** Files by path; folders exist when they are listed in `folders`. */
function harness(options: { files?: Record<string, string>; folders?: string[]; failWrite?: Error } = {}) {
  const files = options.files ?? { 'exp.nocturne.json': FILE_TEXT };
  const folders = new Set(options.folders ?? ['.', 'out']);
  const out = { stdout: '', stderr: '', written: {} as Record<string, string>, opened: 0, closed: 0 };
  const pool = new FakePool(2, 1);
  const io: CliIo = {
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    fs: {
      async size(path) {
        if (folders.has(path)) return 4096;
        const file = files[path];
        if (file === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
        return new TextEncoder().encode(file).length;
      },
      async readFile(path) {
        return new TextEncoder().encode(files[path]!);
      },
      async mkdir() {},
      async writeFileAtomic(path, data) {
        if (options.failWrite) throw options.failWrite;
        out.written[path] = data;
      },
    },
    async engine() {
      throw new Error('the sweep runs on the pool, not the in-process engine');
    },
  };
  let clock = 0;
  const deps: SweepDeps = {
    async openPool() {
      out.opened++;
      return { pool, close: async () => void out.closed++ };
    },
    now: () => (clock += 400),
  };
  const run = (argv: string[]) => sweepCommand(argv, io, deps);
  return { io, out, pool, run, deps };
}

const ARGS = ['exp.nocturne.json', '--night', 'b', '--param', 'caffeine_mg', '--from', '0', '--to', '400'];
const rows = (csv: string) => csv.split('\r\n').slice(0, -1);

describe('nocturne sweep', () => {
  it('writes one CSV row per run: night, the swept parameter, then every metric in order', async () => {
    const { out, pool, run } = harness();
    expect(await run([...ARGS, '--steps', '5', '--out', 'out/results.csv'])).toBe(0);
    expect(Object.keys(out.written)).toEqual(['out/results.csv']);
    const lines = rows(out.written['out/results.csv']!);
    expect(lines).toHaveLength(1 + 5);
    expect(lines[0]).toBe(['night', 'caffeine_mg', ...METRICS.map((m) => m.id)].join(','));
    const cells = lines.slice(1).map((l) => l.split(','));
    expect(cells.map((c) => c[0])).toEqual(['B', 'B', 'B', 'B', 'B']);
    expect(cells.map((c) => c[1])).toEqual(['0', '100', '200', '300', '400']);
    for (const c of cells) expect(c).toHaveLength(2 + METRICS.length);
    // The stand-in's metric m is the swept value + m; its metric 1 is undefined (an empty cell).
    expect(cells[3]![2]).toBe('300');
    expect(cells[3]![3]).toBe('');
    expect(cells[3]![4]).toBe('302');
    // Night B of the file, with its own scenario, overrides and seed for every run.
    for (const batch of pool.batches) {
      expect(batch.task).toMatchObject({ scenario: 'evening-caffeine', params: { bedtime: 1 }, seed: 9 });
    }
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/^nocturne sweep: 0\/5 runs \(0 %\)\n/);
    expect(out.stderr).toMatch(/nocturne sweep: 5\/5 runs \(100 %\)\n/);
    expect(out.stderr).toMatch(/nocturne sweep: 5 runs in \d+\.\d s \(\d+\.\d runs\/s\) → out\/results\.csv\n$/);
    expect(out.closed).toBe(1);
  });

  it("runs every point with the night's events: the file's, then --event's; refuses an event for the other night", async () => {
    const { pool, run } = harness();
    expect(await run([...ARGS, '--steps', '2', '--event', 'b melatonin 20:00 3mg', '--out', 'out/r.csv'])).toBe(0);
    for (const batch of pool.batches) {
      expect(batch.task).toMatchObject({ events: [{ kind: 'melatonin', at: 20, day: 0, mg: 3 }] });
    }
    const other = harness();
    await expect(
      other.run([...ARGS, '--steps', '2', '--event', 'a nap 14:00 1h', '--out', 'out/r.csv']),
    ).rejects.toThrow('nocturne sweep: --event "a nap 14:00 1h" is for night A, but the sweep varies B');
    expect(other.out.opened).toBe(0);
  });

  it('writes a grid: both parameters, steps × steps2 rows, the first parameter outer', async () => {
    const { out, run } = harness();
    const code = await run([
      ...['exp.nocturne.json', '--night', 'A', '--param', 'caffeine_mg', '--from', '0', '--to', '200', '--steps', '3'],
      ...['--param2', 'bedtime', '--from2', '22:30', '--to2', '23.5', '--steps2', '2', '--out', 'grid.csv'],
    ]);
    expect(out.stderr).not.toMatch(/refused|error/);
    expect(code).toBe(0);
    const lines = rows(out.written['grid.csv']!);
    expect(lines).toHaveLength(1 + 6);
    expect(lines[0]!.startsWith('night,caffeine_mg,bedtime,sleepOnsetLatency_min,')).toBe(true);
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 3).join(','))).toEqual([
      'A,0,22.5',
      'A,0,23.5',
      'A,100,22.5',
      'A,100,23.5',
      'A,200,22.5',
      'A,200,23.5',
    ]);
  });

  it('keeps runs the model refuses as empty cells, with a note', async () => {
    const { out, run } = harness();
    const argv = ['exp.nocturne.json', '--night', 'a', '--param', 'timeInBed_h', '--from', '14', '--to', '16'];
    expect(await run([...argv, '--steps', '3', '--out', 'r.csv'])).toBe(0);
    expect(out.stderr).toContain(
      'nocturne sweep: note: 1 of 3 runs could not be simulated and have empty metric cells; first: timeInBed_h = 16: refused by the fake model\n',
    );
    const last = rows(out.written['r.csv']!)[3]!.split(',');
    expect(last.slice(0, 2)).toEqual(['A', '16']);
    expect(last.slice(2).every((c) => c === '')).toBe(true);
  });

  it('prints its usage with --help', async () => {
    const { out, run } = harness();
    expect(await run(['--help'])).toBe(0);
    expect(out.stdout).toBe(SWEEP_USAGE);
    expect(out.opened).toBe(0);
  });

  it('is registered in the command table', async () => {
    const { io, out } = harness();
    expect(await runCli(['sweep', '-h'], io)).toBe(0);
    expect(out.stdout).toBe(SWEEP_USAGE);
    expect(await runCli(['--help'], io)).toBe(0);
    expect(out.stdout).toContain('sweep FILE --night a|b');
  });

  const refusals: [string, string[], string][] = [
    [
      'no FILE',
      ['--night', 'a'],
      'nocturne sweep: missing FILE (an experiment file, *.nocturne); try nocturne sweep --help',
    ],
    ['no --night', ['f.json', '--param', 'x'], 'nocturne sweep: missing --night a|b; try nocturne sweep --help'],
    ['a third night', ['f.json', '--night', 'c'], 'nocturne sweep: --night must be a or b, got "c"'],
    [
      'no --steps',
      ['f.json', '--night', 'a', '--param', 'caffeine_mg', '--from', '0', '--to', '4'],
      'nocturne sweep: missing --steps (a sweep needs); try nocturne sweep --help',
    ],
    [
      'an unknown option',
      [...ARGS, '--stpes', '3'],
      'nocturne sweep: unknown option --stpes; try nocturne sweep --help',
    ],
    ['no --out', [...ARGS, '--steps', '3'], 'nocturne sweep: missing --out FILE (the CSV to write)'],
    [
      'a word for a number',
      [...ARGS.slice(0, -1), 'lots', '--steps', '3', '--out', 'o.csv'],
      'nocturne sweep: --to must be a number, got "lots"',
    ],
    [
      'a fraction of a run',
      [...ARGS, '--steps', '2.5', '--out', 'o.csv'],
      'nocturne sweep: --steps must be a whole number of runs, got "2.5"',
    ],
    [
      'one run',
      [...ARGS, '--steps', '1', '--out', 'o.csv'],
      'nocturne sweep: --steps of caffeine_mg must be a whole number from 2 to 1000 (runs, both ends included), got 1',
    ],
    [
      'an unknown parameter',
      ['f.json', '--night', 'a', '--param', 'cafeine_mg', '--from', '0', '--to', '4', '--steps', '3', '--out', 'o.csv'],
      'nocturne sweep: the swept parameter "cafeine_mg" is not a known parameter; did you mean caffeine_mg?',
    ],
    [
      'a value out of range',
      [...ARGS.slice(0, -1), '900', '--steps', '3', '--out', 'o.csv'],
      'nocturne sweep: --to is refused: caffeine_mg must be between 0 and 800 mg, got 900',
    ],
    [
      'equal ends',
      [...ARGS.slice(0, -1), '0', '--steps', '3', '--out', 'o.csv'],
      'nocturne sweep: --from and --to are both 0; a sweep needs a range',
    ],
    [
      'fractions of an integer parameter',
      ['f.json', '--night', 'a', '--param', 'runInDays', '--from', '0', '--to', '60', '--steps', '8', '--out', 'o.csv'],
      'nocturne sweep: runInDays takes whole numbers only: 0 to 60 in 8 steps would need fractions (increment 8.57142857143); use a steps count that divides the span of 60, e.g. 61, 31, 21, 16, 13',
    ],
    [
      'half a second axis',
      [...ARGS, '--steps', '3', '--param2', 'bedtime', '--from2', '22', '--out', 'o.csv'],
      'nocturne sweep: missing --to2, --steps2 (a second axis needs --param2, --from2, --to2, --steps2); try nocturne sweep --help',
    ],
    [
      'the same parameter twice',
      [
        ...ARGS,
        '--steps',
        '3',
        '--param2',
        'caffeine_mg',
        '--from2',
        '0',
        '--to2',
        '8',
        '--steps2',
        '2',
        '--out',
        'o.csv',
      ],
      'nocturne sweep: the second swept parameter must differ from the first ("caffeine_mg")',
    ],
    [
      'too many runs',
      [
        ...ARGS,
        '--steps',
        '1000',
        '--param2',
        'bedtime',
        '--from2',
        '20',
        '--to2',
        '24',
        '--steps2',
        '11',
        '--out',
        'o.csv',
      ],
      'nocturne sweep: the grid makes 11000 runs (1000 × 11); a sweep is limited to 10000',
    ],
    [
      'a missing output folder',
      [...ARGS, '--steps', '3', '--out', 'gone/o.csv'],
      'nocturne sweep: cannot write --out "gone/o.csv": the folder "gone" does not exist',
    ],
    [
      'a missing file',
      ['nope.json', ...ARGS.slice(1), '--steps', '3', '--out', 'o.csv'],
      'nocturne sweep: cannot read "nope.json": no such file',
    ],
  ];

  it.each(refusals)('refuses %s: exit 2, one line on stderr, no pool, nothing written', async (_, argv, message) => {
    const { out, io } = harness();
    expect(await runCli(['sweep', ...argv], io)).toBe(2);
    expect(out.stderr).toBe(`${message}\n`);
    expect(out.stdout).toBe('');
    expect(out.written).toEqual({});
    // runCli uses the real pool opener; the injected one shows the refusal comes before any pool.
    const injected = harness();
    await expect(injected.run(argv)).rejects.toMatchObject({ exitCode: 2, message });
    expect(injected.out.opened).toBe(0);
  });

  it('refuses a bad experiment file with exit 2 before starting workers', async () => {
    const { out, io } = harness({ files: { 'bad.json': '{"format": "nocturne-experiment", "version": 7}' } });
    const code = await runCli(['sweep', 'bad.json', ...ARGS.slice(1), '--steps', '3', '--out', 'o.csv'], io);
    expect(code).toBe(2);
    expect(out.stderr).toBe(
      `nocturne sweep: "bad.json" is not a usable experiment: made by a newer Nocturne; version 7, this app reads ≤ ${EXPERIMENT_VERSION}\n`,
    );
    expect(out.opened).toBe(0);
  });

  it('refuses a sweep whose every run the model refuses: exit 2, nothing written', async () => {
    // The stand-in refuses any run with a 16-h time in bed; here night B has one, so every run is refused.
    const night = { ...EXPERIMENT.nights[1], params: { bedtime: 1, timeInBed_h: 16 } };
    const text = serializeExperiment(
      { ...EXPERIMENT, nights: [EXPERIMENT.nights[0], night] },
      { app: '0.1.0', model: '0.1.0' },
    );
    const { out, run } = harness({ files: { 'x.json': text } });
    await expect(run(['x.json', ...ARGS.slice(1), '--steps', '2', '--out', 'o.csv'])).rejects.toMatchObject({
      exitCode: 2,
      message:
        'nocturne sweep: night B ("Late, with coffee"): the model refuses every run of this sweep: caffeine_mg = 0: refused by the fake model',
    });
    expect(out.written).toEqual({});
  });

  it('fails with exit 1 and writes nothing when a worker crashes', async () => {
    const { out, io, pool, deps } = harness();
    pool.failPoint = { index: 2, code: 'worker-crashed' };
    const error = await sweepCommand([...ARGS, '--steps', '5', '--out', 'o.csv'], io, deps).catch((e: unknown) => e);
    expect(error).toMatchObject({ exitCode: 1 });
    expect((error as Error).message).toMatch(
      /^nocturne sweep: night B \("Late, with coffee"\): the sweep stopped at runs? [\d–]+ of 5: deliberate worker-crashed$/,
    );
    expect(out.written).toEqual({});
    expect(out.closed).toBe(1);
  });

  it('fails with exit 1 when the CSV cannot be written', async () => {
    const { io, deps } = harness({ failWrite: new Error('cannot save "o.csv": no space left on the disk') });
    const error = await sweepCommand([...ARGS, '--steps', '3', '--out', 'o.csv'], io, deps).catch((e: unknown) => e);
    expect(error).toMatchObject({
      exitCode: 1,
      message: 'nocturne sweep: cannot save "o.csv": no space left on the disk',
    });
  });
});
