/**
 * The cohort golden: a seeded small cohort (young adults, 12 people, seed 1) through the default
 * experiment's nights (baseline against evening caffeine), summarised as `nocturne cohort merge`
 * does, with every number kept to six significant digits (as the scenario goldens: robust to
 * last-bit differences of Math.exp across platforms). Regenerate with
 * `UPDATE_GOLDEN=1 npx vitest run --project node tests/golden/cohort.test.ts`.
 */
import { compilePopulation, FIRST_METRIC_COLUMN, POPULATION_PRESETS, runCohortTable, summariseTable, type CohortSummary } from '../../shared/cohort';
import { defaultExperiment } from '../../shared/experiment';
import { MODEL_INFO, simulateNight } from '../../shared/model/engine';
import { resolveParameters } from '../../shared/model/scenarios';

export const COHORT_GOLDEN = { population: 'young-adults', n: 12, seed: 1 } as const;

const round = (v: unknown): unknown => {
  if (typeof v === 'number') return Number(v.toPrecision(6));
  if (Array.isArray(v)) return v.map(round);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, round(x)]));
  return v;
};

export function cohortGolden(): { table: string[]; summary: CohortSummary } {
  const nights = defaultExperiment().nights.map((night) => ({ params: resolveParameters(night.scenario, night.params), events: night.events })) as [
    { params: ReturnType<typeof resolveParameters>; events: [] },
    { params: ReturnType<typeof resolveParameters>; events: [] },
  ];
  const population = compilePopulation(POPULATION_PRESETS[COHORT_GOLDEN.population]);
  const csv = runCohortTable(nights, population, COHORT_GOLDEN.seed, [0, COHORT_GOLDEN.n], simulateNight);
  const summary = summariseTable(
    csv,
    { seed: COHORT_GOLDEN.seed, population: COHORT_GOLDEN.population, model: `${MODEL_INFO.name} ${MODEL_INFO.version}` },
    [{ metric: 'totalSleepTime_min', op: '<', value: -30 }],
  );
  // The persons' parameters, to six digits (index and noise seed whole): a change in sampling shows here before it shows in the summary.
  const lines = csv.split('\n').filter((l) => l !== '');
  const header = lines[0]!.split(',');
  const upTo = header.indexOf(FIRST_METRIC_COLUMN);
  const table = lines.map((l, k) =>
    l
      .split(',')
      .slice(0, upTo)
      .map((c, col) => (k === 0 || col < 2 || c === '' || Number.isNaN(Number(c)) ? c : String(round(Number(c)))))
      .join(','),
  );
  return { table, summary: round(summary) as CohortSummary };
}
