/**
 * The neurotransmitters by state. On the synthetic nights of ../testing/fixtures.ts: each test states a
 * physiological direction the equations must produce, independent of the core's calibration.
 */
import { describe, expect, it } from 'vitest';
import { awake, base, byState, night, params, sd, w } from '../testing/fixtures';
import { simulateRestoration } from '../run';
import { syntheticTrajectory } from '../testing/syntheticNight';
import { focalWindows } from '../windows';

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

describe('receptor and reserve homeostasis', () => {
  const recovery = simulateRestoration(
    syntheticTrajectory({ nightsBefore: 6, focalLightsOff_clock_h: 33 }),
    params(),
    1,
  ).neurotransmitters;
  const rw = focalWindows(syntheticTrajectory({ nightsBefore: 6, focalLightsOff_clock_h: 33 }));

  it('a night awake lowers D2/D3 availability by ≈ 5 %, raises 5-HT2A binding and depletes the LC reserve', () => {
    const t = w.lightsOn;
    const s = sd.neurotransmitters;
    const b = base.neurotransmitters;
    expect(s.d2Availability[t]! / b.d2Availability[t]!).toBeLessThan(0.97);
    expect(s.d2Availability[t]! / b.d2Availability[t]!).toBeGreaterThan(0.9);
    expect(s.ht2aBinding[t]!).toBeGreaterThan(b.ht2aBinding[t]! * 1.05);
    expect(s.lcReserve[t]!).toBeLessThan(b.lcReserve[t]! - 0.03);
  });

  it('wake moves them away from rest across the day and sleep restores them', () => {
    const b = base.neurotransmitters;
    expect(b.d2Availability[w.lightsOff]!).toBeLessThan(b.d2Availability[w.lightsOff - 14 * 120]!);
    expect(b.lcReserve[w.lightsOff]!).toBeLessThan(b.lcReserve[w.lightsOff - 14 * 120]!);
    expect(b.d2Availability[w.wake]!).toBeGreaterThan(b.d2Availability[w.lightsOff]!);
    expect(b.ht2aBinding[w.wake]!).toBeLessThan(b.ht2aBinding[w.lightsOff]!);
    // A day sleep after the night awake restores them almost fully.
    expect(recovery.d2Availability[rw.wake]!).toBeGreaterThan(0.995);
    expect(recovery.lcReserve[rw.wake]!).toBeGreaterThan(0.995);
    expect(recovery.ht2aBinding[rw.wake]!).toBeLessThan(1.005);
    expect(recovery.d2Availability[rw.lightsOff]!).toBeLessThan(0.96);
  });

  it('scales NE tone with the LC reserve, and holds waking levels without the stage drive', () => {
    const noTone = simulateRestoration(awake, params({ ntReserveToneGain: 0 }), 1).neurotransmitters;
    expect(sd.neurotransmitters.noradrenaline[w.lightsOn]!).toBeLessThan(noTone.noradrenaline[w.lightsOn]! - 0.03);
    const flat = simulateRestoration(night, params({ ntStageDriveGain: 0 }), 1).neurotransmitters;
    expect(byState(flat.noradrenaline).nrem).toBeGreaterThan(0.9);
    expect(byState(flat.gaba).nrem).toBeLessThan(0.1);
  });

  it('stay at rest without wake loss, and accumulate the losses without sleep restoration', () => {
    const none = simulateRestoration(
      awake,
      params({ ntD2WakeLoss_perH: 0, nt5ht2aWakeGain_perH: 0, ntLcReserveDepletion_perH: 0 }),
      1,
    ).neurotransmitters;
    expect(none.d2Availability[w.lightsOn]!).toBe(1);
    expect(none.lcReserve[w.lightsOn]!).toBe(1);
    const noRestore = simulateRestoration(night, params({ ntSleepRestoration_perH: 0 }), 1).neurotransmitters;
    expect(noRestore.d2Availability[w.wake]!).toBeLessThan(0.8);
  });
});
