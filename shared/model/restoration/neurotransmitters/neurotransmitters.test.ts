/**
 * The neurotransmitters by state. On the synthetic nights of ../testing/fixtures.ts: each test states a
 * physiological direction the equations must produce, independent of the core's calibration.
 */
import { describe, expect, it } from 'vitest';
import { base, byState } from '../testing/fixtures';

describe('neurotransmitters', () => {
  it('order monoamines W > NREM > REM, acetylcholine W, REM > NREM, VLPO GABA NREM > W', () => {
    const ne = byState(base.neurotransmitters.noradrenaline);
    const ser = byState(base.neurotransmitters.serotonin);
    const ach = byState(base.neurotransmitters.acetylcholine);
    const gaba = byState(base.neurotransmitters.gaba);
    expect(ne.wake).toBeGreaterThan(ne.nrem);
    expect(ne.nrem).toBeGreaterThan(ne.rem);
    expect(ser.wake).toBeGreaterThan(ser.nrem);
    expect(ser.nrem).toBeGreaterThan(ser.rem);
    expect(ach.rem).toBeGreaterThan(ach.nrem);
    expect(ach.wake).toBeGreaterThan(ach.nrem);
    expect(gaba.nrem).toBeGreaterThan(gaba.wake);
  });
});
