/**
 * A shared, memoized runner for the validation rows (core and restoration): each protocol is
 * simulated once per seed, whichever rows read it. Rows that describe a population average use
 * the mean over POPULATION_SEEDS.
 */
import { resolveParameters } from '../../shared/model/scenarios';
import type { ParameterOverrides, ParameterValues } from '../../shared/model/parameters';
import { compileProtocol, type Timeline } from '../../shared/model/protocol';
import { simulateTimeline, type TimelineRun } from '../../shared/model/engine';

export type { TimelineRun };

/** Seeds of a simulated population (population-average targets). */
export const POPULATION_SEEDS: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

// Runs keep every series (≈ 6 MB each); keep the most recent ones only (≈ 0.6 GB peak for the
// whole suite; the rows re-read the baseline seeds often, so they stay cached).
const MAX_CACHED = 40;
const cache = new Map<string, TimelineRun>();

function remember(key: string, make: () => TimelineRun): TimelineRun {
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const run = make();
  cache.set(key, run);
  if (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value as string);
  return run;
}

/** A scenario of MODEL.md with optional overrides, through the standard protocol. */
export function runScenario(scenarioId: string, overrides: ParameterOverrides = {}, seed = 1): TimelineRun {
  const key = `scenario:${scenarioId}:${JSON.stringify(overrides)}:${seed}`;
  return remember(key, () => {
    const params = resolveParameters(scenarioId, overrides);
    return simulateTimeline(compileProtocol(params), params, seed, params.timeInBed_h);
  });
}

/**
 * A protocol of protocols.ts (a night stated as schedule overrides and events, compiled by the
 * product's compileProtocol) under the row's overrides of the baseline. `key` names the protocol
 * uniquely (the builder is called only on a cache miss). The engine runs with the row's
 * parameters: the night's schedule overrides reach it only through the timeline (no module reads
 * bedtime, timeInBed_h or the prior-night parameters), so this is the run simulateNight gives for
 * the same night read from a file (protocols.test.ts checks one, bit for bit).
 */
export function runTimeline(
  key: string,
  build: (params: ParameterValues) => Timeline,
  overrides: ParameterOverrides = {},
  seed = 1,
): TimelineRun {
  return remember(`timeline:${key}:${JSON.stringify(overrides)}:${seed}`, () => {
    const params = resolveParameters('baseline', overrides);
    return simulateTimeline(build(params), params, seed);
  });
}

/** Mean of a per-seed measure over the population; null if any seed gives null. */
export function populationMean(measure: (seed: number) => number | null, seeds = POPULATION_SEEDS): number | null {
  let sum = 0;
  for (const s of seeds) {
    const v = measure(s);
    if (v === null || !Number.isFinite(v)) return null;
    sum += v;
  }
  return sum / seeds.length;
}

/** A metric of a scenario, averaged over the population. */
export function scenarioMean(scenarioId: string, metric: string, overrides: ParameterOverrides = {}): number | null {
  return populationMean((seed) => runScenario(scenarioId, overrides, seed).result.metrics[metric] ?? null);
}
