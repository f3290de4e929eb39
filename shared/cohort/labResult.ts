/**
 * A cohort as the lab shows it, built progressively as batches of persons come back: per metric
 * every person's A and B (Δ = B − A follows), the summary (spreads, drivers, threshold shares), and
 * per chart series the bands (median, 25–75 %, 5–95 %) of A, B and Δ on a coarse common grid.
 * The renderer gets quantiles, never the persons' series: 200 people × 56 series × ~3000 epochs
 * would be ~130 MB a night; the bands are ~1 MB for all series.
 */
import { METRICS, type MetricId } from '../model/metrics';
import type { ParameterId } from '../model/parameters';
import { EPOCH_H, type SimulationResult } from '../model/result';
import { epochAt } from '../time/axis';
import { pairedDelta, type SeriesBands } from './bands';
import { BandColumns } from './bandColumns';
import type { MetricRow, PersonRun } from './run';
import { summarise, type CohortSummary } from './summary';
import { delta, type TableRecord } from './table';
import type { DeltaThreshold } from './thresholds';

/**
 * The bands' grid on the slot scale: from the noon before the focal lights-off (where the lab's
 * focal window starts, shared/model/window.ts) every 10 min: bands are smooth at that step, and
 * a finer one doubles the cost of rebuilding them (fastBands.ts). Absolute, so persons (and nights) whose
 * results start at different epochs still line up, and Δ pairs equal slot hours as the
 * difference charts do (pairOffset).
 */
export const BAND_GRID = { start: 12, step_h: 10 / 60 } as const;

/** A person's series sampled on BAND_GRID, NaN outside the night; one Float32Array per series id. */
export type SampledSeries = Readonly<Record<string, Float32Array>>;

/** Samples every series of a night's result at the grid's hours (the epoch holding each hour). */
export function sampleOnGrid(result: SimulationResult): SampledSeries {
  const end = result.focalLightsOff_clock_h + result.start_h + result.epochs * EPOCH_H;
  const points = Math.max(0, Math.ceil((end - BAND_GRID.start) / BAND_GRID.step_h));
  const index = new Int32Array(points);
  for (let k = 0; k < points; k++) index[k] = epochAt(result, BAND_GRID.start + k * BAND_GRID.step_h);
  const out: Record<string, Float32Array> = {};
  for (const [id, values] of Object.entries(result.series)) {
    const sampled = new Float32Array(points);
    for (let k = 0; k < points; k++) {
      const i = index[k]!;
      sampled[k] = i >= 0 && i < values.length ? values[i]! : NaN;
    }
    out[id] = sampled;
  }
  return out;
}

/** One person as a worker hands it back: the table's values and the sampled series of both nights. */
export interface LabPerson {
  readonly index: number;
  readonly values: PersonRun['values'];
  readonly a: MetricRow;
  readonly b: MetricRow;
  readonly seriesA: SampledSeries;
  readonly seriesB: SampledSeries;
}

export interface NightBands {
  readonly a: SeriesBands;
  readonly b: SeriesBands;
  readonly delta: SeriesBands;
}

export interface CohortLabResult {
  /** People asked for, and people done so far (the result is partial while done < n). */
  readonly n: number;
  readonly done: number;
  readonly seed: number;
  readonly population: string;
  /** SHA-256 of the population's definition (populationSha256): an edit after the run changes it. */
  readonly populationSha256: string;
  /** Persons' indices in the order of the value arrays (index order). */
  readonly persons: Int32Array;
  /** Per metric, every person's value in A and B (NaN where undefined). */
  readonly values: Readonly<Record<MetricId, { readonly a: Float64Array; readonly b: Float64Array }>>;
  readonly summary: CohortSummary;
  readonly grid: typeof BAND_GRID;
  /** Per series id: the bands of A, B and Δ on `grid`. */
  readonly bands: Readonly<Record<string, NightBands>>;
}

