/**
 * Masked and unmasked melatonin: evening light suppresses the plasma curve of the moment, but
 * DLMO, a dim-light measure, is read from the unmasked curve and so moves only with the clock.
 */
import { describe, expect, it } from 'vitest';
import { simulateNight } from '../engine';
import { resolveParameters } from '../scenarios';

const night = (eveningLight_lux: number) => simulateNight(resolveParameters('baseline', { eveningLight_lux }), 1);

describe('melatonin, masked and unmasked', () => {
  it('never lets the masked curve exceed the unmasked one, and lowers it under bright light', () => {
    const r = night(1000);
    const masked = r.series.melatonin!;
    const dim = r.series.melatoninUnmasked!;
    let lower = 0;
    for (let i = 0; i < masked.length; i++) {
      expect(masked[i]!).toBeLessThanOrEqual(dim[i]! + 1e-4);
      if (masked[i]! < 0.5 * dim[i]! && dim[i]! > 5) lower++;
    }
    // Bright evenings halve the plasma melatonin of the hours before bed.
    expect(lower).toBeGreaterThan(0);
  });

  it('keeps DLMO → CBTmin whatever the evening light (was 7.4 → 5.9 h when read from the masked curve)', () => {
    const gap = (lux: number) => {
      const m = night(lux).metrics;
      return m.cbtMin_clock_h! - m.dlmo_clock_h!;
    };
    expect(Math.abs(gap(1000) - gap(50))).toBeLessThan(0.3);
  });
});
