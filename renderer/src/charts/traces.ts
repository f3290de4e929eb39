/**
 * Plot data from simulation results, as pure functions. The x axis is the slot hour: clock hours
 * from the midnight before the focal slot's noon, so two nights with different bedtimes share it.
 */
import { EPOCH_H, STAGES, type SimulationResult } from '../../../shared/model/result';

export type Point = { x: number; y: number };

export function slotHour(result: SimulationResult, i: number): number {
  return result.focalLightsOff_clock_h + result.start_h + i * EPOCH_H;
}

/** The focal window on the slot-hour axis: from noon before the focal lights-off to the end. */
export function slotWindow(result: SimulationResult): { start: number; end: number } {
  return { start: slotHour(result, 0), end: slotHour(result, result.epochs) };
}

/** Hypnogram heights, W on top: y = 4 for W … 0 for N3. */
export function stageHeight(code: number): number {
  return STAGES.length - 1 - code;
}

export function seriesPoints(result: SimulationResult, id: string): Point[] {
  const values = result.series[id];
  if (!values) return [];
  const points: Point[] = new Array(values.length);
  for (let i = 0; i < values.length; i++) points[i] = { x: slotHour(result, i), y: values[i]! };
  return points;
}

export function stagePoints(result: SimulationResult): Point[] {
  const points: Point[] = new Array(result.epochs);
  for (let i = 0; i < result.epochs; i++) points[i] = { x: slotHour(result, i), y: stageHeight(result.stage[i]!) };
  return points;
}

/**
 * B − A on the epochs both nights cover. Both grids are 30-s epochs on the same slot-hour axis
 * (lights-off snaps to the grid), so epochs pair up by an integer offset.
 */
export function differencePoints(a: SimulationResult, b: SimulationResult, id: string): Point[] {
  const va = a.series[id];
  const vb = b.series[id];
  if (!va || !vb) return [];
  const offset = Math.round((slotHour(a, 0) - slotHour(b, 0)) / EPOCH_H);
  const points: Point[] = [];
  for (let i = 0; i < va.length; i++) {
    const j = i + offset;
    if (j < 0 || j >= vb.length) continue;
    points.push({ x: slotHour(a, i), y: vb[j]! - va[i]! });
  }
  return points;
}

/** The value of a series (or the stage) of a result at a slot hour, or null outside it. */
export function valueAt(result: SimulationResult, id: string | 'stage', x: number): number | null {
  const i = Math.floor((x - slotHour(result, 0)) / EPOCH_H + 1e-9);
  if (i < 0 || i >= result.epochs) return null;
  if (id === 'stage') return result.stage[i]!;
  const values = result.series[id];
  return values ? values[i]! : null;
}

/** Min and max over some point lists, padded a little, for axes shared between the two columns. */
export function sharedRange(lists: readonly Point[][]): { min: number; max: number } | null {
  let min = Infinity;
  let max = -Infinity;
  for (const points of lists) {
    for (const p of points) {
      if (p.y < min) min = p.y;
      if (p.y > max) max = p.y;
    }
  }
  if (!Number.isFinite(min)) return null;
  if (min === max)
    return min === 0 ? { min: 0, max: 1 } : { min: min - Math.abs(min) * 0.1, max: max + Math.abs(max) * 0.1 };
  const pad = (max - min) * 0.05;
  // Quantities that never go negative keep their axis at zero.
  return { min: min >= 0 ? Math.max(0, min - pad) : min - pad, max: max + pad };
}
