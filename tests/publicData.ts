/**
 * The public sleep recordings (Sleep-EDF hypnograms, a sleep diary and ActLumus light logs; their
 * sources and licences travel with them). They may not be copied into the project, and the project
 * does not look for them anywhere: the tests that check the importers against these real files
 * read them from the folder named by the environment variable NOCTURNE_PUBLIC_DATA, and skip,
 * saying so, where it is unset or lacks a file. The importers' own tests (shared/report/import)
 * run on files written in the project and need none of them. The one place that names the folder.
 */
import { existsSync } from 'node:fs';
import { resolve, sep } from 'node:path';

/** The environment variable that names the folder of the public recordings. */
export const PUBLIC_DATA_ENV = 'NOCTURNE_PUBLIC_DATA';

const given = process.env[PUBLIC_DATA_ENV]?.trim();

/** The folder, with a trailing separator; '' when NOCTURNE_PUBLIC_DATA is unset (then no file is present). */
export const PUBLIC_DATA = given ? `${resolve(given)}${sep}` : '';

/** The path of one of its files. */
export const publicFile = (name: string): string => `${PUBLIC_DATA}${name}`;

/** Whether every named file is there. */
export const hasPublicData = (...names: string[]): boolean =>
  PUBLIC_DATA !== '' && names.every((n) => existsSync(publicFile(n)));

/** What a test's title adds when it skips for want of the files: why, and how to run it. */
export const publicDataSkipReason = (...names: string[]): string => {
  if (hasPublicData(...names)) return '';
  const how = 'the public recordings may not be copied into the project';
  return PUBLIC_DATA === ''
    ? ` (skipped: ${PUBLIC_DATA_ENV} is unset; set it to a folder holding ${names.join(', ')} to run it; ${how})`
    : ` (skipped: ${names.filter((n) => !existsSync(publicFile(n))).join(', ')} absent from ${PUBLIC_DATA} (${PUBLIC_DATA_ENV}); ${how})`;
};
