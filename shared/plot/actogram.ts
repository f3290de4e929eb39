/**
 * The double-plotted actogram of a whole protocol, as chronobiology draws it: one row per day,
 * each row 48 h wide (day d, then day d + 1), rows stacked day by day, so the right half of a row
 * is the left half of the row under it and a rhythm that drifts or is shifted reads as a slope or
 * a step. Sleep is a filled bar, the light at the eye a band shaded by its log-lux class (the
 * scale is LIGHT_SCALE, declared here for the screen and its legend), protocol events and the
 * circadian markers (DLMO and CBTmin of every day, read from the model's own series) sit on it.
 *
 * Pure layout: what goes where in hours within a row (0–48). Days are clock days on the slot-hour
 * axis of shared/time/axis.ts (day d runs from slot hour 24·d to 24·d + 24; day 0 holds the focal
 * evening, day 1 the morning after it), so the axis has no daylight-saving jumps: every day is
 * 24 h. Drawing is the renderer's (renderer/src/charts/actogram.ts).
 */
import { findCbtMin, findDlmo } from '../model/coreMetrics';
import type { ParameterValues } from '../model/parameters';
import { parameterEvents } from '../model/protocol';
import { describeEvent, eventField, eventKindSpec, eventSlotHour, type ProtocolEvent } from '../model/protocolEvents';
import { EPOCH_H, STAGE_CODE, type SimulationResult } from '../model/result';
import { slotHour, spanWindow, type SlotWindow } from '../time/axis';

/** Hours in a day, and in a double-plotted row. */
export const DAY_H = 24;
export const ROW_H = 2 * DAY_H;

/**
 * The light classes, by decade of lux at the eye (light is perceived and acts on the clock
 * roughly logarithmically). Below 1 lux is darkness and is not drawn. `alpha` is the class's
 * opacity of the light colour, rising with the decade, so the classes also differ in lightness.
 */
export const LIGHT_SCALE = [
  { min_lux: 1, label: '1–10 lux', alpha: 0.16 },
  { min_lux: 10, label: '10–100 lux', alpha: 0.32 },
  { min_lux: 100, label: '100–1,000 lux', alpha: 0.55 },
  { min_lux: 1000, label: '≥ 1,000 lux', alpha: 0.85 },
] as const;
/** The light band's colour (Okabe–Ito orange), light and dark screens alike. */
export const LIGHT_COLOUR = '#E69F00';
/** The lux at or above which an hour counts as lit in the per-day table (the indoor-to-daylight decade). */
export const LIT_LUX = 100;

/** The light class of a lux value: an index of LIGHT_SCALE, or −1 in the dark. */
export function lightLevel(lux: number): number {
  for (let k = LIGHT_SCALE.length - 1; k >= 0; k--) if (lux >= LIGHT_SCALE[k]!.min_lux) return k;
  return -1;
}

/** A span [from, to) in hours from the left edge of its day or row. */
export interface Span {
  readonly from: number;
  readonly to: number;
}
export interface LightSpan extends Span {
  /** Index of LIGHT_SCALE. */
  readonly level: number;
}
/** A protocol event as the actogram marks it: at a slot hour, lasting or not. */
export interface ActogramEvent {
  /** Slot hour of its start. */
  readonly at: number;
  /** Hours it lasts; null for a dose. */
  readonly duration_h: number | null;
  /** One or two letters (the protocol strip's mark). */
  readonly mark: string;
  readonly text: string;
}
export interface PlacedEvent extends Span {
  readonly mark: string;
  readonly text: string;
  /** Whether it lasts (a bar) or is an instant (a tick at `from`). */
  readonly interval: boolean;
}
export type MarkerKind = 'dlmo' | 'cbtMin';
export interface Marker {
  readonly kind: MarkerKind;
  /** Hours from the left edge of its day or row. */
  readonly at: number;
}

/** One 24-h day's content, hours 0–24 from its midnight. */
export interface ActogramDay {
  /** Day number: slot hour of its midnight / 24 (0: the focal evening's day). */
  readonly day: number;
  readonly sleep: readonly Span[];
  readonly light: readonly LightSpan[];
  readonly events: readonly PlacedEvent[];
  readonly markers: readonly Marker[];
}

/** One double-plotted row: day `day` on 0–24, day `day + 1` on 24–48. */
export interface ActogramRow {
  readonly day: number;
  /** Slot hour of the row's left edge (day's midnight). */
  readonly start: number;
  readonly sleep: readonly Span[];
  readonly light: readonly LightSpan[];
  readonly events: readonly PlacedEvent[];
  readonly markers: readonly Marker[];
}

