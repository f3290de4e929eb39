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

/** A chart's plot area across, in the canvas's px, and the hour drawn at a px of it. */
export interface PointerPlot {
  readonly left: number;
  readonly right: number;
  hourAt(px: number): number | null;
}

/** What a time chart tells its parent: the hour under the pointer (null off the plot), and the keys' actions. */
export interface TimePointerActions extends ChartKeyActions {
  hover(hour: number | null): void;
}

/** The pointer and keyboard handlers of one time chart (timePointer). */
export interface TimePointer {
  move(event: MouseEvent): void;
  leave(): void;
  down(event: MouseEvent): void;
  up(): void;
  wheel(event: WheelEvent): void;
  key(event: KeyboardEvent): void;
  reset(): void;
  /** The same handlers by the canvas's DOM event names, bound at once with `v-on="pointer.on"`. */
  readonly on: {
    readonly mousemove: (event: MouseEvent) => void;
    readonly mouseleave: () => void;
    readonly mousedown: (event: MouseEvent) => void;
    readonly mouseup: () => void;
    readonly wheel: (event: WheelEvent) => void;
    readonly dblclick: () => void;
    readonly keydown: (event: KeyboardEvent) => void;
  };
}

/**
 * The mouse and keys of a time chart, written once for the line charts (PanelChart) and the
 * hypnogram hero: hovering reports the hour under the pointer, a drag pans by the hours it covers,
 * the wheel zooms about the pointer, the keys do chartKey's. `plot` is read at each event (null
 * while the chart has no plot area yet: nothing is under the pointer then).
 */
export function timePointer(
  plot: () => PointerPlot | null,
  window: () => SlotWindow,
  act: TimePointerActions,
): TimePointer {
  let dragFrom: number | null = null;
  const hourAt = (event: MouseEvent): number | null => {
    const box = plot();
    if (!box || event.offsetX < box.left || event.offsetX > box.right) return null;
    return box.hourAt(event.offsetX);
  };
  const handlers: Omit<TimePointer, 'on'> = {
    move(event) {
      const hour = hourAt(event);
      const box = plot();
      if (dragFrom !== null && box && hour !== null) {
        act.pan(dragHours(event.offsetX - dragFrom, window(), box.right - box.left));
        dragFrom = event.offsetX;
      }
      act.hover(hour);
    },
    leave: () => act.hover(null),
    down(event) {
      dragFrom = event.offsetX;
    },
    up() {
      dragFrom = null;
    },
    wheel(event) {
      const hour = hourAt(event);
      if (hour === null) return;
      event.preventDefault();
      act.zoom(wheelZoomFactor(event.deltaY), hour);
    },
    key(event) {
      if (chartKey(event.key, window(), act)) event.preventDefault();
    },
    reset: () => act.reset(),
  };
  const { move, leave, down, up, wheel, key, reset } = handlers;
  const on = { mousemove: move, mouseleave: leave, mousedown: down, mouseup: up, wheel, dblclick: reset, keydown: key };
  return { ...handlers, on };
}
