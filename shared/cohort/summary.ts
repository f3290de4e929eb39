/**
 * The cohort's summary, from the per-person table: for every metric the median and 5/25/75/95 %
 * of night A, night B and the paired Δ = B − A; the share of people whose Δ is beyond each
 * threshold; and which person parameters go with the spread of Δ (Spearman's ρ, ranked by |ρ|).
 * Everything here is a function of the rows in index order, so a merged set of shards gives the
 * very bytes a single run gives.
 */
import { METRICS, type MetricId } from '../model/metrics';
import { parameterSpec, type ParameterId } from '../model/parameters';
import { normalQuantile } from './distributions';
import { pearson, ranks, sortedMedianInterval, sortedQuantile, spearmanInterval, wilsonInterval } from './statistics';
import type { TableRecord } from './table';
import { beyond, formatThreshold, type DeltaThreshold } from './thresholds';

export const SUMMARY_FORMAT = 'nocturne-cohort-summary';
export const SUMMARY_VERSION = 1;

/** The quantiles reported, with their keys. */
export const SPREAD_QUANTILES = [
  ['p05', 0.05],
  ['p25', 0.25],
  ['median', 0.5],
  ['p75', 0.75],
  ['p95', 0.95],
] as const;

export type Spread = { readonly n: number } & { readonly [K in (typeof SPREAD_QUANTILES)[number][0]]: number | null };

export interface Driver {
  readonly param: ParameterId;
  /** Spearman's ρ between the parameter and the person's Δ. */
  readonly rho: number;
  /**
   * ρ's COHORT_INTERVAL_LEVEL interval (spearmanInterval; null below 4 people): where the
   * population's ρ lies, given this many people. One that holds 0 does not tell the parameter
   * apart from no association at this size. The cohort's sampling error alone, like the share's.
   */
  readonly low: number | null;
  readonly high: number | null;
}

/** How many of a metric's strongest drivers the Cohort tab and the report show (summary.json keeps them all). */
export const SHOWN_DRIVERS = 6;

export interface MetricSummary {
  readonly metric: MetricId;
  readonly a: Spread;
  readonly b: Spread;
  readonly delta: Spread;
  /**
   * The COHORT_INTERVAL_LEVEL interval of Δ's median (sortedMedianInterval; null with too few
   * people): where the median Δ of the population the cohort was drawn from lies. Like the
   * share's, it is the cohort's sampling error alone.
   */
  readonly deltaMedianInterval: { readonly low: number; readonly high: number } | null;
  /** Person parameters by |ρ| with Δ, strongest first; parameters that do not vary are left out. */
  readonly drivers: readonly Driver[];
}

/**
 * The level of the intervals the summary gives (each share's, each median Δ's, each driver's ρ): 90 %, as the
 * outer band of the charts and the 5–95 % of each Δ. Declared once; the tab, the report and the
 * command line say it from here.
 */
export const COHORT_INTERVAL_LEVEL = 0.9;
const INTERVAL_Z = normalQuantile(1 - (1 - COHORT_INTERVAL_LEVEL) / 2);

export interface ThresholdShare {
  readonly threshold: string;
  readonly metric: MetricId;
  readonly op: DeltaThreshold['op'];
  readonly value: number;
  /** People beyond it, of those with a defined Δ. */
  readonly count: number;
  readonly of: number;
  readonly share: number | null;
  /**
   * The share's COHORT_INTERVAL_LEVEL Wilson interval (null when of = 0): where the share of the
   * population the cohort was drawn from lies, given this many people. It is the cohort's
   * sampling error alone, which more people narrow; the model's own uncertainty is not in it.
   */
  readonly low: number | null;
  readonly high: number | null;
}

export interface CohortSummary {
  readonly format: typeof SUMMARY_FORMAT;
  readonly version: typeof SUMMARY_VERSION;
  readonly n: number;
  readonly seed: number;
  readonly population: string;
  readonly model: string;
  readonly thresholds: readonly ThresholdShare[];
  readonly metrics: readonly MetricSummary[];
}

/** The values that are numbers (not null, not NaN), sorted ascending: what spread and medianInterval read. */
function sortedValues(values: readonly (number | null)[]): Float64Array {
  return Float64Array.from(values.filter((v): v is number => v !== null && !Number.isNaN(v))).sort();
}

/** The median's COHORT_INTERVAL_LEVEL interval over the values that are numbers. */
export function medianInterval(values: readonly (number | null)[]): { low: number; high: number } | null {
  return sortedMedianInterval(sortedValues(values), INTERVAL_Z);
}

export function spread(values: readonly (number | null)[]): Spread {
  return sortedSpread(sortedValues(values));
}

function sortedSpread(sorted: Float64Array): Spread {
  const out: Record<string, number | null> = { n: sorted.length };
  for (const [key, p] of SPREAD_QUANTILES) out[key] = sorted.length > 0 ? sortedQuantile(sorted, p) : null;
  return out as Spread;
}

/** A parameter as a number for ranking: choices by their place in the declaration (sex: male 0, female 1). */
function numeric(param: ParameterId, value: number | string): number {
  if (typeof value === 'number') return value;
  const spec = parameterSpec(param);
  return spec?.kind === 'choice' ? spec.choices.indexOf(value) : NaN;
}

/** Each parameter's ranks over all the records, by parameter (what drivers reuses across metrics). */
type ParamRanks = ReadonlyMap<ParameterId, readonly number[]>;

