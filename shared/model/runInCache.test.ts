import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { simulateNight } from './engine';
import { simulateCore, type CoreRun } from './core';
import { compileProtocol, ProtocolError, runInEnd, type Timeline } from './protocol';
import { resolveParameters, SCENARIOS } from './scenarios';
import { DEFAULT_VALUES, PARAMETERS, isParameterId, type ParameterValues } from './parameters';
import { createRandom, fillUniforms, uniformState } from './random';
import type { SimulationResult } from './result';
import type { ProtocolEvent } from './protocolEvents';
import {
  NOT_READ_BY_CORE,
  clearRunInCache,
  configureRunInCache,
  runInCacheStats,
  runInHandOff,
  runInKey,
} from './runInCache';

const bytes = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

/** Names of the first differing parts of two results (empty when bit-identical). */
function diffResults(a: SimulationResult, b: SimulationResult): string[] {
  const out: string[] = [];
  if (a.epochs !== b.epochs || a.start_h !== b.start_h) out.push('epochs/start_h');
  if (!bytes(a.stage).equals(bytes(b.stage))) out.push('stage');
  const keys = [...new Set([...Object.keys(a.series), ...Object.keys(b.series)])];
  for (const k of keys) {
    const x = a.series[k];
    const y = b.series[k];
    if (!x || !y || !bytes(x).equals(bytes(y))) out.push(`series.${k}`);
  }
  if (JSON.stringify(a.metrics) !== JSON.stringify(b.metrics)) out.push('metrics');
  // Bitwise metrics too (JSON would read −0 as 0).
  for (const [k, v] of Object.entries(a.metrics)) if (!Object.is(v, b.metrics[k as never])) out.push(`metrics.${k}`);
  return out;
}

function diffCore(a: CoreRun, b: CoreRun, upTo?: number): string[] {
  const out: string[] = [];
  const n = upTo ?? a.trajectory.epochs;
  type View = Float64Array | Uint8Array | Float32Array;
  const pairs: [string, View, View][] = [
    ['clock_h', a.trajectory.clock_h, b.trajectory.clock_h],
    ['stage', a.trajectory.stage, b.trajectory.stage],
    ...Object.keys(a.series).map((k): [string, View, View] => [k, a.series[k]!, b.series[k]!]),
  ];
  for (const [k, x, y] of pairs) if (!bytes(x.subarray(0, n)).equals(bytes(y.subarray(0, n)))) out.push(k);
  if (upTo === undefined && JSON.stringify(a.trajectory.focal) !== JSON.stringify(b.trajectory.focal))
    out.push('focal');
  return out;
}

function uncachedNight(p: ParameterValues, seed: number): SimulationResult {
  configureRunInCache({ enabled: false });
  try {
    return simulateNight(p, seed);
  } finally {
    configureRunInCache({ enabled: true });
  }
}

function uncachedCore(tl: Timeline, p: ParameterValues, seed: number): CoreRun {
  configureRunInCache({ enabled: false });
  try {
    return simulateCore(tl, p, seed, runInEnd(p));
  } finally {
    configureRunInCache({ enabled: true });
  }
}

beforeEach(() => {
  configureRunInCache({ enabled: true, capacity: 8 });
  clearRunInCache();
});
afterAll(() => configureRunInCache({ enabled: true, capacity: 8 }));

describe('bulk uniform draws', () => {
  it('give exactly createRandom’s sequence, resumable from a saved state', () => {
    for (const seed of [0, 1, 7, 123456789, -5, 2 ** 31 + 3]) {
      for (const purpose of ['core.switch', 'core.arousals', 'x']) {
        const r = createRandom(seed, purpose);
        const ref = Float64Array.from({ length: 5000 }, () => r.next());
        const st = uniformState(seed, purpose);
        const out = new Float64Array(5000);
        fillUniforms(st, out, 0, 1234);
        const saved = st.slice();
        fillUniforms(saved, out, 1234, 5000);
        expect(bytes(out).equals(bytes(ref)), `${seed} ${purpose}`).toBe(true);
      }
    }
  });
});

