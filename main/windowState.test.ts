import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_SIZE,
  MIN_WINDOW_SIZE,
  WindowStateFile,
  restoreWindowState,
  snapshotToState,
} from './windowState';

const LAPTOP = { x: 0, y: 0, width: 1366, height: 728 };
const MONITOR = { x: 1366, y: 0, width: 2560, height: 1400 };

describe('restoring the window state', () => {
  it('opens at the default size, placed by the system, the first time or from a bad file', () => {
    for (const saved of [null, undefined, 'text', 42, [], { width: 'wide' }]) {
      expect(restoreWindowState(saved, [MONITOR])).toEqual({ ...DEFAULT_WINDOW_SIZE, maximized: false });
    }
  });

  it('keeps a sound saved state as it was', () => {
    const saved = { x: 1500, y: 100, width: 1600, height: 1000, maximized: true };
    expect(restoreWindowState(saved, [LAPTOP, MONITOR])).toEqual(saved);
  });

  it('never goes below the minimum or above the largest display', () => {
    expect(restoreWindowState({ width: 300, height: 200 }, [MONITOR])).toMatchObject(MIN_WINDOW_SIZE);
    expect(restoreWindowState({ width: 9000, height: 9000 }, [LAPTOP, MONITOR])).toMatchObject({
      width: 2560,
      height: 1400,
    });
    // On a laptop alone the default 1440×900 does not fit: it shrinks to the work area.
    expect(restoreWindowState(null, [LAPTOP])).toMatchObject({ width: 1366, height: 728 });
  });

  it('drops a position whose display is gone, so the window cannot open off screen', () => {
    const onMonitor = { x: 2000, y: 200, width: 1400, height: 900, maximized: false };
    expect(restoreWindowState(onMonitor, [LAPTOP])).toEqual({ width: 1366, height: 728, maximized: false });
    // Title bar just above the top of every display: unreachable.
    expect(restoreWindowState({ x: 100, y: -200, width: 1200, height: 700 }, [LAPTOP])).not.toHaveProperty('x');
    // Mostly off the left edge but the title bar still reachable: kept.
    expect(restoreWindowState({ x: -1000, y: 10, width: 1200, height: 700 }, [LAPTOP])).toMatchObject({ x: -1000 });
  });

  it('rounds fractional and refuses non-finite numbers', () => {
    expect(restoreWindowState({ x: 10.4, y: 20.6, width: 1100.5, height: 700.2 }, [LAPTOP, MONITOR])).toMatchObject({
      x: 10,
      y: 21,
      width: 1101,
      height: 700,
    });
    expect(restoreWindowState({ x: Infinity, y: 0, width: NaN }, [MONITOR])).toEqual({
      ...DEFAULT_WINDOW_SIZE,
      maximized: false,
    });
  });

  it('saves the normal bounds of a maximised window, so un-maximising restores its size', () => {
    expect(snapshotToState({ normalBounds: { x: 5, y: 6, width: 1200, height: 800 }, maximized: true })).toEqual({
      x: 5,
      y: 6,
      width: 1200,
      height: 800,
      maximized: true,
    });
  });
});

describe('the window state file', () => {
  it('round-trips and reads a broken file as nothing', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'nocturne-window-'));
    const file = new WindowStateFile(join(folder, 'window.json'));
    expect(await file.read()).toBeNull();
    await file.write({ x: 1, y: 2, width: 1100, height: 700, maximized: false });
    expect(JSON.parse(readFileSync(join(folder, 'window.json'), 'utf8'))).toEqual({
      x: 1,
      y: 2,
      width: 1100,
      height: 700,
      maximized: false,
    });
    writeFileSync(join(folder, 'window.json'), '{ not json');
    expect(await file.read()).toBeNull();
  });
});
