import { describe, expect, it } from 'vitest';
import { timeTickLabel } from './timeLabel';

describe('timeTickLabel', () => {
  it('names the day at midnight on an axis of days, with a true minus sign', () => {
    expect(timeTickLabel(0, 17 * 24)).toBe('day 0');
    expect(timeTickLabel(-72, 17 * 24)).toBe('day −3');
    expect(timeTickLabel(48, 60)).toBe('day 2');
  });
  it('keeps the clock between midnights, and on axes of two days or less', () => {
    expect(timeTickLabel(36, 17 * 24)).toBe('12:00');
    expect(timeTickLabel(24, 36)).toBe('00:00');
    expect(timeTickLabel(24, 48)).toBe('00:00');
    expect(timeTickLabel(25.5, 18)).toBe('01:30');
  });
});
