import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { dataKindOf, importDataFile } from './dataFile';
import { DataImportError } from './tables';

const utf8 = (s: string) => new TextEncoder().encode(s);
const DIARY = 'date,lights off,out of bed\n2024-03-04,23:10,07:05\n2024-03-05,22:40,06:50\n';
const LIGHT = 'timestamp,lux\n2024-03-04 12:00:00,250\n2024-03-04 12:01:00,260\n2024-03-04 12:02:00,240\n';

describe('importDataFile', () => {
  it('tells a diary from a light log by its content', () => {
    const diary = importDataFile('/x/days.csv', utf8(DIARY));
    expect(diary.kind).toBe('diary');
    if (diary.kind === 'diary') {
      expect(diary.diary.label).toBe('days.csv');
      expect(diary.diary.nights).toHaveLength(2);
    }
    const log = importDataFile('/x/light.csv', utf8(LIGHT));
    expect(log.kind).toBe('lightLog');
    if (log.kind === 'lightLog') expect([...log.lightLog.lux]).toEqual([250, 260, 240]);
  });

  it('reads the one file of a zipped export, naming it inside the archive', () => {
    const log = importDataFile('/x/export.zip', zipSync({ 'log.txt': utf8(LIGHT) }));
    expect(log.kind).toBe('lightLog');
    if (log.kind === 'lightLog') expect(log.lightLog.label).toBe('log.txt');
  });

  it('refuses another kind than the one asked for, or a file of neither kind, naming the file', () => {
    expect(() => importDataFile('light.csv', utf8(LIGHT), 'diary')).toThrow(
      'light.csv: a light log (a time column and a lux column), not a sleep diary',
    );
    expect(() => importDataFile('h.txt', utf8('W\nN1\nN2\n'))).toThrow(
      /^h\.txt: no header of a sleep diary .* or a light log/,
    );
    expect(() => importDataFile('h.txt', utf8('W\nN1\n'))).toThrow(DataImportError);
  });

  it("passes the importer's message on: the file, the line and the problem", () => {
    const bad = 'date,lights off,out of bed\n2024-03-04,23:10,07:05\n2024-03-05,25:99,06:50\n';
    expect(() => importDataFile('bad.csv', utf8(bad))).toThrow(/^bad\.csv: line 3/);
  });

  it('routes a dropped file by its content: a diary, a light log, or neither', () => {
    expect(dataKindOf(utf8(DIARY))).toBe('diary');
    expect(dataKindOf(zipSync({ 'log.csv': utf8(LIGHT) }))).toBe('lightLog');
    expect(dataKindOf(utf8('W\nN1\nN2\n'))).toBe(null);
    expect(dataKindOf(Uint8Array.from([0, 1, 2, 0xff]))).toBe(null);
  });
});
