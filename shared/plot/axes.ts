/**
 * The axes of a chart that do not depend on the medium: the x axis is the window on the slot-hour
 * axis, a line chart's y axis the row's shared range (shared/plot/range.ts), the hypnogram's y
 * axis one tick per stage, W on top. Tick spacing of the clock axis, fonts and sizes do depend on
 * the medium and stay with the screen (renderer/src/charts/chart.ts) and the print
 * (shared/plot/chartConfig.ts).
 */
import { STAGES } from '../model/result';
import type { SlotWindow } from '../time/axis';

/** x axis bounds: exactly the window. */
export function timeAxis(window: SlotWindow): { min: number; max: number } {
  return { min: window.start, max: window.end };
}

/**
 * The hypnogram's y axis: fixed, a tick per stage height (0 = N3 … 4 = W), with 0.3 of a stage
 * of room above W and below N3 so their lines stay clear of the plot's edges.
 */
export const STAGE_AXIS = {
  min: -0.3,
  max: STAGES.length - 0.7,
  ticks: STAGES.map((_, height) => height),
} as const;

/** The stage a hypnogram tick stands for. */
export function stageTickLabel(height: number): string {
  return STAGES[STAGES.length - 1 - height] ?? '';
}
