/**
 * Cortisol. On the synthetic nights of ../testing/fixtures.ts: each test states a
 * physiological direction the equations must produce, independent of the core's calibration.
 */
import { describe, expect, it } from 'vitest';
import { awake, night, params } from '../testing/fixtures';
import { runRestoration } from '..';

describe('cortisol', () => {
  it('raises cortisol within 30 min of waking, less after a night without sleep', () => {
    const m = runRestoration(night, params(), 1).metrics;
    const mSd = runRestoration(awake, params(), 1).metrics;
    expect(m.cortisolAwakeningRise_pct!).toBeGreaterThan(20);
    expect(mSd.cortisolAwakeningRise_pct!).toBeLessThan(m.cortisolAwakeningRise_pct!);
    expect(mSd.cortisolNextEvening!).toBeGreaterThan(m.cortisolNextEvening!);
  });
});
