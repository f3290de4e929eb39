/**
 * The keyboard of a time chart (line charts and the hypnogram hero alike): arrows pan by a tenth
 * of the window, + / = and − zoom about its middle, 0 resets. One table, so every chart answers
 * the same keys its accessible name announces.
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
