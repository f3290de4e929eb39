/**
 * The restoration module interface: what the engine calls (./run.ts) and every restoration
 * module implements (its folder's index.ts). A module owns its declarations (parameters, series)
 * and its state; the engine builds the states in the catalogue's order, steps them over the
 * core's 30-s grid and reads their series.
 *
 * Leaf of the module graph on purpose: a module is typed by its own parameters (P), not by all
 * of ParameterValues, so the catalogue can import the modules without an import cycle.
 */
import type { CoreTrajectory } from '../trajectory';
import type { ParameterSpec } from '../parameterSpec';
import type { SeriesInfo } from '../result';
import type { CouplingSpec, NodeKind } from '../couplingSpec';
import { float32Epochs, float64Epochs } from '../arena';

/**
 * A module's per-epoch output, taken from the person's arena without zeroing (arena.ts): every
 * module's step writes each of its outputs at every epoch of its range, and the pass covers
 * [0, epochs) (stepped, or restored up to the run-in boundary, resume.ts), so nothing reads an
 * element it did not write. Zeroing them was ≈ 8 MB of stores per night for nothing.
 */
export const outputEpochs = (length: number): Float32Array => float32Epochs(length, false);
/** outputEpochs at full precision. */
export const outputEpochs64 = (length: number): Float64Array => float64Epochs(length, false);

/** What a module may read besides the core and its parameters. */
export interface RestorationInputs {
  /** Seed of the run (a module draws from its own stream, e.g. createRandom(seed, 'gh.bursts')). */
  readonly seed: number;
  /** Fatigue 2 h after wake of the rested baseline night: the reference of the PVT lapse model. */
  readonly restedFatigue: number;
}

/**
 * The traces: full-precision values that one module writes for epoch i at index i − from and
 * later modules read, within one range [from, to) (the series are float32, the readers need the
 * doubles). The only data path between modules; every other input is the core's. Each is
 * written by one module (its `writes`) and read by those that declare it in `reads`; the engine
 * steps the writer first (catalogue.test.ts checks the order).
 */
export const TRACE_IDS = [
  /** Noradrenaline (neurotransmitters). */
  'noradrenaline',
  /** Acetylcholine (neurotransmitters). */
  'acetylcholine',
  /** GH secretion rate, µg/L per h (growthHormone). */
  'ghSecretion',
  /** Plasma cortisol, nmol/L (cortisol). */
  'cortisol',
  /** Plasma testosterone, nmol/L (testosterone). */
  'testosterone',
  /** Plasma estradiol, pmol/L (ovarian). */
  'estradiol',
  /** Plasma progesterone, nmol/L (ovarian). */
  'progesterone',
  /** Free T3 relative to the person's rested level, 1 = rested (thyrotropin). */
  't3',
] as const;
export type TraceId = (typeof TRACE_IDS)[number];
export type RangeTraces = Readonly<Record<TraceId, Float64Array>>;

/**
 * One restoration module. `S` is its state: an object whose own fields are numbers, booleans,
 * typed arrays (per-epoch outputs, `core.epochs` long, or lookup tables) or random streams, and
 * the core's arrays it refers to; resume.ts saves and restores exactly those at the run-in
 * boundary. `P` is the parameters it reads (its own, and any other module's it names); `T` its
 * own declarations, kept literal so the catalogue can type ParameterValues from them.
 */
export interface RestorationModule<
  Id extends string = string,
  P = never,
  S extends object = object,
  T extends readonly ParameterSpec[] = readonly ParameterSpec[],
> {
  readonly id: Id;
  /** The module as the map of the model draws it (couplingSpec.ts's ModelNode, less id and series). */
  readonly node: { readonly label: string; readonly kind: NodeKind; readonly description: string };
  /** What drives it: the couplings into this module (from any node), each with a strength parameter. */
  readonly couplings: readonly CouplingSpec[];
  /** Its parameters (gathered into PARAMETERS by the catalogue). */
  readonly parameters: T;
  /** Its series, in the order output() gives them (gathered into SERIES by the catalogue). */
  readonly series: readonly SeriesInfo[];
  /** The traces it writes and reads within a range (the engine checks a writer runs first). */
  readonly writes: readonly TraceId[];
  readonly reads: readonly TraceId[];
  /** Its state before epoch 0: constants from the parameters, per-epoch outputs allocated. */
  init(core: CoreTrajectory, p: P, inputs: RestorationInputs): S;
  /**
   * Advances epochs [from, to), in one loop with the state in locals (the hot loop of the pass);
   * the arithmetic is step for step that of a per-epoch update, so any split of the epochs gives
   * the same bits.
   */
  step(state: S, from: number, to: number, traces: RangeTraces): void;
  /** Its series' arrays by id, for every id of `series` in that order. */
  output(state: S): Readonly<Record<string, Float32Array>>;
}

/** Declares a module, keeping its id literal (the key of its state in RestorationState). */
export const defineRestorationModule = <
  const Id extends string,
  P,
  S extends object,
  const T extends readonly ParameterSpec[],
>(
  m: RestorationModule<Id, P, S, T>,
): RestorationModule<Id, P, S, T> => m;
