/**
 * A synthetic circadian data set with known parameters, for trying the lab's circadian "Fit a
 * sleeper" by hand and for its browser test: an experiment whose night A is a baseline night with
 * a 10-day run-in, a light log of that protocol's light with three days in dim light (5 lux from
 * 07:00 to 23:00 on days −3 to −1, where the clock drifts at its own period), and four DLMOs (days
 * −4, −2, −1 and the focal evening) of a full engine run at TRUTH with seeded noise (SD 15 min):
 * the design of the circadian fit's recovery test (shared/fit/fitCircadian.test.ts), which
 * identifies both parameters. Fitting night A to the two files should give intervals that hold TRUTH.
 *
 * `npm exec tsx scripts/synthetic-circadian.ts -- FOLDER [--seed N]` writes
 * FOLDER/synthetic-circadian.nocturne.json, FOLDER/synthetic-light.csv and FOLDER/synthetic-dlmo.csv,
 * and prints the true values.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CircadianValues } from '../shared/fit/circadianModel';
import {
  CIRCADIAN_FOCAL_DATE,
  CIRCADIAN_RUN_IN_DAYS,
  DIM_DAYS,
  circadianCase,
} from '../shared/fit/testing/circadianCase';
import { defaultExperiment, serializeExperiment, type Experiment, type NightSpec } from '../shared/experiment';
import { MODEL_INFO } from '../shared/model/engine';

/** The sleeper the DLMOs are drawn from. */
export const CIRCADIAN_TRUTH: CircadianValues = { circadianPeriod_h: 24.4, lightSensitivity: 0.8 };
/** The DLMOs' days, from the focal evening (0): one before the dim days, two in them, the focal evening. */
export const DLMO_DAYS: readonly number[] = [-4, -2, -1, 0];
export const FOCAL_DATE = CIRCADIAN_FOCAL_DATE;

/** The experiment the data belong to: night A a baseline night with the run-in the light log covers. */
export function syntheticCircadianExperiment(): Experiment {
  const base = defaultExperiment();
  const night: NightSpec = {
    ...base.nights[0],
    label: 'Baseline (synthetic DLMOs)',
    scenario: 'baseline',
    params: { runInDays: CIRCADIAN_RUN_IN_DAYS },
    events: [],
  };
  return { ...base, title: 'Synthetic sleeper (circadian)', nights: [night, base.nights[1]] };
}

/** The light log's and the DLMO file's text, with noise seed `seed`. */
export function syntheticCircadianFiles(seed = 5): { light: string; dlmo: string } {
  const c = circadianCase(CIRCADIAN_TRUTH, DIM_DAYS, DLMO_DAYS, seed);
  return { light: c.lightText, dlmo: c.dlmoText };
}

/**
 * The same sleeper entrained (no dim days: the log's light is the baseline's every day), with
 * DLMOs of the last three evenings: they fix only the entrained phase, so neither parameter is
 * identifiable (the recovery test's second case).
 */
export function syntheticEntrainedFiles(seed = 5): { light: string; dlmo: string } {
  const c = circadianCase(CIRCADIAN_TRUTH, [], [-2, -1, 0], seed);
  return { light: c.lightText, dlmo: c.dlmoText };
}

/** Writes the three files into `folder`; returns their paths. */
export function writeSyntheticCircadianSet(
  folder: string,
  seed = 5,
): { experiment: string; light: string; dlmo: string } {
  mkdirSync(folder, { recursive: true });
  const paths = {
    experiment: join(folder, 'synthetic-circadian.nocturne.json'),
    light: join(folder, 'synthetic-light.csv'),
    dlmo: join(folder, 'synthetic-dlmo.csv'),
  };
  const files = syntheticCircadianFiles(seed);
  writeFileSync(
    paths.experiment,
    serializeExperiment(syntheticCircadianExperiment(), {
      app: 'scripts/synthetic-circadian.ts',
      model: MODEL_INFO.version,
    }),
  );
  writeFileSync(paths.light, files.light);
  writeFileSync(paths.dlmo, files.dlmo);
  return paths;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const folder = args.find((a) => !a.startsWith('--'));
  const seedAt = args.indexOf('--seed');
  const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : 5;
  if (!folder || !Number.isInteger(seed) || seed < 0) {
    process.stderr.write('usage: tsx scripts/synthetic-circadian.ts FOLDER [--seed N]\n');
    process.exit(2);
  }
  const paths = writeSyntheticCircadianSet(folder, seed);
  process.stdout.write(
    `wrote ${paths.experiment}, ${paths.light} and ${paths.dlmo}\ntrue values: ${Object.entries(CIRCADIAN_TRUTH)
      .map(([id, v]) => `${id} = ${v}`)
      .join(', ')}\n`,
  );
}