/** The days a set of results covers, as [first, last] day numbers (shared by A and B so rows line up). */
export function actogramDays(windows: readonly SlotWindow[]): { first: number; last: number } {
  // The end is exclusive: a result ending at midnight does not open the next day. The 1e-9
  // absorbs the rounding of an end summed epoch by epoch (47.99999… or 48.00000…1).
  const first = Math.min(...windows.map((w) => Math.floor(w.start / DAY_H + 1e-9)));
  const last = Math.max(...windows.map((w) => Math.ceil(w.end / DAY_H - 1e-9) - 1));
  return { first, last };
}

/** Cuts slot-hour spans at midnights into per-day spans (hours from each day's midnight). */
function byDay<T extends Span>(spans: readonly T[], first: number, last: number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (let d = first; d <= last; d++) out.set(d, []);
  for (const s of spans) {
    for (let d = Math.floor(s.from / DAY_H); d * DAY_H < s.to; d++) {
      const list = out.get(d);
      if (!list) continue;
      const from = Math.max(s.from, d * DAY_H) - d * DAY_H;
      const to = Math.min(s.to, (d + 1) * DAY_H) - d * DAY_H;
      if (to > from) list.push({ ...s, from, to });
    }
  }
  return out;
}

/** Runs of consecutive epochs with the same key (null: not a run), as slot-hour spans. */
function runs<K>(result: SimulationResult, keyOf: (i: number) => K | null): (Span & { key: K })[] {
  const out: (Span & { key: K })[] = [];
  let start = 0;
  let key: K | null = result.epochs > 0 ? keyOf(0) : null;
  for (let i = 1; i <= result.epochs; i++) {
    const next = i < result.epochs ? keyOf(i) : null;
    if (next === key) continue;
    if (key !== null) out.push({ from: slotHour(result, start), to: slotHour(result, i), key });
    start = i;
    key = next;
  }
  return out;
}

/** Sleep (any stage but wake; an unscored epoch is not sleep) as slot-hour spans. */
export function sleepSpans(result: SimulationResult): Span[] {
  return runs(result, (i) => {
    const s = result.stage[i]!;
    return s !== STAGE_CODE.W && s <= STAGE_CODE.N3 ? true : null;
  }).map(({ from, to }) => ({ from, to }));
}

/** The light at the eye by class, as slot-hour spans (darkness left out). */
export function lightSpans(result: SimulationResult): LightSpan[] {
  const lux = result.series.light;
  if (!lux) return [];
  return runs(result, (i) => {
    const k = lightLevel(lux[i]!);
    return k < 0 ? null : k;
  }).map(({ from, to, key }) => ({ from, to, level: key }));
}

/**
 * The circadian markers of every day, slot hours: each CBTmin where the pacemaker's phase wraps
 * through 0 (the `circadianPhase` series is 0 at the CBT minimum), and each DLMO where the
 * dim-light melatonin curve rises through the night's DLMO threshold. The same functions the
 * focal night's metrics use (coreMetrics.ts), applied to every day of the protocol.
 */
