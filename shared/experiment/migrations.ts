/**
 * Migrations from older experiment-file versions to the current one, in order. Each step takes
 * the parsed JSON of version `from` and returns that of `to`; parseExperiment runs the steps from
 * a file's version up to EXPERIMENT_VERSION and then validates the result as the current version.
 * To change the format: bump EXPERIMENT_VERSION, append one step here, and add its example to the tests.
 */
import { describeValue } from './describe';
import { EXPERIMENT_VERSION, type ParseError } from './format';

type Json = Record<string, unknown>;

export interface Migration {
  readonly from: number;
  readonly to: number;
  /** What the step changes, for the notice a migrated file gets. */
  readonly summary: string;
  migrate(file: Json): { ok: true; file: Json } | { ok: false; error: ParseError };
}

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Version 0 is the pre-release draft: `nights` was an object `{ a, b }`, each night's overrides
 * were called `parameters`, and `notes` could be left out.
 */
const draftToV1: Migration = {
  from: 0,
  to: 1,
  summary: 'nights { a, b } became the list [A, B] and "parameters" became "params"',
  migrate(file) {
    const nights = file.nights;
    if (!isObject(nights)) {
      return {
        ok: false,
        error: {
          field: 'nights',
          message: `nights must be an object { a, b } in a version 0 file, got ${describeValue(nights)}`,
        },
      };
    }
    const list: unknown[] = [];
    for (const key of ['a', 'b'] as const) {
      const night = nights[key];
      if (!isObject(night)) {
        return {
          ok: false,
          error: {
            field: `nights.${key}`,
            message: `nights.${key} must be an object in a version 0 file, got ${describeValue(night)}`,
          },
        };
      }
      const { parameters, ...rest } = night;
      // A draft file edited by hand may already say "params"; that one wins.
      list.push('params' in rest ? rest : { ...rest, params: parameters });
    }
    return {
      ok: true,
      file: { ...file, version: 1, notes: file.notes ?? '', nights: list },
    };
  },
};

/**
 * Version 1 had no protocol events: every night gets an empty list, so its protocol is its
 * scenario and parameters alone, as before. (A hand-edited v1 night that already says "events"
 * keeps them, and they are checked as version 2's.)
 */
const v1ToV2: Migration = {
  from: 1,
  to: 2,
  summary: 'each night got an empty list of protocol events',
  migrate(file) {
    const nights = file.nights;
    // Anything but a list is left for the schema to refuse, with its usual message.
    if (!Array.isArray(nights)) return { ok: true, file: { ...file, version: 2 } };
    const list = nights.map((night: unknown) =>
      isObject(night) && !('events' in night) ? { ...night, events: [] } : night,
    );
    return { ok: true, file: { ...file, version: 2, nights: list } };
  },
};

/**
 * Version 3 added two optional sections, `measured` and `fits`; a version-2 file has neither and
 * means the same, so only the version changes. (The step exists so that a version-3 file is never
 * read by an app that would drop those sections without saying so: that app refuses it as newer.)
 */
const v2ToV3: Migration = {
  from: 2,
  to: 3,
  summary: 'the file can now keep a measured night and fitted sleepers (this one has neither)',
  migrate(file) {
    return { ok: true, file: { ...file, version: 3 } };
  },
};

export const MIGRATIONS: readonly Migration[] = [draftToV1, v1ToV2, v2ToV3];

/** The oldest version this app can still read. */
export const OLDEST_READABLE_VERSION: number = MIGRATIONS[0]?.from ?? EXPERIMENT_VERSION;

/** Brings a parsed file of an older version up to EXPERIMENT_VERSION, step by step. */
export function migrateToCurrent(
  file: Json,
  version: number,
  migrations: readonly Migration[] = MIGRATIONS,
): { ok: true; file: Json; notices: string[] } | { ok: false; error: ParseError } {
  let current = file;
  let at = version;
  const notices: string[] = [];
  while (at < EXPERIMENT_VERSION) {
    const step = migrations.find((m) => m.from === at);
    if (!step) {
      return {
        ok: false,
        error: {
          field: 'version',
          message: `version ${at} is unknown; this app reads versions ${OLDEST_READABLE_VERSION} to ${EXPERIMENT_VERSION}`,
        },
      };
    }
    const outcome = step.migrate(current);
    if (!outcome.ok) return outcome;
    current = outcome.file;
    at = step.to;
    notices.push(
      `updated from version ${step.from} to ${step.to}: ${step.summary}; saving writes version ${EXPERIMENT_VERSION}`,
    );
  }
  return { ok: true, file: current, notices };
}
