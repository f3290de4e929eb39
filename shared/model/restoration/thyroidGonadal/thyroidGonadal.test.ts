/**
 * TSH and testosterone. On the synthetic nights of ../testing/fixtures.ts: each test states a
 * physiological direction the equations must produce, independent of the core's calibration.
 */
import { describe, expect, it } from 'vitest';
import { base, sd, w } from '../testing/fixtures';

describe('TSH and testosterone', () => {
  it('drops TSH at sleep onset and keeps it up through a night awake', () => {
    const tsh = base.thyrotropin.concentration;
    const onset = w.sleepOnset!;
    expect(tsh[onset + 120]!).toBeLessThan(tsh[onset]!);
    expect(sd.thyrotropin.concentration[onset + 240]!).toBeGreaterThan(tsh[onset + 240]!);
  });

  it('lowers next-day testosterone after a night awake', () => {
    const day = (x: Float32Array) => x[w.lightsOn + 6 * 120]!;
    expect(day(sd.testosterone.concentration)).toBeLessThan(day(base.testosterone.concentration));
  });
});
