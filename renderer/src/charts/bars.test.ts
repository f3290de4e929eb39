import { describe, expect, it } from 'vitest';
import { horizontalBars } from './bars';

const look = { dark: false, text: '#333333', grid: '#eeeeee', cursor: '#000000' };

describe('horizontal bars', () => {
  it('draws one row per label along y, in the theme’s colours, legend below, no animation', () => {
    const config = horizontalBars(look, {
      labels: ['a', 'b'],
      datasets: [{ label: 'x', data: [1, 2] }],
      title: 'Δ TST (min)',
    });
    expect(config.type).toBe('bar');
    expect(config.data.labels).toEqual(['a', 'b']);
    const options = config.options!;
    expect(options.indexAxis).toBe('y');
    expect(options.animation).toBe(false);
    expect(options.plugins?.legend).toEqual({ position: 'bottom', labels: { color: '#333333' } });
    expect(options.scales?.x).toEqual({
      title: { display: true, text: 'Δ TST (min)', color: '#333333' },
      ticks: { color: '#333333' },
      grid: { color: '#eeeeee' },
    });
    expect(options.scales?.y).toEqual({ ticks: { color: '#333333', font: { size: 11 } }, grid: { display: false } });
    expect(config.plugins).toBeUndefined();
  });

  it('stacks both axes when asked, and takes the value axis’s ends and step and the plugins given', () => {
    const plugin = { id: 'whiskers' };
    const config = horizontalBars(look, {
      labels: ['a'],
      datasets: [],
      title: 't',
      stacked: true,
      range: { min: -0.5, max: 1.5, step: 0.5 },
      plugins: [plugin],
    });
    expect(config.options?.scales?.x).toMatchObject({ stacked: true, min: -0.5, max: 1.5, ticks: { stepSize: 0.5 } });
    expect(config.options?.scales?.y).toMatchObject({ stacked: true });
    expect(config.plugins).toEqual([plugin]);
  });
});
