import { describe, expect, it } from 'vitest';
import { DataImportError, refuseOutOfOrder } from './tables';

const at = (iso: string) => Date.parse(`${iso}Z`) / 1000;

describe('refuseOutOfOrder', () => {
  it('lets the first record and a later one through', () => {
    expect(() =>
      refuseOutOfOrder('p.csv', 2, at('2024-03-01T07:00:00'), undefined, 'session', 'sessions'),
    ).not.toThrow();
    const prev = { line: 2, t: at('2024-03-01T07:00:00') };
    expect(() => refuseOutOfOrder('p.csv', 3, prev.t + 1, prev, 'session', 'sessions')).not.toThrow();
  });

  it('names both lines and times of a record before, or at the time of, the one above', () => {
    const prev = { line: 2, t: at('2024-03-01T21:00:00') };
    const earlier = () => refuseOutOfOrder('d.csv', 3, at('2024-02-29T21:00:00'), prev, 'DLMO', 'onsets');
    expect(earlier).toThrow(DataImportError);
    expect(earlier).toThrow(
      "d.csv: line 3: DLMO at 2024-02-29T21:00:00 is before line 2's (2024-03-01T21:00:00): onsets out of order",
    );
    expect(() => refuseOutOfOrder('p.csv', 4, prev.t, prev, 'session', 'sessions')).toThrow(
      "p.csv: line 4: session at 2024-03-01T21:00:00 is at the same time as line 2's (2024-03-01T21:00:00): sessions out of order",
    );
  });
});
