import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { metricInfo } from '../model/metrics';
import {
  REPORT_METRICS,
  REPORT_STAGE_CODE,
  SLEEP_REPORT_FIELDS,
  countedCycles,
  reportMetrics,
  scoreSleep,
  sleepReport,
} from './sleepReport';

const { W, R, N1, N2, N3, U } = REPORT_STAGE_CODE;
/** A stage array from [stage, epochs] runs. */
function epochs(runs: [number, number][]): Uint8Array {
  const out: number[] = [];
  for (const [s, n] of runs) for (let i = 0; i < n; i++) out.push(s);
  return Uint8Array.from(out);
}
/** YASA's integer hypnogram (0 W, 1 N1, 2 N2, 3 N3, 4 REM, −1/−2 unscored) to report codes. */
const fromYasa = (h: number[]): Uint8Array => Uint8Array.from(h.map((v) => [W, N1, N2, N3, R][v] ?? U));

describe('sleepReport', () => {
  it("reproduces the example of YASA's sleep_statistics documentation (except REM latency, from sleep onset here)", () => {
    // YASA's docstring: TIB 10, SPT 8, WASO 0, TST 8, N1 1.5, N2 2, N3 2.5, REM 2, SOL 1,
    // Lat_REM 7 (from the record's start), %N1 18.75, %N2 25, %N3 31.25, %REM 25, SE 80, SME 100.
    const h = fromYasa([0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 2, 3, 3, 4, 4, 4, 4, 0, 0]);
    const r = sleepReport(h, 30, { lightsOff: 0 });
    expect(r).toMatchObject({
      TIB_min: 10,
      SPT_min: 8,
      WASO_min: 0,
      TST_min: 8,
      N1_min: 1.5,
      N2_min: 2,
      N3_min: 2.5,
      REM_min: 2,
      SOL_min: 1,
      REMLatency_min: 6, // YASA's 7 − SOL 1: the AASM's latency from sleep onset
      N1_pct: 18.75,
      N2_pct: 25,
      N3_pct: 31.25,
      REM_pct: 25,
      SE_pct: 80,
      SME_pct: 100,
      awakenings: 0,
      SOLPersistent_min: null, // 16 sleep epochs = 8 min, never 10 min of uninterrupted sleep
    });
  });

  it('counts a night by hand: lights, unscored epochs, awakenings, persistent sleep and cycles', () => {
    // 4 W before lights-off; lights-off at epoch 4; then (epochs):
    const h = epochs([
      [W, 4], // before lights-off: not in the report
      [W, 10], // SOL 10 epochs = 5 min
      [N1, 4], // sleep onset at 14
      [W, 2], // awakening 1
      [N2, 30], // persistent sleep (20 epochs) starts at 20: 8 min after lights-off
      [N3, 40],
      [N2, 20],
      [R, 10], // first REM at 14 + 4 + 2 + 30 + 40 + 20 = 110: latency 96 epochs = 48 min
      [W, 1], // awakening 2 (W, then movement, then W: one bout)
      [U, 2],
      [W, 1],
      [N2, 60],
      [U, 3], // unscored only: not an awakening, not WASO, inside SPT
      [N2, 20],
      [R, 20],
      [N2, 36], // final NREM episode of 18 min: a cycle (≥ 15 min)
      [W, 8], // final awakening (not counted), lights-on after it
      [W, 6], // after lights-on
    ]);
    const lightsOn = h.length - 6;
    const s = scoreSleep(h, 30, { lightsOff: 4, lightsOn });
    const r = s.report;
    const spt = 4 + 2 + 30 + 40 + 20 + 10 + 1 + 2 + 1 + 60 + 3 + 20 + 20 + 36; // 249
    const tst = 4 + 30 + 40 + 20 + 10 + 60 + 20 + 20 + 36; // 240
    expect(r.TIB_min).toBe((lightsOn - 4) / 2);
    expect(r.SPT_min).toBe(spt / 2);
    expect(r.TST_min).toBe(tst / 2);
    expect(r.WASO_min).toBe((2 + 1 + 1) / 2);
    expect(r.SOL_min).toBe(5);
    expect(r.SOLPersistent_min).toBe(8);
    expect(r.REMLatency_min).toBe(48);
    expect(r.N1_min).toBe(2);
    expect(r.N2_min).toBe((30 + 20 + 60 + 20 + 36) / 2);
    expect(r.N3_min).toBe(20);
    expect(r.REM_min).toBe(15);
    expect(r.REM_pct).toBeCloseTo((100 * 30) / tst, 12);
    expect(r.SE_pct).toBeCloseTo((100 * tst) / (lightsOn - 4), 12);
    expect(r.SME_pct).toBeCloseTo((100 * tst) / spt, 12);
    expect(r.awakenings).toBe(2);
    // REM at 110–120 and 120 + 1 + 2 + 1 + 60 + 3 + 20 = 207 to 227 (87 epochs apart: two
    // episodes); cycles: onset→120, 120→227,
    // and the final 18-min NREM episode.
    expect(s.remEpisodes).toEqual([
      { start: 110, end: 120 },
      { start: 207, end: 227 },
    ]);
    expect(r.cycles).toBe(3);
    expect(s.stageEpochs.U).toBe(5);
  });

  it('leaves everything counted from lights-off null without one, and handles a night without sleep', () => {
    const h = epochs([
      [W, 10],
      [N2, 30],
      [W, 10],
    ]);
    const r = sleepReport(h, 30);
    expect([r.TIB_min, r.SE_pct, r.SOL_min, r.SOLPersistent_min]).toEqual([null, null, null, null]);
    expect([r.SPT_min, r.TST_min, r.WASO_min, r.SME_pct]).toEqual([15, 15, 0, 100]);
    const awake = sleepReport(epochs([[W, 20]]), 30, { lightsOff: 0 });
    expect(awake).toMatchObject({ TIB_min: 10, SPT_min: 0, TST_min: 0, SE_pct: 0, SME_pct: null, SOL_min: null });
    expect([awake.WASO_min, awake.REMLatency_min, awake.N1_pct, awake.cycles, awake.awakenings]).toEqual([
      null,
      null,
      null,
      0,
      0,
    ]);
  });

  it('scales with the epoch length: 20-s epochs need 30 of them for persistent sleep', () => {
    const h = epochs([
      [W, 3],
      [N2, 29],
      [W, 1],
      [N2, 30],
    ]);
    const r = sleepReport(h, 20, { lightsOff: 0 });
    expect(r.SOL_min).toBe(1);
    expect(r.SOLPersistent_min).toBe((33 * 20) / 60);
    expect(r.TST_min).toBe((59 * 20) / 60);
  });

  it('refuses codes and windows it cannot score', () => {
    expect(() => sleepReport(Uint8Array.from([0, 9]), 30)).toThrow(/epoch 1: stage code 9/);
    expect(() => sleepReport(Uint8Array.from([0, 2]), 30, { lightsOff: 1, lightsOn: 5 })).toThrow(/lights-off/);
    expect(() => sleepReport(Uint8Array.from([0, 2]), 0)).toThrow(/epoch length/);
  });

  it('holds its identities on any hypnogram: SPT = TST + WASO + unscored in SPT; stage % sum to 100', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 400 }), (codes) => {
        const h = Uint8Array.from(codes);
        const s = scoreSleep(h, 30, { lightsOff: 0 });
        const r = s.report;
        for (const k of SLEEP_REPORT_FIELDS) expect(r[k] === null || Number.isFinite(r[k])).toBe(true);
        if (s.sleepOnset === null) return;
        let u = 0;
        for (let i = s.sleepOnset; i < s.finalWake!; i++) if (h[i] === U) u++;
        expect(r.SPT_min).toBeCloseTo(r.TST_min + r.WASO_min! + u / 2, 9);
        expect(r.N1_pct! + r.N2_pct! + r.N3_pct! + r.REM_pct!).toBeCloseTo(100, 9);
        expect(r.SE_pct!).toBeLessThanOrEqual(100);
        expect(r.SOLPersistent_min === null || r.SOLPersistent_min >= r.SOL_min!).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('reportMetrics', () => {
  it('gives the report’s numbers under their metric ids, each a declared metric', () => {
    const r = sleepReport(fromYasa([0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 2, 3, 3, 4, 4, 4, 4, 0, 0]), 30, { lightsOff: 0 });
    const m = reportMetrics(r);
    expect(m).toMatchObject({ totalSleepTime_min: 8, sleepEfficiency_pct: 80, sleepOnsetLatency_min: 1 });
    expect(m.remLatency_min).toBe(r.REMLatency_min);
    for (const id of Object.keys(REPORT_METRICS)) expect(metricInfo(id), id).toBeDefined();
  });
});

describe('countedCycles', () => {
  it('spans exactly the cycles the report counts: complete ones, then a final NREM episode of ≥ 15 min', () => {
    // 30-s epochs: NREM 40 min, REM 10, NREM 40, REM 10, NREM 20 (counts), wake.
    const h = epochs([
      [W, 10],
      [N2, 80],
      [R, 20],
      [N3, 80],
      [R, 20],
      [N2, 40],
      [W, 10],
    ]);
    const s = scoreSleep(h, 30, { lightsOff: 0 });
    const spans = countedCycles(s);
    expect(spans).toHaveLength(s.report.cycles);
    expect(spans).toEqual([
      { start: 10, end: 110 },
      { start: 110, end: 210 },
      { start: 210, end: 250 },
    ]);
  });

  it('leaves out a final NREM episode shorter than 15 min, and has none without sleep', () => {
    const short = scoreSleep(
      epochs([
        [N2, 80],
        [R, 20],
        [N2, 20],
        [W, 4],
      ]),
      30,
    );
    expect(short.report.cycles).toBe(1);
    expect(countedCycles(short)).toEqual([{ start: 0, end: 100 }]);
    expect(countedCycles(scoreSleep(epochs([[W, 50]]), 30))).toEqual([]);
  });
});
