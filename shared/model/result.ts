/**
 * The shape of a simulated night as every consumer sees it (worker, IPC, renderer, CLI, export):
 * columnar typed arrays on the 30-s epoch grid plus the metrics object.
 */

/** Sleep stages in the clinical order of a hypnogram, top to bottom. */
export const STAGES = ['W', 'R', 'N1', 'N2', 'N3'] as const;
export type Stage = (typeof STAGES)[number];
export const STAGE_CODE = { W: 0, R: 1, N1: 2, N2: 3, N3: 4 } as const satisfies Record<Stage, number>;

/** 30-s epochs, the scoring unit of polysomnography (AASM). */
export const EPOCH_S = 30;
export const EPOCH_H = EPOCH_S / 3600;
export const EPOCHS_PER_HOUR = 3600 / EPOCH_S;

export interface ModelInfo {
  readonly name: string;
  readonly version: string;
}

export interface SeriesInfo {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  /** Which chart panel draws it. */
  readonly panel: string;
  readonly description: string;
  /**
   * Meaningful only while awake (a PVT taken, a sleepiness rating given): charts leave it out
   * while the sleeper is asleep instead of drawing a test no one takes.
   */
  readonly wakingOnly?: boolean;
}

export interface SimulationResult {
  readonly model: ModelInfo;
  /** Time of the first epoch, in hours since the focal lights-off (negative before it). */
  readonly start_h: number;
  /** Number of 30-s epochs. */
  readonly epochs: number;
  /** Focal lights-off on the focal slot's 12–36 clock scale (23:00 = 23, 00:30 = 24.5). */
  readonly focalLightsOff_clock_h: number;
  /** Focal time in bed (h); 0 for a night spent awake. */
  readonly focalTimeInBed_h: number;
  /** Stage per epoch, codes of STAGE_CODE. */
  readonly stage: Uint8Array;
  /** One Float32Array per declared series, each `epochs` long. */
  readonly series: Readonly<Record<string, Float32Array>>;
  /** Metrics keyed by their declared ids; null where undefined. */
  readonly metrics: Readonly<Record<string, number | null>>;
}

/** Hours since focal lights-off of epoch i. */
export function epochTime_h(result: Pick<SimulationResult, 'start_h'>, i: number): number {
  return result.start_h + i * EPOCH_H;
}

/** Clock hour (0–24) of a time in hours since focal lights-off. */
export function clockOf(result: Pick<SimulationResult, 'focalLightsOff_clock_h'>, time_h: number): number {
  return (((result.focalLightsOff_clock_h + time_h) % 24) + 24) % 24;
}
