import { describe, expect, it } from 'vitest';
import { PANELS, panelsShownSince } from './panels';

describe('panelsShownSince', () => {
  it('shows a file from 0.2.0 the panels added in 0.3.0, each after its neighbour, keeping the file’s order', () => {
    const listed = ['outcome', 'hypnogram', 'sexSteroids', 'hormones'];
    expect(panelsShownSince(listed, '0.2.0')).toEqual([
      'outcome',
      'hypnogram',
      'sexSteroids',
      'memory',
      'emotion',
      'energy',
      'hormones',
    ]);
  });

  it('adds nothing to a file saved by this model, and drops panels that no longer exist', () => {
    expect(panelsShownSince(['hypnogram', 'gone'], '0.3.0')).toEqual(['hypnogram']);
    expect(panelsShownSince(['hypnogram'], '0.10.0')).toEqual(['hypnogram']);
  });

  it('shows a file of unknown or older model every panel added since 0.1', () => {
    const added = PANELS.filter((p) => 'since' in p).map((p) => p.id);
    expect(panelsShownSince(['hypnogram'], null)).toEqual(['hypnogram', ...added]);
    expect(panelsShownSince([], '0.1.4')).toEqual(added);
  });
});