describe('the run-in cache', () => {
  it('gives bit-identical results cold, warm and off, for every scenario', () => {
    for (const s of SCENARIOS) {
      const p = resolveParameters(s.id);
      const ref = uncachedNight(p, 2);
      clearRunInCache();
      const cold = simulateNight(p, 2);
      const warm = simulateNight(p, 2);
      expect(runInCacheStats().hits, s.id).toBe(p.runInDays > 0 ? 1 : 0);
      expect(diffResults(ref, cold), `${s.id} cold`).toEqual([]);
      expect(diffResults(ref, warm), `${s.id} warm`).toEqual([]);
    }
  });

  it('resumes exactly when only the focal night changes (a caffeine sweep, a bedtime slider)', () => {
    for (const s of SCENARIOS) {
      const base = resolveParameters(s.id);
      const variants: [string, ParameterValues, SimulationResult][] = [];
      for (const o of [{ caffeine_mg: 200 }, { bedtime: 0.5, timeInBed_h: 7 }, { alcohol_gPerKg: 0.6 }] as const) {
        try {
          const p = resolveParameters(s.id, o);
          compileProtocol(p);
          // References first: turning the cache off empties it.
          variants.push([JSON.stringify(o), p, uncachedNight(p, 5)]);
        } catch (e) {
          if (e instanceof ProtocolError) continue;
          throw e;
        }
      }
      simulateNight(base, 5);
      for (const [label, p, ref] of variants)
        expect(diffResults(ref, simulateNight(p, 5)), `${s.id} ${label}`).toEqual([]);
    }
    expect(runInCacheStats().hits).toBeGreaterThan(SCENARIOS.length);
  });

  it('is exact for 30 random valid parameter sets (cold, warm, and resumed for a changed focal night)', () => {
    const r = createRandom(2026, 'runInCache.test');
    const pick = (id: string): number | string => {
      const spec = PARAMETERS.find((s) => s.id === id)!;
      if (spec.kind === 'choice') return spec.choices[Math.floor(r.next() * spec.choices.length)]!;
      // Long run-ins only cost test time; 0–21 days covers none, short and the default.
      const max = id === 'runInDays' ? 21 : spec.max;
      const steps = Math.floor((max - spec.min) / spec.step + 1e-9);
      return +(spec.min + Math.floor(r.next() * (steps + 1)) * spec.step).toFixed(6);
    };
    const focal = [
      'bedtime',
      'timeInBed_h',
      'caffeine_mg',
      'caffeineHoursBeforeBed',
      'alcohol_gPerKg',
      'arousalsPerHour',
    ];
    let done = 0;
    let hits = 0;
    for (let attempt = 0; done < 30 && attempt < 500; attempt++) {
      const values: Record<string, number | string> = { ...DEFAULT_VALUES };
      // Half the sets move every parameter, half only a few (closer to what users do).
      const ids = PARAMETERS.map((s) => s.id).filter(() => attempt % 2 === 0 || r.next() < 0.1);
      for (const id of ids) values[id] = pick(id);
      const p = values as unknown as ParameterValues;
      const q = { ...values } as Record<string, number | string>;
      for (const id of focal) if (r.next() < 0.5) q[id] = pick(id);
      const p2 = q as unknown as ParameterValues;
      try {
        compileProtocol(p);
        compileProtocol(p2);
      } catch (e) {
        if (e instanceof ProtocolError) continue;
        throw e;
      }
      const seed = 1 + Math.floor(r.next() * 1000);
      // References first: turning the cache off empties it.
      const ref = uncachedNight(p, seed);
      const ref2 = uncachedNight(p2, seed);
      clearRunInCache();
      expect(diffResults(ref, simulateNight(p, seed)), `set ${done} cold`).toEqual([]);
      expect(diffResults(ref, simulateNight(p, seed)), `set ${done} warm`).toEqual([]);
      expect(diffResults(ref2, simulateNight(p2, seed)), `set ${done} resumed`).toEqual([]);
      hits += runInCacheStats().hits;
      done++;
    }
    expect(done).toBe(30);
    expect(hits).toBeGreaterThan(30);
  }, 120_000);

  it('keys on every parameter the core reads: one left out of the key leaves the run-in bit-identical', () => {
    for (const id of NOT_READ_BY_CORE) expect(isParameterId(id), id).toBe(true);
    const seed = 3;
    const base = DEFAULT_VALUES;
    const baseKey = runInKey(base, seed, runInEnd(base));
    const baseTl = compileProtocol(base);
    const ref = uncachedCore(baseTl, base, seed);
    let checked = 0;
    for (const spec of PARAMETERS) {
      const values = spec.kind === 'choice' ? spec.choices : [spec.min, spec.max];
      for (const v of values) {
        if (v === spec.default) continue;
        const p = { ...base, [spec.id]: v } as ParameterValues;
        const key = runInKey(p, seed, runInEnd(p));
        if (key !== baseKey) {
          expect(NOT_READ_BY_CORE.has(spec.id), spec.id).toBe(false);
          continue;
        }
        expect(NOT_READ_BY_CORE.has(spec.id), spec.id).toBe(true);
        let tl: Timeline;
        try {
          tl = compileProtocol(p);
        } catch (e) {
          if (e instanceof ProtocolError) continue;
          throw e;
        }
        // Same key: the run-in must come out the same, with and without the cache.
        const own = uncachedCore(tl, p, seed);
        const b = runInEnd(p);
        const prefixSame =
          bytes(tl.inBed.subarray(0, b)).equals(bytes(baseTl.inBed.subarray(0, b))) &&
          bytes(tl.lux.subarray(0, b)).equals(bytes(baseTl.lux.subarray(0, b))) &&
          tl.caffeine.every((d) => d.epoch >= b) &&
          tl.alcohol.every((d) => d.epoch >= b);
        if (prefixSame) expect(diffCore(ref, own, b), `${spec.id}=${v} run-in`).toEqual([]);
        // Parameters that only the restoration or the metrics read change nothing in the core.
        if (tl.epochs === baseTl.epochs && bytes(tl.lux).equals(bytes(baseTl.lux)) && spec.group === 'advanced')
          expect(diffCore(ref, own), `${spec.id}=${v} whole core`).toEqual([]);
        clearRunInCache();
        simulateCore(baseTl, base, seed, runInEnd(base));
        const resumed = simulateCore(tl, p, seed, b);
        expect(diffCore(own, resumed), `${spec.id}=${v} resumed`).toEqual([]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(NOT_READ_BY_CORE.size);
  }, 120_000);

  it('tells a resumed run by the id of the entry it shares its run-in with', () => {
    const p = resolveParameters('baseline');
    const q = resolveParameters('baseline', { caffeine_mg: 100 });
    const a = simulateCore(compileProtocol(p), p, 1, runInEnd(p));
    const b = simulateCore(compileProtocol(q), q, 1, runInEnd(q));
    const c = simulateCore(compileProtocol(p), p, 2, runInEnd(p));
    expect(a.runIn).toEqual({ boundary: runInEnd(p), id: b.runIn!.id });
    expect(c.runIn!.id).not.toBe(a.runIn!.id);
    expect(diffCore(a, b, runInEnd(p))).toEqual([]);
    expect(uncachedCore(compileProtocol(p), p, 1).runIn).toBeUndefined();
  });

  it('refuses an entry whose timeline differs before the boundary, and stays exact', () => {
    const p = resolveParameters('baseline');
    const tl = compileProtocol(p);
    const b = runInEnd(p);
    simulateCore(tl, p, 4, b);
    const lux = tl.lux.slice();
    lux[100] = lux[100]! + 1;
    const other: Timeline = { ...tl, lux };
    const resumed = simulateCore(other, p, 4, b);
    expect(runInCacheStats().rejected).toBe(1);
    expect(diffCore(uncachedCore(other, p, 4), resumed)).toEqual([]);
    // In-bed flags are compared four at a time, then the tail: a change anywhere is seen.
    for (const at of [0, 1000, b - 1]) {
      const inBed = tl.inBed.slice();
      inBed[at] = 1 - inBed[at]!;
      const changed: Timeline = { ...tl, inBed };
      const ref = uncachedCore(changed, p, 4); // turning the cache off empties it
      simulateCore(tl, p, 4, b);
      const before = runInCacheStats().rejected;
      expect(diffCore(ref, simulateCore(changed, p, 4, b)), `in bed at ${at}`).toEqual([]);
      expect(runInCacheStats().rejected, `in bed at ${at}`).toBe(before + 1);
    }
    const early: Timeline = { ...tl, caffeine: [{ epoch: b - 10, amount: 100 }] };
    expect(diffCore(uncachedCore(early, p, 4), simulateCore(early, p, 4, b))).toEqual([]);
  });

  it('stays bounded, and can be turned off', () => {
    configureRunInCache({ capacity: 3 });
    for (let seed = 1; seed <= 5; seed++) simulateNight(DEFAULT_VALUES, seed);
    expect(runInCacheStats().size).toBe(3);
    simulateNight(DEFAULT_VALUES, 5);
    simulateNight(DEFAULT_VALUES, 1);
    expect(runInCacheStats()).toMatchObject({ hits: 1, misses: 6 });
    configureRunInCache({ enabled: false });
    expect(runInCacheStats().size).toBe(0);
    simulateNight(DEFAULT_VALUES, 5);
    expect(runInCacheStats()).toMatchObject({ hits: 1, size: 0 });
  });

  it('hands a run-in from one night to the next without copies (a cohort person), exact, and then lets it go', () => {
    // Another caller's entry, there before and kept after.
    simulateNight(DEFAULT_VALUES, 9);
    // A melatonin dose in the run-in (engine.ts adds its level into the core's `mel` after the
    // run: the entry must keep its own copy) and one on the focal evening of night B only.
    const early: ProtocolEvent = { kind: 'melatonin', at: 21, day: -8, mg: 3 };
    const late: ProtocolEvent = { kind: 'melatonin', at: 21, day: 0, mg: 3 };
    const base = resolveParameters('baseline', {});
    const caffeine = resolveParameters('evening-caffeine', {});
    const pairs: [ParameterValues, ProtocolEvent[], ParameterValues, ProtocolEvent[]][] = [
      [base, [], caffeine, []],
      [base, [early], caffeine, [early, late]],
      [{ ...base, sTauWake_h: base.sTauWake_h * 1.1 }, [], { ...base, sTauWake_h: base.sTauWake_h * 1.1 }, [late]],
    ];
    for (const [k, [pa, ea, pb, eb]] of pairs.entries()) {
      configureRunInCache({ enabled: false });
      const refA = simulateNight(pa, 3, ea);
      const refB = simulateNight(pb, 3, eb);
      configureRunInCache({ enabled: true });
      simulateNight(DEFAULT_VALUES, 9);
      const before = runInCacheStats();
      const [a, b] = runInHandOff(() => [simulateNight(pa, 3, ea), simulateNight(pb, 3, eb)]);
      const after = runInCacheStats();
      expect(after.hits - before.hits, `pair ${k}: B reused A's run-in`).toBe(1);
      expect(after.attachments.hits - before.attachments.hits, `pair ${k}: and its restoration`).toBe(1);
      expect(diffResults(refA, a), `pair ${k}, night A`).toEqual([]);
      expect(diffResults(refB, b), `pair ${k}, night B`).toEqual([]);
      // The person's entry went with the scope; the other caller's stayed.
      expect(after.size, `pair ${k}`).toBe(1);
      const hits = runInCacheStats().hits;
      simulateNight(DEFAULT_VALUES, 9);
      expect(runInCacheStats().hits).toBe(hits + 1);
    }
  });
});
