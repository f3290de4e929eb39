/**
 * An EDF+ reader for hypnograms, written to the published specification: Kemp & Olivan 2003,
 * "European data format 'plus' (EDF+), an EDF alike standard format for the exchange of
 * physiological data", Clin Neurophysiol 114:1755–1761 (and Kemp et al. 1992 for EDF itself).
 *
 * It reads the fixed header (256 bytes), the signal headers (256 bytes per signal), and of each
 * data record only the bytes of the "EDF Annotations" signal, through a ByteSource, so a 200-MB
 * PSG file is never loaded: its data signals are not touched. Annotations are Time-stamped
 * Annotations Lists (TALs): "+onset[\x15duration]\x14annotation\x14…\x14\x00", the first TAL of
 * each record being its time-keeping TAL (no annotation text).
 *
 * npm libraries looked at (issue 15 asks for a well-kept one if it exists): edfdecoder 0.1.2
 * (last release 2022, decodes whole files including every signal, no EDF+ TAL parsing),
 * edf-parser 0.2.3 (2017, unmaintained), edfjs 0.6.0 (2023, reads signals into memory),
 * @epicurrents/edf-reader 0.2.0-0 (a 2024 pre-release pulling a framework and a logger). None is
 * both maintained and able to read the annotations without the signals, hence this reader.
 */
import { HypnogramImportError, isoLocal, type ByteSource } from './types';

export interface EdfSignalHeader {
  readonly label: string;
  readonly samplesPerRecord: number;
}

export interface EdfHeader {
  /** "EDF+C", "EDF+D", or "" for plain EDF (the reserved field). */
  readonly reserved: string;
  readonly patient: string;
  readonly recording: string;
  /** Local start of the recording, ISO without a zone. */
  readonly start: string;
  readonly headerBytes: number;
  /** Data records in the file (a header's −1, still recording, is resolved from the file size). */
  readonly records: number;
  readonly recordDuration_s: number;
  readonly signals: readonly EdfSignalHeader[];
  /** Bytes of one data record (2 bytes per sample). */
  readonly recordBytes: number;
}

export interface EdfAnnotation {
  /** Seconds from the recording start. */
  readonly onset_s: number;
  readonly duration_s: number | null;
  readonly text: string;
  /** 1-based data record and annotation number within it, for messages. */
  readonly where: string;
}

const ascii = (b: Uint8Array, from: number, len: number): string => {
  let s = '';
  for (let i = from; i < from + len; i++) s += String.fromCharCode(b[i]!);
  return s;
};

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** True when the bytes start as an EDF header does: version "0" padded with 7 spaces. */
export function looksLikeEdf(first: Uint8Array): boolean {
  return first.length >= 8 && ascii(first, 0, 8) === '0       ';
}

function printable(file: string, s: string, field: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 || c > 126)
      throw new HypnogramImportError(
        file,
        `header field "${field}"`,
        `byte ${i + 1} is not printable ASCII (0x${c.toString(16).padStart(2, '0')})`,
      );
  }
  return s;
}

function integer(file: string, s: string, field: string): number {
  const t = s.trim();
  if (!/^[+-]?\d+$/.test(t))
    throw new HypnogramImportError(file, `header field "${field}"`, `"${t}" is not an integer`);
  return Number(t);
}

