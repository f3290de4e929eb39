import { describe, expect, it } from 'vitest';
import { importPvt } from './pvt';
import { isoOfSeconds } from './tables';

describe('importPvt', () => {
  it('a timestamp column, mean RT in ms, lapses; other columns ignored', () => {
    const p = importPvt(
      'p.csv',
      'p.csv',
      'timestamp,subject,mean_rt_ms,lapses\n2024-03-01 08:00,S1,251.5,1\n2024-03-01 14:00,S1,270,3\n',
    );
    expect(p.sessions.map((s) => [isoOfSeconds(s.t), s.meanRT_ms, s.lapses, s.line])).toEqual([
      ['2024-03-01T08:00:00', 251.5, 1, 2],
      ['2024-03-01T14:00:00', 270, 3, 3],
    ]);
  });

  it('date and time columns; a mean RT in seconds is converted to ms', () => {
    const p = importPvt('p.tsv', 'p.tsv', 'Date\tTime\tMean RT (s)\tLapses\n03/15/2024\t9:00 PM\t0.3125\t0\n');
    expect(p.notes).toContain('mean RT column "Mean RT (s)" read as seconds and converted to ms');
    expect(p.sessions[0]).toMatchObject({ meanRT_ms: 312.5, lapses: 0 });
    expect(isoOfSeconds(p.sessions[0]!.t)).toBe('2024-03-15T21:00:00');
  });
});