const toRecord = (p: LabPerson): TableRecord => {
  const d: Record<string, number | null> = {};
  for (const m of METRICS) d[m.id] = delta(p.a[m.id], p.b[m.id]);
  return { index: p.index, values: p.values as Record<string, number | string>, a: p.a, b: p.b, delta: d as MetricRow };
};

export interface CohortLabContext {
  readonly n: number;
  readonly seed: number;
  readonly population: string;
  readonly populationSha256: string;
  readonly model: string;
  readonly params: readonly ParameterId[];
}

/**
 * The lab's result built up as persons arrive (any order in; index order out): `add` queues
 * them, `build` merges the queued ones into every series' band columns (bandColumns.ts) and then
 * gives the result of everyone added so far. `build` is a generator that yields after each
 * series' merge, each series' bands and the metrics' values (the summary is the last step), so
 * main can spread a build over its event loop (labRun.ts); `result` runs it through.
 */
export class CohortLabBuilder {
  private readonly persons: LabPerson[] = [];
  private queued: LabPerson[] = [];
  private readonly columns = new Map<string, { a: BandColumns; b: BandColumns; delta: BandColumns }>();

  constructor(
    private readonly context: CohortLabContext,
    private readonly thresholds: readonly DeltaThreshold[],
  ) {}

  add(persons: readonly LabPerson[]): void {
    this.queued.push(...persons);
  }

  /** Persons added so far (merged or queued). */
  get size(): number {
    return this.persons.length + this.queued.length;
  }

  *build(): Generator<void, CohortLabResult, void> {
    // The persons queued now are merged into every series; any added meanwhile wait for the next build.
    const fresh = this.queued;
    this.queued = [];
    for (const id of Object.keys(fresh[0]?.seriesA ?? {})) {
      let c = this.columns.get(id);
      if (!c) {
        const capacity = Math.max(this.context.n, this.size + fresh.length);
        c = { a: new BandColumns(capacity), b: new BandColumns(capacity), delta: new BandColumns(capacity) };
        this.columns.set(id, c);
      }
      const a = fresh.map((p) => p.seriesA[id]!);
      const b = fresh.map((p) => p.seriesB[id]!);
      c.a.add(a);
      c.b.add(b);
      // Both on the absolute grid: Δ pairs equal slot hours with no offset.
      c.delta.add(fresh.map((_, k) => pairedDelta(a[k]!, b[k]!, 0)));
      yield;
    }
    this.persons.push(...fresh);
    const bands: Record<string, NightBands> = {};
    for (const [id, c] of this.columns) {
      bands[id] = { a: c.a.bands(), b: c.b.bands(), delta: c.delta.bands() };
      yield;
    }
    const sorted = [...this.persons].sort((p, q) => p.index - q.index);
    const values = {} as Record<MetricId, { a: Float64Array; b: Float64Array }>;
    for (const m of METRICS) {
      values[m.id] = {
        a: Float64Array.from(sorted, (p) => p.a[m.id] ?? NaN),
        b: Float64Array.from(sorted, (p) => p.b[m.id] ?? NaN),
      };
    }
    yield;
    const { context } = this;
    return {
      n: context.n,
      done: sorted.length,
      seed: context.seed,
      population: context.population,
      populationSha256: context.populationSha256,
      persons: Int32Array.from(sorted, (p) => p.index),
      values,
      summary: summarise(sorted.map(toRecord), context.params, context, this.thresholds),
      grid: BAND_GRID,
      bands,
    };
  }

  /** `build` run through at once. */
  result(): CohortLabResult {
    const steps = this.build();
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }
}

/** The lab's result of the given persons at once (any order in; index order out). */
export function cohortLabResult(
  persons: readonly LabPerson[],
  context: CohortLabContext,
  thresholds: readonly DeltaThreshold[],
): CohortLabResult {
  const builder = new CohortLabBuilder(context, thresholds);
  builder.add(persons);
  return builder.result();
}
