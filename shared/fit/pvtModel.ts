/**
 * The model side of a PVT fit: a night's protocol simulated through the engine once, then the
 * model's PVT lapses at chosen epochs for candidate values of the fitted parameters.
 *
 * Why the core runs once. The fitted parameters (FIT_PARAMETERS) are read by the outcome module
 * alone (shared/model/restoration/outcome/): the core never reads them (NOT_READ_BY_CORE) and the
 * outcome reads only the core's trajectory, no other restoration module. So for every candidate
 * the core's trajectory is the same, and stepping the outcome module (Performance) over it gives
 * the engine's pvtLapses series bit for bit (pvtModel.test.ts compares it with simulateNight). The
 * one engine run goes through the run-in cache like any other (simulateTimeline with runInEnd).
 * A parameter the core reads could not be fitted this way: PvtModel refuses it.
 */
import { simulateTimeline } from '../model/engine';
import type { ParameterValues } from '../model/parameters';
import { compileProtocol, runInEnd } from '../model/protocol';
import type { ProtocolEvent } from '../model/protocolEvents';
import { RESTORATION_BASELINE } from '../model/restoration/baseline';
import { Performance } from '../model/restoration/outcome/outcome';
import { OUTCOME_PARAMETERS } from '../model/restoration/outcome/parameters';
import { NOT_READ_BY_CORE } from '../model/readBy';
import { STAGE_CODE } from '../model/result';
import type { CoreTrajectory } from '../model/trajectory';
import type { EpochSpan } from '../time/axis';

/** What a PVT fit estimates: the trait vulnerability and the rested lapse level (docs/FIT.md). */
export const FIT_PARAMETERS = ['pvtVulnerability', 'pvtLapsesRested'] as const;
export type FitParameterId = (typeof FIT_PARAMETERS)[number];
export type FitValues = Readonly<Record<FitParameterId, number>>;

const OUTCOME_IDS: ReadonlySet<string> = new Set(OUTCOME_PARAMETERS.map((p) => p.id));

export class PvtModel {
  readonly params: ParameterValues;
  readonly grid: EpochSpan;
  private readonly core: CoreTrajectory;

  constructor(params: ParameterValues, seed: number, events: readonly ProtocolEvent[]) {
    for (const id of FIT_PARAMETERS) {
      if (!NOT_READ_BY_CORE.has(id) || !OUTCOME_IDS.has(id))
        throw new Error(`${id} is not read by the outcome module alone; the PVT fit cannot re-step only the outcome`);
    }
    this.params = params;
    const timeline = compileProtocol(params, events);
    const run = simulateTimeline(timeline, params, seed, params.timeInBed_h, runInEnd(params));
    this.core = run.core.trajectory;
    this.grid = {
      focalLightsOff_clock_h: run.result.focalLightsOff_clock_h,
      start_h: run.result.start_h,
      epochs: run.result.epochs,
    };
  }

  /** True when the simulated sleeper is asleep at epoch i (a test then would wake them). */
  asleep(i: number): boolean {
    return this.core.stage[i] !== STAGE_CODE.W;
  }

  /** The model's lapses series over epochs [0, upTo) for these values (the engine's pvtLapses). */
  series(values: FitValues, upTo: number = this.grid.epochs): Float32Array {
    const perf = new Performance(this.core, { ...this.params, ...values }, RESTORATION_BASELINE.fatigueAtTest);
    perf.run(0, Math.min(upTo, this.grid.epochs));
    return perf.pvtLapses;
  }

  /** The model's lapses at each of `epochs` (ascending or not) for these values. */
  lapsesAt(values: FitValues, epochs: readonly number[]): Float64Array {
    const s = this.series(values, Math.max(...epochs) + 1);
    return Float64Array.from(epochs, (i) => s[i]!);
  }
}
