/**
 * Synthetic PVT sessions for the fit's tests: the model's lapses at chosen times with known
 * parameters, plus seeded Poisson noise (a count, as a real PVT gives), written as the delimited
 * text the PVT importer reads, so a test goes through the same reader as a user's file.
 */
import { createRandom } from '../../model/random';
import { isoOfSeconds } from '../../report/import/tables';
import { epochAt } from '../../time/axis';
import { dayOfDate } from '../placement';
import type { FitValues, PvtModel } from '../pvtModel';

/** A Poisson draw by inversion (means here stay under ≈40, so the loop is short). */
function poisson(mean: number, next: () => number): number {
  const u = next();
  let k = 0;
  let p = Math.exp(-mean);
  let cdf = p;
  while (u > cdf && k < 1000) {
    k++;
    p *= mean / k;
    cdf += p;
  }
  return k;
}

/**
 * PVT text for sessions at `slotHours` (the protocol's slot hours, focal date `focalDate`), with
 * lapses drawn around the model's for `values`; the mean RT column is a fixed stand-in (the fit
 * reads lapses only).
 */
export function syntheticPvtText(
  model: PvtModel,
  values: FitValues,
  slotHours: readonly number[],
  focalDate: string,
  seed: number,
): string {
  const day = dayOfDate(focalDate)!;
  const random = createRandom(seed, 'synthetic-pvt');
  const epochs = slotHours.map((h) => epochAt(model.grid, h));
  const lapses = model.lapsesAt(values, epochs);
  const rows = slotHours.map((h, i) => {
    const t = day * 86_400 + Math.round(h * 3600);
    return `${isoOfSeconds(t).replace('T', ' ')},${(250 + 10 * lapses[i]!).toFixed(1)},${poisson(lapses[i]!, () => random.next())}`;
  });
  return `timestamp,mean_rt_ms,lapses\n${rows.join('\n')}\n`;
}
