import { describe, expect, it } from 'vitest';
import { defaultExperiment, serializeExperiment } from '../shared/experiment';
import { METRICS } from '../shared/model/metrics';
import { DEFAULT_FACTOR_IDS } from '../shared/sensitivity/model';
import { POPULATION_PRESETS } from '../shared/cohort/presets';
import { FakePool } from '../main/sweep/testing/fakePool';
import type { CliIo } from './io';
import { EXIT_OK, EXIT_USAGE } from './io';
import { runCli } from './main';
import { parseSensitivityArgs, sensitivityCommand, type SensitivityArgs, type SensitivityDeps } from './sensitivity';

const FILE_TEXT = serializeExperiment(defaultExperiment(), { app: '0.1.0', model: '0.1.0' });
// The stand-in pool's metric 2 is the sum of a point's overrides + 2: additive, so its ranking is known.
const METRIC = METRICS[2]!.id;

function harness(fileText = FILE_TEXT) {
  const out = { stdout: '', stderr: '', opened: 0, closed: 0 };
  const pool = new FakePool(2, 0);
  const io: CliIo = {
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    fs: {
      size: async (path) => {
        if (path !== 'exp.nocturne') throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
        return fileText.length;
      },
      readFile: async () => new TextEncoder().encode(fileText),
      mkdir: async () => undefined,
      writeFileAtomic: async () => undefined,
    },
    engine: async () => {
      throw new Error('the analysis runs on the pool');
    },
  };
  let clock = 0;
  const deps: SensitivityDeps = {
    openPool: async () => {
      out.opened++;
      return { pool, close: async () => void out.closed++ };
    },
    now: () => (clock += 400),
  };
  return { out, pool, run: (argv: string[]) => sensitivityCommand(argv, io, deps), io };
}

