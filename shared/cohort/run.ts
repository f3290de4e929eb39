/**
 * One virtual person through both nights: the person's values laid over each night's resolved
 * parameters, both nights with the person's one noise seed (common random numbers), so Δ = B − A
 * is the person's effect of the protocol. The engine's run-in cache is keyed by parameters, seed
 * and timeline, so B reuses A's run-in whenever their protocols agree before the focal night.
 */
import { METRICS, type MetricId } from '../model/metrics';
import type { ParameterOverrides, ParameterValues } from '../model/parameters';
import type { ProtocolEvent } from '../model/protocolEvents';
import type { SimulationResult } from '../model/result';
import { runInHandOff } from '../model/runInCache';
import { EpochArena, withEpochArena } from '../model/arena';
import { resolveParameters } from '../model/scenarios';
import type { NightSpec } from '../experiment/format';
import { drawPerson, personNoiseSeed, type CompiledPopulation, type PersonValues } from './population';

/** A night of the experiment, resolved (scenario under overrides) but without the person. */
export interface CohortNight {
  readonly params: ParameterValues;
  readonly events: readonly ProtocolEvent[];
}

export type SimulateNight = (
  params: ParameterValues,
  seed: number,
  events: readonly ProtocolEvent[],
) => SimulationResult;

export type MetricRow = Readonly<Record<MetricId, number | null>>;

export interface PersonRun {
  readonly index: number;
  readonly noiseSeed: number;
  readonly values: PersonValues;
  readonly a: MetricRow;
  readonly b: MetricRow;
}

export interface PersonRunWithResults extends PersonRun {
  readonly resultA: SimulationResult;
  readonly resultB: SimulationResult;
}

/** An experiment's night as a cohort runs it: its scenario under its overrides, and its events (throws what resolveParameters throws). */
export function cohortNight(night: {
  readonly scenario: string;
  readonly params?: ParameterOverrides;
  readonly events: readonly ProtocolEvent[];
}): CohortNight {
  return { params: resolveParameters(night.scenario, night.params), events: night.events };
}

/** Both nights of an experiment as a cohort runs them. */
export function cohortNights(nights: readonly [NightSpec, NightSpec]): [CohortNight, CohortNight] {
  return [cohortNight(nights[0]), cohortNight(nights[1])];
}

/** The night's parameters with the person's values in place of the population's parameters. */
export function personParameters(night: CohortNight, person: PersonValues): ParameterValues {
  return { ...night.params, ...person } as ParameterValues;
}

function metricRow(result: SimulationResult): MetricRow {
  const out: Record<string, number | null> = {};
  for (const m of METRICS) out[m.id] = result.metrics[m.id] ?? null;
  return out as MetricRow;
}

/** Simulates person `index` in nights A and B. */
export function runPerson(
  nights: readonly [CohortNight, CohortNight],
  population: CompiledPopulation,
  seed: number,
  index: number,
  simulate: SimulateNight,
): PersonRunWithResults {
  const values = drawPerson(population, seed, index);
  const noiseSeed = personNoiseSeed(seed, index);
  // The person's run-in is theirs alone (their own parameters): A hands it to B without copies,
  // and it leaves the cache with the person (runInHandOff; the same numbers either way).
  const [resultA, resultB] = runInHandOff(() => [
    simulate(personParameters(nights[0], values), noiseSeed, nights[0].events),
    simulate(personParameters(nights[1], values), noiseSeed, nights[1].events),
  ]);
  return { index, noiseSeed, values, a: metricRow(resultA), b: metricRow(resultB), resultA, resultB };
}

/** The persons of shard i of K out of n: [floor(i·n/K), floor((i+1)·n/K)). */
export function shardRange(n: number, shard: number, shards: number): readonly [number, number] {
  return [Math.floor((shard * n) / shards), Math.floor(((shard + 1) * n) / shards)];
}

/** This thread's arena for its persons' per-epoch arrays (arena.ts): one person's, reused by the next. */
const personArena = new EpochArena();

/**
 * runPerson with the person's per-epoch arrays from this thread's arena: `use` reads the results
 * and returns what it keeps, which must hold none of their arrays (metric rows, samples copied
 * out): the next person reuses them once it returns. The numbers are runPerson's, bit for bit.
 */
export function usePerson<T>(
  nights: readonly [CohortNight, CohortNight],
  population: CompiledPopulation,
  seed: number,
  index: number,
  simulate: SimulateNight,
  use: (run: PersonRunWithResults) => T,
): T {
  return withEpochArena(personArena, () => use(runPerson(nights, population, seed, index, simulate)));
}
