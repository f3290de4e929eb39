import { describe, expect, it } from 'vitest';
import { addSecondsIso, isoOfSeconds } from './types';

describe('zoneless ISO date-times', () => {
  it('writes seconds on the zoneless calendar, dropping a fraction', () => {
    expect(isoOfSeconds(Date.UTC(2024, 2, 15, 21, 0, 5) / 1000 + 0.75)).toBe('2024-03-15T21:00:05');
    expect(isoOfSeconds(-0.5)).toBe('1969-12-31T23:59:59');
  });

  it('adds seconds across midnight, a month and a leap day, and down to the whole second', () => {
    expect(addSecondsIso('2024-02-28T23:30:00', 3600)).toBe('2024-02-29T00:30:00');
    expect(addSecondsIso('2024-02-29T23:59:59', 1.6)).toBe('2024-03-01T00:00:00');
    expect(addSecondsIso('2024-03-01T00:00:00', -30)).toBe('2024-02-29T23:59:30');
    expect(addSecondsIso('not a time', 30)).toBe('not a time');
  });
});