function paramRanks(records: readonly TableRecord[], params: readonly ParameterId[]): ParamRanks {
  return new Map(params.map((param) => [param, ranks(records.map((r) => numeric(param, r.values[param]!)))]));
}

export function drivers(
  records: readonly TableRecord[],
  params: readonly ParameterId[],
  metric: MetricId,
  // The parameters' ranks over all of `records`, when the caller has them (summarise, for every metric).
  allRanks?: ParamRanks,
): Driver[] {
  const rows = records.filter((r) => r.delta[metric] !== null);
  // Spearman's ρ as Pearson's r of the ranks (statistics.ts), Δ's ranks taken once for all parameters.
  const y = ranks(rows.map((r) => r.delta[metric]!));
  // With every record kept, a parameter's ranks are those over all the records.
  const reuse = allRanks && rows.length === records.length ? allRanks : undefined;
  const out: Driver[] = [];
  for (const param of params) {
    const x = reuse?.get(param) ?? ranks(rows.map((r) => numeric(param, r.values[param]!)));
    const rho = pearson(x, y);
    if (rho === null) continue;
    const interval = spearmanInterval(rho, rows.length, INTERVAL_Z);
    out.push({ param, rho, low: interval?.low ?? null, high: interval?.high ?? null });
  }
  // Ties broken by the population's order, so the ranking is a function of the data alone.
  return out.sort((p, q) => Math.abs(q.rho) - Math.abs(p.rho) || params.indexOf(p.param) - params.indexOf(q.param));
}

/**
 * The one rule for the share of people beyond a threshold: it is a recount of the per-person Δ,
 * never a number kept from the run, so it can be counted again for any threshold. The lab counts
 * by the Cohort tab's threshold as it is now, everywhere: the tab, the report and its figure,
 * and the exported summary.json (which writes that threshold beside its count), so a threshold
 * changed after the run changes all of them alike. `cohort merge` counts by its --threshold.
 * Δ that are null or NaN (a night without the metric) are left out of both counts.
 */
export function shareBeyond(t: DeltaThreshold, deltas: ArrayLike<number | null>): ThresholdShare {
  let of = 0;
  let count = 0;
  for (let i = 0; i < deltas.length; i++) {
    const d = deltas[i];
    if (d === null || d === undefined || Number.isNaN(d)) continue;
    of++;
    if (beyond(t, d)) count++;
  }
  const interval = wilsonInterval(count, of, INTERVAL_Z);
  return {
    threshold: formatThreshold(t),
    metric: t.metric,
    op: t.op,
    value: t.value,
    count,
    of,
    share: of > 0 ? count / of : null,
    low: interval?.low ?? null,
    high: interval?.high ?? null,
  };
}

/**
 * The share's interval in words, "19–29 % (90 % interval)", as the Cohort tab, the report and
 * `cohort merge` say it (null when no one has a Δ). Whole percents, rounded.
 */
export function shareIntervalText(s: Pick<ThresholdShare, 'low' | 'high'>): string | null {
  const range = sharePercentRange(s);
  return range === null ? null : `${range} (${INTERVAL_WORDS})`;
}

/** "19–29 %": a share's interval in whole percents, rounded (null when no one has a Δ). */
export function sharePercentRange(s: Pick<ThresholdShare, 'low' | 'high'>): string | null {
  if (s.low === null || s.high === null) return null;
  return `${Math.round(100 * s.low)}–${Math.round(100 * s.high)} %`;
}

/** "90 % interval": the summary's intervals named by their level. */
export const INTERVAL_WORDS = `${Math.round(100 * COHORT_INTERVAL_LEVEL)} % interval`;

/** Every person's Δ = B − A of one metric from the lab result's values (NaN where a night has none). */
export function personDeltas(
  values: { readonly a: ArrayLike<number>; readonly b: ArrayLike<number> } | undefined,
): Float64Array {
  if (!values) return new Float64Array(0);
  return Float64Array.from({ length: values.b.length }, (_, i) => values.b[i]! - values.a[i]!);
}

export function thresholdShare(records: readonly TableRecord[], t: DeltaThreshold): ThresholdShare {
  return shareBeyond(
    t,
    records.map((r) => r.delta[t.metric]),
  );
}

export function summarise(
  records: readonly TableRecord[],
  params: readonly ParameterId[],
  context: { seed: number; population: string; model: string },
  thresholds: readonly DeltaThreshold[],
): CohortSummary {
  const allRanks = paramRanks(records, params);
  return {
    format: SUMMARY_FORMAT,
    version: SUMMARY_VERSION,
    n: records.length,
    seed: context.seed,
    population: context.population,
    model: context.model,
    thresholds: thresholds.map((t) => thresholdShare(records, t)),
    metrics: METRICS.map((m) => {
      // Δ sorted once for its quantiles and its median's interval (each partial build runs this).
      const deltas = sortedValues(records.map((r) => r.delta[m.id]));
      return {
        metric: m.id,
        a: spread(records.map((r) => r.a[m.id])),
        b: spread(records.map((r) => r.b[m.id])),
        delta: sortedSpread(deltas),
        deltaMedianInterval: sortedMedianInterval(deltas, INTERVAL_Z),
        drivers: drivers(records, params, m.id, allRanks),
      };
    }),
  };
}

/** summary.json's text: what `cohort merge` writes and the lab's exports write (one writer). */
export function summaryJson(summary: CohortSummary): string {
  return `${JSON.stringify(summary, null, 2)}\n`;
}
