import { describe, expect, it } from 'vitest';
import { defaultExperiment, type Experiment } from '../../shared/experiment';
import { DEFAULT_VALUES } from '../../shared/model/parameters';
import { actogramColours } from '../../shared/plot/actogramDraw';
import { threeDays } from '../../shared/plot/testing/threeDays';
import { ACTOGRAM_FIGURE, renderActogramSvg } from './actogramFigure';
import { checkXml } from './xmlCheck';

const EXPERIMENT: Experiment = {
  ...defaultExperiment(),
  nights: [
    { label: 'Usual night', scenario: 'baseline', params: {}, events: [], seed: 1 },
    {
      label: 'Day sleeper',
      scenario: 'baseline',
      params: {},
      events: [{ kind: 'caffeine', at: 16, day: 1, mg: 100 }],
      seed: 2,
    },
  ],
};

describe('the actogram figure', () => {
  it('is a well-formed SVG at print width: A above B, a row per day, sleep bars, legend and footnote', () => {
    const svg = renderActogramSvg(
      { experiment: EXPERIMENT, params: [DEFAULT_VALUES, DEFAULT_VALUES], results: [threeDays(), threeDays(8)] },
      { size: 'double', background: 'white', footnote: 'Made by a test.' },
    );
    const { problems, elements } = checkXml(svg);
    expect(problems).toEqual([]);
    const root = elements[0]!;
    expect(root.attributes.width).toBe('180mm');
    const text = elements
      .filter((e) => e.name === 'text')
      .map((e) => e.text)
      .join(' ')
      // Each word is its own text element, with empty ones between.
      .replace(/\s+/g, ' ');
    expect(text).toContain(ACTOGRAM_FIGURE.title);
    expect(text).toContain('A: Usual night');
    expect(text).toContain('B: Day sleeper');
    // Days 1 and 2 of the synthetic result, once per night (day 0 is named in the subtitle too).
    for (const day of ['day 1', 'day 2']) expect(text.split(day).length - 1).toBe(2);
    for (const label of ['00:00', '12:00', 'DLMO', 'CBTmin', '≥ 1,000 lux', 'Made by a test.'])
      expect(text).toContain(label);
    // Sleep bars in the sleep colour: A's and B's, each on both halves of the double plot.
    const sleep = actogramColours(false).sleep.toLowerCase();
    const bars = elements.filter((e) => e.name === 'rect' && (e.attributes.fill ?? '').toLowerCase() === sleep);
    expect(bars.length).toBeGreaterThanOrEqual(8);
  });
});
