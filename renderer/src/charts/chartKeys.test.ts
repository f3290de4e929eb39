import { describe, expect, it } from 'vitest';
import { chartKey, dragHours, wheelZoomFactor } from './chartKeys';

describe('chartKey', () => {
  const window = { start: 18, end: 36 };
  const record = () => {
    const calls: string[] = [];
    return {
      calls,
      act: {
        pan: (h: number) => calls.push(`pan ${h.toFixed(2)}`),
        zoom: (f: number, at: number) => calls.push(`zoom ${f} at ${at}`),
        reset: () => calls.push('reset'),
      },
    };
  };

  it('pans by a tenth of the window, zooms about its middle, resets on 0', () => {
    const { calls, act } = record();
    for (const key of ['ArrowLeft', 'ArrowRight', '+', '=', '-', '0']) expect(chartKey(key, window, act)).toBe(true);
    expect(calls).toEqual(['pan -1.80', 'pan 1.80', 'zoom 0.8 at 27', 'zoom 0.8 at 27', 'zoom 1.25 at 27', 'reset']);
  });

  it('leaves other keys to the page (Tab moves focus on)', () => {
    const { calls, act } = record();
    expect(chartKey('Tab', window, act)).toBe(false);
    expect(chartKey('a', window, act)).toBe(false);
    expect(calls).toEqual([]);
  });

  it('pans a drag by the hours it covers, against the pointer, and zooms a wheel step by the keys’ factors', () => {
    expect(dragHours(100, window, 600)).toBeCloseTo(-3, 12);
    expect(wheelZoomFactor(120)).toBe(1.25);
    expect(wheelZoomFactor(-120)).toBe(0.8);
  });
});
