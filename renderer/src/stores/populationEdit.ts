/**
 * The population editor's pure side (the Cohort tab's PopulationEditor): what a row starts as when
 * a parameter is added or its kind changed, where each problem of an edited population belongs
 * (its row, its correlation, the correlation matrix), and the words and sketch of a marginal.
 *
 * Every check is shared/cohort's own `compilePopulation`, the one the CLI and main run: a row is
 * checked as a population of that row alone, a correlation against stand-ins of the rows, and the
 * whole population last, so "valid" here is exactly "main and the CLI accept it".
 */
import {
  compilePopulation,
  marginal as buildMarginal,
  PopulationError,
  type Correlation,
  type MarginalSpec,
  type ParameterDistribution,
  type PopulationSpec,
} from '../../../shared/cohort';
import { formatClock, parameterSpec, type ParameterId, type ParameterSpec } from '../../../shared/model/parameters';
import { formatNumber } from '../../../shared/plot/numbers';

export type MarginalKind = MarginalSpec['kind'];

/** A population's two lists, as the file's cohort section and `cohort:run` carry them. */
export interface PopulationLists {
  readonly distributions: readonly ParameterDistribution[];
  readonly correlations: readonly Correlation[];
}

export interface PopulationProblems {
  /** Per distribution, its problem in the population's own words, or null. */
  readonly rows: readonly (string | null)[];
  /** Per correlation, its problem, or null. */
  readonly correlations: readonly (string | null)[];
  /** A problem of the whole not placed on a row or a pair (the correlations together, an empty list). */
  readonly population: string | null;
  /** Whether the population compiles: what Run and the file's save of the edits wait for. */
  readonly ok: boolean;
}

function problemOf(spec: PopulationSpec): PopulationError | null {
  try {
    compilePopulation(spec);
    return null;
  } catch (error) {
    if (error instanceof PopulationError) return error;
    throw error;
  }
}

/** The kinds a parameter's distribution may take, as compilePopulation accepts them. */
export function kindsFor(param: string): readonly MarginalKind[] {
  const spec = parameterSpec(param);
  if (spec?.kind === 'choice') return ['choice'];
  if (spec?.kind === 'integer') return ['integer'];
  return ['normal', 'lognormal', 'uniform', 'integer'];
}

/** A number rounded to a parameter's step's decimals, so a generated bound reads as typed. */
function tidy(spec: ParameterSpec, x: number): number {
  if (spec.kind === 'choice') return x;
  const decimals = spec.step >= 1 ? 0 : Math.min(6, Math.ceil(-Math.log10(spec.step) - 1e-9) + 1);
  return Number(x.toFixed(decimals));
}

/**
 * What a parameter added in the editor starts as: every choice equally likely, or uniform over a
 * tenth of the declared range either side of the model's default (inside the range, so the row is
 * valid from the start and its numbers are there to be edited).
 */
export function startingMarginal(param: ParameterId): MarginalSpec {
  const spec = parameterSpec(param);
  if (!spec) throw new RangeError(`unknown parameter "${param}"`);
  if (spec.kind === 'choice') return { kind: 'choice', weights: Object.fromEntries(spec.choices.map((c) => [c, 1])) };
  const reach = (spec.max - spec.min) / 10;
  const lo = Math.max(spec.min, tidy(spec, spec.default - reach));
  const hi = Math.min(spec.max, tidy(spec, spec.default + reach));
  if (spec.kind === 'integer') {
    const [a, b] = [Math.ceil(lo), Math.floor(hi)];
    return a <= b ? { kind: 'integer', min: a, max: b } : { kind: 'integer', min: spec.default, max: spec.default };
  }
  return { kind: 'uniform', min: lo, max: hi };
}

/** The smallest and largest value a numeric marginal's fields name (its support, valid or not). */
function bounds(m: MarginalSpec): [number, number] | null {
  return m.kind === 'choice' ? null : [m.min, m.max];
}

/**
 * A marginal turned into another kind, keeping its bounds and centre: the user picks the kind, and
 * the fields start where the old distribution was (a normal's mean at the old centre, SD a quarter
 * of the span; a log-normal's median at the geometric centre).
 */
export function convertMarginal(param: ParameterId, from: MarginalSpec, kind: MarginalKind): MarginalSpec {
  if (from.kind === kind) return from;
  const b = bounds(from);
  if (kind === 'choice' || b === null) return startingMarginal(param);
  const spec = parameterSpec(param)!;
  const t = (x: number) => tidy(spec, x);
  const [lo, hi] = b;
  const centre = from.kind === 'normal' ? from.mean : from.kind === 'lognormal' ? from.median : (lo + hi) / 2;
  switch (kind) {
    case 'normal':
      return { kind, mean: t(centre), sd: t((hi - lo) / 4), min: lo, max: hi };
    case 'lognormal': {
      // A log-normal lives above 0: a lower bound at or below 0 becomes a hundredth of the upper.
      const min = lo > 0 ? lo : t(hi / 100);
      const median = from.kind === 'normal' && centre > min ? centre : t(Math.sqrt(min * hi));
      return { kind, median: t(median), sdLog: Number((Math.log(hi / min) / 4).toFixed(3)), min, max: hi };
    }
    case 'uniform':
      return { kind, min: lo, max: hi };
    case 'integer':
      return { kind, min: Math.ceil(lo), max: Math.floor(hi) };
  }
}

