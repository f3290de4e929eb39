/**
 * The lab window's size, position and maximised state, remembered between sessions in the
 * user-data folder. Plain Node: the Electron edge passes the displays' work areas and the
 * window's bounds in, so a saved state from a monitor that is gone, or a hand-edited file, is
 * checked here and tested without a window.
 */
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from './files/atomicWrite';

export interface Rectangle {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface WindowState {
  readonly width: number;
  readonly height: number;
  /** Absent: let the system place the window (first start, or its display is gone). */
  readonly x?: number;
  readonly y?: number;
  readonly maximized: boolean;
}

/** The size the lab opens at the first time. */
export const DEFAULT_WINDOW_SIZE = { width: 1440, height: 900 } as const;
/**
 * The smallest the window may be: a 1366×768 laptop's usable area, and the size the renderer's
 * layout is tested at (e2e/browser/layout.spec.ts).
 */
export const MIN_WINDOW_SIZE = { width: 1024, height: 680 } as const;

/** How much of the window's top edge must lie on a display for the saved position to be kept. */
const VISIBLE_TITLE_BAR = { width: 120, height: 40 };

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

/**
 * The state to open with: the saved one where it is sound, fitted to today's displays. A size is
 * kept between the minimum and the largest work area; a position is kept only if the window's
 * title bar would lie on a display (otherwise the window could open where no one can reach it).
 */
export function restoreWindowState(saved: unknown, workAreas: readonly Rectangle[]): WindowState {
  const record = (saved && typeof saved === 'object' ? saved : {}) as Record<string, unknown>;
  const largest = workAreas.reduce<{ width: number; height: number }>(
    (max, area) => ({ width: Math.max(max.width, area.width), height: Math.max(max.height, area.height) }),
    { width: 0, height: 0 },
  );
  const fit = (value: unknown, fallback: number, min: number, max: number) => {
    const wanted = finite(value) ? Math.round(value) : fallback;
    // A display smaller than the minimum still gets the minimum: the system clips, we do not shrink.
    return Math.max(min, max > 0 ? Math.min(wanted, max) : wanted);
  };
  const width = fit(record.width, DEFAULT_WINDOW_SIZE.width, MIN_WINDOW_SIZE.width, largest.width);
  const height = fit(record.height, DEFAULT_WINDOW_SIZE.height, MIN_WINDOW_SIZE.height, largest.height);
  const maximized = record.maximized === true;
  if (!finite(record.x) || !finite(record.y)) return { width, height, maximized };
  const x = Math.round(record.x);
  const y = Math.round(record.y);
  const titleBar = { x, y, width, height: VISIBLE_TITLE_BAR.height };
  const onScreen = workAreas.some((area) => {
    const seen = overlap(titleBar, area);
    return seen.width >= Math.min(VISIBLE_TITLE_BAR.width, width) && seen.height >= VISIBLE_TITLE_BAR.height;
  });
  return onScreen ? { width, height, x, y, maximized } : { width, height, maximized };
}

/** What a window reports of itself when it is saved. */
export interface WindowSnapshot {
  /** The bounds when not maximised (BrowserWindow.getNormalBounds). */
  readonly normalBounds: Rectangle;
  readonly maximized: boolean;
}

export function snapshotToState(snapshot: WindowSnapshot): WindowState {
  const { x, y, width, height } = snapshot.normalBounds;
  return { x, y, width, height, maximized: snapshot.maximized };
}

/** The saved state's file: read leniently (a bad file is the default), written atomically. */
export class WindowStateFile {
  constructor(private readonly file: string) {}

  async read(): Promise<unknown> {
    try {
      return JSON.parse(await readFile(this.file, 'utf8')) as unknown;
    } catch {
      return null;
    }
  }

  async write(state: WindowState): Promise<void> {
    await writeFileAtomic(this.file, `${JSON.stringify(state)}\n`);
  }
}
