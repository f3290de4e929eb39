import { describe, expect, it } from 'vitest';
import { formatDelta, formatPercentChange } from './format';

describe('differences on screen', () => {
  it('have the decimals of the values they are between', () => {
    expect(formatDelta(0.518, 94.2, 94.7)).toBe('+0.5');
    expect(formatDelta(-35, 441, 406)).toBe('−35');
    expect(formatDelta(22.5, 7.5, 30)).toBe('+22.5');
    expect(formatDelta(-0.224, 0.839, 0.615)).toBe('−0.224');
    expect(formatDelta(0, 60, 60)).toBe('±0');
  });
  it('of clock metrics are in hours, two decimals at most', () => {
    expect(formatDelta(0.5, 26, 26.5, true)).toBe('+0.5 h');
    expect(formatDelta(-0.3617, 20.48, 20.12, true)).toBe('−0.36 h');
    expect(formatDelta(0, 28, 28, true)).toBe('±0 h');
  });
  it('in percent: whole from 100 %, one decimal below, two below 0.1 %', () => {
    expect(formatPercentChange(300)).toBe('+300%');
    expect(formatPercentChange(-7.94)).toBe('−7.9%');
    expect(formatPercentChange(0.549)).toBe('+0.5%');
    expect(formatPercentChange(-0.034)).toBe('−0.03%');
  });
});
