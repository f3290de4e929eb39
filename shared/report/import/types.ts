/**
 * What an importer hands back: a measured night as a stage per epoch (REPORT_STAGE_CODE, the
 * codes the sleep report reads), with where it came from, when it started and what the importer
 * had to decide on the way (notes). Importers are pure: bytes or text in, a MeasuredNight out or a
 * HypnogramImportError naming the file, the line or record, and what is wrong.
 */

export interface MeasuredNight {
  /** A short name for the night (the file's base name). */
  readonly label: string;
  /** The format read, in words ("EDF+ annotations", "epoch-per-line text, YASA integers", …). */
  readonly source: string;
  /** Local clock time of epoch 0 as ISO 8601 without a zone (YYYY-MM-DDTHH:MM:SS), or null. */
  readonly recordingStart: string | null;
  readonly epochLength_s: number;
  /** Stage code per epoch (REPORT_STAGE_CODE: W 0, R 1, N1 2, N2 3, N3 4, unscored 5). */
  readonly stages: Uint8Array;
  /** Epoch of lights-off / lights-on when the file says (an annotation), else null. */
  readonly lightsOff: number | null;
  readonly lightsOn: number | null;
  /** What the importer decided that a reader should know (merged R&K stages, gaps, resampling). */
  readonly notes: readonly string[];
}

/** Bad input: the message names the file, the line or record, and the problem. */
export class HypnogramImportError extends Error {
  constructor(
    readonly file: string,
    /** "line 12", "data record 3", "header field 'number of signals'"…, or null for the whole file. */
    readonly where: string | null,
    readonly problem: string,
  ) {
    super(`${file}: ${where === null ? '' : `${where}: `}${problem}`);
    this.name = 'HypnogramImportError';
  }
}

/** Random access to a file's bytes, so an EDF's signals need never be read (or held) at all. */
export interface ByteSource {
  readonly size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** A ByteSource over bytes already in memory (tests, the renderer's small files). */
export function bytesSource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.length,
    read: (offset, length) => Promise.resolve(bytes.subarray(offset, Math.min(bytes.length, offset + length))),
  };
}

/** ISO local date-time (no zone) from calendar fields; seconds may carry a fraction. */
export function isoLocal(y: number, mo: number, d: number, h: number, mi: number, s: number): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(y, 4)}-${p(mo)}-${p(d)}T${p(h)}:${p(mi)}:${p(Math.floor(s))}`;
}

/** ISO local date-time (no zone) of seconds on the zoneless calendar (a fraction is dropped). */
export function isoOfSeconds(t: number): string {
  const d = new Date(Math.floor(t) * 1000);
  return isoLocal(
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
  );
}

/** Adds seconds to an ISO local date-time, on a calendar without zones (wall clock as written). */
export function addSecondsIso(iso: string, seconds: number): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/.exec(iso);
  if (!m) return iso;
  const t = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) + Math.round(seconds * 1000);
  return isoOfSeconds(t / 1000);
}
