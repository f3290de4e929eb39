import { describe, expect, it } from 'vitest';
import { metricInfo } from '../model/metrics';
import { thresholdMeaning } from './thresholds';

describe('thresholdMeaning', () => {
  const tst = metricInfo('totalSleepTime_min')!;
  const n = (v: number) => String(v);

  it('says a loss for a non-positive "<" and a gain for a non-negative ">"', () => {
    expect(thresholdMeaning(tst, { op: '<', value: -30 }, n)).toBe('lose more than 30 min of total sleep time');
    expect(thresholdMeaning(tst, { op: '>', value: 15 }, n)).toBe('gain more than 15 min of total sleep time');
  });

  it('names the comparison itself when the sign does not read as a loss or a gain', () => {
    expect(thresholdMeaning(tst, { op: '<', value: 10 }, n)).toBe('have Δ total sleep time < 10 min');
  });
});
