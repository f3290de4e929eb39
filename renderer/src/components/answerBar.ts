/**
 * What the answer bar (AnswerBar.vue) shows, as plain data: the sleep report's rows and the
 * outcome cards, each with A, B, B − A and the verdict in words, the chart it links to, and the
 * legend's rules. Every number, unit, direction and threshold is read from its declaration
 * (shared/model/metrics.ts, shared/report/sleepReport.ts) and judged by compare.ts's one rule;
 * nothing is recomputed here, only chosen and formatted.
 */
import {
  metricInfo,
  noChangeBelow,
  type MetricDirection,
  type MetricId,
  type MetricInfo,
} from '../../../shared/model/metrics';
import { metricDelta, type MetricDelta } from '../../../shared/model/compare';
import { PANELS, type PanelId } from '../../../shared/model/panels';
import {
  REPORT_METRICS,
  SLEEP_REPORT_LABELS,
  type ReportMetricId,
  type SleepReport,
} from '../../../shared/report/sleepReport';
import { formatDelta, formatMetric, nullReason } from '../format';

type Values = Readonly<Record<string, number | null>>;
export type Verdict = MetricDelta['verdict'];

/** The sleep report's rows, in the order a clinical report lists them; all drawn by the hypnogram. */
export const REPORT_ROWS = [
  'totalSleepTime_min',
  'sleepEfficiency_pct',
  'sleepOnsetLatency_min',
  'waso_min',
  'remLatency_min',
  'n1_pct',
  'n2_pct',
  'n3_pct',
  'rem_pct',
] as const satisfies readonly ReportMetricId[];

/** The next-morning outcomes, each a card linked to the chart that draws it. */
export const OUTCOME_CARDS = [
  'readinessScore',
  'mentalAcuity',
  'emotionalResilience',
  'pvtLapsesNextMorning',
  'kssNextMorning',
] as const satisfies readonly MetricId[];

/** The chart of each figure: the report's numbers are the hypnogram's, the outcomes the outcome panel's. */
const PANEL_OF: Readonly<Record<(typeof REPORT_ROWS)[number] | (typeof OUTCOME_CARDS)[number], PanelId>> = {
  totalSleepTime_min: 'hypnogram',
  sleepEfficiency_pct: 'hypnogram',
  sleepOnsetLatency_min: 'hypnogram',
  waso_min: 'hypnogram',
  remLatency_min: 'hypnogram',
  n1_pct: 'hypnogram',
  n2_pct: 'hypnogram',
  n3_pct: 'hypnogram',
  rem_pct: 'hypnogram',
  readinessScore: 'outcome',
  mentalAcuity: 'outcome',
  emotionalResilience: 'outcome',
  pvtLapsesNextMorning: 'outcome',
  kssNextMorning: 'outcome',
};

/** The verdict in one word, so colour is never its only carrier. */
export const VERDICT_WORD: Readonly<Record<Verdict, string>> = {
  better: 'better',
  worse: 'worse',
  same: 'no change',
  neutral: 'changed',
  none: 'n/a',
};

/**
 * The report's abbreviation of a field (TST, SE, SOL, WASO, N1…): its name without the unit
 * suffix, as sleep reports print them; REM latency spelt out so it is not read as REM %.
 */
export function reportAbbreviation(field: keyof SleepReport): string {
  return field === 'REMLatency_min' ? 'REM latency' : field.replace(/_(min|pct)$/, '');
}

export interface AnswerFigure {
  readonly id: MetricId;
  /** What the screen prints: the report's abbreviation, or the metric's label on a card. */
  readonly name: string;
  /** The full name, for the control's accessible name. */
  readonly fullName: string;
  readonly unit: string;
  readonly panel: PanelId;
  readonly panelTitle: string;
  readonly a: string;
  readonly b: string;
  /** Why A or B shows "—" (empty when it has a value). */
  readonly aNote: string;
  readonly bNote: string;
  readonly delta: string;
  readonly verdict: Verdict;
  readonly word: string;
  /** The rule the verdict followed, in words (the Δ's hover text). */
  readonly rule: string;
}

/** A's and B's metrics (undefined while a night has not been simulated yet). */
export interface NightMetrics {
  readonly a: Values | undefined;
  readonly b: Values | undefined;
}

const DIRECTION_WORDS: Readonly<Record<MetricDirection, string>> = {
  higher: 'higher is better',
  lower: 'lower is better',
  neutral: 'no better side',
};

