/**
 * The bad-data corpus for light logs, diaries and PVT sessions: each file is wrong in one way
 * (or, for gaps and a change forward, is kept with a note), and the importer must name the file,
 * the line (and column) and the problem, and return nothing.
 */
import { describe, expect, it } from 'vitest';
import { importDiary } from './diary';
import { importLightLog, summarizeLightLog } from './lightLog';
import { importPvt } from './pvt';
import { DataImportError } from './tables';

function refusal(read: () => unknown): DataImportError {
  try {
    read();
  } catch (error) {
    if (error instanceof DataImportError) return error;
    throw error;
  }
  throw new Error('accepted');
}

const light = (text: string) => () => importLightLog('l.csv', 'l.csv', text);
const diary = (text: string) => () => importDiary('d.csv', 'd.csv', text);
const pvt = (text: string) => () => importPvt('p.csv', 'p.csv', text);

/** A light log every 15 s from `from` (HH:MM:SS on 2024-10-27), n rows, then `extra` rows. */
function log(rows: string[]): string {
  return `timestamp,lux\n${rows.map((t, i) => `2024-10-27 ${t},${i + 1}`).join('\n')}\n`;
}

describe('bad light logs', () => {
  it('a gap and missing values are kept as gaps, never zeros', () => {
    const l = importLightLog(
      'l.csv',
      'l.csv',
      log(['01:00:00', '01:00:15', '01:05:00', '01:05:15']).replace(',4', ',NA'),
    );
    const s = summarizeLightLog(l);
    expect(s.gaps).toEqual([{ start: '2024-10-27T01:00:30', end: '2024-10-27T01:05:00', duration_min: 4.5 }]);
    expect(s.missingValues).toBe(1);
    expect(s.meanLux).toBe(2); // (1 + 2 + 3) / 3: the NA is not a zero
  });

  it('timestamps out of order, and repeated, name both lines', () => {
    expect(refusal(light(log(['12:00:00', '12:00:15', '11:59:00']))).message).toBe(
      "l.csv: line 4: timestamp 2024-10-27T11:59:00 is 1 min 15 s before line 3's (2024-10-27T12:00:15): timestamps out of order",
    );
    expect(refusal(light(log(['12:00:00', '12:00:15', '12:00:15']))).message).toBe(
      'l.csv: line 4: repeats the timestamp 2024-10-27T12:00:15 of line 3',
    );
  });

  it('a daylight-saving change back (a repeated hour) is refused saying so', () => {
    const e = refusal(light(log(['02:59:30', '02:59:45', '02:00:00', '02:00:15'])));
    expect(e.where).toBe('line 4');
    expect(e.problem).toMatch(
      /^timestamp 2024-10-27T02:00:00 is 59 min 45 s before line 3's .* daylight-saving change back/,
    );
    expect(e.problem).toMatch(/export it in UTC or with a UTC offset/);
  });

  it('the same change written with UTC offsets is in order: read at the first offset, with a note', () => {
    const text =
      'timestamp,lux\n2024-10-27T02:59:30+02:00,1\n2024-10-27T02:59:45+02:00,2\n2024-10-27T02:00:00+01:00,3\n';
    const l = importLightLog('l.csv', 'l.csv', text);
    const s = summarizeLightLog(l);
    // 02:00+01:00 is 03:00+02:00: 15 s after the line before.
    expect([s.start, s.end, s.interval_s, s.gaps.length]).toEqual([
      '2024-10-27T02:59:30',
      '2024-10-27T03:00:00',
      15,
      0,
    ]);
    expect(l.notes).toContain(
      "the UTC offset changes at line 4 (+02:00 to +01:00, a daylight-saving change?): times kept in order on the first line's offset",
    );
    expect(refusal(light('timestamp,lux\n2024-10-27T02:59:30Z,1\n2024-10-27T03:00:00,2\n')).message).toBe(
      'l.csv: line 3, column "timestamp": "2024-10-27T03:00:00" has no UTC offset, while line 2\'s has one: one log needs one convention',
    );
  });

  it('a daylight-saving change forward (a skipped hour) is kept as a gap with a note', () => {
    const l = importLightLog('l.csv', 'l.csv', log(['01:59:30', '01:59:45', '03:00:00', '03:00:15']));
    expect(summarizeLightLog(l).gaps).toHaveLength(1);
    expect(l.notes.join('\n')).toMatch(/2024-10-27T02:00:00 to 2024-10-27T03:00:00 .* daylight-saving change forward/);
  });

  it('unknown columns: no time or no lux column; only melanopic EDI', () => {
    expect(refusal(light('when,brightness\n2024-01-01 10:00,5\n')).message).toBe(
      'l.csv: no header line naming a time column and a lux column in the first 201 lines',
    );
    expect(refusal(light('timestamp,mEDI\n2024-01-01 10:00,5\n')).message).toMatch(
      /^l\.csv: line 1: only a melanopic EDI column \("mEDI"\), no photopic lux column/,
    );
  });

  it('a value that is not a number, a time that is not a time, a short row', () => {
    expect(refusal(light('timestamp,lux\n2024-01-01 10:00,5\n2024-01-01 10:01,bright\n')).message).toBe(
      'l.csv: line 3, column "lux": "bright" is not a number',
    );
    expect(refusal(light('timestamp,lux\n2024-01-01 10:00,5\n2024-01-01 25:01,5\n')).message).toBe(
      'l.csv: line 3, column "timestamp": "2024-01-01 25:01" is not a date and time',
    );
    expect(refusal(light('date,time,lux\n2024-01-01,10:00,5\n2024-01-01,10:01\n')).message).toBe(
      'l.csv: line 3: 2 fields, the header has 3',
    );
  });

  it('dates that are day-first on one line and month-first on another', () => {
    expect(refusal(light('date,time,lux\n13/01/2024,10:00,5\n01/13/2024,10:01,5\n')).message).toMatch(
      /dates are day-first at line 2 \("13\/01\/2024"\) but month-first at line 3/,
    );
  });
});

