/**
 * The cut of a simulated protocol that the lab receives: from 12:00 before the focal lights-off
 * to the end of the protocol. Not the chart window: the lab opens on focalWindow of
 * shared/time/axis.ts (12:00 to 24:00 of the day after, clipped to the night), which for a day
 * sleep ends before the protocol does; the cut still carries those later epochs to the lab.
 */
import { EPOCH_H, type SimulationResult } from './result';
import type { LightsOffWindow } from '../time/axis';

/** From the noon before the focal lights-off to the end of the protocol, in hours since lights-off. */
export function focalCut(result: SimulationResult): LightsOffWindow {
  // The noon before the focal lights-off: lights-off sits at focalLightsOff_clock_h on the 12–36 scale.
  const noonBefore = 12 - result.focalLightsOff_clock_h;
  return { start_h: Math.max(result.start_h, noonBefore), end_h: result.start_h + result.epochs * EPOCH_H };
}

/** Copies the epochs inside a window into compact arrays (so only they cross a thread). */
export function cutWindow(result: SimulationResult, window: LightsOffWindow): SimulationResult {
  const first = Math.max(0, Math.round((window.start_h - result.start_h) / EPOCH_H));
  const last = Math.min(result.epochs, Math.round((window.end_h - result.start_h) / EPOCH_H));
  const series: Record<string, Float32Array> = {};
  for (const [id, values] of Object.entries(result.series)) series[id] = values.slice(first, last);
  return {
    ...result,
    start_h: result.start_h + first * EPOCH_H,
    epochs: Math.max(0, last - first),
    stage: result.stage.slice(first, last),
    series,
  };
}