/**
 * A row's stand-in for checking correlations while the row itself has a problem: the parameter's
 * starting marginal (valid by construction), or null when the parameter cannot be drawn at all.
 */
function standIn(d: ParameterDistribution): ParameterDistribution | null {
  if (!parameterSpec(d.param)) return null;
  return { ...d, marginal: startingMarginal(d.param) };
}

/** Every problem of a population, each where the editor shows it. */
export function populationProblems(spec: PopulationSpec): PopulationProblems {
  const { distributions, correlations } = spec;
  const firstOf = new Map<string, number>();
  distributions.forEach((d, i) => firstOf.has(d.param) || firstOf.set(d.param, i));
  // A row alone, or twice when an earlier row has its parameter (compilePopulation's own message).
  const rows = distributions.map(
    (d, i) =>
      problemOf({ ...spec, distributions: firstOf.get(d.param)! < i ? [d, d] : [d], correlations: [] })?.message ??
      null,
  );
  const stands = distributions
    .map((d, i) => (firstOf.get(d.param) === i ? (rows[i] === null ? d : standIn(d)) : null))
    .filter((d): d is ParameterDistribution => d !== null);
  const keyOf = (c: Correlation) => [c.a, c.b].sort().join('\u0000');
  const pairs = correlations.map((c, k) => {
    const earlier = correlations.findIndex((o) => keyOf(o) === keyOf(c));
    const list = earlier < k ? [correlations[earlier]!, c] : [c];
    return stands.length === 0
      ? null
      : (problemOf({ ...spec, distributions: stands, correlations: list })?.message ?? null);
  });
  const whole = problemOf(spec);
  const placed = rows.some((p) => p !== null) || pairs.some((p) => p !== null);
  return { rows, correlations: pairs, population: whole && !placed ? whole.message : null, ok: whole === null };
}

const valueText = (spec: ParameterSpec | undefined, x: number): string =>
  spec?.kind === 'number' && spec.clock ? formatClock(x) : formatNumber(Number(x.toPrecision(3)));

/** The unit as a reader wants it after a number ('' for clock times, which are hh:mm). */
export function unitOf(param: string): string {
  const spec = parameterSpec(param);
  if (!spec || (spec.kind === 'number' && spec.clock)) return '';
  return spec.unit;
}

/** "5–95 %: 3.1–8.0 h", or a choice's shares ("female 50 %, male 50 %"); '' when not valid. */
export function rangeWords(d: ParameterDistribution): string {
  let m;
  try {
    m = buildMarginal(d.marginal);
  } catch {
    return '';
  }
  const spec = parameterSpec(d.param);
  if (d.marginal.kind === 'choice') {
    const entries = Object.entries(d.marginal.weights);
    const total = entries.reduce((s, [, w]) => s + w, 0);
    return entries.map(([c, w]) => `${c} ${Math.round((100 * w) / total)} %`).join(', ');
  }
  const unit = unitOf(d.param);
  const [p05, p95] = [m.quantile(0.05), m.quantile(0.95)] as number[];
  return `5–95 %: ${valueText(spec, p05!)}–${valueText(spec, p95!)}${unit ? ` ${unit}` : ''}`;
}

/** Points of a marginal's density over its support, for the row's sketch (x in [0, 1], y in [0, 1]). */
export interface Sketch {
  /** The density's outline, left to right, as fractions of the support and of the highest density. */
  readonly outline: readonly (readonly [number, number])[];
  /** Where the 5 % and 95 % quantiles fall, as fractions of the support. */
  readonly p05: number;
  readonly p95: number;
}

const SKETCH_STEPS = 48;

/** The density sketched from the quantile function itself: equal steps of u, height Δu / Δx. */
export function sketchOf(spec: MarginalSpec): Sketch | null {
  if (spec.kind === 'choice') return null;
  let m;
  try {
    m = buildMarginal(spec);
  } catch {
    return null;
  }
  const [lo, hi] = m.support as readonly [number, number];
  const span = hi - lo || 1;
  const at = (x: number) => (x - lo) / span;
  if (spec.kind === 'uniform' || spec.kind === 'integer') {
    return {
      outline: [
        [0, 1],
        [1, 1],
      ],
      p05: at(m.quantile(0.05) as number),
      p95: at(m.quantile(0.95) as number),
    };
  }
  const xs = Array.from({ length: SKETCH_STEPS + 1 }, (_, k) => m.quantile(k / SKETCH_STEPS) as number);
  const heights = xs.slice(1).map((x, k) => 1 / SKETCH_STEPS / Math.max(x - xs[k]!, span * 1e-6));
  const top = Math.max(...heights);
  const outline = heights.map((h, k) => [at((xs[k]! + xs[k + 1]!) / 2), h / top] as const);
  return { outline, p05: at(m.quantile(0.05) as number), p95: at(m.quantile(0.95) as number) };
}

/** A number field's value as typed; an empty or unreadable field is NaN, which the checks name. */
export function typedNumber(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? Number.NaN : Number(trimmed);
}
