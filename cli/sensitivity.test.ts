import { describe, expect, it } from 'vitest';
import { defaultExperiment, serializeExperiment } from '../shared/experiment';
import { METRICS } from '../shared/model/metrics';
import { DEFAULT_FACTOR_IDS } from '../shared/sensitivity/model';
import { FakePool } from '../main/sweep/testing/fakePool';
import type { CliIo } from './io';
import { EXIT_OK, EXIT_USAGE } from './io';
import { runCli } from './main';
import { parseSensitivityArgs, sensitivityCommand, type SensitivityDeps } from './sensitivity';

const FILE_TEXT = serializeExperiment(defaultExperiment(), { app: '0.1.0', model: '0.1.0' });
// The stand-in pool's metric 2 is the sum of a point's overrides + 2: additive, so its ranking is known.
const METRIC = METRICS[2]!.id;

function harness() {
  const out = { stdout: '', stderr: '', opened: 0, closed: 0 };
  const pool = new FakePool(2, 0);
  const io: CliIo = {
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    fs: {
      size: async (path) => {
        if (path !== 'exp.nocturne') throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
        return FILE_TEXT.length;
      },
      readFile: async () => new TextEncoder().encode(FILE_TEXT),
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
      json: false,
    });
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

  it('is registered with the other commands', async () => {
    const { io } = harness();
    const stderr: string[] = [];
    const code = await runCli(['sensitivity', 'exp.nocturne'], { ...io, stderr: (t) => void stderr.push(t) });
    expect(code).toBe(EXIT_USAGE);
    expect(stderr.join('')).toMatch(/nocturne sensitivity: missing --metric/);
  });
});
