/**
 * Sleep scored as a sleep technologist would, from the 30-s stage series of the focal night. The
 * definitions (sleep onset, final awakening, WASO, REM episodes, NREM–REM cycles after Feinberg &
 * Floyd 1979) live once, in the standard sleep report (shared/report/sleepReport.ts), so a
 * simulated night and a measured hypnogram are scored by the same code; this is the engine's view
 * of it.
 */
import { EPOCH_H, EPOCH_S, STAGE_CODE } from './result';
import { scoreSleep, type Episode, type SleepReport } from '../report/sleepReport';

export type { Episode } from '../report/sleepReport';

const EPOCH_MIN = EPOCH_H * 60;

export interface Hypnogram {
  readonly lightsOff: number;
  readonly lightsOn: number;
  readonly sleepOnset: number | null;
  /** First epoch of the final wake (lights-on if asleep until then), or null without sleep. */
  readonly finalWake: number | null;
  readonly sleepEpochs: number;
  readonly stageEpochs: Readonly<Record<'W' | 'R' | 'N1' | 'N2' | 'N3', number>>;
  readonly wasoEpochs: number;
  readonly firstN2: number | null;
  readonly remEpisodes: readonly Episode[];
  readonly nremEpisodes: readonly Episode[];
  /** Complete cycles: NREM episode start to the end of its REM episode. */
  readonly cycles: readonly Episode[];
  /** Cycles as counted for `cycleCount` (complete ones plus a long-enough final NREM episode). */
  readonly cycleCount: number;
  /** The standard sleep report of [lightsOff, lightsOn) (the metrics read it). */
  readonly report: SleepReport;
}

export function scoreNight(stage: Uint8Array, lightsOff: number, lightsOn: number): Hypnogram {
  const s = scoreSleep(stage, EPOCH_S, { lightsOff, lightsOn });
  const { W, R, N1, N2, N3 } = s.stageEpochs;
  return {
    lightsOff,
    lightsOn,
    sleepOnset: s.sleepOnset,
    finalWake: s.finalWake,
    sleepEpochs: s.sleepEpochs,
    stageEpochs: { W, R, N1, N2, N3 },
    wasoEpochs: s.wasoEpochs,
    firstN2: s.firstN2,
    remEpisodes: s.remEpisodes,
    nremEpisodes: s.nremEpisodes,
    cycles: s.completeCycles,
    cycleCount: s.cycleCount,
    report: s.report,
  };
}

export const epochsToMin = (n: number): number => n * EPOCH_MIN;

/** Mean of `values` over the epochs of `ep` whose stage is NREM (N1–N3). */
export function meanOverNrem(values: Float32Array, stage: Uint8Array, ep: Episode): number | null {
  let sum = 0;
  let n = 0;
  for (let i = ep.start; i < ep.end; i++) {
    const s = stage[i]!;
    if (s === STAGE_CODE.N1 || s === STAGE_CODE.N2 || s === STAGE_CODE.N3) {
      sum += values[i]!;
      n++;
    }
  }
  return n > 0 ? sum / n : null;
}