describe('bad diaries', () => {
  const HEAD = 'date,bed,lights off,sleep onset,wake,get up,waso,awakenings';
  it('a night whose times go backwards names the line and the column', () => {
    const e = refusal(diary(`${HEAD}\n2024-03-01,23:00,22:50,23:30,07:00,07:10,5,1\n`));
    expect(e.message).toBe(
      'd.csv: line 2, column "lights off": lights-off 2024-03-01 22:50:00 is before into bed 2024-03-01 23:00:00 (column "bed"): the night\'s times go backwards',
    );
    const f = refusal(diary(`${HEAD}\n2024-03-01,23:00,23:10,23:30,07:00,06:50,5,1\n`));
    expect(f.where).toBe('line 2, column "get up"');
  });

  it('a time that is not a time, a date that is not a date, counts that are not counts', () => {
    expect(refusal(diary(`${HEAD}\n2024-03-01,23:00,half past,23:30,07:00,07:10,5,1\n`)).message).toBe(
      'd.csv: line 2, column "lights off": "half past" is not a time (HH:MM) or a date and time',
    );
    expect(refusal(diary(`${HEAD}\n2024-02-30,23:00,23:10,23:30,07:00,07:10,5,1\n`)).message).toBe(
      'd.csv: line 2, column "date": "2024-02-30" is not a date',
    );
    expect(refusal(diary(`${HEAD}\n2024-03-01,23:00,23:10,23:30,07:00,07:10,5,1.5\n`)).message).toBe(
      'd.csv: line 2, column "awakenings": "1.5" is not a number of awakenings',
    );
    expect(refusal(diary(`${HEAD}\n2024-03-01,23:00,23:10,23:30,07:00,07:10,-5,1\n`)).where).toBe(
      'line 2, column "waso"',
    );
  });

  it('minutes awake that leave no sleep, a latency past wake, a time without any date', () => {
    expect(refusal(diary(`${HEAD}\n2024-03-01,23:00,23:10,23:30,07:00,07:10,450,1\n`)).problem).toMatch(
      /^450 min awake after sleep onset leaves less than 2 min of sleep/,
    );
    expect(
      refusal(diary('bed,lights off,sleep latency,wake\n2024-03-01 23:00,2024-03-01 23:10,600,2024-03-02 07:00\n'))
        .where,
    ).toBe('line 2, column "sleep latency"');
    expect(refusal(diary('bed,wake\n23:00,07:00\n')).message).toMatch(
      /^d\.csv: line 2, column "bed": "23:00" is a time without a date, and the diary has no date column/,
    );
  });

  it('unknown columns: fewer than two diary times', () => {
    expect(refusal(diary('date,mood,notes\n2024-03-01,ok,x\n')).message).toMatch(
      /^d\.csv: no header line naming two diary times/,
    );
  });
});

describe('bad PVT files', () => {
  it('a missing mean RT, lapses that are not a count, sessions out of order', () => {
    const H = 'time,mean rt,lapses\n';
    expect(refusal(pvt(`${H}2024-03-01 08:00,,2\n`)).message).toBe(
      'p.csv: line 2, column "mean rt": no value (a session needs its mean RT and its lapses)',
    );
    expect(refusal(pvt(`${H}2024-03-01 08:00,250,two\n`)).message).toBe(
      'p.csv: line 2, column "lapses": "two" is not a number of lapses',
    );
    expect(refusal(pvt(`${H}2024-03-01 08:00,250,1\n2024-03-01 07:00,260,1\n`)).message).toMatch(
      /^p\.csv: line 3: session at 2024-03-01T07:00:00 is before line 2's .*: sessions out of order$/,
    );
  });
});
