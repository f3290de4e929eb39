import { describe, expect, it } from 'vitest';
import { simulateNight } from '../model/engine';
import { clearRunInCache, runInCacheStats } from '../model/runInCache';
import { resolveParameters } from '../model/scenarios';
import { compilePopulation, drawPerson, personNoiseSeed } from './population';
import { simulateCore } from '../model/core';
import { compileProtocol, runInEnd } from '../model/protocol';
import { POPULATION_PRESETS } from './presets';
import { personParameters, runPerson, shardRange, usePerson, type CohortNight } from './run';
import type { SimulationResult } from '../model/result';
import { configureRunInCache } from '../model/runInCache';

const nights: [CohortNight, CohortNight] = [
  { params: resolveParameters('baseline'), events: [] },
  { params: resolveParameters('evening-caffeine'), events: [] },
];

describe('a person through both nights', () => {
  it("lays the person over each night, with one noise seed, and B reuses A's run-in", () => {
    clearRunInCache();
    const pop = compilePopulation(POPULATION_PRESETS['young-adults']);
    const before = runInCacheStats();
    const runs = [0, 1].map((i) => runPerson(nights, pop, 4, i, simulateNight));
    const after = runInCacheStats();
    // Each person's A misses (their own run-in), their B hits it: the protocols agree before the focal night.
    expect(after.misses - before.misses).toBe(2);
    expect(after.hits - before.hits).toBe(2);
    const person = drawPerson(pop, 4, 1);
    expect(runs[1]!.values).toEqual(person);
    // The same person and noise in both nights: with B's protocol set to A's, B is A to the bit.
    const same = runPerson([nights[0], nights[0]], pop, 4, 1, simulateNight);
    expect(same.b).toEqual(same.a);
    expect(runs[1]!.a).toEqual(same.a);
    expect(runs[1]!.b.totalSleepTime_min).not.toBe(runs[1]!.a.totalSleepTime_min);
  }, 60_000);

  it("gives runPerson's numbers to the bit with the arrays of the person before (usePerson's arena)", () => {
    const pop = compilePopulation(POPULATION_PRESETS['young-adults']);
    const bits = (r: SimulationResult) => [
      Buffer.from(r.stage).toString('base64'),
      ...Object.entries(r.series).map(
        ([id, a]) => `${id}:${Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64')}`,
      ),
      JSON.stringify(r.metrics),
    ];
    // A longer night B (an extra night) makes arrays of two lengths; persons 5 and 6 follow others.
    const longer: CohortNight = { params: resolveParameters('baseline', { priorNights: 4 }), events: [] };
    const pairs: [CohortNight, CohortNight][] = [nights, [nights[0], longer], nights];
    const fresh = (i: number, pair: [CohortNight, CohortNight]) => {
      // Without the cache and without the arena: every array new, nothing reused.
      configureRunInCache({ enabled: false });
      try {
        const run = runPerson(pair, pop, 4, i, simulateNight);
        return [...bits(run.resultA), ...bits(run.resultB)];
      } finally {
        configureRunInCache({ enabled: true });
      }
    };
    pairs.forEach((pair, k) => {
      for (const i of [5 + k, 6 + k]) {
        const viaArena = usePerson(pair, pop, 4, i, simulateNight, (run) => [
          ...bits(run.resultA),
          ...bits(run.resultB),
        ]);
        expect(viaArena, `pair ${k}, person ${i}`).toEqual(fresh(i, pair));
      }
    });
  }, 120_000);

  it('keeps its views to itself when a run-in came from before the person (no snapshot left pointing into the arena)', () => {
    clearRunInCache();
    const pop = compilePopulation(POPULATION_PRESETS['young-adults']);
    const bits = (r: SimulationResult) =>
      JSON.stringify(r.metrics) +
      Object.values(r.series)
        .map((a) => a.join())
        .join();
    const i = 11;
    const fresh = (() => {
      configureRunInCache({ enabled: false });
      try {
        return bits(runPerson(nights, pop, 4, i, simulateNight).resultA);
      } finally {
        configureRunInCache({ enabled: true });
      }
    })();
    // The person's core run-in is in the cache already, without the restoration's state attached.
    const params = personParameters(nights[0], drawPerson(pop, 4, i));
    simulateCore(compileProtocol(params, []), params, personNoiseSeed(4, i), runInEnd(params));
    usePerson(nights, pop, 4, i, simulateNight, () => 0);
    usePerson(nights, pop, 4, i + 1, simulateNight, () => 0);
    // Night A now resumes the restoration from what the first call attached to that older entry.
    const again = usePerson(nights, pop, 4, i, simulateNight, (run) => bits(run.resultA));
    expect(again === fresh).toBe(true);
  }, 60_000);

  it('splits N persons into K contiguous shards that cover them once', () => {
    for (const [n, K] of [
      [10, 3],
      [2, 3],
      [7, 7],
      [1000, 16],
    ] as const) {
      const ranges = Array.from({ length: K }, (_, i) => shardRange(n, i, K));
      expect(ranges[0]![0]).toBe(0);
      expect(ranges[K - 1]![1]).toBe(n);
      for (let i = 1; i < K; i++) expect(ranges[i]![0]).toBe(ranges[i - 1]![1]);
    }
    expect(shardRange(10, 1, 3)).toEqual([3, 6]);
  });
});
