import { describe, expect, it } from 'vitest';
import { serializeExperiment, defaultExperiment, MAX_EXPERIMENT_BYTES, type Experiment } from '../shared/experiment';
import { METRICS } from '../shared/model/metrics';
import type { ParameterValues } from '../shared/model/parameters';
import type { ProtocolEvent } from '../shared/model/protocolEvents';
import { EPOCHS_PER_HOUR, type SimulationResult } from '../shared/model/result';
import type { CliIo, Engine } from './io';
import { runCli, USAGE } from './main';

/**
 * A stand-in engine, fast and deterministic, whose outputs follow from the parameters so the
 * tests can tell which night went where. The real engine runs in cli.spawn.test.ts.
 */
function fakeEngine(): Engine & { calls: number; events: (readonly ProtocolEvent[] | undefined)[] } {
  const engine = {
    calls: 0,
    events: [] as (readonly ProtocolEvent[] | undefined)[],
    info: { name: 'fake-model', version: '9.8.7' },
    series: [{ id: 'processS', label: 'Process S', unit: 'S (0–1)', panel: 'pressure', description: '' }],
    simulateNight(params: ParameterValues, seed: number, events?: readonly ProtocolEvent[]): SimulationResult {
      engine.calls++;
      engine.events.push(events);
      if (params.timeInBed_h > 15) {
        throw Object.assign(new Error('time in bed runs into the next lights-off'), { name: 'ProtocolError' });
      }
      const lightsOff = params.bedtime < 12 ? params.bedtime + 24 : params.bedtime;
      const start_h = -48;
      const end_h = 36 + 24 - lightsOff + 12; // a couple of days before, to midnight the day after (and beyond)
      const epochs = (end_h - start_h) * EPOCHS_PER_HOUR;
      return {
        model: engine.info,
        start_h,
        epochs,
        focalLightsOff_clock_h: lightsOff,
        focalTimeInBed_h: params.timeInBed_h,
        stage: new Uint8Array(epochs),
        series: { processS: new Float32Array(epochs).fill(params.caffeine_mg / 1000) },
        metrics: {
          totalSleepTime_min: params.timeInBed_h * 60 - (seed % 7),
          dlmo_clock_h: lightsOff - 2,
          swaDecayRatio: Number.NaN,
          notDeclared: 5,
        },
      };
    },
  };
  return engine;
}

