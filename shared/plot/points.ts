/**
 * Plot data of a night on the slot-hour axis (shared/time/axis.ts), as pure functions over the
 * result's typed arrays. These are the exact points, one per epoch inside a window, that an
 * exported figure draws (the screen thins its own to its pixels, renderer/src/charts/traces.ts,
 * from the same epochs and the same pairing of nights).
 */
import { STAGES, type SimulationResult } from '../model/result';
import { EPOCH_H, epochsInside, pairOffset, slotHour, type SlotWindow } from '../time/axis';

export type Point = { x: number; y: number };

/** Hypnogram heights, W on top: y = 4 for W … 0 for N3 (clinical order W, R, N1, N2, N3). */
export function stageHeight(code: number): number {
  return STAGES.length - 1 - code;
}

/**
 * The epochs [first, last) a chart draws for a window: those inside it plus a margin (one epoch
 * before, two after), so the lines run on to the plot's edges instead of stopping an epoch short.
 * Without a window, every epoch.
 */
export function drawnEpochs(result: SimulationResult, window: SlotWindow | undefined): [number, number] {
  if (!window) return [0, result.epochs];
  const origin = slotHour(result, 0);
  const first = Math.max(0, Math.floor((window.start - origin) / EPOCH_H) - 1);
  const last = Math.min(result.epochs, Math.ceil((window.end - origin) / EPOCH_H) + 2);
  return [first, Math.max(first, last)];
}

/** Every epoch of a series inside the window. */
export function seriesPoints(result: SimulationResult, id: string, window: SlotWindow): Point[] {
  const values = result.series[id];
  if (!values) return [];
  const [first, last] = epochsInside(result, window);
  const points: Point[] = [];
  for (let i = first; i < last; i++) points.push({ x: slotHour(result, i), y: values[i]! });
  return points;
}

/** B − A at B's epochs inside the window that A also covers (the lab's difference view). */
export function differencePoints(a: SimulationResult, b: SimulationResult, id: string, window: SlotWindow): Point[] {
  const va = a.series[id];
  const vb = b.series[id];
  if (!va || !vb) return [];
  const offset = pairOffset(a, b);
  const [first, last] = epochsInside(b, window);
  const points: Point[] = [];
  for (let i = first; i < last; i++) {
    const j = i + offset;
    if (j >= 0 && j < va.length) points.push({ x: slotHour(b, i), y: vb[i]! - va[j]! });
  }
  return points;
}

/**
 * The hypnogram as steps: a point where each run of one stage starts, and one at the window's
 * end. Exact (nothing decimated) and small enough for an SVG.
 */
export function stageSteps(result: SimulationResult, window: SlotWindow): Point[] {
  const [first, last] = epochsInside(result, window);
  const points: Point[] = [];
  for (let i = first; i < last; i++) {
    if (i === first || result.stage[i] !== result.stage[i - 1]) {
      points.push({ x: slotHour(result, i), y: stageHeight(result.stage[i]!) });
    }
  }
  if (last > first) points.push({ x: slotHour(result, last), y: stageHeight(result.stage[last - 1]!) });
  return points;
}
