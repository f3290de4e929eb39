/** Measured DLMOs: both layouts, the optional threshold, and bad rows named by file, line and column. */
import { describe, expect, it } from 'vitest';
import { importDlmo } from './dlmo';
import { isoOfSeconds } from './tables';

describe('importDlmo', () => {
  it('reads date and time columns with a threshold', () => {
    const s = importDlmo('d.csv', 'd', 'date,time,threshold_pg_ml\n2026-03-08,21:05,10\n2026-03-10,"22:40",3\n');
    expect(s.dlmos.map((d) => [d.line, isoOfSeconds(d.t), d.threshold_pgPerMl])).toEqual([
      [2, '2026-03-08T21:05:00', 10],
      [3, '2026-03-10T22:40:00', 3],
    ]);
  });
  it('reads one datetime column without a threshold', () => {
    const s = importDlmo('d.csv', 'd', 'datetime\n2026-03-08 21:05\n2026-03-10T00:30:00\n');
    expect(s.dlmos.map((d) => [isoOfSeconds(d.t), d.threshold_pgPerMl])).toEqual([
      ['2026-03-08T21:05:00', null],
      ['2026-03-10T00:30:00', null],
    ]);
  });
  it.each([
    ['lux\n300\n', /d\.csv: no header line naming a date and a time/],
    ['date,time\n2026-03-08,25:99\n', /d\.csv: line 2, column "date": "2026-03-08 25:99" is not a date and time/],
    ['datetime\n2026-03-08\n', /line 2, column "datetime": "2026-03-08" has no clock time/],
    [
      'date,time,threshold_pg_ml\n2026-03-08,21:00,ten\n',
      /line 2, column "threshold_pg_ml": "ten" is not a melatonin threshold/,
    ],
    ['datetime\n2026-03-09 21:00\n2026-03-08 21:00\n', /line 3: DLMO at 2026-03-08T21:00:00 is before line 2's/],
    ['datetime\n2026-03-09 21:00\n2026-03-09 23:00\n', /line 3: .*less than 12 h after line 2's/],
    ['datetime\n', /line 1: a header but no DLMO/],
  ])('refuses %j', (text, message) => {
    expect(() => importDlmo('d.csv', 'd', text)).toThrow(message);
  });
});