describe('nocturne sensitivity', () => {
  it('parses its flags with the defaults (night B, Sobol, N = 64, seed 1, the person factors)', () => {
    expect(parseSensitivityArgs(['f.nocturne', '--metric', METRIC])).toEqual({
      file: 'f.nocturne',
      metric: METRIC,
      target: 'b',
      method: 'sobol',
      size: 64,
      seed: 1,
      factors: [...DEFAULT_FACTOR_IDS],
      over: 'file-default',
      json: false,
    });
    const over = (argv: string[]) => (parseSensitivityArgs(['f', '--metric', METRIC, ...argv]) as SensitivityArgs).over;
    expect(over(['--population', 'older-adults'])).toEqual({
      population: 'older-adults',
    });
    expect(over(['--ranges'])).toBe('ranges');
    expect(over(['--factors', 'age'])).toBe('ranges');
  });

  it('refuses bad arguments before opening a pool, naming the flag', () => {
    const cases: [string[], RegExp][] = [
      [['f'], /missing --metric/],
      [['f', '--metric', 'nope'], /--metric "nope" is not a metric/],
      [['f', '--metric', METRIC, '--night', 'c'], /--night must be a, b, diff, got "c"/],
      [['f', '--metric', METRIC, '--method', 'fast'], /--method must be sobol, morris/],
      [['f', '--metric', METRIC, '--n', '2'], /--n: the base sample size N must be a whole number from 4/],
      [['f', '--metric', METRIC, '--n', 'x'], /--n must be a whole number/],
      [['f', '--metric', METRIC, '--factors', 'sex'], /--factors: factor "sex" is a choice/],
      [
        ['f', '--metric', METRIC, '--population', 'teens'],
        /--population must be young-adults, .* or file, got "teens"/,
      ],
      [['f', '--metric', METRIC, '--population', 'mixed', '--factors', 'age'], /--population and --factors exclude/],
      [['f', '--metric', METRIC, '--population', 'mixed', '--ranges'], /--population and --ranges exclude/],
    ];
    for (const [argv, message] of cases) expect(() => parseSensitivityArgs(argv)).toThrow(message);
  });

  it('prints the ranked Morris table, largest μ* first, with progress on stderr', async () => {
    const { out, run } = harness();
    const code = await run([
      'exp.nocturne',
      '--metric',
      METRIC,
      '--method',
      'morris',
      '--n',
      '3',
      '--factors',
      'circadianPeriod_h,sTauWake_h',
    ]);
    expect(code).toBe(EXIT_OK);
    const lines = out.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/night B \("Evening caffeine"\): Morris r = 3, .* 9 runs, seed 1/);
    expect(lines[1]).toMatch(/^factor\s+range\s+μ\* \(95 % CI\)\s+μ\s+σ$/);
    // sTauWake spans 20 h, the period 1.4 h: an additive output's μ* is the span.
    expect(lines[2]).toMatch(/^S build-up time constant\s+10–30 h\s+20\.000 \[20\.000, 20\.000\]/);
    expect(lines[3]).toMatch(/^Intrinsic circadian period\s+23\.5–24\.9 h\s+1\.400/);
    expect(out.stderr).toContain('9/9 runs (100 %)');
    expect([out.opened, out.closed]).toEqual([1, 1]);
  });

  it('prints JSON with --json: the model and the analysis as the lab receives it', async () => {
    const { out, run } = harness();
    const code = await run(['exp.nocturne', '--metric', METRIC, '--night', 'diff', '--n', '4', '--json']);
    expect(code).toBe(EXIT_OK);
    const json = JSON.parse(out.stdout) as { model: unknown; method: string; runs: number; factors: unknown[] };
    expect(json.model).toBeDefined();
    expect(json.method).toBe('sobol');
    expect(json.runs).toBe(2 * 4 * (DEFAULT_FACTOR_IDS.length + 2));
    expect(json.factors).toHaveLength(DEFAULT_FACTOR_IDS.length);
  });

  it("over a population: its distributions are the factors, named in the table's head; the file's cohort is the default", async () => {
    const preset = await (async () => {
      const { out, run } = harness();
      expect(
        await run([
          'exp.nocturne',
          '--metric',
          METRIC,
          '--method',
          'morris',
          '--n',
          '2',
          '--population',
          'young-adults',
        ]),
      ).toBe(EXIT_OK);
      return out;
    })();
    const young = POPULATION_PRESETS['young-adults'].distributions;
    expect(preset.stderr).toContain(
      `${2 * (young.length + 1)} runs over ${young.length} factors (population young-adults)`,
    );
    const lines = preset.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/Morris r = 2, .* over population young-adults, /);
    expect(lines[1]).toMatch(/^factor\s+span \(0\.1–99\.9 %\)/);
    expect(lines.find((l) => l.startsWith('Sex'))).toMatch(/male \/ female/);

    // A file with an edited cohort: its population by default (no flag), and with --population file.
    const cohortFile = serializeExperiment(
      {
        ...defaultExperiment(),
        cohort: {
          population: 'older-adults',
          n: 10,
          seed: 1,
          distributions: POPULATION_PRESETS['older-adults'].distributions.filter((d) => d.param !== 'sex'),
        },
      },
      { app: '0.1.0', model: '0.1.0' },
    );
    for (const flags of [[], ['--population', 'file']]) {
      const { out, run } = harness(cohortFile);
      expect(await run(['exp.nocturne', '--metric', METRIC, '--method', 'morris', '--n', '2', ...flags])).toBe(EXIT_OK);
      expect(out.stdout).toContain('over population older-adults (edited)');
      expect(out.stdout).not.toMatch(/^Sex/m);
    }
    // --ranges overrides the file's cohort.
    const ranges = harness(cohortFile);
    expect(await ranges.run(['exp.nocturne', '--metric', METRIC, '--method', 'morris', '--n', '2', '--ranges'])).toBe(
      EXIT_OK,
    );
    expect(ranges.out.stdout).toContain('over declared ranges');
    // Without a cohort section, --population file is refused and no pool opens.
    const none = harness();
    await expect(none.run(['exp.nocturne', '--metric', METRIC, '--population', 'file'])).rejects.toThrow(
      /--population file: exp.nocturne has no cohort section/,
    );
    expect(none.out.opened).toBe(0);
  });

  it('is registered with the other commands', async () => {
    const { io } = harness();
    const stderr: string[] = [];
    const code = await runCli(['sensitivity', 'exp.nocturne'], { ...io, stderr: (t) => void stderr.push(t) });
    expect(code).toBe(EXIT_USAGE);
    expect(stderr.join('')).toMatch(/nocturne sensitivity: missing --metric/);
  });
});
