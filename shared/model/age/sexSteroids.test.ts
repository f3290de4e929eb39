/**
 * The ovarian steroid profile: anchored to the run-in, periodic over 28 days, constant in men and
 * after menopause (the levels themselves are checked against published medians by SEXAGE-14/15).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_VALUES } from '../parameters';
import { CYCLE_LENGTH_D, cycleTime_d, sexSteroidsAt } from './sexSteroids';

const woman = { ...DEFAULT_VALUES, sex: 'female' as const };
/** Hours after the timeline's start of 23:00 on the evening of the first night after the run-in. */
const firstNight_h = 24 * DEFAULT_VALUES.runInDays + 11;

describe('sex steroids', () => {
  it('puts the first night after the run-in on menstrualCycleDay and advances a day per 24 h', () => {
    const t = cycleTime_d(21, DEFAULT_VALUES.runInDays, firstNight_h);
    expect(Math.floor(t) + 1).toBe(21);
    expect(cycleTime_d(21, DEFAULT_VALUES.runInDays, firstNight_h + 24)).toBeCloseTo(t + 1, 10);
    expect(cycleTime_d(28, DEFAULT_VALUES.runInDays, firstNight_h + 24)).toBeLessThan(1);
    expect(cycleTime_d(3, DEFAULT_VALUES.runInDays, 0)).toBeGreaterThanOrEqual(0);
  });

  it('repeats every cycle and peaks estradiol before ovulation, progesterone mid-luteal', () => {
    const at = (day: number, extra_h = 0) =>
      sexSteroidsAt({ ...woman, menstrualCycleDay: day }, firstNight_h + extra_h);
    expect(at(7).estradiol_pmolPerL).toBeCloseTo(at(7, 24 * CYCLE_LENGTH_D).estradiol_pmolPerL, 6);
    expect(at(13).estradiol_pmolPerL).toBeGreaterThan(3 * at(7).estradiol_pmolPerL);
    expect(at(21).progesterone_nmolPerL).toBeGreaterThan(50 * at(7).progesterone_nmolPerL);
  });

  it('holds men and postmenopausal women at constant levels', () => {
    for (const p of [DEFAULT_VALUES, { ...woman, age: 65 }]) {
      const a = sexSteroidsAt(p, 0);
      const b = sexSteroidsAt(p, 24 * 13.3);
      expect(b).toEqual(a);
    }
    expect(sexSteroidsAt(DEFAULT_VALUES, 0).estradiol_pmolPerL).toBe(DEFAULT_VALUES.estradiolMale_pmolPerL);
    expect(sexSteroidsAt({ ...woman, age: 65 }, 0).estradiol_pmolPerL).toBe(
      DEFAULT_VALUES.estradiolPostmenopausal_pmolPerL,
    );
  });
});
