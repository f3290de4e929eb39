/**
 * The circadian fit's model: pacemaker and melatonin re-stepped over the core's retinal light give
 * the engine's unmasked melatonin bit for bit — at the run's own values; at other values wherever
 * the full run at those values sleeps as the base run does; and at any values when the bedroom is
 * dark (no light in bed, so the eyelids dim nothing) — and its DLMO stays within a minute of a full
 * run's in a lit bedroom where the sleep differs.
 */
import { describe, expect, it } from 'vitest';
import { simulateCore } from '../model/core';
import { findDlmo } from '../model/coreMetrics';
import { compileProtocol } from '../model/protocol';
import type { ProtocolEvent } from '../model/protocolEvents';
import { EPOCHS_PER_HOUR } from '../model/result';
import { resolveParameters } from '../model/scenarios';
import { CircadianModel, nearestOnset } from './circadianModel';

// A lit bedroom (200 lux in bed on the prior and focal nights): the retina's light then depends
// on whether the sleeper is asleep, the one thing the re-step holds at the base run's.
const params = resolveParameters('baseline', { runInDays: 3, nightLight_lux: 200 });
const dark = resolveParameters('baseline', { runInDays: 3 });
// Dim days then bright evenings: the clock moves, so the candidates' trajectories differ.
const events: ProtocolEvent[] = [
  { kind: 'light', at: 7, day: -2, duration_h: 16, lux: 5 },
  { kind: 'light', at: 20, day: -1, duration_h: 3, lux: 3000 },
];
const tl = compileProtocol(params, events);
const model = new CircadianModel(params, 4, tl);
const bits = (a: Float32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

describe('CircadianModel', () => {
  it("gives the engine's unmasked melatonin at the run's own values", () => {
    const engine = simulateCore(tl, params, 4).series.melatoninUnmasked!;
    const ours = model.melatonin({
      circadianPeriod_h: params.circadianPeriod_h,
      lightSensitivity: params.lightSensitivity,
    });
    expect(bits(ours).equals(bits(engine))).toBe(true);
  });

  it('matches a full run at other values bit for bit where that run sleeps as the base run does', () => {
    const base = simulateCore(tl, params, 4);
    // Small moves: the full runs sleep epoch for epoch as the base run (checked), the clock differs.
    for (const values of [
      { circadianPeriod_h: params.circadianPeriod_h + 1e-4, lightSensitivity: params.lightSensitivity },
      { circadianPeriod_h: params.circadianPeriod_h, lightSensitivity: params.lightSensitivity + 1e-4 },
    ]) {
      const full = simulateCore(tl, { ...params, ...values }, 4);
      expect(Buffer.from(full.trajectory.stage).equals(Buffer.from(base.trajectory.stage))).toBe(true);
      const ours = model.melatonin(values);
      expect(bits(ours).equals(bits(full.series.melatoninUnmasked!))).toBe(true);
      expect(bits(ours).equals(bits(base.series.melatoninUnmasked!))).toBe(false);
    }
  });

  it("keeps DLMO within a minute of a full run's in a lit bedroom where that run sleeps differently", () => {
    const base = simulateCore(tl, params, 4);
    const lightsOff = tl.focus.lightsOff;
    const threshold = params.dlmoThreshold_pgPerMl;
    for (const values of [
      { circadianPeriod_h: 24.5, lightSensitivity: 0.55 },
      { circadianPeriod_h: 23.9, lightSensitivity: 1.2 },
    ]) {
      const full = simulateCore(tl, { ...params, ...values }, 4);
      // Hundreds of epochs sleep differently, and the melatonin is not the engine's bit for bit:
      // the open loop's approximation is exercised.
      const differ = full.trajectory.stage.filter((s, i) => s !== base.trajectory.stage[i]).length;
      expect(differ).toBeGreaterThan(100);
      const ours = model.melatonin(values);
      expect(bits(ours).equals(bits(full.series.melatoninUnmasked!))).toBe(false);
      const a = findDlmo(full.series.melatoninUnmasked!, lightsOff, threshold)!;
      const b = findDlmo(ours, lightsOff, threshold)!;
      expect(Math.abs(a - b) / EPOCHS_PER_HOUR).toBeLessThan(1 / 60);
      // And the values matter: the DLMO moved from the base run's by more than 6 min.
      const c = findDlmo(base.series.melatoninUnmasked!, lightsOff, threshold)!;
      expect(Math.abs(b - c) / EPOCHS_PER_HOUR).toBeGreaterThan(0.1);
    }
  });

  it('is the engine bit for bit at any values when the bedroom is dark', () => {
    const darkTl = compileProtocol(dark, events);
    const darkModel = new CircadianModel(dark, 4, darkTl);
    const base = simulateCore(darkTl, dark, 4);
    const values = { circadianPeriod_h: 23.9, lightSensitivity: 1.2 };
    const full = simulateCore(darkTl, { ...dark, ...values }, 4);
    expect(full.trajectory.stage.filter((s, i) => s !== base.trajectory.stage[i]).length).toBeGreaterThan(100);
    expect(bits(darkModel.melatonin(values)).equals(bits(full.series.melatoninUnmasked!))).toBe(true);
  });

  it('finds the onset nearest a target, with findDlmo’s interpolation', () => {
    const mel = Float32Array.from([0, 5, 15, 20, 5, 0, 0, 12, 30]);
    expect(nearestOnset(mel, 6, 10, 0, mel.length)).toBeCloseTo(6 + 10 / 12, 6);
    expect(nearestOnset(mel, 1, 10, 0, mel.length)).toBeCloseTo(1.5, 6);
    expect(nearestOnset(mel, 1, 40, 0, mel.length)).toBeNull();
  });
});
