/**
 * Diaries written here as people type them; the report numbers are worked out by hand in the
 * comments (clock arithmetic on the times written), not through the importer.
 */
import { describe, expect, it } from 'vitest';
import { SLEEP_REPORT_FIELDS } from '../sleepReport';
import { diaryReport, importDiary } from './diary';
import { isoOfSeconds } from './tables';

const iso = (t: number | null) => (t === null ? null : isoOfSeconds(t));

describe('importDiary', () => {
  it('typed times on the evening date: rollover past midnight, AM/PM, a bed time after midnight', () => {
    const text = [
      'Date,Bed time,Lights off,Fell asleep,Wake time,Out of bed,WASO,Awakenings,Mood',
      '2024-03-01,22:30,23:10,23:40,6:50,7:05,20,2,ok',
      '2024-03-02,00:30,00:45,,7:15 am,7:20 AM,,,tired',
      '2024-03-03,11:15 pm,11:30 PM,11:35 PM,6:00,6:00,0,0,',
    ].join('\n');
    const d = importDiary('d.csv', 'd.csv', text);
    expect(d.source).toBe('sleep diary');
    expect(d.columns).toMatchObject({
      date: 'Date',
      bed: 'Bed time',
      lightsOff: 'Lights off',
      sleepOnset: 'Fell asleep',
      wake: 'Wake time',
      getUp: 'Out of bed',
      waso: 'WASO',
      awakenings: 'Awakenings',
      latency: null,
    });
    expect(d.notes).toContain('columns not read: "Mood"');
    const [a, b, c] = d.nights;
    expect([a!.times.bed, a!.times.lightsOff, a!.times.sleepOnset, a!.times.wake, a!.times.getUp].map(iso)).toEqual([
      '2024-03-01T22:30:00',
      '2024-03-01T23:10:00',
      '2024-03-01T23:40:00',
      '2024-03-02T06:50:00',
      '2024-03-02T07:05:00',
    ]);
    // Night 1: lights-off 23:10 to out of bed 07:05 = 475 min; SOL 30; SPT 23:40–06:50 = 430;
    // TST 430 − 20 = 410; SE 410/475; SME 410/430.
    const ra = diaryReport(a!);
    expect(Object.keys(ra)).toEqual([...SLEEP_REPORT_FIELDS]);
    expect(ra).toMatchObject({ TIB_min: 475, SOL_min: 30, SPT_min: 430, WASO_min: 20, TST_min: 410, awakenings: 2 });
    expect(ra.SE_pct).toBeCloseTo((100 * 410) / 475, 10);
    expect(ra.SME_pct).toBeCloseTo((100 * 410) / 430, 10);
    for (const k of ['SOLPersistent_min', 'REMLatency_min', 'N2_min', 'REM_pct', 'cycles'] as const)
      expect(ra[k]).toBeNull();
    // Night 2: bed at 00:30 is after midnight of the 2nd; no onset, no WASO: only TIB (00:45–07:20 = 395).
    expect(iso(b!.times.bed)).toBe('2024-03-03T00:30:00');
    expect(diaryReport(b!)).toMatchObject({
      TIB_min: 395,
      SOL_min: null,
      SPT_min: null,
      TST_min: null,
      SE_pct: null,
      WASO_min: null,
      awakenings: null,
    });
    // Night 3: PM times; lights-off 23:30 to 06:00 = 390; SOL 5; SPT 385; no waking.
    expect(iso(c!.times.lightsOff)).toBe('2024-03-03T23:30:00');
    expect(diaryReport(c!)).toMatchObject({
      TIB_min: 390,
      SOL_min: 5,
      SPT_min: 385,
      TST_min: 385,
      SE_pct: (100 * 385) / 390,
    });
  });

  it('a REDCap-style export: semicolons, CRLF, full date-times, "sleep" + "sleepdelay", an empty record skipped', () => {
    const text = [
      'record_id;redcap_repeat_instrument;redcap_repeat_instance;bedtime;sleep;sleepdelay;awakenings;awake_duration;offset;out_ofbed;comments',
      '7;;;;;;;;;;',
      '7;morning_sleep_diary;1;28.08.2023 22:37;28.08.2023 23:20;15;3;10;29.08.2023 09:37;29.08.2023 09:40;x',
    ].join('\r\n');
    const d = importDiary('r.csv', 'r.csv', `${text}\r\n`);
    expect(d.source).toBe('sleep diary (REDCap export)');
    expect(d.columns).toMatchObject({ lightsOff: 'sleep', sleepOnset: null, latency: 'sleepdelay', wake: 'offset' });
    expect(d.notes.join('\n')).toMatch(/"sleep" read as lights-off/);
    expect(d.notes).toContain('1 row without any diary time skipped (line 2)');
    const [n] = d.nights;
    expect(n!.onsetFrom).toBe('latency');
    expect(iso(n!.times.sleepOnset)).toBe('2023-08-28T23:35:00');
    // 23:20 → 09:40 = 620; onset 23:35 → wake 09:37 = 602; TST 602 − 10 = 592.
    expect(diaryReport(n!)).toMatchObject({
      TIB_min: 620,
      SOL_min: 15,
      SPT_min: 602,
      WASO_min: 10,
      TST_min: 592,
      awakenings: 3,
    });
  });

  it('times with seconds or fractional minutes are scored on 1-s epochs, exactly', () => {
    const d = importDiary(
      's.csv',
      's.csv',
      'date,lights off,sleep onset,wake,waso\n2024-01-01,23:00:30,23:10:00,07:00:00,2.5\n',
    );
    // 23:00:30 → 07:00:00 = 479.5 min; SOL 9.5; SPT 470; TST 467.5.
    expect(diaryReport(d.nights[0]!)).toMatchObject({ TIB_min: 479.5, SOL_min: 9.5, SPT_min: 470, TST_min: 467.5 });
  });
});
