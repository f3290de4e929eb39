/**
 * Time windows of a simulated protocol. Charts open on the focal window: from 12:00 before the
 * focal lights-off to the end of the protocol (24:00 of the day after the focal night).
 */
import { EPOCH_H, type SimulationResult } from './result';
import type { LightsOffWindow } from '../time/axis';

export function protocolWindow(result: SimulationResult): LightsOffWindow {
  return { start_h: result.start_h, end_h: result.start_h + result.epochs * EPOCH_H };
}

export function focalWindow(result: SimulationResult): LightsOffWindow {
  const full = protocolWindow(result);
  // The noon before the focal lights-off: lights-off sits at focalLightsOff_clock_h on the 12–36 scale.
  const noonBefore = 12 - result.focalLightsOff_clock_h;
  return { start_h: Math.max(full.start_h, noonBefore), end_h: full.end_h };
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
