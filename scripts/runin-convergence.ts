/**
 * Is a cohort's answer at its run-in's steady state? `tsx scripts/runin-convergence.ts [persons]
 * [--population id] [--days 7,14,28]`.
 *
 * Each person of a population runs the default experiment's two nights (A baseline, B evening
 * caffeine) after run-ins of several lengths; the longest is the reference. A run-in that has
 * forgotten where it started gives the same night whatever its length, up to within-night noise:
 * the noise's draws are per epoch from the protocol's start, so a run-in of another length draws
 * other numbers in the focal night. The noise floor is therefore measured too: the same persons at
 * the same run-in with another noise seed each. Per metric the script prints the median over
 * persons of |night A's value − the reference's| and of |Δ = B − A − the reference's Δ|, each beside
 * its noise floor: a ratio near 1 is noise, a ratio well above 1 is the run-in's start still
 * showing. Then the cohort's Δ (5/50/95 %) of a few metrics at each length.
 *
 * Why it matters: every night of the lab starts from the engine's fixed initial state, and a cohort
 * person's own run-in is most of their CPU (docs/COHORT.md). If the answer has not converged after
 * the default 14 days, a shorter or shared run-in cannot be validated against it, and the model's
 * slow states need a steady-state start first.
 */
import { loadavg } from 'node:os';
import { METRICS, type MetricId } from '../shared/model/metrics';
import {
  POPULATION_PRESETS,
  cohortNights,
  compilePopulation,
  drawPerson,
  personNoiseSeed,
  personParameters,
  sortedQuantile,
  spearman,
  type PopulationPresetId,
} from '../shared/cohort';
import { defaultExperiment } from '../shared/experiment';
import { simulateNight } from '../shared/model/engine';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const persons = Number(args.find((a, i) => /^\d+$/.test(a) && !args[i - 1]?.startsWith('--')) ?? 40);
const populationId = (option('--population') ?? 'young-adults') as PopulationPresetId;
const days = (option('--days') ?? '7,14,28').split(',').map(Number);
if (!POPULATION_PRESETS[populationId]) throw new Error(`no population "${populationId}"`);
if (days.some((d) => !Number.isInteger(d) || d < 0) || days.length < 2)
  throw new Error('--days takes two or more whole numbers of days, e.g. 7,14,28');
const reference = Math.max(...days);
/** The length whose noise floor is measured: the default run-in when it is among the lengths. */
const floorAt = days.includes(14) ? 14 : days[0]!;
const SEED = 1;

const nights = cohortNights(defaultExperiment().nights);
const population = compilePopulation(POPULATION_PRESETS[populationId]);

type Row = Record<MetricId, number | null>;
interface Pair {
  readonly a: Row;
  readonly delta: Row;
}

const personValues = Array.from({ length: persons }, (_, i) => drawPerson(population, SEED, i));

function run(index: number, runInDays: number, noiseSeed: number): Pair {
  const values = personValues[index]!;
  const [a, b] = nights.map(
    (night) => simulateNight({ ...personParameters(night, values), runInDays }, noiseSeed, night.events).metrics,
  );
  const rowA = {} as Row;
  const delta = {} as Row;
  for (const m of METRICS) {
    const va = a![m.id] ?? null;
    const vb = b![m.id] ?? null;
    rowA[m.id] = va;
    delta[m.id] = va === null || vb === null ? null : vb - va;
  }
  return { a: rowA, delta };
}

const started = performance.now();
const byDays = new Map<number, Pair[]>(days.map((d) => [d, []]));
const floor: Pair[] = [];
for (let i = 0; i < persons; i++) {
  const noise = personNoiseSeed(SEED, i);
  for (const d of days) byDays.get(d)!.push(run(i, d, noise));
  floor.push(run(i, floorAt, personNoiseSeed(SEED + 1, i)));
}

/** The median and 90th percentile over persons of |x − y| where both are defined; null where no person has both. */
function gapQuantiles(
  xs: readonly Pair[],
  ys: readonly Pair[],
  part: keyof Pair,
  id: MetricId,
): readonly [number, number] | null {
  const gaps: number[] = [];
  xs.forEach((x, i) => {
    const u = x[part][id];
    const v = ys[i]![part][id];
    if (u !== null && v !== null) gaps.push(Math.abs(u - v));
  });
  if (gaps.length === 0) return null;
  gaps.sort((p, q) => p - q);
  return [sortedQuantile(gaps, 0.5), sortedQuantile(gaps, 0.9)];
}

const fmt = (v: number | null) => (v === null ? '—' : Math.abs(v) >= 100 ? v.toFixed(0) : v.toPrecision(2));
const times = (gap: number, noise: number) => (noise === 0 ? (gap === 0 ? 1 : Infinity) : gap / noise);
const timesText = (r: number) => (r === Infinity ? '∞' : r.toFixed(1));

