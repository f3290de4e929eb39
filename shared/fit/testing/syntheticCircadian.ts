/**
 * Synthetic light logs and DLMOs for the circadian fit's tests: a protocol's light written as the
 * light log a wearable would export (a reading every 10 min), and the DLMOs of a full core run at
 * known parameter values (the engine's closed loop, not the fit's re-stepped pacemaker) with
 * seeded Gaussian noise, written as the DLMO file the importer reads. So a test goes through the
 * same readers as a user's files, and the fit's open-loop model is tested against the engine.
 */
import { simulateCore } from '../../model/core';
import type { ParameterValues } from '../../model/parameters';
import type { Timeline } from '../../model/protocol';
import { createRandom } from '../../model/random';
import { EPOCHS_PER_HOUR } from '../../model/result';
import { isoOfSeconds } from '../../report/import/tables';
import { dayOfDate } from '../placement';
import type { CircadianValues } from '../circadianModel';

const DAY_S = 86_400;
const STEP_EPOCHS = EPOCHS_PER_HOUR / 6;

/** Seconds on the zoneless calendar of the timeline's epoch 0, for a focal date. */
function startSeconds(tl: Timeline, focalDate: string): number {
  return dayOfDate(focalDate)! * DAY_S + (12 - tl.focus.slotNoon / EPOCHS_PER_HOUR) * 3600;
}

/** The timeline's light (eyes open) as a light log: "timestamp,lux", one reading every 10 min. */
export function syntheticLightLogText(tl: Timeline, focalDate: string): string {
  const t0 = startSeconds(tl, focalDate);
  const rows: string[] = [];
  for (let i = 0; i < tl.epochs; i += STEP_EPOCHS)
    rows.push(`${isoOfSeconds(t0 + (i / EPOCHS_PER_HOUR) * 3600).replace('T', ' ')},${tl.lux[i]!}`);
  return `timestamp,lux\n${rows.join('\n')}\n`;
}

/**
 * DLMOs of the days `days` (relative to the focal evening, 0 = the focal evening): the first
 * upward crossing of `threshold` after each day's noon in the unmasked melatonin of a full core
 * run with `truth`, plus N(0, noise_h²), as "date,time,threshold_pg_ml" rows to the minute.
 */
export function syntheticDlmoText(
  params: ParameterValues,
  tl: Timeline,
  truth: CircadianValues,
  days: readonly number[],
  focalDate: string,
  noise_h: number,
  seed: number,
  threshold = params.dlmoThreshold_pgPerMl,
): string {
  const mel = simulateCore(tl, { ...params, ...truth }, 1).series.melatoninUnmasked!;
  const random = createRandom(seed, 'synthetic-dlmo');
  const t0 = startSeconds(tl, focalDate);
  const rows = days.map((d) => {
    const noon = tl.focus.slotNoon + d * 24 * EPOCHS_PER_HOUR;
    let at = -1;
    for (let i = Math.max(1, noon); i < noon + 24 * EPOCHS_PER_HOUR && at < 0; i++)
      if (mel[i - 1]! < threshold && mel[i]! >= threshold)
        at = i - 1 + (threshold - mel[i - 1]!) / (mel[i]! - mel[i - 1]!);
    if (at < 0) throw new Error(`no DLMO on day ${d} at ${JSON.stringify(truth)}`);
    const t = t0 + Math.round(((at / EPOCHS_PER_HOUR + noise_h * random.normal()) * 3600) / 60) * 60;
    const iso = isoOfSeconds(t);
    return `${iso.slice(0, 10)},${iso.slice(11, 16)},${threshold}`;
  });
  return `date,time,threshold_pg_ml\n${rows.join('\n')}\n`;
}
