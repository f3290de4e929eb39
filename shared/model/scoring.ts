/**
 * Sleep scored as a sleep technologist would, from the 30-s stage series of the focal night:
 * sleep onset (the first epoch of any sleep stage), the final awakening, NREM and REM episodes
 * and NREM–REM cycles (after Feinberg & Floyd 1979: REM episodes less than 15 min apart are one
 * episode; a NREM episode runs from sleep onset or the end of a REM episode to the next REM
 * episode; the last NREM episode, ended by the final awakening, counts as a cycle when it lasts
 * at least 15 min).
 */
import { EPOCH_H, STAGE_CODE } from './result';

const EPOCH_MIN = EPOCH_H * 60;
/** REM episodes closer than this are merged (Feinberg & Floyd 1979). */
const REM_MERGE_EPOCHS = 30;
/** A final NREM episode counts as a cycle from this length. */
const MIN_LAST_NREM_EPOCHS = 30;

export interface Episode {
  readonly start: number;
  /** Exclusive end epoch. */
  readonly end: number;
}

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
}

const isSleep = (s: number): boolean => s !== STAGE_CODE.W;

export function scoreNight(stage: Uint8Array, lightsOff: number, lightsOn: number): Hypnogram {
  let onset: number | null = null;
  let lastSleep = -1;
  const counts = { W: 0, R: 0, N1: 0, N2: 0, N3: 0 };
  let firstN2: number | null = null;
  for (let i = lightsOff; i < lightsOn; i++) {
    const s = stage[i]!;
    if (isSleep(s)) {
      if (onset === null) onset = i;
      lastSleep = i;
    }
    if (s === STAGE_CODE.W) counts.W++;
    else if (s === STAGE_CODE.R) counts.R++;
    else if (s === STAGE_CODE.N1) counts.N1++;
    else if (s === STAGE_CODE.N2) {
      counts.N2++;
      if (firstN2 === null) firstN2 = i;
    } else counts.N3++;
  }
  if (onset === null) {
    return {
      lightsOff,
      lightsOn,
      sleepOnset: null,
      finalWake: null,
      sleepEpochs: 0,
      stageEpochs: counts,
      wasoEpochs: 0,
      firstN2: null,
      remEpisodes: [],
      nremEpisodes: [],
      cycles: [],
      cycleCount: 0,
    };
  }
  const finalWake = lastSleep + 1;
  let waso = 0;
  for (let i = onset; i < finalWake; i++) if (stage[i] === STAGE_CODE.W) waso++;

  // REM episodes, merging those less than 15 min apart.
  const rem: Episode[] = [];
  let i = onset;
  while (i < finalWake) {
    if (stage[i] === STAGE_CODE.R) {
      let end = i + 1;
      let j = end;
      while (j < finalWake && j - end < REM_MERGE_EPOCHS) {
        if (stage[j] === STAGE_CODE.R) end = j + 1;
        j++;
      }
      rem.push({ start: i, end });
      i = end;
    } else i++;
  }
  // NREM episodes between REM episodes.
  const nrem: Episode[] = [];
  const cycles: Episode[] = [];
  let start = onset;
  for (const r of rem) {
    if (r.start > start) {
      nrem.push({ start, end: r.start });
      cycles.push({ start, end: r.end });
    }
    start = r.end;
  }
  let cycleCount = cycles.length;
  if (finalWake - start > 0) {
    nrem.push({ start, end: finalWake });
    if (finalWake - start >= MIN_LAST_NREM_EPOCHS) cycleCount++;
  }
  return {
    lightsOff,
    lightsOn,
    sleepOnset: onset,
    finalWake,
    sleepEpochs: counts.R + counts.N1 + counts.N2 + counts.N3,
    stageEpochs: counts,
    wasoEpochs: waso,
    firstN2,
    remEpisodes: rem,
    nremEpisodes: nrem,
    cycles,
    cycleCount,
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