/** Reads and checks the fixed and signal headers. */
export async function readEdfHeader(file: string, src: ByteSource): Promise<EdfHeader> {
  if (src.size < 256)
    throw new HypnogramImportError(
      file,
      null,
      `${src.size} bytes, shorter than an EDF header (256 bytes): truncated or not an EDF file`,
    );
  const h = await src.read(0, 256);
  if (!looksLikeEdf(h))
    throw new HypnogramImportError(
      file,
      'header field "version"',
      `not an EDF file: it starts ${JSON.stringify(ascii(h, 0, 8))}, where EDF has "0" and 7 spaces`,
    );
  const field = (from: number, len: number, name: string) => printable(file, ascii(h, from, len), name);
  const patient = field(8, 80, 'patient').trim();
  const recording = field(88, 80, 'recording').trim();
  const date = field(168, 8, 'startdate');
  const time = field(176, 8, 'starttime');
  const headerBytes = integer(file, field(184, 8, 'number of bytes in header'), 'number of bytes in header');
  const reserved = field(192, 44, 'reserved').trim();
  const declaredRecords = integer(file, field(236, 8, 'number of data records'), 'number of data records');
  const durationText = field(244, 8, 'duration of a data record').trim();
  const ns = integer(file, field(252, 4, 'number of signals'), 'number of signals');
  if (!/^\d+(\.\d+)?$/.test(durationText))
    throw new HypnogramImportError(
      file,
      'header field "duration of a data record"',
      `"${durationText}" is not a number of seconds`,
    );
  const recordDuration_s = Number(durationText);
  if (!(ns >= 1)) throw new HypnogramImportError(file, 'header field "number of signals"', `${ns}: no signals`);
  if (headerBytes !== 256 * (ns + 1))
    throw new HypnogramImportError(
      file,
      'header field "number of bytes in header"',
      `${headerBytes}, but ${ns} signal(s) make a ${256 * (ns + 1)}-byte header`,
    );
  const dm = /^(\d\d)\.(\d\d)\.(\d\d)$/.exec(date);
  const tm = /^(\d\d)\.(\d\d)\.(\d\d)$/.exec(time);
  if (!dm) throw new HypnogramImportError(file, 'header field "startdate"', `"${date}" is not dd.mm.yy`);
  if (!tm) throw new HypnogramImportError(file, 'header field "starttime"', `"${time}" is not hh.mm.ss`);
  const [day, month, yy] = [Number(dm[1]), Number(dm[2]), Number(dm[3])];
  // EDF's two-digit year: 85–99 are 1985–1999, 00–84 are 2000–2084 (Kemp & Olivan 2003); EDF+
  // also writes the full date in the recording field ("Startdate 24-APR-1989 …"): its year wins.
  let year = yy >= 85 ? 1900 + yy : 2000 + yy;
  const full = /^Startdate (\d\d)-([A-Z]{3})-(\d{4})\b/.exec(recording);
  if (full && Number(full[1]) === day && MONTHS.indexOf(full[2]!) + 1 === month) year = Number(full[3]);
  const [hh, mi, ss] = [Number(tm[1]), Number(tm[2]), Number(tm[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hh > 23 || mi > 59 || ss > 59)
    throw new HypnogramImportError(
      file,
      'header field "startdate"/"starttime"',
      `${date} ${time} is not a date and time`,
    );

  const sh = await src.read(256, 256 * ns);
  if (sh.length < 256 * ns)
    throw new HypnogramImportError(
      file,
      'signal headers',
      `the file ends inside the signal headers (${src.size} bytes): truncated`,
    );
  const signals: EdfSignalHeader[] = [];
  for (let k = 0; k < ns; k++) {
    const label = printable(file, ascii(sh, 16 * k, 16), `label of signal ${k + 1}`).trim();
    // Samples per record sit after label 16, transducer 80, dimension 8, four 8-byte ranges, prefiltering 80.
    const at = ns * (16 + 80 + 8 + 8 + 8 + 8 + 8 + 80) + 8 * k;
    const samples = integer(
      file,
      printable(file, ascii(sh, at, 8), `samples of signal ${k + 1}`),
      `samples of signal ${k + 1}`,
    );
    if (!(samples >= 1))
      throw new HypnogramImportError(file, `header field "samples of signal ${k + 1}"`, `${samples}: at least 1`);
    signals.push({ label, samplesPerRecord: samples });
  }
  const recordBytes = 2 * signals.reduce((a, s) => a + s.samplesPerRecord, 0);
  const available = Math.floor((src.size - headerBytes) / recordBytes);
  let records = declaredRecords;
  if (declaredRecords === -1) records = available;
  else if (declaredRecords < 0)
    throw new HypnogramImportError(file, 'header field "number of data records"', `${declaredRecords}`);
  else if (available < declaredRecords)
    throw new HypnogramImportError(
      file,
      `data record ${available + 1}`,
      `truncated: the header declares ${declaredRecords} data records of ${recordBytes} bytes (${headerBytes + declaredRecords * recordBytes} bytes in all) but the file has ${src.size} bytes`,
    );
  return {
    reserved,
    patient,
    recording,
    start: isoLocal(year, month, day, hh, mi, ss),
    headerBytes,
    records,
    recordDuration_s,
    signals,
    recordBytes,
  };
}

const utf8 = new TextDecoder('utf-8', { fatal: false });

/** Parses one record's annotation bytes (a sequence of TALs, zero-padded). */
function parseTals(file: string, bytes: Uint8Array, record: number): EdfAnnotation[] {
  const out: EdfAnnotation[] = [];
  let pos = 0;
  let tal = 0;
  while (pos < bytes.length) {
    if (bytes[pos] === 0) {
      pos++;
      continue;
    }
    let end = bytes.indexOf(0, pos);
    if (end < 0) end = bytes.length;
    tal++;
    const where = `data record ${record}, TAL ${tal}`;
    const text = utf8.decode(bytes.subarray(pos, end));
    pos = end + 1;
    const parts = text.split('\x14');
    if (parts.length < 2 || parts[parts.length - 1] !== '')
      throw new HypnogramImportError(
        file,
        where,
        `malformed annotation list ${JSON.stringify(text.slice(0, 40))}: a TAL ends with 0x14 0x00`,
      );
    const [onsetText, durationText] = parts[0]!.split('\x15');
    if (!/^[+-]\d+(\.\d+)?$/.test(onsetText ?? ''))
      throw new HypnogramImportError(file, where, `onset ${JSON.stringify(onsetText)} is not "+seconds" or "-seconds"`);
    if (durationText !== undefined && !/^\d+(\.\d+)?$/.test(durationText))
      throw new HypnogramImportError(
        file,
        where,
        `duration ${JSON.stringify(durationText)} is not a number of seconds`,
      );
    for (const annotation of parts.slice(1, -1)) {
      if (annotation === '') continue; // the record's time-keeping TAL
      out.push({
        onset_s: Number(onsetText),
        duration_s: durationText === undefined ? null : Number(durationText),
        text: annotation,
        where,
      });
    }
  }
  return out;
}

/** Every annotation of the file, in file order, reading only the annotation signal(s) of each record. */
export async function readEdfAnnotations(file: string, src: ByteSource, header: EdfHeader): Promise<EdfAnnotation[]> {
  const ann: { offset: number; bytes: number }[] = [];
  let offset = 0;
  for (const s of header.signals) {
    if (s.label === 'EDF Annotations') ann.push({ offset, bytes: 2 * s.samplesPerRecord });
    offset += 2 * s.samplesPerRecord;
  }
  if (ann.length === 0)
    throw new HypnogramImportError(
      file,
      'signal headers',
      `no "EDF Annotations" signal (signals: ${header.signals.map((s) => s.label).join(', ')}): an EDF with signals only holds no hypnogram`,
    );
  const out: EdfAnnotation[] = [];
  // Reads are issued a batch of records at a time (a long PSG has tens of thousands of records,
  // each a small read) and parsed in record order.
  const BATCH = 256;
  for (let r0 = 0; r0 < header.records; r0 += BATCH) {
    const reads: Promise<Uint8Array>[] = [];
    for (let r = r0; r < Math.min(header.records, r0 + BATCH); r++)
      for (const a of ann) reads.push(src.read(header.headerBytes + r * header.recordBytes + a.offset, a.bytes));
    const chunks = await Promise.all(reads);
    chunks.forEach((bytes, k) => out.push(...parseTals(file, bytes, r0 + Math.floor(k / ann.length) + 1)));
  }
  return out;
}