function info(id: MetricId): MetricInfo {
  const metric = metricInfo(id);
  if (!metric) throw new Error(`${id} is not a declared metric`);
  return metric;
}

/** A metric's no-change threshold with its unit: "1 min", or "0.1 on the 1–9 scale" for a scale. */
export function thresholdText(metric: Pick<MetricInfo, 'unit'>): string {
  // A declared constant, printed as declared (0.5, not the house "0.500" of a measured value).
  const amount = String(noChangeBelow(metric));
  return /\d–\d/.test(metric.unit) ? `${amount} on the ${metric.unit} scale` : `${amount} ${metric.unit}`;
}

function ruleOf(metric: MetricInfo): string {
  return `${DIRECTION_WORDS[metric.direction]}; a change below ${thresholdText(metric)} is no change`;
}

function figure(
  id: (typeof REPORT_ROWS)[number] | (typeof OUTCOME_CARDS)[number],
  name: string,
  fullName: string,
  nights: NightMetrics,
): AnswerFigure {
  const metric = info(id);
  const va = nights.a?.[id] ?? null;
  const vb = nights.b?.[id] ?? null;
  const d = metricDelta(metric, va, vb);
  const panel = PANEL_OF[id];
  const note = (v: number | null, all: Values | undefined): string => (v === null ? nullReason(id, all) : '');
  return {
    id,
    name,
    fullName,
    unit: metric.unit,
    panel,
    panelTitle: PANELS.find((p) => p.id === panel)!.title,
    a: formatMetric(metric, va),
    b: formatMetric(metric, vb),
    aNote: note(va, nights.a),
    bNote: note(vb, nights.b),
    delta: d.delta === null ? '—' : formatDelta(d.delta, va!, vb!, metric.clock),
    verdict: d.verdict,
    word: VERDICT_WORD[d.verdict],
    rule: ruleOf(metric),
  };
}

/** The sleep report's rows, A | B | Δ. */
export function reportRows(nights: NightMetrics): AnswerFigure[] {
  return REPORT_ROWS.map((id) => {
    const field = REPORT_METRICS[id];
    return figure(id, reportAbbreviation(field), SLEEP_REPORT_LABELS[field], nights);
  });
}

/** The report's fields counted from lights-off: undefined for a file that does not give one. */
const FROM_LIGHTS_OFF: ReadonlySet<keyof SleepReport> = new Set(['TIB_min', 'SE_pct', 'SOL_min', 'SOLPersistent_min']);

/** Why a measured night's report has no value in a field (the report's own rules, sleepReport.ts). */
function measuredNullReason(field: keyof SleepReport, report: SleepReport): string {
  if (report.TIB_min === null && FROM_LIGHTS_OFF.has(field))
    return 'undefined: the file gives no lights-off (one can be typed in the agreement box)';
  if (report.TST_min === 0) return 'undefined: no sleep in this night';
  if (field === 'REMLatency_min') return 'undefined: no REM sleep';
  return 'undefined for this night';
}

/** A measured night's value of each report row (its own report, by the same declaration). */
export function measuredColumn(report: SleepReport): { text: string; note: string }[] {
  return REPORT_ROWS.map((id) => {
    const field = REPORT_METRICS[id];
    const value = report[field];
    return { text: formatMetric(info(id), value), note: value === null ? measuredNullReason(field, report) : '' };
  });
}

/** The outcome cards. */
export function outcomeCards(nights: NightMetrics): AnswerFigure[] {
  return OUTCOME_CARDS.map((id) => {
    const metric = info(id);
    return figure(id, metric.label, metric.label, nights);
  });
}

export interface LegendRules {
  /** Names of the figures shown, by their declared direction. */
  readonly higher: readonly string[];
  readonly lower: readonly string[];
  readonly neutral: readonly string[];
  /** Each unit shown with its no-change threshold, e.g. "1 min". */
  readonly thresholds: readonly string[];
}

/** The legend: which way is better for each figure shown, and below what a change is no change. */
export function legendRules(figures: readonly AnswerFigure[]): LegendRules {
  const by = (direction: MetricDirection) =>
    figures.filter((f) => info(f.id).direction === direction).map((f) => f.name);
  const thresholds = new Map<string, string>();
  for (const f of figures) thresholds.set(f.unit, thresholdText(info(f.id)));
  return { higher: by('higher'), lower: by('lower'), neutral: by('neutral'), thresholds: [...thresholds.values()] };
}
