import { describe, expect, it } from 'vitest';
import { simulateNight, simulateTimeline, MODEL_INFO } from './engine';
import { SWA_REFERENCE } from './core';
import { resolveParameters, SCENARIOS } from './scenarios';
import { compileProtocol, ProtocolError } from './protocol';
import { DEFAULT_VALUES, PARAMETERS, type NumberSpec, type ParameterValues } from './parameters';
import { createRandom } from './random';
import { METRICS } from './metrics';
import { SERIES } from './series';
import { PANELS } from './panels';

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

  it('declares each series once, on a known panel', () => {
    const panels = new Set<string>(PANELS.map((p) => p.id));
    expect(new Set(SERIES.map((s) => s.id)).size).toBe(SERIES.length);
    for (const s of SERIES) expect(panels.has(s.panel), `${s.id} on ${s.panel}`).toBe(true);
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

  it('runs any core parameter set inside its ranges to finite series and metrics (or refuses it with a ProtocolError)', () => {
    const r = createRandom(11, 'engine-fuzz');
    const core = PARAMETERS.filter((p): p is NumberSpec & typeof p => p.group !== 'advanced' && p.kind !== 'choice');
    for (let k = 0; k < 8; k++) {
      const values: Record<string, number | string> = { ...DEFAULT_VALUES };
      for (const spec of core) {
        if (r.next() < 0.5) continue;
        const v = spec.min + r.next() * (spec.max - spec.min);
        values[spec.id] =
          spec.kind === 'integer'
            ? Math.round(Math.min(v, spec.id === 'runInDays' ? 20 : v))
            : Math.round(v / spec.step) * spec.step;
      }
      try {
        const res = simulateNight(values as ParameterValues, k);
        for (const v of Object.values(res.metrics)) expect(v === null || Number.isFinite(v)).toBe(true);
        for (const [id, s] of Object.entries(res.series)) {
          for (let i = 0; i < s.length; i += 101) expect(Number.isFinite(s[i]!), id).toBe(true);
        }
      } catch (e) {
        expect(e).toBeInstanceOf(ProtocolError);
      }
    }
  });
});
