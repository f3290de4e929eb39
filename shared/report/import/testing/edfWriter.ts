/**
 * A small EDF+ writer for tests (Kemp & Olivan 2003 layout): a header, optional data signals
 * filled with a marker byte, and an "EDF Annotations" signal whose TALs the test chooses. Tests
 * build files with known content and check the importer against numbers counted by hand.
 */

export interface TestAnnotation {
  readonly onset: number;
  readonly duration?: number;
  readonly text: string;
  /** 0-based data record that carries it (default 0). */
  readonly record?: number;
}

export interface TestEdf {
  /** dd.mm.yy and hh.mm.ss as the header writes them. */
  readonly date?: string;
  readonly time?: string;
  readonly recording?: string;
  readonly reserved?: string;
  readonly records?: number;
  /** The header's "number of data records" (default: records; −1 while still recording). */
  readonly declaredRecords?: number;
  readonly recordDuration?: number;
  readonly dataSignals?: readonly { label: string; samples: number }[];
  /** Samples (2 bytes each) of the annotation signal per record. */
  readonly annotationSamples?: number;
  readonly annotations: readonly TestAnnotation[];
  /** Raw TAL bytes appended to record 0's annotations (for malformed-TAL tests). */
  readonly rawTal?: string;
}

/** The byte every data-signal sample is filled with: a reader that touches signals would see it. */
export const DATA_MARKER = 0x5a;

const pad = (s: string, n: number): string => (s.length > n ? s.slice(0, n) : s + ' '.repeat(n - s.length));

export function writeTestEdf(spec: TestEdf): Uint8Array {
  const records = spec.records ?? 1;
  const data = spec.dataSignals ?? [];
  const annSamples = spec.annotationSamples ?? 512;
  const labels = [...data.map((d) => d.label), 'EDF Annotations'];
  const samples = [...data.map((d) => d.samples), annSamples];
  const ns = labels.length;
  const each = (f: (k: number) => string, w: number) => labels.map((_, k) => pad(f(k), w)).join('');
  const header =
    pad('0', 8) +
    pad('X X X X', 80) +
    pad(spec.recording ?? 'Startdate X X X X', 80) +
    pad(spec.date ?? '24.04.89', 8) +
    pad(spec.time ?? '23.15.30', 8) +
    pad(String(256 * (ns + 1)), 8) +
    pad(spec.reserved ?? 'EDF+C', 44) +
    pad(String(spec.declaredRecords ?? records), 8) +
    pad(String(spec.recordDuration ?? 0), 8) +
    pad(String(ns), 4) +
    each((k) => labels[k]!, 16) +
    each(() => '', 80) +
    each((k) => (k < data.length ? 'uV' : ''), 8) +
    each(() => '-1', 8) +
    each(() => '1', 8) +
    each(() => '-32768', 8) +
    each(() => '32767', 8) +
    each(() => '', 80) +
    each((k) => String(samples[k]), 8) +
    each(() => '', 32);
  const enc = new TextEncoder();
  const recordBytes = 2 * samples.reduce((a, b) => a + b, 0);
  const out = new Uint8Array(header.length + records * recordBytes);
  out.set(enc.encode(header), 0);
  for (let r = 0; r < records; r++) {
    const base = header.length + r * recordBytes;
    const dataBytes = 2 * data.reduce((a, d) => a + d.samples, 0);
    out.fill(DATA_MARKER, base, base + dataBytes);
    let tal = `+${r * (spec.recordDuration ?? 0)}\x14\x14\x00`;
    for (const a of spec.annotations.filter((x) => (x.record ?? 0) === r))
      tal += `${a.onset >= 0 ? '+' : ''}${a.onset}${a.duration === undefined ? '' : `\x15${a.duration}`}\x14${a.text}\x14\x00`;
    if (r === 0 && spec.rawTal) tal += spec.rawTal;
    const bytes = enc.encode(tal);
    if (bytes.length > 2 * annSamples)
      throw new Error(`record ${r}: ${bytes.length} annotation bytes > ${2 * annSamples}`);
    out.set(bytes, base + dataBytes);
  }
  return out;
}

/** Sleep-EDF-style stage annotations from [label, seconds] runs starting at `start`. */
export function stageRuns(runs: readonly [string, number][], start = 0): TestAnnotation[] {
  let t = start;
  return runs.map(([text, duration]) => {
    const a = { onset: t, duration, text };
    t += duration;
    return a;
  });
}
