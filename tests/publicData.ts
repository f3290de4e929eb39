/**
 * The public sleep recordings beside the project (../shared/data; their sources and licences are
 * in its SOURCES.md). They may not be copied into the project, so the project does not depend on
 * them: the tests that check the importers against these real files read them only where the
 * folder is present, and skip, saying so, where it is not (a clone on its own; CI has the folder).
 * The one place that names the folder.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The folder, with a trailing slash. */
export const PUBLIC_DATA = fileURLToPath(new URL('../../shared/data/', import.meta.url));

/** The path of one of its files. */
export const publicFile = (name: string): string => `${PUBLIC_DATA}${name}`;

/** Whether every named file is there. */
export const hasPublicData = (...names: string[]): boolean => names.every((n) => existsSync(publicFile(n)));

/** What a test's title adds when it skips for want of the files: why, and where they would be. */
export const publicDataSkipReason = (...names: string[]): string =>
  hasPublicData(...names)
    ? ''
    : ` (skipped: ${names.filter((n) => !existsSync(publicFile(n))).join(', ')} absent from ${PUBLIC_DATA}; the public recordings of ../shared/data may not be copied into the project, and CI provides them)`;
