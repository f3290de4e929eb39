/**
 * The one time axis of the lab: the engine's epoch grid placed on the "slot-hour" scale.
 *
 * A slot hour is a clock hour counted from the midnight before the focal day slot's noon: the
 * slot's noon is 12, a focal lights-off at 23:00 is 23, at 00:30 is 24.5, and 24:00 of the day
 * after the focal night is 48. Two nights with different bedtimes share this axis, so they can be
 * drawn, exported and subtracted on it. A result (or the engine's core trajectory) places its
 * epochs on it by two numbers: its focal lights-off on the slot scale and its first epoch's time
 * in hours since that lights-off. Epochs are EPOCH_H long (30 s); lights-off snaps to the grid,
 * so two nights' grids coincide up to floating-point noise.
 *
 * Every place that turns an epoch index into a time, a time into an epoch, or a bedtime into a
 * slot clock goes through here, so the charts, the CSV writers, the figures and the metrics can
 * never disagree about where an epoch lies. The arithmetic is written once, in the order the
 * pinned outputs (engine bit fingerprints, goldens, exported files) were produced with.
 */
import { EPOCH_H } from '../model/result';

export { EPOCH_H, EPOCHS_PER_HOUR } from '../model/result';

/** A span of the axis in slot hours, [start, end]. The one window type of charts and exports. */
export interface SlotWindow {
  readonly start: number;
  readonly end: number;
}

/** Where a sequence of epochs lies on the axis: what SimulationResult and CoreTrajectory both carry. */
export interface EpochGrid {
  /** The focal lights-off on the slot scale (12–36). */
  readonly focalLightsOff_clock_h: number;
  /** Time of epoch 0 in hours since the focal lights-off (negative before it). */
  readonly start_h: number;
}

/** A grid with its length: a night's epochs [0, epochs). */
export interface EpochSpan extends EpochGrid {
  readonly epochs: number;
}

/** Slot hour at which epoch i starts. (Epoch `epochs` is the end of the last one.) */
export function slotHour(grid: EpochGrid, i: number): number {
  return grid.focalLightsOff_clock_h + grid.start_h + i * EPOCH_H;
}

/**
 * The epoch that contains slot hour x (unclamped: negative or ≥ epochs outside the night). The
 * 1e-9 absorbs rounding when x is an epoch's start computed another way, so it is not put in the
 * epoch before.
 */
export function epochAt(grid: EpochGrid, x: number): number {
  return Math.floor((x - slotHour(grid, 0)) / EPOCH_H + 1e-9);
}

/** Everything a night covers: from its first epoch's start to its last epoch's end. */
export function spanWindow(night: EpochSpan): SlotWindow {
  return { start: slotHour(night, 0), end: slotHour(night, night.epochs) };
}

/** The smallest window holding all of these. */
export function unionWindow(windows: readonly SlotWindow[]): SlotWindow {
  return { start: Math.min(...windows.map((w) => w.start)), end: Math.max(...windows.map((w) => w.end)) };
}

/** 12:00 before the focal lights-off to 24:00 of the day after: what the lab opens on. */
export const FOCAL_SLOT: SlotWindow = { start: 12, end: 48 };

/**
 * The windows the lab's charts show, one click each: the focal night (what the lab opens on),
 * the night with the afternoon before and the day after (FOCAL_SLOT, the window of the exported
 * panel figures), and everything the results cover. Slot hours.
 */
export const VIEW_SPANS = [
  {
    id: 'night',
    label: 'Night',
    hint: 'The focal night, 18:00 to 12:00 the next day (from earlier when a dose or event comes before 18:00)',
  },
  {
    id: 'nightDay',
    label: 'Night + next day',
    hint: 'From 12:00 before the focal night, so the afternoon’s doses and light show, to 24:00 the day after (the window of the exported figures)',
  },
  { id: 'protocol', label: 'Whole protocol', hint: 'Every day of the protocol, its run-in and prior nights included' },
] as const;
export type ViewSpan = (typeof VIEW_SPANS)[number]['id'];

/** The night a sleep scientist reads: 18:00 of the focal evening to 12:00 the next day. */
export const NIGHT_SLOT: SlotWindow = { start: 18, end: 36 };

/** A night's time in bed on the axis: what a night window must hold. */
export interface BedSpan extends EpochGrid {
  /** Focal time in bed (h); 0 for a night spent awake. */
  readonly focalTimeInBed_h: number;
}

