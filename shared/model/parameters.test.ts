import { describe, expect, it } from 'vitest';
import { DEFAULT_VALUES, PARAMETERS, checkParameterValue, formatClock } from './parameters';
import { SCENARIOS, resolveParameters, overridesAgainst, ParameterError } from './scenarios';

describe('parameter schema', () => {
  it('declares each id once, with defaults inside their ranges', () => {
    const ids = PARAMETERS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of PARAMETERS) {
      expect(checkParameterValue(p.id, p.default), p.id).toBeNull();
      expect(p.label.length).toBeGreaterThan(0);
      expect(p.description.length).toBeGreaterThan(0);
    }
  });

  it('names the field and range of a bad value', () => {
    expect(checkParameterValue('bedtime', 25)).toBe('bedtime must be between 0 and 24 clock h, got 25');
    expect(checkParameterValue('priorNights', 1.5)).toMatch(/whole number between 0 and 21/);
    expect(checkParameterValue('sex', 'other')).toMatch(/"male", "female"/);
    expect(checkParameterValue('nope', 1)).toBe('unknown parameter "nope"');
    expect(checkParameterValue('age', Number.NaN)).toMatch(/finite number/);
  });

  it('formats clock hours', () => {
    expect(formatClock(23)).toBe('23:00');
    expect(formatClock(0.5)).toBe('00:30');
    expect(formatClock(24)).toBe('00:00');
    expect(formatClock(28.75)).toBe('04:45');
  });
});

describe('scenarios', () => {
  it('hold only valid values', () => {
    for (const s of SCENARIOS) {
      for (const [id, v] of Object.entries(s.values)) expect(checkParameterValue(id, v), `${s.id}.${id}`).toBeNull();
    }
  });

  it('resolve defaults, then scenario, then overrides', () => {
    const p = resolveParameters('evening-caffeine', { caffeine_mg: 100 });
    expect(p.caffeine_mg).toBe(100);
    expect(p.caffeineHoursBeforeBed).toBe(4);
    expect(p.bedtime).toBe(DEFAULT_VALUES.bedtime);
    expect(overridesAgainst('evening-caffeine', p)).toEqual({ caffeine_mg: 100 });
  });

  it('refuses unknown scenarios and bad overrides, naming the field', () => {
    expect(() => resolveParameters('nap')).toThrow(ParameterError);
    expect(() => resolveParameters('baseline', { timeInBed_h: -1 })).toThrow(
      expect.objectContaining({ field: 'params.timeInBed_h', message: expect.stringMatching(/between 0 and 16 h/) }),
    );
  });
});
