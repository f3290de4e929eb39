/** The experiment file format `*.nocturne` (JSON): names, types, reading, migrating and writing. */
export * from './format';
export { parseExperiment } from './parse';
export { formatBytes } from './jsonText';
export { serializeExperiment, defaultExperiment, DEFAULT_SEED } from './serialize';
export { MIGRATIONS, OLDEST_READABLE_VERSION, migrateToCurrent, type Migration } from './migrations';
