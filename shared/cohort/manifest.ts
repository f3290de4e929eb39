/**
 * A cohort's parts on disk: shard i of K writes part-<i>-of-<K>.csv (the per-person table of its
 * persons) and part-<i>-of-<K>.json (this manifest, written after the CSV, so a manifest present is
 * a part complete). Merging checks that all K parts are there, agree on what was run, and are
 * uncorrupted, then joins their rows in person order: the same bytes a single run (0 of 1) writes.
 */
import { sha256Hex } from '../fit/sha256';
import type { ParameterId } from '../model/parameters';
import { shardRange } from './run';
import type { DeltaThreshold } from './thresholds';

export const PART_FORMAT = 'nocturne-cohort-part';
export const PART_VERSION = 1;

export interface PartManifest {
  readonly format: typeof PART_FORMAT;
  readonly version: typeof PART_VERSION;
  readonly n: number;
  readonly K: number;
  readonly i: number;
  readonly seed: number;
  /** The population's id (a preset's, or "<preset> (edited)") and the SHA-256 of its whole definition. */
  readonly population: string;
  readonly populationSha256: string;
  /** SHA-256 of the experiment file's bytes. */
  readonly experimentSha256: string;
  /** The engine, "name version". */
  readonly model: string;
  /** Persons [start, end) of this shard. */
  readonly persons: { readonly start: number; readonly end: number };
  readonly csvSha256: string;
  readonly rows: number;
  /** Thresholds on Δ the experiment file named (merge's --threshold replaces them). */
  readonly thresholds: readonly DeltaThreshold[];
}

export const partName = (i: number, K: number, ext: 'csv' | 'json'): string => `part-${i}-of-${K}.${ext}`;
export const PART_PATTERN = /^part-(\d+)-of-(\d+)\.json$/;

export const sha256OfText = (text: string): string => sha256Hex(new TextEncoder().encode(text));

/** A problem with the parts: the message names the part and what is wrong. */
export class MergeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MergeError';
  }
}

/** The keys every part must agree on, with how to name them. */
const SHARED_KEYS = [
  'format',
  'version',
  'n',
  'K',
  'seed',
  'population',
  'populationSha256',
  'experimentSha256',
  'model',
] as const;

const isSha = (v: unknown): v is string => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** Reads one manifest's JSON text, refusing anything that is not a whole manifest. */
export function readManifest(name: string, text: string): PartManifest {
  let m: Record<string, unknown>;
  try {
    m = JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new MergeError(`${name} is not valid JSON (a part cut short?)`);
  }
  const bad = (what: string) => new MergeError(`${name} is not a cohort part manifest: ${what}`);
  if (typeof m !== 'object' || m === null) throw bad('not an object');
  if (m.format !== PART_FORMAT) throw bad(`format is ${JSON.stringify(m.format)}, expected "${PART_FORMAT}"`);
  if (m.version !== PART_VERSION) throw bad(`version ${JSON.stringify(m.version)} is not ${PART_VERSION}`);
  for (const key of ['n', 'K', 'i', 'seed', 'rows'] as const)
    if (!isCount(m[key])) throw bad(`${key} is not a whole number`);
  for (const key of ['populationSha256', 'experimentSha256', 'csvSha256'] as const)
    if (!isSha(m[key])) throw bad(`${key} is not a SHA-256`);
  if (typeof m.population !== 'string' || typeof m.model !== 'string') throw bad('population or model is missing');
  const persons = m.persons as { start?: unknown; end?: unknown } | undefined;
  if (!persons || !isCount(persons.start) || !isCount(persons.end)) throw bad('persons is not a range');
  if (!Array.isArray(m.thresholds)) throw bad('thresholds is not a list');
  return m as unknown as PartManifest;
}

export interface PartFiles {
  readonly manifest: PartManifest;
  readonly csv: string;
}

export interface MergedTable {
  readonly first: PartManifest;
  readonly header: readonly string[];
  readonly params: readonly ParameterId[];
  /** Data lines, persons in index order, without their newlines. */
  readonly lines: readonly string[];
  /** cohort.csv's text. */
  readonly csv: string;
}

/**
 * Checks a complete, ordered list of parts (parts[i] is shard i of K) and joins them. `params` are
 * read from the header: the columns between noiseSeed and the first metric column.
 */
export function mergeParts(parts: readonly PartFiles[], firstMetricColumn: string): MergedTable {
  const first = parts[0]!.manifest;
  const K = first.K;
  let header: string[] | null = null;
  const lines: string[] = [];
  parts.forEach(({ manifest: m, csv }, i) => {
    const name = partName(i, K, 'json');
    for (const key of SHARED_KEYS) {
      if (m[key] !== first[key]) {
        throw new MergeError(
          `${name} does not belong with ${partName(0, K, 'json')}: ${key} is ${JSON.stringify(m[key])} there, ${JSON.stringify(first[key])} in part 0`,
        );
      }
    }
    if (m.i !== i) throw new MergeError(`${name} says it is part ${m.i}, not ${i}`);
    const [start, end] = shardRange(m.n, i, K);
    if (m.persons.start !== start || m.persons.end !== end || m.rows !== end - start) {
      throw new MergeError(
        `${name} holds persons [${m.persons.start}, ${m.persons.end}) in ${m.rows} rows; part ${i} of ${K} of ${m.n} is [${start}, ${end})`,
      );
    }
    const csvName = partName(i, K, 'csv');
    if (sha256OfText(csv) !== m.csvSha256) {
      throw new MergeError(`${csvName} is corrupt: its SHA-256 is not the one its manifest recorded`);
    }
    const rows = csv.split('\n');
    if (rows.pop() !== '') throw new MergeError(`${csvName} does not end with a newline`);
    const head = rows.shift()!.split(',');
    if (header === null) header = head;
    else if (head.join(',') !== header.join(','))
      throw new MergeError(`${csvName} has other columns than ${partName(0, K, 'csv')}`);
    if (rows.length !== m.rows) throw new MergeError(`${csvName} has ${rows.length} rows; its manifest says ${m.rows}`);
    rows.forEach((line, k) => {
      if (!line.startsWith(`${start + k},`)) throw new MergeError(`${csvName}, row ${k + 1}: not person ${start + k}`);
      lines.push(line);
    });
  });
  const h = header!;
  const params = h.slice(2, h.indexOf(firstMetricColumn)) as ParameterId[];
  return { first, header: h, params, lines, csv: [h.join(','), ...lines].map((l) => `${l}\n`).join('') };
}
