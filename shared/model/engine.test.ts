import { describe, expect, it } from 'vitest';
import { simulateNight, simulateTimeline, MODEL_INFO } from './engine';
import { SWA_REFERENCE } from './core';
import { resolveParameters, SCENARIOS } from './scenarios';
import { compileProtocol } from './protocol';
import { METRICS } from './metrics';
import { SERIES } from './series';

const bytes = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

describe('simulateNight', () => {
  it('is deterministic: same parameters and seed give identical bytes', () => {
    const p = resolveParameters('fragmented-sleep');
    const a = simulateNight(p, 7);
    const b = simulateNight(p, 7);
    expect(bytes(a.stage).equals(bytes(b.stage))).toBe(true);
    for (const s of SERIES) expect(bytes(a.series[s.id]!).equals(bytes(b.series[s.id]!)), s.id).toBe(true);
    expect(JSON.stringify(a.metrics)).toBe(JSON.stringify(b.metrics));
    expect(a.model).toEqual(MODEL_INFO);
  });

  it('gives different nights for different seeds', () => {
    const p = resolveParameters('baseline');
    expect(bytes(simulateNight(p, 1).stage).equals(bytes(simulateNight(p, 2).stage))).toBe(false);
  });

  it('uses common random numbers: a dose changes nothing before it is taken', () => {
    const p0 = resolveParameters('baseline');
    const p1 = resolveParameters('baseline', { caffeine_mg: 300, caffeineHoursBeforeBed: 5 });
    const dose = compileProtocol(p1).caffeine[0]!.epoch;
    const a = simulateNight(p0, 3);
    const b = simulateNight(p1, 3);
    expect(bytes(a.stage.subarray(0, dose)).equals(bytes(b.stage.subarray(0, dose)))).toBe(true);
    expect(bytes(a.series.processS!.subarray(0, dose)).equals(bytes(b.series.processS!.subarray(0, dose)))).toBe(true);
    expect(b.series.caffeine![dose + 120]).toBeGreaterThan(1);
  });

  it('declares every series it returns, and returns every metric, each finite or null, for every scenario', () => {
    for (const s of SCENARIOS) {
      const r = simulateNight(resolveParameters(s.id), 1);
      expect(Object.keys(r.series).sort(), s.id).toEqual(SERIES.map((x) => x.id).sort());
      for (const m of METRICS) {
        const v = r.metrics[m.id];
        expect(v === null || Number.isFinite(v), `${s.id}.${m.id} = ${v}`).toBe(true);
      }
      for (const x of Object.values(r.series)) expect(x.length).toBe(r.epochs);
    }
  });

  it('wakes when rested on a long time in bed, and sleeps longer after a night awake', () => {
    const long = simulateNight(resolveParameters('baseline', { timeInBed_h: 14 }), 1).metrics;
    expect(long.totalSleepTime_min!).toBeLessThan(11 * 60);
    expect(long.sleepEfficiency_pct!).toBeLessThan(80);
    const recovery = simulateNight(resolveParameters('recovery-after-deprivation', { timeInBed_h: 14 }), 1).metrics;
    expect(recovery.totalSleepTime_min!).toBeGreaterThan(long.totalSleepTime_min! + 60);
  });

  it('reports no sleep for a night spent awake', () => {
    const r = simulateNight(resolveParameters('one-night-awake'), 1);
    expect(r.metrics.totalSleepTime_min).toBe(0);
    expect(r.metrics.sleepOnsetLatency_min).toBeNull();
    expect(r.metrics.n3_pct).toBeNull();
    expect(r.focalTimeInBed_h).toBe(0);
  });

  it('has SWA in units of the default baseline night (mean of seeds 1–10 within 3 % of 1)', () => {
    const p = resolveParameters('baseline');
    const tl = compileProtocol(p);
    let sum = 0;
    for (let s = 1; s <= 10; s++) sum += simulateTimeline(tl, p, s).measures.metrics.swaFirstCycle!;
    expect(sum / 10).toBeGreaterThan(0.97);
    expect(sum / 10).toBeLessThan(1.03);
    expect(SWA_REFERENCE).toBeGreaterThan(0);
  });
});
