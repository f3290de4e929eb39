import { describe, expect, it } from 'vitest';
import { metricDelta, parameterDifferences } from './compare';
import { METRICS, metricInfo, noChangeBelow } from './metrics';
import { resolveParameters } from './scenarios';

describe('metricDelta', () => {
  it('gives Δ and Δ% of A, judged by the metric’s direction', () => {
    const tst = metricInfo('totalSleepTime_min')!;
    expect(metricDelta(tst, 400, 360)).toEqual({ delta: -40, deltaPct: -10, verdict: 'worse' });
    const lapses = metricInfo('pvtLapsesNextMorning')!;
    expect(metricDelta(lapses, 4, 2)).toMatchObject({ delta: -2, verdict: 'better' });
    expect(metricDelta(metricInfo('rem_pct')!, 20, 25).verdict).toBe('neutral');
    expect(metricDelta(tst, 400, 400).verdict).toBe('same');
  });

  it('counts a difference below the metric’s declared threshold as no change, on either side', () => {
    const tst = metricInfo('totalSleepTime_min')!;
    expect(noChangeBelow(tst)).toBe(1);
    expect(metricDelta(tst, 400, 400.5)).toMatchObject({ delta: 0.5, verdict: 'same' });
    expect(metricDelta(tst, 400, 399.5).verdict).toBe('same');
    // At the threshold it is a change.
    expect(metricDelta(tst, 400, 401).verdict).toBe('better');
    expect(metricDelta(tst, 400, 399).verdict).toBe('worse');
    const kss = metricInfo('kssNextMorning')!;
    expect(metricDelta(kss, 3, 3.05).verdict).toBe('same');
    expect(metricDelta(kss, 3, 3.2).verdict).toBe('worse');
    // A neutral metric's small change is no change either.
    expect(metricDelta(metricInfo('rem_pct')!, 20, 20.2).verdict).toBe('same');
  });

  it('declares a threshold for every metric’s unit', () => {
    for (const metric of METRICS) expect(noChangeBelow(metric), metric.id).toBeGreaterThan(0);
  });

  it('gives clock metrics a Δ in hours and no Δ%', () => {
    expect(metricDelta(metricInfo('dlmo_clock_h')!, 21, 22.5)).toEqual({
      delta: 1.5,
      deltaPct: null,
      verdict: 'neutral',
    });
  });

  it('has no difference where a value is null or A is 0', () => {
    expect(metricDelta(metricInfo('remLatency_min')!, null, 80)).toEqual({
      delta: null,
      deltaPct: null,
      verdict: 'none',
    });
    expect(metricDelta(metricInfo('waso_min')!, 0, 10)).toMatchObject({ delta: 10, deltaPct: null });
  });
});

describe('parameterDifferences', () => {
  it('lists only what differs, in schema order', () => {
    const diff = parameterDifferences(resolveParameters('baseline'), resolveParameters('evening-caffeine'));
    expect(diff.map((d) => [d.spec.id, d.a, d.b])).toEqual([
      ['caffeine_mg', 0, 200],
      ['caffeineHoursBeforeBed', 6, 4],
    ]);
  });
});
