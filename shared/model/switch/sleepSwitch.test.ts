import { describe, expect, it } from 'vitest';
import { SleepSwitch, SWITCH } from './sleepSwitch';
import { resolveParameters } from '../scenarios';
import { ageFactors } from '../age/age';
import { STAGE_CODE } from '../result';

const p = resolveParameters('baseline');

/** Share of N2 epochs (asleep, no imposed arousals) that start a brief awakening, over fixed draws. */
function awakeningShare(
  set: (sw: SleepSwitch) => void,
  params = p,
  events: readonly number[] = [SWITCH.brief],
): number {
  const sw = new SleepSwitch(params, ageFactors(params));
  let n = 0;
  const trials = 20000;
  for (let k = 0; k < trials; k++) {
    sw.sleepMode = true;
    sw.briefWake = false;
    sw.drive = 0.3;
    sw.upper = 0.7;
    sw.lower = 0.1;
    sw.bac = 0;
    sw.rebound = 0;
    sw.arousalRate = 0;
    sw.caffeine = 0;
    sw.lux = 0;
    sw.circadian = 0;
    sw.debt = 0.43;
    set(sw);
    sw.uSwitch = 0.999999; // never the final awakening
    sw.uArousal = (k * 0.6180339887 + 0.25) % 1; // independent of uWake (a second low-discrepancy sequence)
    sw.uWake = (k + 0.5) / trials;
    if (events.includes(sw.step(true, STAGE_CODE.N2))) n++;
  }
  return n / trials;
}

describe('SleepSwitch arousability', () => {
  it('wakes less under a high sleep debt, (D₀/D)^k', () => {
    const low = awakeningShare((sw) => (sw.debt = 0.3));
    const high = awakeningShare((sw) => (sw.debt = 0.6));
    expect(Math.abs(low / high / 2 ** p.awakeningDepthExponent - 1)).toBeLessThan(0.05);
  });

  it('wakes more when the clock opposes sleep', () => {
    const night = awakeningShare((sw) => (sw.circadian = -1));
    const day = awakeningShare((sw) => (sw.circadian = 1));
    expect(Math.abs(day / night / Math.exp(2 * p.awakeningCircadianGain) - 1)).toBeLessThan(0.05);
  });

  it('wakes more with uncompensated caffeine, in proportion to its gain', () => {
    const none = awakeningShare(() => {});
    const caf = awakeningShare((sw) => (sw.caffeine = 0.5));
    expect(Math.abs(caf / none / (1 + 0.5 * p.caffeineAwakeningGain) - 1)).toBeLessThan(0.03);
  });

  it('adds light-driven arousals through closed eyes, saturating in lux', () => {
    const any = [SWITCH.brief, SWITCH.arousal];
    const dark = awakeningShare(() => {}, p, any);
    const dim = awakeningShare((sw) => (sw.lux = 0.15), p, any);
    const brighter = awakeningShare((sw) => (sw.lux = 0.3), p, any);
    expect(dim).toBeGreaterThan(dark);
    // 5 vs 10 lux in the room (0.15 vs 0.3 lux at the eye) differ far less than dark vs 5 lux.
    expect(brighter - dim).toBeLessThan(0.5 * (dim - dark));
    const off = awakeningShare((sw) => (sw.lux = 0.3), { ...p, lightArousalRate_perH: 0 }, any);
    expect(off).toBeCloseTo(dark, 10);
  });

  it('lowers the onset threshold of a daytime opportunity until its first nap ends', () => {
    const sw = new SleepSwitch(p, ageFactors(p));
    // A rested afternoon: the drive 0.4 below the spontaneous-onset threshold.
    Object.assign(sw, { drive: 0.39, upper: 0.79, lower: 0.29, bac: 0, rebound: 0, arousalRate: 0 });
    Object.assign(sw, { caffeine: 0, circadian: 0.9, debt: 0.4, lux: 0, uSwitch: 0.01, uWake: 0.99, uArousal: 0.99 });
    sw.napWeight = 0;
    expect(sw.step(true, STAGE_CODE.W)).toBe(SWITCH.wake);
    sw.napWeight = 1;
    expect(sw.step(true, STAGE_CODE.W)).toBe(SWITCH.onset);
    // Once the drive is below the nap's onset threshold, an awakening ends the nap for good.
    sw.drive = 0.36;
    sw.uWake = 0;
    expect(sw.step(true, STAGE_CODE.N1)).toBe(SWITCH.wake);
    expect(sw.sleepMode).toBe(false);
    sw.drive = 0.39;
    sw.uWake = 0.99;
    expect(sw.step(true, STAGE_CODE.W)).toBe(SWITCH.wake);
    // Out of bed and back: a new opportunity.
    sw.step(false, STAGE_CODE.W);
    expect(sw.step(true, STAGE_CODE.W)).toBe(SWITCH.onset);
  });

  it('slows sleep onset in a lit bedroom (alerting)', () => {
    const onsets = (lux: number) => {
      const sw = new SleepSwitch(p, ageFactors(p));
      let n = 0;
      for (let k = 0; k < 20000; k++) {
        sw.sleepMode = false;
        Object.assign(sw, {
          drive: 0.7,
          upper: 0.7,
          lower: 0.1,
          bac: 0,
          rebound: 0,
          arousalRate: 0,
          caffeine: 0,
          circadian: 0,
          napWeight: 0,
          lux,
        });
        sw.uSwitch = (k + 0.5) / 20000;
        if (sw.step(true, STAGE_CODE.W) === SWITCH.onset) n++;
      }
      return n;
    };
    expect(onsets(1000)).toBeLessThan(onsets(0) * 0.6);
  });

  it('postpones the final awakening under a sleep debt above the ordinary, never advances it', () => {
    const finals = (debt: number) => {
      const sw = new SleepSwitch(p, ageFactors(p));
      let n = 0;
      for (let k = 0; k < 20000; k++) {
        sw.sleepMode = true;
        sw.briefWake = false;
        Object.assign(sw, {
          drive: 0.1,
          upper: 0.7,
          lower: 0.16,
          bac: 0,
          rebound: 0,
          arousalRate: 0,
          caffeine: 0,
          circadian: 0,
          lux: 0,
          debt,
        });
        sw.uSwitch = (k + 0.5) / 20000;
        sw.uWake = 0.999999;
        if (sw.step(true, STAGE_CODE.N2) === SWITCH.wake) n++;
      }
      return n;
    };
    expect(finals(0.3)).toBe(finals(0.4));
    // Share of epochs with a final awakening: 1 − e^{−hazard}, hazard = λ_off·e^{(H⁻ − shift·excess − D)/σ}·epoch.
    const share = (excess: number) =>
      1 -
      Math.exp(-(p.finalWakeRate_perH / 120) * Math.exp((0.06 - p.debtWakeThresholdShift * excess) / p.switchSoftness));
    expect(finals(0.4) / 20000).toBeCloseTo(share(0), 2);
    expect(finals(0.6) / 20000).toBeCloseTo(share(0.2), 2);
    expect(finals(0.6)).toBeLessThan(finals(0.4) / 3);
  });
});
