/**
 * The keyboard and mouse of a time chart (line charts and the hypnogram hero alike): arrows pan
 * by a tenth of the window, + / = and − zoom about its middle, 0 resets; a drag pans by the hours
 * it covers, the wheel zooms by the same factors. One place, so every chart answers alike.
 */
import type { SlotWindow } from '../../../shared/time/axis';

export interface ChartKeyActions {
  pan(hours: number): void;
  zoom(factor: number, around: number): void;
  reset(): void;
}

/** Runs the action for a key press and returns true, or false when the key is not a chart's. */
export function chartKey(key: string, window: SlotWindow, act: ChartKeyActions): boolean {
  const span = window.end - window.start;
  const middle = (window.start + window.end) / 2;
  const handled: Record<string, () => void> = {
    ArrowLeft: () => act.pan(-span * 0.1),
    ArrowRight: () => act.pan(span * 0.1),
    '+': () => act.zoom(0.8, middle),
    '=': () => act.zoom(0.8, middle),
    '-': () => act.zoom(1.25, middle),
    '0': () => act.reset(),
  };
  const action = handled[key];
  action?.();
  return action !== undefined;
}

/** The zoom factor of one wheel step: out when scrolling down, in when up (the keys' factors). */
export const wheelZoomFactor = (deltaY: number): number => (deltaY > 0 ? 1.25 : 0.8);

/** The hours a drag of `dx` pixels pans a window drawn `plotWidth` pixels wide (content follows the pointer). */
export const dragHours = (dx: number, window: SlotWindow, plotWidth: number): number =>
  (-dx * (window.end - window.start)) / plotWidth;
