/**
 * A synthetic PVT data set with known parameters, for trying the lab's "Fit a sleeper" by hand and
 * for its browser test: an experiment whose night A is a night awake (one-night-awake, a 5-day
 * run-in so the fit is quick), and PVT sessions every 2.5 h from 09:00 of the focal day to 21:30
 * of the day after, drawn from the model at TRUTH with seeded Poisson noise (the same generator as
 * the fit's recovery test, shared/fit/testing/synthetic.ts). Fitting night A of the experiment to
 * the sessions should give intervals that hold TRUTH.
 *
 * `npm exec tsx scripts/synthetic-pvt.ts -- FOLDER [--seed N]` writes FOLDER/synthetic.nocturne.json
 * and FOLDER/synthetic-pvt.csv, and prints the true values.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PvtModel, type FitValues } from '../shared/fit/pvtModel';
import { syntheticPvtText } from '../shared/fit/testing/synthetic';
import { defaultExperiment, serializeExperiment, type Experiment, type NightSpec } from '../shared/experiment';
import { resolveParameters } from '../shared/model/scenarios';
import { MODEL_INFO } from '../shared/model/engine';

/** The sleeper the sessions are drawn from. */
export const TRUTH: FitValues = { pvtVulnerability: 1.6, pvtLapsesRested: 2 };
/** The calendar date of the focal evening the sessions are dated by. */
export const FOCAL_DATE = '2026-03-10';
/** Session times on the protocol's slot clock: 09:00 of the focal day to 21:30 of the day after. */
export const SESSION_HOURS: readonly number[] = Array.from({ length: 15 }, (_, i) => 9 + 2.5 * i);

/** The experiment the sessions belong to: night A awake all night, night B the default's. */
export function syntheticExperiment(): Experiment {
  const base = defaultExperiment();
  const awake: NightSpec = {
    ...base.nights[0],
    label: 'Night awake (synthetic PVT)',
    scenario: 'one-night-awake',
    params: { runInDays: 5 },
  };
  return { ...base, title: 'Synthetic sleeper', nights: [awake, base.nights[1]] };
}

/** The PVT file's text for night A of syntheticExperiment(), with noise seed `seed`. */
export function syntheticPvt(seed = 11): string {
  const night = syntheticExperiment().nights[0];
  const model = new PvtModel(resolveParameters(night.scenario, night.params), night.seed, night.events);
  return syntheticPvtText(model, TRUTH, SESSION_HOURS, FOCAL_DATE, seed);
}

/** Writes both files into `folder`; returns their paths. */
export function writeSyntheticDataSet(folder: string, seed = 11): { experiment: string; pvt: string } {
  mkdirSync(folder, { recursive: true });
  const paths = { experiment: join(folder, 'synthetic.nocturne.json'), pvt: join(folder, 'synthetic-pvt.csv') };
  writeFileSync(
    paths.experiment,
    serializeExperiment(syntheticExperiment(), { app: 'scripts/synthetic-pvt.ts', model: MODEL_INFO.version }),
  );
  writeFileSync(paths.pvt, syntheticPvt(seed));
  return paths;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const folder = args.find((a) => !a.startsWith('--'));
  const seedAt = args.indexOf('--seed');
  const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : 11;
  if (!folder || !Number.isInteger(seed) || seed < 0) {
    process.stderr.write('usage: tsx scripts/synthetic-pvt.ts FOLDER [--seed N]\n');
    process.exit(2);
  }
  const paths = writeSyntheticDataSet(folder, seed);
  process.stdout.write(
    `wrote ${paths.experiment} and ${paths.pvt}\ntrue values: ${Object.entries(TRUTH)
      .map(([id, v]) => `${id} = ${v}`)
      .join(', ')}\n`,
  );
}
