/**
 * The report's cohort section, as plain strings (so the pdf-lib report and the lab's print view
 * say the same): the population with its distributions, n and seed, the threshold's share in
 * words, median [5–95 %] of A, B and Δ for every metric, the strongest drivers of the threshold
 * metric's Δ, and the Δ distribution of that metric as a figure (a dot per person, stacked in bins,
 * the threshold as a line, people beyond it in the "worse" colour, as the Cohort tab draws it).
 */
import {
  INTERVAL_WORDS,
  SHOWN_DRIVERS,
  medianInterval,
  personDeltas,
  shareBeyond,
  sharePercentRange,
  type Spread,
  type ThresholdShare,
} from '../cohort/summary';
import type { MarginalSpec } from '../cohort/distributions';
import { thresholdMeaning } from '../cohort/thresholds';
import { METRICS, metricInfo, type MetricId, type MetricInfo } from '../model/metrics';
import { parameterSpec } from '../model/parameters';
import { POPULATION_PRESETS, isPopulationPresetId } from '../cohort/presets';
import type { FigureBackend } from './canvas';
import { cohortLine, cohortProvenance, type ExportCohort } from './cohort';
import { METRIC_GROUP_TITLES } from './metricGroups';
import { formatMetricNumber, formatMetricValue } from './reportTables';
import { distributionFigure, renderDistributionPng, renderDistributionSvg } from './distributionFigure';

/** What the report says of a cohort run before the nights last changed (the lab says the same on its tab). */
export const STALE_NOTE =
  ' The nights have changed since this cohort ran: its numbers are for the nights as they were, not as this report shows them.';

/** A ρ as the report gives it: "+0.45", "−0.30". */
const signedRho = (v: number) => `${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(2)}`;

export interface ReportCohortTables {
  /** "Young adults (18–30 y), n = 20, seed 1". */
  readonly line: string;
  readonly population: {
    readonly id: string;
    readonly label: string;
    readonly description: string;
    readonly sha256: string;
    /** True when the file's distributions replace the preset's. */
    readonly edited: boolean;
  };
  readonly distributions: readonly {
    readonly parameter: string;
    readonly distribution: string;
    readonly certainty: string;
    readonly source: string;
  }[];
  readonly correlations: readonly string[];
  /** The threshold's share in words, e.g. "8 of 40 people (20 %) lose more than 30 min of total sleep time". */
  readonly share: string | null;
  /** Per metric group, median [5–95 %] of A, B and Δ. */
  readonly summary: readonly { readonly title: string; readonly rows: readonly CohortMetricRow[] }[];
  readonly driversOf: string;
  /** The strongest drivers: ρ signed to two decimals, and its interval ("−0.30 to +0.22", or "—"). */
  readonly drivers: readonly { readonly parameter: string; readonly rho: string; readonly interval: string }[];
  /** The drivers' interval column's title: "90 % interval". */
  readonly driversInterval: string;
  /** Whether the result is of fewer people than asked (a run cut short). */
  readonly partial: boolean;
  /** Whether the nights changed after the cohort ran. */
  readonly stale: boolean;
}

export interface CohortMetricRow {
  readonly label: string;
  readonly unit: string;
  readonly a: string;
  readonly b: string;
  readonly delta: string;
}

/** Three significant digits with a true minus sign (the PDF's Helvetica spells it "-", toWinAnsi). */
export const number = (v: number) => formatMetricNumber(Number(v.toPrecision(3))).replace(/^-/, '−');
const signed = (v: number) => (v > 0 ? `+${number(v)}` : number(v));

function describeMarginal(m: MarginalSpec, unit: string): string {
  const u = unit ? ` ${unit}` : '';
  switch (m.kind) {
    case 'normal':
      return `normal ${m.mean} ± ${m.sd}${u}, within ${m.min}–${m.max}${u}`;
    case 'lognormal':
      return `log-normal, median ${m.median}${u}, sdLog ${m.sdLog}, within ${m.min}–${m.max}${u}`;
    case 'uniform':
      return `uniform ${m.min}–${m.max}${u}`;
    case 'integer':
      return `whole numbers ${m.min}–${m.max}${u}, equally likely`;
    case 'choice': {
      const total = Object.values(m.weights).reduce((s, w) => s + w, 0) || 1;
      return Object.entries(m.weights)
        .map(([choice, w]) => `${choice} ${Math.round((w / total) * 100)} %`)
        .join(', ');
    }
  }
}

/** A value and its interval: "406 [283–462]" (clock metrics as hh:mm). */
function plain(metric: MetricInfo, s: Spread): string {
  if (s.median === null) return '—';
  const f = (v: number | null) => (metric.clock ? formatMetricValue(metric, v) : number(v!));
  // "−66 to −54.4", not "−66–−54.4": a dash between negative numbers reads as a minus.
  const between = !metric.clock && (s.p05 ?? 0) < 0 ? ' to ' : '–';
  return `${f(s.median)} [${f(s.p05)}${between}${f(s.p95)}]`;
}

function interval(s: Spread): string {
  if (s.median === null) return '—';
  return `${signed(s.median)} [${signed(s.p05!)} to ${signed(s.p95!)}]`;
}