function memoryIo(files: Record<string, string | Uint8Array> = {}, options: { failWrite?: Error } = {}) {
  const out = { stdout: '', stderr: '', written: {} as Record<string, string>, dirs: [] as string[], engineLoads: 0 };
  const engine = fakeEngine();
  const io: CliIo = {
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    fs: {
      async size(path) {
        const file = files[path];
        if (file === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
        if (file === 'DIR') throw Object.assign(new Error(`EISDIR: ${path}`), { code: 'EISDIR' });
        return typeof file === 'string' ? new TextEncoder().encode(file).length : file.length;
      },
      async readFile(path) {
        const file = files[path]!;
        return typeof file === 'string' ? new TextEncoder().encode(file) : file;
      },
      async mkdir(path) {
        out.dirs.push(path);
      },
      async writeFileAtomic(path, data) {
        if (options.failWrite) throw options.failWrite;
        out.written[path] = data;
      },
    },
    async engine() {
      out.engineLoads++;
      return engine;
    },
  };
  return { io, out, engine };
}

const EXPERIMENT: Experiment = {
  ...defaultExperiment(),
  nights: [
    { label: 'Usual', scenario: 'baseline', params: {}, events: [], seed: 3 },
    { label: 'Late, with coffee', scenario: 'evening-caffeine', params: { bedtime: 1 }, events: [], seed: 3 },
  ],
};
const FILE_TEXT = serializeExperiment(EXPERIMENT, { app: '0.1.0', model: '9.8.7' });

describe('nocturne --help', () => {
  it.each([['--help'], ['-h'], ['help'], ['simulate', '--help']])(
    '%s prints usage on stdout and exits 0',
    async (...argv) => {
      const { io, out } = memoryIo();
      expect(await runCli(argv, io)).toBe(0);
      expect(out.stdout).toContain('Usage: nocturne');
      expect(out.stdout).toContain('--csv DIR');
      expect(out.stderr).toBe('');
      expect(out.engineLoads).toBe(0);
      if (argv[0] === '--help') expect(out.stdout).toBe(USAGE);
    },
  );
});

describe('nocturne simulate', () => {
  it("prints both nights' metrics as JSON, in METRICS order, null where undefined", async () => {
    const { io, out } = memoryIo({ 'exp.nocturne.json': FILE_TEXT });
    expect(await runCli(['simulate', 'exp.nocturne.json', '--json'], io)).toBe(0);
    expect(out.stderr).toBe('');
    const json = JSON.parse(out.stdout);
    expect(json.model).toEqual({ name: 'fake-model', version: '9.8.7' });
    expect(json.nights.map((n: { label: string }) => n.label)).toEqual(['Usual', 'Late, with coffee']);
    for (const night of json.nights) expect(Object.keys(night.metrics)).toEqual(METRICS.map((m) => m.id));
    expect(json.nights[0].metrics.totalSleepTime_min).toBe(480 - 3);
    expect(json.nights[1].metrics.dlmo_clock_h).toBe(23);
    expect(json.nights[0].metrics.swaDecayRatio).toBeNull(); // NaN from the engine
    expect(json.nights[0].metrics.ghTotal).toBeNull(); // absent from the engine
    expect(out.stdout).not.toMatch(/NaN|notDeclared/);
    expect(out.stdout.endsWith('}\n')).toBe(true);
    expect(Object.keys(out.written)).toEqual([]);
  });

  it('simulates the events of the file and of --event, and lists every dose and event each night used', async () => {
    const withEvents = {
      ...EXPERIMENT,
      nights: [
        { ...EXPERIMENT.nights[0], events: [{ kind: 'nap', at: 14, day: 0, duration_h: 0.5 }] },
        EXPERIMENT.nights[1],
      ],
    } as Experiment;
    const { io, out, engine } = memoryIo({ f: serializeExperiment(withEvents, { app: '0.1.0', model: '9.8.7' }) });
    expect(
      await runCli(
        ['simulate', 'f', '--json', '--event', 'b caffeine 15:00 100mg', '--event=a light 21:00 1h 800lux'],
        io,
      ),
    ).toBe(0);
    expect(out.stderr).toBe('');
    expect(engine.events).toEqual([
      [
        { kind: 'nap', at: 14, day: 0, duration_h: 0.5 },
        { kind: 'light', at: 21, day: 0, duration_h: 1, lux: 800 },
      ],
      [{ kind: 'caffeine', at: 15, day: 0, mg: 100 }],
    ]);
    const json = JSON.parse(out.stdout);
    expect(json.nights[0].events).toEqual([
      { kind: 'nap', at: 14, day: 0, duration_h: 0.5, source: 'file', text: 'nap / sleep period 14:00 0.5 h' },
      {
        kind: 'light',
        at: 21,
        day: 0,
        duration_h: 1,
        lux: 800,
        source: 'command line',
        text: 'light exposure 21:00 1 h 800 lux',
      },
    ]);
    // Night B's scenario doses 200 mg 4 h before its 01:00 bedtime: that parameter is listed as the event it stands for.
    expect(json.nights[1].events).toEqual([
      { kind: 'caffeine', at: 21, day: 0, mg: 200, source: 'parameters', text: 'caffeine 21:00 200 mg' },
      { kind: 'caffeine', at: 15, day: 0, mg: 100, source: 'command line', text: 'caffeine 15:00 100 mg' },
    ]);
    const table = memoryIo({ f: FILE_TEXT });
    expect(await runCli(['simulate', 'f', '--event', 'b caffeine 15:00 100mg'], table.io)).toBe(0);
    expect(table.out.stdout).toMatch(
      /\nevents\nB: caffeine 21:00 200 mg \(parameters\)\nB: caffeine 15:00 100 mg \(command line\)\n$/,
    );
  });

  it('refuses a bad --event with exit 2 before loading the engine', async () => {
    const { io, out } = memoryIo({ f: FILE_TEXT });
    expect(await runCli(['simulate', 'f', '--event', 'b caffeine 15:00 2h'], io)).toBe(2);
    expect(out.stderr).toBe(
      'nocturne simulate: --event "b caffeine 15:00 2h" "2h": a caffeine event has no value in h; it takes mg\n',
    );
    expect(out.engineLoads).toBe(0);
    expect(out.stdout).toBe('');
  });

  it('gives byte-identical stdout for the same file twice', async () => {
    const first = memoryIo({ f: FILE_TEXT });
    const second = memoryIo({ f: FILE_TEXT });
    await runCli(['simulate', 'f', '--json'], first.io);
    await runCli(['simulate', '--json', 'f'], second.io);
    expect(second.out.stdout).toBe(first.out.stdout);
  });

  it("writes timeseries.csv over each night's chart window, and metrics.csv, atomically into DIR", async () => {
    const { io, out } = memoryIo({ f: FILE_TEXT });
    expect(await runCli(['simulate', 'f', '--json', '--csv', 'results'], io)).toBe(0);
    expect(out.dirs).toEqual(['results']);
    expect(Object.keys(out.written).sort()).toEqual(['results/metrics.csv', 'results/timeseries.csv']);
    const lines = out.written['results/timeseries.csv']!.split('\r\n');
    expect(lines[0]).toBe('night,time_h,clock,variable,unit,value');
    expect(lines[1]).toBe('A,-11,12:00,stage,,W');
    expect(lines[2]).toBe('A,-11,12:00,processS,S (0–1),0');
    // Night B goes to bed at 01:00 (25 on the slot's scale): its window opens 13 h before, at 12:00.
    expect(lines.find((l) => l.startsWith('B,'))).toBe('B,-13,12:00,stage,,W');
    // Both end at 24:00 the day after: the last epoch starts at 23:59:30.
    expect(lines.filter((l) => l.startsWith('A,')).at(-1)).toBe('A,24.991667,23:59,processS,S (0–1),0');
    expect(lines.filter((l) => l.startsWith('B,')).at(-1)).toBe('B,22.991667,23:59,processS,S (0–1),0.2');
    expect(lines.at(-1)).toBe('');
    expect(out.written['results/metrics.csv']!.split('\r\n')[2]).toBe('totalSleepTime_min,min,477,477,0,0');
  });

  it('prints a table for people without --json, clock metrics as hh:mm', async () => {
    const { io, out } = memoryIo({ f: FILE_TEXT });
    expect(await runCli(['simulate', 'f'], io)).toBe(0);
    expect(out.stdout.split('\n')[0]).toBe('fake-model 9.8.7');
    expect(out.stdout).toMatch(/^dlmo_clock_h\s+clock h\s+21:00\s+23:00$/m);
    expect(out.stdout).toMatch(/^swaDecayRatio\s+ratio\s+—\s+—$/m);
  });

  it('puts notices on stderr and keeps stdout pure JSON', async () => {
    const withExtra = FILE_TEXT.replace('"notes": ""', '"notes": "",\n  "colour": "blue"');
    const { io, out } = memoryIo({ f: withExtra });
    expect(await runCli(['simulate', 'f', '--json'], io)).toBe(0);
    expect(out.stderr).toBe('nocturne simulate: note: ignored an unknown field: colour\n');
    expect(() => JSON.parse(out.stdout)).not.toThrow();
  });

  const badInput: [string, string[], Record<string, string | Uint8Array>, string][] = [
    ['no command', [], {}, 'nocturne: missing command; try nocturne --help'],
    [
      'an unknown command',
      ['calibrate', 'f'],
      {},
      'nocturne: unknown command "calibrate"; known commands: simulate, sweep, export, report, fit, couplings, cohort, sensitivity; try nocturne --help',
    ],
    [
      'an option first',
      ['--json'],
      {},
      'nocturne: unknown command "--json"; options come after a command; try nocturne --help',
    ],
    [
      'no FILE',
      ['simulate', '--json'],
      {},
      'nocturne simulate: missing FILE (an experiment file, *.nocturne); try nocturne simulate --help',
    ],
    ['two FILEs', ['simulate', 'a', 'b'], {}, 'nocturne simulate: expected one FILE, got 2: a b'],
    [
      'an unknown flag',
      ['simulate', 'f', '--jsno'],
      { f: FILE_TEXT },
      'nocturne simulate: unknown option --jsno; try nocturne simulate --help',
    ],
    [
      '--csv without DIR',
      ['simulate', 'f', '--csv'],
      { f: FILE_TEXT },
      'nocturne simulate: --csv needs a value; try nocturne simulate --help',
    ],
    [
      '--csv followed by a flag',
      ['simulate', 'f', '--csv', '--json'],
      { f: FILE_TEXT },
      'nocturne simulate: --csv needs a value; try nocturne simulate --help',
    ],
    ['--json=yes', ['simulate', 'f', '--json=yes'], { f: FILE_TEXT }, 'nocturne simulate: --json takes no value'],
    [
      'a repeated flag',
      ['simulate', 'f', '--json', '--json'],
      { f: FILE_TEXT },
      'nocturne simulate: --json is given twice',
    ],
    ['a missing file', ['simulate', 'gone.json'], {}, 'nocturne simulate: cannot read "gone.json": no such file'],
    ['a folder', ['simulate', 'dir'], { dir: 'DIR' }, 'nocturne simulate: cannot read "dir": it is a folder'],
    [
      'a bad file',
      ['simulate', 'f', '--csv', 'out'],
      { f: FILE_TEXT.replace('"bedtime": 1', '"bedtime": 25') },
      'nocturne simulate: "f" is not a usable experiment: nights[1].params.bedtime must be between 0 and 24 clock h, got 25',
    ],
    [
      'binary garbage',
      ['simulate', 'f.bin'],
      { 'f.bin': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]) },
      'nocturne simulate: "f.bin" is not a usable experiment: not a Nocturne experiment: the file holds binary data, not JSON text',
    ],
    [
      'a huge file',
      ['simulate', 'big'],
      { big: new Uint8Array(MAX_EXPERIMENT_BYTES + 1) },
      'nocturne simulate: "big" is too large (5.0 MB); experiment files are at most 5.0 MB',
    ],
    [
      'a night the engine refuses',
      ['simulate', 'f', '--csv', 'out'],
      { f: FILE_TEXT.replace('"bedtime": 1', '"bedtime": 1,\n        "timeInBed_h": 16') },
      'nocturne simulate: night B ("Late, with coffee") cannot be simulated: time in bed runs into the next lights-off',
    ],
  ];
  it.each(badInput)('refuses %s: exit 2, one line on stderr, nothing written', async (_, argv, files, message) => {
    const { io, out } = memoryIo(files);
    expect(await runCli(argv, io)).toBe(2);
    expect(out.stderr).toBe(`${message}\n`);
    expect(out.stdout).toBe('');
    expect(out.written).toEqual({});
    expect(out.dirs).toEqual([]);
  });

  it('does not load the engine for bad arguments or a bad file', async () => {
    const { io, out } = memoryIo({ f: '{' });
    await runCli(['simulate', 'f'], io);
    expect(out.engineLoads).toBe(0);
  });

  it('reports a failed write as one line with exit 1, and prints no metrics', async () => {
    const failWrite = new Error('cannot save "out/timeseries.csv": no space left on the disk');
    const { io, out } = memoryIo({ f: FILE_TEXT }, { failWrite });
    expect(await runCli(['simulate', 'f', '--json', '--csv', 'out'], io)).toBe(1);
    expect(out.stderr).toBe('nocturne simulate: cannot save "out/timeseries.csv": no space left on the disk\n');
    expect(out.stdout).toBe('');
  });

  it('reports an engine bug as one line with exit 1', async () => {
    const { io, out, engine } = memoryIo({ f: FILE_TEXT });
    engine.simulateNight = () => {
      throw new TypeError('x is undefined\n    at somewhere');
    };
    expect(await runCli(['simulate', 'f', '--json'], io)).toBe(1);
    expect(out.stderr).toBe('nocturne simulate: night A ("Usual") cannot be simulated: x is undefined at somewhere\n');
  });
});

describe('userFolder', () => {
  it('reads relative paths from where npm was started, not from the package folder', async () => {
    const { userFolder } = await import('./nodeIo');
    expect(userFolder({ INIT_CWD: '/home/me/lab' }, '/work/main')).toBe('/home/me/lab');
    expect(userFolder({}, '/work/main')).toBe('/work/main');
    expect(userFolder({ INIT_CWD: 'relative' }, '/work/main')).toBe('/work/main');
  });
});