export function phaseMarkers(result: SimulationResult, dlmoThreshold_pgPerMl: number | null): Marker[] {
  const out: Marker[] = [];
  const phase = result.series.circadianPhase;
  if (phase) {
    for (let i = 1; i < result.epochs;) {
      const at = findCbtMin(phase, i);
      if (at === null) break;
      out.push({ kind: 'cbtMin', at: slotHour(result, 0) + at * EPOCH_H });
      i = Math.floor(at) + 2;
    }
  }
  const mel = result.series.melatoninUnmasked;
  if (mel && dlmoThreshold_pgPerMl !== null) {
    // findDlmo looks back from an epoch for the last upward crossing: step back from the end.
    for (let before = result.epochs - 1; before > 0;) {
      const at = findDlmo(mel, before, dlmoThreshold_pgPerMl);
      if (at === null) {
        before -= 24 / EPOCH_H;
        continue;
      }
      out.push({ kind: 'dlmo', at: slotHour(result, 0) + at * EPOCH_H });
      before = Math.floor(at) - 1;
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

export interface ActogramNight {
  readonly result: SimulationResult;
  readonly events: readonly ActogramEvent[];
  /** The night's DLMO threshold (pg/mL); null draws no DLMO. */
  readonly dlmoThreshold_pgPerMl: number | null;
}

/**
 * A night's events as the actogram marks them: its own list and the doses its parameters stand
 * for (parameterEvents), each at its slot hour.
 */
export function actogramEvents(events: readonly ProtocolEvent[], values: ParameterValues): ActogramEvent[] {
  let doses: ProtocolEvent[] = [];
  try {
    doses = parameterEvents(values);
  } catch {
    // Values the engine refuses draw no doses (the run says why).
  }
  return [...events, ...doses].map((e) => ({
    at: eventSlotHour(e),
    duration_h: eventField(e, 'duration_h') ?? null,
    mark: eventKindSpec(e.kind)!.mark,
    text: describeEvent(e),
  }));
}

/** A night's content day by day, over the days [first, last]. */
export function actogramDaysOf(night: ActogramNight, days = actogramDays([spanWindow(night.result)])): ActogramDay[] {
  const { first, last } = days;
  const sleep = byDay(sleepSpans(night.result), first, last);
  const light = byDay(lightSpans(night.result), first, last);
  const events = byDay(
    night.events.map((e) => ({
      from: e.at,
      // An instant keeps a sliver of width so it falls in the day it happens on.
      to: e.duration_h === null ? e.at + 1e-6 : e.at + e.duration_h,
      mark: e.mark,
      text: e.text,
      interval: e.duration_h !== null,
    })),
    first,
    last,
  );
  const markers = new Map<number, Marker[]>();
  for (const m of phaseMarkers(night.result, night.dlmoThreshold_pgPerMl)) {
    const d = Math.floor(m.at / DAY_H);
    if (d < first || d > last) continue;
    markers.set(d, [...(markers.get(d) ?? []), { kind: m.kind, at: m.at - d * DAY_H }]);
  }
  const out: ActogramDay[] = [];
  for (let d = first; d <= last; d++) {
    out.push({
      day: d,
      sleep: sleep.get(d)!,
      light: light.get(d)!,
      // An instant's sliver was only for placing it: it is drawn at its start.
      events: events.get(d)!.map((e) => (e.interval ? e : { ...e, to: e.from })),
      markers: markers.get(d) ?? [],
    });
  }
  return out;
}

const shift = <T extends Span>(spans: readonly T[], by: number): T[] =>
  spans.map((s) => ({ ...s, from: s.from + by, to: s.to + by }));

/**
 * The double plot: row k is day k on its left half and day k + 1 on its right (the last row's
 * right half is empty, past the protocol's end). A span crossing midnight into the next day is
 * thus drawn whole on the row of the day it starts on.
 */
export function doublePlot(days: readonly ActogramDay[]): ActogramRow[] {
  return days.map((day, k) => {
    const next = days[k + 1];
    return {
      day: day.day,
      start: day.day * DAY_H,
      sleep: [...day.sleep, ...shift(next?.sleep ?? [], DAY_H)],
      light: [...day.light, ...shift(next?.light ?? [], DAY_H)],
      events: [...day.events, ...shift(next?.events ?? [], DAY_H)],
      markers: [...day.markers, ...(next?.markers ?? []).map((m) => ({ ...m, at: m.at + DAY_H }))],
    };
  });
}

/** Hours within a row to a pixel x of a plot [left, right]. */
export function rowX(left: number, right: number): (hours: number) => number {
  return (h) => left + (h / ROW_H) * (right - left);
}

/**
 * One line of the data-table twin: a noon-to-noon day (the evening of day `day` and the morning
 * after, where a night's sleep lies whole), its first sleep and last waking, the hours asleep and
 * lit, and its circadian markers. Times are slot hours (null: none that day).
 */
export interface DaySummary {
  readonly day: number;
  readonly sleepOnset: number | null;
  readonly sleepOffset: number | null;
  readonly sleep_h: number;
  /** Hours of light at the eye at or above LIT_LUX. */
  readonly lit_h: number;
  readonly dlmo: number | null;
  readonly cbtMin: number | null;
}

export function daySummaries(night: ActogramNight, days = actogramDays([spanWindow(night.result)])): DaySummary[] {
  const sleep = sleepSpans(night.result);
  const lux = night.result.series.light;
  const markers = phaseMarkers(night.result, night.dlmoThreshold_pgPerMl);
  const out: DaySummary[] = [];
  for (let d = days.first; d <= days.last; d++) {
    const from = d * DAY_H + 12;
    const to = from + DAY_H;
    const inDay = sleep.filter((s) => s.to > from && s.from < to);
    let lit = 0;
    if (lux) {
      const i0 = Math.max(0, Math.ceil((from - slotHour(night.result, 0)) / EPOCH_H - 1e-9));
      const i1 = Math.min(night.result.epochs, Math.floor((to - slotHour(night.result, 0)) / EPOCH_H + 1e-9));
      for (let i = i0; i < i1; i++) if (lux[i]! >= LIT_LUX) lit += EPOCH_H;
      // A day the result does not reach says nothing.
      if (i1 <= i0) continue;
    }
    const marker = (kind: MarkerKind) => markers.find((m) => m.kind === kind && m.at >= from && m.at < to)?.at ?? null;
    out.push({
      day: d,
      sleepOnset: inDay.length > 0 ? Math.max(from, inDay[0]!.from) : null,
      sleepOffset: inDay.length > 0 ? Math.min(to, inDay[inDay.length - 1]!.to) : null,
      sleep_h: inDay.reduce((sum, s) => sum + Math.min(to, s.to) - Math.max(from, s.from), 0),
      lit_h: lit,
      dlmo: marker('dlmo'),
      cbtMin: marker('cbtMin'),
    });
  }
  return out;
}
