/**
 * The next-day outcome. On the synthetic nights of ../testing/fixtures.ts: each test states a
 * physiological direction the equations must produce, independent of the core's calibration.
 */
import { describe, expect, it } from 'vitest';
import { awake, night, params } from '../testing/fixtures';
import { runRestoration } from '..';
import { syntheticTrajectory } from '../testing/syntheticNight';

describe('outcome', () => {
  it('is worse after a night awake and after fragmented sleep', () => {
    const m = runRestoration(night, params(), 1).metrics;
    const mSd = runRestoration(awake, params(), 1).metrics;
    const frag = runRestoration(
      syntheticTrajectory({ nightsBefore: 6, focalArousalsPerHour: 20 }),
      params(),
      1,
    ).metrics;
    expect(mSd.pvtLapsesNextMorning!).toBeGreaterThan(m.pvtLapsesNextMorning!);
    expect(mSd.kssNextMorning!).toBeGreaterThan(m.kssNextMorning!);
    expect(mSd.readinessScore!).toBeLessThan(m.readinessScore!);
    expect(frag.readiness_sleepQuality!).toBeLessThan(m.readiness_sleepQuality!);
    expect(frag.readinessScore!).toBeLessThan(m.readinessScore!);
  });
});