/**
 * "8 of 40 people (20 %) lose more than 30 min of total sleep time (Δ = B − A < −30 min). In the
 * population they were drawn from (90 % intervals): share 11–33 %, median Δ −14 to −3 min."
 */
function shareSentence(share: ThresholdShare, median: { low: number; high: number } | null): string | null {
  const metric = metricInfo(share.metric);
  if (!metric || share.share === null) return null;
  const what = thresholdMeaning(metric, share, number);
  const people = share.of === 1 ? 'person' : 'people';
  const range = sharePercentRange(share);
  const medianText = median ? `, median Δ ${signed(median.low)} to ${signed(median.high)} ${metric.unit}` : '';
  return (
    `${share.count} of ${share.of} ${people} (${Math.round(share.share * 100)} %) ${what} ` +
    `(Δ = B − A ${share.op} ${number(share.value)} ${metric.unit}).` +
    (range ? ` In the population they were drawn from (${INTERVAL_WORDS}s): share ${range}${medianText}.` : '')
  );
}

export function cohortReportTables(cohort: ExportCohort): ReportCohortTables {
  const provenance = cohortProvenance(cohort);
  const { population, result } = cohort;
  const preset = isPopulationPresetId(population.id) ? POPULATION_PRESETS[population.id] : null;
  const groups: { title: string; rows: CohortMetricRow[] }[] = [];
  const byMetric = new Map(result.summary.metrics.map((m) => [m.metric, m]));
  for (const metric of METRICS) {
    const s = byMetric.get(metric.id);
    if (!s) continue;
    const title = METRIC_GROUP_TITLES[metric.group];
    const row = {
      label: metric.label,
      unit: metric.unit,
      a: plain(metric, s.a),
      b: plain(metric, s.b),
      delta: interval(s.delta),
    };
    if (groups.at(-1)?.title === title) groups.at(-1)!.rows.push(row);
    else groups.push({ title, rows: [row] });
  }
  const counted = thresholdDeltas(cohort);
  const driversMetric = counted.metric.id as MetricId;
  const drivers = (byMetric.get(driversMetric)?.drivers ?? []).slice(0, SHOWN_DRIVERS);
  return {
    line: cohortLine(provenance),
    population: {
      id: population.id,
      label: population.label,
      description: population.description,
      sha256: provenance.populationSha256,
      edited: preset === null,
    },
    distributions: population.distributions.map((d) => {
      const spec = parameterSpec(d.param);
      return {
        parameter: spec?.label ?? d.param,
        distribution: describeMarginal(d.marginal, spec?.unit ?? ''),
        certainty: d.certainty,
        source: d.source,
      };
    }),
    correlations: population.correlations.map(
      (c) => `${parameterSpec(c.a)?.label ?? c.a} with ${parameterSpec(c.b)?.label ?? c.b}: ρ = ${c.rho} (${c.source})`,
    ),
    share: counted.share ? shareSentence(counted.share, medianInterval(counted.deltas)) : null,
    summary: groups,
    driversOf: metricInfo(driversMetric)?.label ?? driversMetric,
    drivers: drivers.map((d) => ({
      parameter: parameterSpec(d.param)?.label ?? d.param,
      rho: signedRho(d.rho),
      interval: d.low === null || d.high === null ? '—' : `${signedRho(d.low)} to ${signedRho(d.high)}`,
    })),
    driversInterval: INTERVAL_WORDS,
    partial: result.done < result.n,
    stale: cohort.stale,
  };
}

/**
 * Every person's Δ of the threshold's metric (none: total sleep time), the threshold, and the share
 * beyond it: recounted by the export's threshold (the tab's as it is now), as the tab and
 * summary.json count it (shareBeyond, shared/cohort/summary.ts).
 */
function thresholdDeltas(cohort: ExportCohort) {
  const threshold = cohort.threshold;
  const metric = threshold?.metric ?? 'totalSleepTime_min';
  const deltas = Array.from(personDeltas(cohort.result.values[metric])).filter(Number.isFinite);
  const share = threshold ? shareBeyond(threshold, deltas) : null;
  return { metric: metricInfo(metric)!, deltas, threshold, beyond: share?.count ?? 0, share };
}

/** The report's cohort section for pdf-lib: the tables and the distribution figure as a PNG (300 dpi). */
export async function reportCohort(cohort: ExportCohort, footnote: string, backend: FigureBackend) {
  const figure = distributionFigure(thresholdDeltas(cohort), cohortLine(cohortProvenance(cohort)), footnote);
  return { tables: cohortReportTables(cohort), figure: (await renderDistributionPng(figure, backend)).png };
}

/** The same for the print view, the figure as SVG. */
export function printCohort(cohort: ExportCohort, footnote: string, measure: FigureBackend['measure']) {
  const figure = distributionFigure(thresholdDeltas(cohort), cohortLine(cohortProvenance(cohort)), footnote);
  return { tables: cohortReportTables(cohort), figure: renderDistributionSvg(figure, measure) };
}

export type ReportCohort = Awaited<ReturnType<typeof reportCohort>>;
export type PrintCohort = ReturnType<typeof printCohort>;
