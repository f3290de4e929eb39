import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultExperiment, serializeExperiment, type Experiment } from '../shared/experiment';
import { METRICS } from '../shared/model/metrics';
import type { ParameterValues } from '../shared/model/parameters';
import type { SimulationResult } from '../shared/model/result';
import { compilePopulation, runCohortTable, summarise, type TableRecord } from '../shared/cohort';
import { summaryTable } from './cohortMerge';
import { cohortCommand, type CohortDeps } from './cohort';
import type { CliIo, Engine } from './io';
import { runCli } from './main';
import { nodeIo } from './nodeIo';

const root = mkdtempSync(join(tmpdir(), 'nocturne-cohort-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/**
 * A stand-in engine: metrics are a fixed function of the parameters and seed (as the real
 * engine's are), fast enough to run cohorts of dozens in a test. The real engine's determinism
 * is the engine's own tests' (engineBits); here what is tested is what the command does with it.
 */
const fakeEngine: Engine = {
  info: { name: 'fake-engine', version: '1' },
  series: [],
  simulateNight(params: ParameterValues, seed: number): SimulationResult {
    const metrics: Record<string, number | null> = {};
    METRICS.forEach((m, k) => {
      metrics[m.id] =
        k === 5 ? null : 400 - 30 * params.sTauSleep_h + params.caffeine_mg / 7 + (seed % 1000) / 1000 + k / 3;
    });
    return { metrics } as unknown as SimulationResult;
  },
};

function io(): { io: CliIo; out: { stdout: string; stderr: string } } {
  const out = { stdout: '', stderr: '' };
  const base = nodeIo(root);
  return {
    out,
    io: {
      ...base,
      stdout: (t) => void (out.stdout += t),
      stderr: (t) => void (out.stderr += t),
      engine: async () => fakeEngine,
    },
  };
}

const EXPERIMENT: Experiment = {
  ...defaultExperiment(),
  cohort: {
    population: 'young-adults',
    n: 7,
    seed: 5,
    thresholds: [{ metric: 'totalSleepTime_min', op: '<', value: 200 }],
  },
};
writeFileSync(join(root, 'exp.nocturne'), serializeExperiment(EXPERIMENT, { app: '0', model: '0' }));

/** Persons in-process on the stand-in engine (the worker pool's own rows are batch.test.ts's). */
const inProcess: CohortDeps = {
  async runRows(task, range, onPersons, cliIo) {
    const engine = await cliIo.engine();
    const csv = runCohortTable(
      task.nights,
      compilePopulation(task.population),
      task.seed,
      range,
      engine.simulateNight,
      (p) => onPersons(p + 1 - range[0]),
    );
    return csv.slice(csv.indexOf('\n') + 1);
  },
};

/** `cohort …` runs the command with the in-process runner; `cohort merge …` goes through runCli as typed. */
async function cli(...argv: string[]) {
  const { io: cliIo, out } = io();
  const code =
    argv[0] === 'cohort' && argv[1] !== 'merge'
      ? await cohortCommandExit(argv.slice(1), cliIo)
      : await runCli(argv, cliIo);
  return { code, ...out };
}

/** cohortCommand's exit code, or its CliError's, reported as runCli reports it (one line on stderr). */
async function cohortCommandExit(argv: string[], cliIo: CliIo): Promise<number> {
  try {
    return await cohortCommand(argv, cliIo, inProcess);
  } catch (error) {
    const e = error as { message: string; exitCode?: number };
    cliIo.stderr(`${e.message}\n`);
    return e.exitCode ?? 1;
  }
}

const files = (dir: string) => {
  try {
    return readdirSync(join(root, dir)).sort();
  } catch {
    return [];
  }
};
const text = (path: string) => readFileSync(join(root, path), 'utf8');

describe('nocturne cohort', () => {
  it('gives the same cohort.csv and summary.json from 3 shards as from one run', async () => {
    expect((await cli('cohort', 'exp.nocturne', '--n', '10', '--out', 'one')).code).toBe(0);
    for (const i of [0, 1, 2])
      expect((await cli('cohort', 'exp.nocturne', '--n', '10', '--shard', `${i}/3`, '--out', 'three')).code).toBe(0);
    expect(files('three')).toEqual([
      'part-0-of-3.csv',
      'part-0-of-3.json',
      'part-1-of-3.csv',
      'part-1-of-3.json',
      'part-2-of-3.csv',
      'part-2-of-3.json',
    ]);
    // Shard 1 of 3 of 10 is persons [3, 6).
    const manifest = JSON.parse(text('three/part-1-of-3.json'));
    expect(manifest).toMatchObject({
      n: 10,
      K: 3,
      i: 1,
      seed: 5,
      population: 'young-adults',
      persons: { start: 3, end: 6 },
      rows: 3,
      model: 'fake-engine 1',
    });
    expect(text('three/part-1-of-3.csv').split('\n')[1]!.startsWith('3,')).toBe(true);
    const one = await cli('cohort', 'merge', 'one');
    const three = await cli('cohort', 'merge', 'three');
    expect([one.code, three.code]).toEqual([0, 0]);
    expect(text('three/cohort.csv')).toBe(text('one/cohort.csv'));
    expect(text('three/summary.json')).toBe(text('one/summary.json'));
    expect(three.stdout).toBe(one.stdout);
    const summary = JSON.parse(text('one/summary.json'));
    expect(summary).toMatchObject({ n: 10, seed: 5, population: 'young-adults' });
    expect(summary.thresholds[0]).toMatchObject({ threshold: 'totalSleepTime_min<200', of: 10 });
    // Δ is B − A, both nights with the person's one noise seed: in the stand-in it is caffeine alone.
    const tst = summary.metrics.find((m: { metric: string }) => m.metric === 'totalSleepTime_min');
    const dose = 200 / 7; // evening-caffeine's 200 mg
    expect(tst.delta.p05).toBeCloseTo(dose, 9);
    expect(tst.delta.p95).toBeCloseTo(dose, 9);
    expect(text('one/cohort.csv').split('\n')).toHaveLength(12); // header, 10 persons, final newline
  });

  it('merges shards that hold no person when K > N', async () => {
    for (const i of [0, 1, 2])
      expect((await cli('cohort', 'exp.nocturne', '--n', '2', '--shard', `${i}/3`, '--out', 'sparse')).code).toBe(0);
    expect(text('sparse/part-0-of-3.csv').split('\n')).toHaveLength(2); // the header alone
    expect((await cli('cohort', 'merge', 'sparse')).code).toBe(0);
    expect(
      text('sparse/cohort.csv')
        .split('\n')
        .slice(1, 3)
        .map((l) => l.split(',')[0]),
    ).toEqual(['0', '1']);
  });

  it('draws person i the same whatever N is (a larger cohort extends a smaller one)', async () => {
    expect((await cli('cohort', 'exp.nocturne', '--n', '4', '--out', 'four')).code).toBe(0);
    const four = text('four/part-0-of-1.csv').split('\n').slice(0, 5);
    expect(text('one/part-0-of-1.csv').split('\n').slice(0, 5)).toEqual(four);
  });

  it('takes n, seed and thresholds from the file when no flag gives them', async () => {
    expect((await cli('cohort', 'exp.nocturne', '--out', 'file')).code).toBe(0);
    expect(JSON.parse(text('file/part-0-of-1.json'))).toMatchObject({
      n: 7,
      seed: 5,
      thresholds: EXPERIMENT.cohort!.thresholds,
    });
  });

  it.each([
    [['--n', '0', '--out', 'bad'], '--n must be a whole number of people from 1 to 1000000, got "0"'],
    [['--n', '5', '--shard', '3/3', '--out', 'bad'], '--shard 3/3: the shard index must be below K (0 to 2)'],
    [['--n', '5', '--shard', '1/0', '--out', 'bad'], '--shard 1/0: K must be at least 1'],
    [['--n', '5', '--shard', 'first', '--out', 'bad'], '--shard must be i/K (e.g. 0/4), got "first"'],
    [
      ['--n', '5', '--population', 'children', '--out', 'bad'],
      '--population must be one of young-adults, older-adults, adolescents, mixed, got "children"',
    ],
    [['--n', '5'], '--out DIR is required'],
  ])('refuses %j with a clear message and writes nothing', async (args, message) => {
    const r = await cli('cohort', 'exp.nocturne', ...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`nocturne cohort: ${message}\n`);
    expect(files('bad')).toEqual([]);
  });

  it('refuses a file whose cohort reaches outside a parameter range, naming the parameter', async () => {
    const bad = {
      ...EXPERIMENT,
      cohort: {
        ...EXPERIMENT.cohort!,
        distributions: [
          {
            param: 'caffeineHalfLife_h',
            marginal: { kind: 'lognormal', median: 5, sdLog: 0.5, min: 1, max: 12 },
            source: '',
            certainty: 'assumed',
          },
        ],
      },
    } as Experiment;
    writeFileSync(join(root, 'bad.nocturne'), serializeExperiment(bad, { app: '0', model: '0' }));
    const r = await cli('cohort', 'bad.nocturne', '--n', '3', '--out', 'bad');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      "cohort.distributions[0].marginal is refused: caffeineHalfLife_h: the distribution reaches [1, 12] h, outside the parameter's range [1.5, 10] h",
    );
    expect(files('bad')).toEqual([]);
  });
});

describe('nocturne cohort merge', () => {
  const copy = (from: string, to: string) => cpSync(join(root, from), join(root, to), { recursive: true });
  const refused = async (dir: string, message: string) => {
    const before = files(dir);
    const r = await cli('cohort', 'merge', dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`nocturne cohort merge: ${message}; nothing was written\n`);
    expect(files(dir)).toEqual(before);
  };

  it('refuses a missing part', async () => {
    copy('three', 'missing');
    rmSync(join(root, 'missing/cohort.csv'));
    rmSync(join(root, 'missing/summary.json'));
    rmSync(join(root, 'missing/part-1-of-3.json'));
    await refused('missing', '1 of 3 parts missing: part-1-of-3.json');
    rmSync(join(root, 'missing/part-1-of-3.csv'));
    await refused('missing', '1 of 3 parts missing: part-1-of-3.json');
  });

  it('refuses a part whose CSV lost its manifest’s content (corrupt)', async () => {
    copy('three', 'corrupt');
    rmSync(join(root, 'corrupt/cohort.csv'));
    rmSync(join(root, 'corrupt/summary.json'));
    const csv = text('corrupt/part-2-of-3.csv');
    writeFileSync(join(root, 'corrupt/part-2-of-3.csv'), csv.slice(0, csv.length - 40));
    await refused('corrupt', 'part-2-of-3.csv is corrupt: its SHA-256 is not the one its manifest recorded');
    writeFileSync(join(root, 'corrupt/part-2-of-3.json'), '{"format": "nocturne-coh');
    await refused('corrupt', 'part-2-of-3.json is not valid JSON (a part cut short?)');
  });

  it('refuses parts that do not belong together', async () => {
    copy('three', 'mismatch');
    rmSync(join(root, 'mismatch/cohort.csv'));
    rmSync(join(root, 'mismatch/summary.json'));
    const m = JSON.parse(text('mismatch/part-1-of-3.json'));
    writeFileSync(join(root, 'mismatch/part-1-of-3.json'), JSON.stringify({ ...m, seed: 6 }));
    await refused('mismatch', 'part-1-of-3.json does not belong with part-0-of-3.json: seed is 6 there, 5 in part 0');
    copy('one/part-0-of-1.json', 'mismatch/part-0-of-1.json');
    await refused('mismatch', '"mismatch" mixes parts of 1 and 3 shards; keep one run\'s parts per folder');
  });

  it('refuses an empty folder and a malformed threshold', async () => {
    writeFileSync(join(root, 'note.txt'), '');
    await refused('.', '"." holds no cohort parts (part-<i>-of-<K>.json)');
    const r = await cli('cohort', 'merge', 'one', '--threshold', 'tst<-30');
    expect([r.code, r.stderr]).toEqual([2, 'nocturne cohort merge: --threshold "tst" is not a metric id\n']);
  });
});

describe("cohort merge's printed table", () => {
  it('gives the strongest driver with its ρ and 90 % interval', () => {
    // Δ TST falls with age over 40 people (ρ −1, an interval of no width); sex goes with nothing.
    const records = Array.from({ length: 40 }, (_, i) => {
      const row = (v: number) =>
        Object.fromEntries(METRICS.map((m) => [m.id, m.id === 'totalSleepTime_min' ? v : null]));
      return {
        index: i,
        values: { age: 20 + i, sex: i % 2 ? 'female' : 'male' },
        a: row(420),
        b: row(420 - i),
        delta: row(-i),
      } as unknown as TableRecord;
    });
    const summary = summarise(records, ['sex', 'age'], { seed: 1, population: 'p', model: 'm' }, []);
    const line = summaryTable(summary)
      .split('\n')
      .find((l) => l.startsWith('totalSleepTime_min'))!;
    expect(line).toMatch(/ age \(ρ -1\.00, 90 % interval -1\.00 to -1\.00\)$/);
  });
});
