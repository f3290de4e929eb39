import { describe, expect, it } from 'vitest';
import { PARAMETERS, parameterSpec, type NumberSpec } from '../../../shared/model/parameters';
import { resolveParameters } from '../../../shared/model/scenarios';
import { differenceOf, differs, matchesQuery, sliderFraction, visibleParameters } from './parameterFilter';

const caffeine = parameterSpec('caffeine_mg')!;
const ids = (specs: readonly { id: string }[]) => specs.map((s) => s.id);

describe('the sidebar search', () => {
  it('finds a parameter by any words of its name, id, description or unit, in any order', () => {
    expect(matchesQuery(caffeine, 'caffeine')).toBe(true);
    expect(matchesQuery(caffeine, '  DOSE   caffeine ')).toBe(true);
    expect(matchesQuery(caffeine, 'caffeine_mg')).toBe(true);
    expect(matchesQuery(caffeine, 'oral')).toBe(true);
    expect(matchesQuery(caffeine, 'mg')).toBe(true);
    expect(matchesQuery(caffeine, 'caffeine alcohol')).toBe(false);
    expect(matchesQuery(caffeine, '')).toBe(true);
  });

  it('ignores case and accents', () => {
    expect(matchesQuery(caffeine, 'CAFFÉINE')).toBe(true);
  });

  it('narrows the whole list to the matches, in the declared order', () => {
    const values = { a: resolveParameters('baseline'), b: resolveParameters('baseline') };
    const found = visibleParameters(PARAMETERS, { query: 'caffeine', onlyDiffering: false }, values, values);
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(PARAMETERS.length);
    expect(ids(found)).toContain('caffeine_mg');
    expect(ids(found)).toEqual(ids(PARAMETERS.filter((p) => ids(found).includes(p.id))));
  });
});

describe('only what differs', () => {
  const scenario = { a: resolveParameters('baseline'), b: resolveParameters('evening-caffeine') };

  it("shows what differs between the nights, and what a night changed from its scenario's value", () => {
    const values = { a: { ...scenario.a, age: 40 }, b: { ...scenario.b, age: 40 } };
    const shown = ids(visibleParameters(PARAMETERS, { query: '', onlyDiffering: true }, values, scenario));
    // Evening caffeine differs from baseline in its dose: between the nights, not from B's scenario.
    expect(differenceOf('caffeine_mg', values, scenario)).toEqual({
      between: true,
      fromScenario: { a: false, b: false },
    });
    // Age is equal in both nights but changed from both scenarios.
    expect(differenceOf('age', values, scenario)).toEqual({ between: false, fromScenario: { a: true, b: true } });
    expect(shown).toContain('caffeine_mg');
    expect(shown).toContain('age');
    expect(shown).not.toContain('bedtime');
    expect(shown.every((id) => differs(differenceOf(id, values, scenario)))).toBe(true);
  });

  it('shows nothing when both nights are one scenario unchanged, and combines with the search', () => {
    const same = { a: resolveParameters('baseline'), b: resolveParameters('baseline') };
    expect(visibleParameters(PARAMETERS, { query: '', onlyDiffering: true }, same, same)).toEqual([]);
    const values = { a: scenario.a, b: scenario.b };
    expect(ids(visibleParameters(PARAMETERS, { query: 'age', onlyDiffering: true }, values, scenario))).toEqual([]);
  });

  it('keeps a parameter shown while it is edited back to equal, until the filter changes', () => {
    const same = { a: resolveParameters('baseline'), b: resolveParameters('baseline') };
    const filter = { query: '', onlyDiffering: true };
    expect(ids(visibleParameters(PARAMETERS, filter, same, same, new Set(['age'])))).toEqual(['age']);
    // The kept ones still answer to the search.
    expect(visibleParameters(PARAMETERS, { ...filter, query: 'caffeine' }, same, same, new Set(['age']))).toEqual([]);
  });
});

describe('slider marks', () => {
  it('places a value along the range, clamped to its ends', () => {
    const spec = caffeine as NumberSpec;
    expect(sliderFraction(spec, spec.min)).toBe(0);
    expect(sliderFraction(spec, spec.max)).toBe(1);
    expect(sliderFraction(spec, (spec.min + spec.max) / 2)).toBeCloseTo(0.5);
    expect(sliderFraction(spec, spec.max + 100)).toBe(1);
    expect(sliderFraction(spec, spec.min - 100)).toBe(0);
    expect(sliderFraction({ ...spec, min: 3, max: 3 }, 3)).toBe(0);
  });
});
