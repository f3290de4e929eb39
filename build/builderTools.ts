/**
 * For the packaging tests: electron-builder's own modules, loaded from where electron-builder
 * loads them (its app-builder-lib), so the tests match files with the matcher it matches with,
 * validate against the schema it validates against and read asars with the reader it packs with
 * — whatever versions an upgrade brings, and without depending on those packages directly.
 */
import { createRequire } from 'node:module';
import type { Configuration } from 'electron-builder';

const fromHere = createRequire(import.meta.url);
const builderLib = createRequire(
  fromHere.resolve('app-builder-lib/package.json', { paths: [fromHere.resolve('electron-builder/package.json')] }),
);

export const { minimatch } = builderLib('minimatch') as {
  minimatch: (path: string, pattern: string, options?: { dot?: boolean }) => boolean;
};

export const asar = builderLib('@electron/asar') as {
  listPackage: (archive: string, options?: { isPack: boolean }) => string[];
  extractFile: (archive: string, filename: string) => Buffer;
};

const configModule = builderLib('./out/util/config/config') as {
  getConfig: (
    projectDir: string,
    configPath: string | null,
    configFromOptions: Configuration | null,
  ) => Promise<Configuration>;
  validateConfiguration: (config: Configuration, debugLogger: { isEnabled: boolean; add: () => void }) => Promise<void>;
};

/** The configuration as electron-builder finds and loads it in a project folder. */
export const loadBuilderConfig = (projectDir: string) => configModule.getConfig(projectDir, null, null);

/** electron-builder's check of a configuration against its JSON schema (no network, no build). */
export const validateBuilderConfig = (config: Configuration) =>
  configModule.validateConfiguration(config, { isEnabled: false, add: () => undefined });
