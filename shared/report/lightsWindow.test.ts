import { describe, expect, it } from 'vitest';
import { lightsEpoch, lightsWindow, LightsWindowError } from './lightsWindow';
import type { MeasuredNight } from './import/types';

const night = (recordingStart: string | null, lightsOff: number | null = null): MeasuredNight =>
  ({
    label: 'n',
    source: 'test',
    recordingStart,
    epochLength_s: 30,
    stages: new Uint8Array(120),
    lightsOff,
    lightsOn: null,
    notes: [],
  }) as unknown as MeasuredNight;

describe('lightsEpoch and lightsWindow', () => {
  it('reads start/end, minutes after the first epoch, and clock times placed by the recording start', () => {
    const n = night('2024-05-01T22:50:00');
    expect(lightsEpoch('start', n, 'lights-off')).toBe(0);
    expect(lightsEpoch('end', n, 'lights-on')).toBe(120);
    expect(lightsEpoch('10', n, 'lights-off')).toBe(20);
    expect(lightsEpoch('23:00', n, 'lights-off')).toBe(20);
    expect(lightsEpoch('23:20:30', n, 'lights-on')).toBe(61);
  });

  it('keeps the file’s own where a value is empty, and refuses what cannot be placed or ordered', () => {
    expect(lightsWindow(night(null, 4), '', undefined)).toEqual({ lightsOff: 4, lightsOn: null });
    expect(lightsWindow(night(null), '5', '50')).toEqual({ lightsOff: 10, lightsOn: 100 });
    expect(() => lightsEpoch('23:00', night(null), 'lights-off')).toThrow(/no recording start/);
    expect(() => lightsEpoch('soon', night(null), 'lights-off')).toThrow(LightsWindowError);
    expect(() => lightsEpoch('25:00', night('2024-05-01T22:50:00'), 'lights-off')).toThrow(/not a clock time/);
    expect(() => lightsEpoch('90', night(null), 'lights-on')).toThrow(/after the end of the hypnogram \(60 min long\)/);
    expect(() => lightsWindow(night(null), '30', '20')).toThrow(
      /lights-on \(epoch 40\) is not after lights-off \(epoch 60\)/,
    );
  });
});