const ref = byDays.get(reference)!;
const shorter = days.filter((d) => d !== reference).sort((p, q) => p - q);
console.log(
  `Run-in length and the focal night: ${POPULATION_PRESETS[populationId].label}, ${persons} persons, the default experiment's two nights; reference run-in ${reference} days; noise floor: the ${floorAt}-day run-in with another noise seed per person.`,
);
console.log(
  `Per metric, over persons, the median and 90th percentile of |value − value at ${reference} days| (night A, then Δ = B − A), and as multiples of the noise floor's same percentiles ("noise": |value − value with another seed|, both at ${floorAt} days). Near 1 is noise; well above 1, the run-in's start still shows.\n`,
);
console.log(
  [
    'metric',
    'unit',
    'A noise p50/p90',
    ...shorter.map((d) => `A ${d} d p50/p90 (× noise)`),
    'Δ noise p50/p90',
    ...shorter.map((d) => `Δ ${d} d p50/p90 (× noise)`),
  ].join(' | '),
);
const worst: { id: MetricId; part: 'A' | 'Δ'; p90: number }[] = [];
for (const m of METRICS) {
  const id = m.id as MetricId;
  const cells: string[] = [m.label, m.unit];
  for (const part of ['a', 'delta'] as const) {
    const noise = gapQuantiles(byDays.get(floorAt)!, floor, part, id);
    cells.push(noise ? `${fmt(noise[0])} / ${fmt(noise[1])}` : '—');
    for (const d of shorter) {
      const gap = gapQuantiles(byDays.get(d)!, ref, part, id);
      if (!gap || !noise) {
        cells.push('—');
        continue;
      }
      const r = [times(gap[0], noise[0]), times(gap[1], noise[1])] as const;
      cells.push(`${fmt(gap[0])} / ${fmt(gap[1])} (×${timesText(r[0])} / ×${timesText(r[1])})`);
      if (d === floorAt) worst.push({ id, part: part === 'a' ? 'A' : 'Δ', p90: r[1] });
    }
  }
  console.log(cells.join(' | '));
}

console.log('\nThe cohort’s Δ = B − A, 5 / 50 / 95 %, at each run-in length (and the noise floor’s seed):');
const quantiles = (pairs: readonly Pair[], id: MetricId) => {
  const xs = pairs
    .map((p) => p.delta[id])
    .filter((v): v is number => v !== null)
    .sort((p, q) => p - q);
  return xs.length === 0 ? '—' : [0.05, 0.5, 0.95].map((p) => fmt(sortedQuantile(xs, p))).join(' / ');
};
for (const id of ['totalSleepTime_min', 'readinessScore', 'pvtLapsesNextMorning', 'kssNextMorning'] as MetricId[]) {
  const m = METRICS.find((x) => x.id === id);
  if (!m) continue;
  const cells = days.map((d) => `${d} d: ${quantiles(byDays.get(d)!, id)}`);
  console.log(`  ${m.label} (${m.unit}): ${cells.join('; ')}; ${floorAt} d, other seeds: ${quantiles(floor, id)}`);
}
worst.sort((p, q) => q.p90 - p.p90);
console.log(
  `\nFurthest from noise at ${floorAt} days (90th percentile): ${worst
    .slice(0, 8)
    .map((w) => `${METRICS.find((m) => m.id === w.id)!.label} (${w.part}) ×${timesText(w.p90)}`)
    .join(', ')}`,
);
// Who drifts: the person parameters that go with the drift of one metric's night-A value
// (--drift, default the next morning's mental acuity), by Spearman's ρ over persons.
const driftId = (option('--drift') ?? 'mentalAcuity') as MetricId;
if (!METRICS.some((m) => m.id === driftId)) throw new Error(`--drift: no metric "${driftId}"`);
const at = byDays.get(floorAt)!;
const keep = at.flatMap((p, i) => (p.a[driftId] !== null && ref[i]!.a[driftId] !== null ? [i] : []));
const drift = keep.map((i) => Math.abs(at[i]!.a[driftId]! - ref[i]!.a[driftId]!));
const related = population.params
  .map((id) => {
    const xs = keep.map((i) => personValues[i]![id]);
    if (xs.some((x) => typeof x !== 'number')) return null;
    const rho = spearman(xs as number[], drift);
    return rho === null ? null : { id, rho };
  })
  .filter((r): r is { id: (typeof population.params)[number]; rho: number } => r !== null)
  .sort((p, q) => Math.abs(q.rho) - Math.abs(p.rho));
console.log(
  `What goes with the drift of ${METRICS.find((m) => m.id === driftId)!.label} (night A, ${floorAt} vs ${reference} days), Spearman's ρ over persons: ${related
    .slice(0, 4)
    .map((r) => `${r.id} ${r.rho.toFixed(2)}`)
    .join(', ')}`,
);
const tst = keep.map((i) => ref[i]!.a.totalSleepTime_min ?? Number.NaN);
const rhoTst = spearman(tst, drift);
console.log(
  `  and with night A's total sleep time (${reference} days): ρ = ${rhoTst === null ? '—' : rhoTst.toFixed(2)}; the drift's median ${fmt(
    sortedQuantile(
      [...drift].sort((p, q) => p - q),
      0.5,
    ),
  )}, 90th percentile ${fmt(
    sortedQuantile(
      [...drift].sort((p, q) => p - q),
      0.9,
    ),
  )}`,
);
console.log(`${((performance.now() - started) / 1000).toFixed(1)} s, load average ${loadavg()[0]!.toFixed(1)}`);