/**
 * The window of a view span for these nights, within `limits` (what the results cover). The
 * night's window is NIGHT_SLOT widened on whole hours to keep 1 h either side of every night's
 * time in bed (a day sleeper's 08:00–16:00 is not cut off) and 1 h before each of `include`
 * (the focal afternoon's doses and events, e.g. a coffee at 16:00), never before the slot's
 * noon; "night + next day" is FOCAL_SLOT; the whole protocol is the limits.
 */
export function viewSpanWindow(
  span: ViewSpan,
  nights: readonly BedSpan[],
  limits: SlotWindow,
  include: readonly number[] = [],
): SlotWindow {
  if (span === 'protocol') return limits;
  let { start, end } = span === 'night' ? NIGHT_SLOT : FOCAL_SLOT;
  for (const n of nights) {
    start = Math.min(start, Math.floor(n.focalLightsOff_clock_h - 1));
    end = Math.max(end, Math.ceil(n.focalLightsOff_clock_h + n.focalTimeInBed_h + 1));
  }
  for (const t of include)
    if (t >= FOCAL_SLOT.start && t < start) start = Math.max(FOCAL_SLOT.start, Math.floor(t - 1));
  start = Math.max(limits.start, start);
  end = Math.min(limits.end, end);
  return end > start ? { start, end } : limits;
}

/** The focal window of a night: FOCAL_SLOT clipped to what the night covers. */
export function focalWindow(night: EpochSpan): SlotWindow {
  return {
    start: Math.max(FOCAL_SLOT.start, slotHour(night, 0)),
    end: Math.min(FOCAL_SLOT.end, slotHour(night, night.epochs)),
  };
}

/**
 * Epochs [first, last) lying wholly inside the window: what a chart's CSV writes and its checksum
 * counts. The 1e-9 keeps an epoch whose edge falls on the window's edge up to rounding.
 */
export function epochsInside(night: EpochSpan, window: SlotWindow): [number, number] {
  const origin = slotHour(night, 0);
  const first = Math.max(0, Math.ceil((window.start - origin) / EPOCH_H - 1e-9));
  const last = Math.min(night.epochs, Math.floor((window.end - origin) / EPOCH_H + 1e-9));
  return [first, Math.max(first, last)];
}

/**
 * How the epochs of two nights pair on the axis, for B − A. The sign convention, the only one:
 *
 *   epoch i of B lies at the same slot hour as epoch i + pairOffset(a, b) of A.
 *
 * So a B whose grid starts one epoch later than A's gives +1. Going the other way, epoch j of A
 * pairs with epoch j − pairOffset(a, b) of B. (Both grids are snapped to 30-s epochs, so the
 * difference is an integer number of epochs up to rounding noise; Math.round removes the noise.)
 */
export function pairOffset(a: EpochGrid, b: EpochGrid): number {
  return Math.round((slotHour(b, 0) - slotHour(a, 0)) / EPOCH_H);
}

/**
 * A slot hour as a clock time on the focal slot's 12–36 scale, the scale of every clock metric
 * (21:00 = 21, 04:30 = 28.5): hours outside it are wrapped by whole days, so an event of the next
 * night (a day sleeper's cortisol nadir at 01:45 the night after) reads 25.75, not 49.75. A value
 * already on the scale is returned as it is.
 */
export function onClockScale(slotHour: number): number {
  if (slotHour >= 12 && slotHour < 36) return slotHour;
  return 12 + ((((slotHour - 12) % 24) + 24) % 24);
}

/**
 * A bedtime (clock hours, 0–24) as the focal lights-off on the slot scale: 12–24 is the evening
 * of the slot's day, 0–12 the next morning (24–36).
 */
export function slotClock(bedtime: number): number {
  const b = bedtime % 24;
  return b < 12 ? b + 24 : b;
}

/**
 * A span in hours since a night's own focal lights-off (the engine's time base): the window of
 * the engine's cut and of timeseries.csv. Not a second chart window: it is a SlotWindow moved to
 * the night's own origin, for code that works on one night's epochs.
 */
export interface LightsOffWindow {
  readonly start_h: number;
  readonly end_h: number;
}

/** A slot window as hours since a night's focal lights-off. */
export function hoursSinceLightsOff(
  grid: Pick<EpochGrid, 'focalLightsOff_clock_h'>,
  window: SlotWindow,
): LightsOffWindow {
  return {
    start_h: window.start - grid.focalLightsOff_clock_h,
    end_h: window.end - grid.focalLightsOff_clock_h,
  };
}
