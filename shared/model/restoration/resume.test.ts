/**
 * The restoration pass resumed at the run-in boundary (resume.ts) must give exactly what a full
 * pass gives: per scenario, on random parameter sets, and with a key that holds every parameter
 * the modules read.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { simulateNight } from '../engine';
import { simulateCore } from '../core';
import { compileProtocol, ProtocolError, runInEnd } from '../protocol';
import { resolveParameters, SCENARIOS } from '../scenarios';
import { DEFAULT_VALUES, PARAMETERS, isParameterId, type ParameterValues } from '../parameters';
import { createRandom } from '../random';
import type { SimulationResult } from '../result';
import {
  ATTACHMENTS_PER_ENTRY,
  DEFAULT_ATTACHMENT_BUDGET,
  clearRunInCache,
  configureRunInCache,
  runInCacheStats,
} from '../runInCache';
import { simulateRestoration } from './run';
import { NOT_READ_BY_RESTORATION, restorationKey, snapshotRestoration } from './resume';
import { RESTORATION_BASELINE } from './baseline';

const bytes = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

/** Names of the differing parts of two results (empty when bit-identical). */
function diffResults(a: SimulationResult, b: SimulationResult): string[] {
  const out: string[] = [];
  if (a.epochs !== b.epochs || !bytes(a.stage).equals(bytes(b.stage))) out.push('stage');
  for (const k of new Set([...Object.keys(a.series), ...Object.keys(b.series)])) {
    const x = a.series[k];
    const y = b.series[k];
    if (!x || !y || !bytes(x).equals(bytes(y))) out.push(`series.${k}`);
  }
  for (const [k, v] of Object.entries(a.metrics)) if (!Object.is(v, b.metrics[k as never])) out.push(`metrics.${k}`);
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

/** Every parameter the restoration modules read (in their constructors or steps) on a default night. */
function parametersReadByModules(base: ParameterValues): Set<string> {
  const core = simulateCore(compileProtocol(base), base, 1).trajectory;
  const read = new Set<string>();
  const spy = new Proxy(base, {
    get(target, prop, receiver) {
      if (typeof prop === 'string') read.add(prop);
      return Reflect.get(target, prop, receiver) as unknown;
    },
  });
  simulateRestoration(core, spy, 1);
  return read;
}

const restorationHits = () => runInCacheStats().attachments.hits;

beforeEach(() => {
  configureRunInCache({ enabled: true, capacity: 8, attachmentBytes: DEFAULT_ATTACHMENT_BUDGET });
  clearRunInCache();
});
afterAll(() => configureRunInCache({ enabled: true, capacity: 8, attachmentBytes: DEFAULT_ATTACHMENT_BUDGET }));

describe('the resumed restoration pass', () => {
  it('is bit-identical to a full pass for every scenario, cold, warm and for a changed focal night', () => {
    for (const s of SCENARIOS) {
      const p = resolveParameters(s.id);
      const q = resolveParameters(s.id, { caffeine_mg: 150 });
      const ref = uncachedNight(p, 2);
      const refQ = uncachedNight(q, 2);
      clearRunInCache();
      const cold = simulateNight(p, 2);
      const hitsBefore = restorationHits();
      const warm = simulateNight(p, 2);
      const resumed = simulateNight(q, 2);
      // A scenario without a run-in has nothing to resume.
      expect(restorationHits() - hitsBefore, s.id).toBe(p.runInDays > 0 ? 2 : 0);
      expect(diffResults(ref, cold), `${s.id} cold`).toEqual([]);
      expect(diffResults(ref, warm), `${s.id} warm`).toEqual([]);
      expect(diffResults(refQ, resumed), `${s.id} resumed`).toEqual([]);
    }
  });

  it('is exact for 25 random parameter sets, and for a restoration parameter changed on a cached run-in', () => {
    const r = createRandom(2027, 'resume.test');
    const pick = (id: string): number | string => {
      const spec = PARAMETERS.find((s) => s.id === id)!;
      if (spec.kind === 'choice') return spec.choices[Math.floor(r.next() * spec.choices.length)]!;
      const max = id === 'runInDays' ? 21 : spec.max;
      const steps = Math.floor((max - spec.min) / spec.step + 1e-9);
      return +(spec.min + Math.floor(r.next() * (steps + 1)) * spec.step).toFixed(6);
    };
    const focal = ['bedtime', 'timeInBed_h', 'caffeine_mg', 'alcohol_gPerKg', 'arousalsPerHour', 'swsSuppression'];
    const restorationIds = PARAMETERS.filter((s) => s.group === 'advanced').map((s) => s.id);
    let done = 0;
    let hits = 0;
    for (let attempt = 0; done < 25 && attempt < 500; attempt++) {
      const values: Record<string, number | string> = { ...DEFAULT_VALUES };
      const ids = PARAMETERS.map((s) => s.id).filter(() => attempt % 2 === 0 || r.next() < 0.1);
      for (const id of ids) values[id] = pick(id);
      const p = values as unknown as ParameterValues;
      const focalMove = { ...values };
      for (const id of focal) if (r.next() < 0.5) focalMove[id] = pick(id);
      const restorationMove = { ...values };
      const moved = restorationIds[Math.floor(r.next() * restorationIds.length)]!;
      restorationMove[moved] = pick(moved);
      const variants = [p, focalMove, restorationMove, p] as unknown as ParameterValues[];
      try {
        for (const v of variants) compileProtocol(v);
      } catch (e) {
        if (e instanceof ProtocolError) continue;
        throw e;
      }
      const seed = 1 + Math.floor(r.next() * 1000);
      // References first: turning the cache off empties it.
      const refs = variants.map((v) => uncachedNight(v, seed));
      clearRunInCache();
      variants.forEach((v, k) => {
        expect(diffResults(refs[k]!, simulateNight(v, seed)), `set ${done} variant ${k} (${moved})`).toEqual([]);
      });
      hits += restorationHits();
      done++;
    }
    expect(done).toBe(25);
    expect(hits).toBeGreaterThan(25);
  }, 180_000);

  it('keys every parameter the modules read, and the modules read none of the unkeyed ones', () => {
    for (const id of NOT_READ_BY_RESTORATION) expect(isParameterId(id), id).toBe(true);
    const base = resolveParameters('baseline');
    const read = parametersReadByModules(base);
    expect(read.size).toBeGreaterThan(50);
    for (const id of read) expect(NOT_READ_BY_RESTORATION.has(id), `${id} is read but not keyed`).toBe(false);
    const b = runInEnd(base);
    const baseKey = restorationKey(base, 1, RESTORATION_BASELINE.fatigueAtTest, b);
    for (const spec of PARAMETERS) {
      // Another value than the default: the maximum, or the minimum for a parameter whose default is its maximum.
      const v =
        spec.kind === 'choice'
          ? spec.choices.find((c) => c !== spec.default)!
          : spec.default !== spec.max
            ? spec.max
            : spec.min;
      const key = restorationKey(
        { ...base, [spec.id]: v } as ParameterValues,
        1,
        RESTORATION_BASELINE.fatigueAtTest,
        b,
      );
      expect(key !== baseKey, spec.id).toBe(!NOT_READ_BY_RESTORATION.has(spec.id));
    }
    expect(restorationKey(base, 2, RESTORATION_BASELINE.fatigueAtTest, b)).not.toBe(baseKey);
    expect(restorationKey(base, 1, RESTORATION_BASELINE.fatigueAtTest + 1e-12, b)).not.toBe(baseKey);
    expect(restorationKey(base, 1, RESTORATION_BASELINE.fatigueAtTest, b + 1)).not.toBe(baseKey);
  });

  it('gives a changed restoration parameter its own state: resumed equals full for each one', () => {
    // Base run first (its snapshot is attached), then each restoration parameter at another value
    // on the same run-in: a parameter missing from the key would resume from the base snapshot.
    const base = resolveParameters('baseline');
    const read = parametersReadByModules(base);
    let checked = 0;
    for (const spec of PARAMETERS) {
      if (!read.has(spec.id)) continue;
      // Another value than the default: the maximum, or the minimum for a parameter whose default is its maximum.
      const v =
        spec.kind === 'choice'
          ? spec.choices.find((c) => c !== spec.default)!
          : spec.default !== spec.max
            ? spec.max
            : spec.min;
      const p = { ...base, [spec.id]: v } as ParameterValues;
      try {
        compileProtocol(p);
      } catch (e) {
        if (e instanceof ProtocolError) continue;
        throw e;
      }
      const ref = uncachedNight(p, 3);
      simulateNight(base, 3);
      expect(diffResults(ref, simulateNight(p, 3)), spec.id).toEqual([]);
      checked++;
    }
    expect(checked).toBeGreaterThan(40);
  }, 180_000);

  it('would resume from a wrong state if a parameter the modules read were left out of the key', () => {
    // The check above can fail: with ghHalfLife_min unkeyed, its run resumes from the base state.
    const unkeyed = NOT_READ_BY_RESTORATION as Set<string>;
    const base = resolveParameters('baseline');
    const p = { ...base, ghHalfLife_min: base.ghHalfLife_min * 2 } as ParameterValues;
    const ref = uncachedNight(p, 3);
    unkeyed.add('ghHalfLife_min');
    try {
      simulateNight(base, 3);
      expect(diffResults(ref, simulateNight(p, 3))).toContain('series.growthHormone');
    } finally {
      unkeyed.delete('ghHalfLife_min');
    }
  });

  it('stays bounded per run-in entry, and is off with the run-in cache', () => {
    const base = resolveParameters('baseline');
    for (let k = 0; k < 5; k++) simulateNight({ ...base, ghHalfLife_min: 15 + k } as ParameterValues, 1);
    expect(runInCacheStats()).toMatchObject({ size: 1, attachments: { size: ATTACHMENTS_PER_ENTRY, misses: 5 } });
    configureRunInCache({ enabled: false });
    simulateNight(base, 1);
    expect(runInCacheStats()).toMatchObject({ size: 0, attachments: { size: 0, hits: 0 } });
  });

  it('keeps all snapshots within the byte budget, across entries, and stays exact when over it', () => {
    const base = resolveParameters('baseline');
    simulateNight(base, 1);
    const one = runInCacheStats().attachments.bytes;
    expect(one).toBeGreaterThan(1e6);
    // Room for one and a half snapshots: each new run-in's snapshot evicts the older one.
    configureRunInCache({ attachmentBytes: 1.5 * one });
    for (const seed of [2, 3, 4]) simulateNight(base, seed);
    expect(runInCacheStats()).toMatchObject({ size: 4, attachments: { size: 1, bytes: one } });
    // The latest one resumes; an evicted one runs in full, and both give the full pass's result.
    const dosed = { ...base, caffeine_mg: 100 } as ParameterValues;
    const refs = [uncachedNight(dosed, 4), uncachedNight(dosed, 2)];
    configureRunInCache({ attachmentBytes: 1.5 * one });
    simulateNight(base, 2);
    simulateNight(base, 4);
    const hits = restorationHits();
    expect(diffResults(refs[0]!, simulateNight(dosed, 4))).toEqual([]);
    expect(restorationHits()).toBe(hits + 1);
    expect(diffResults(refs[1]!, simulateNight(dosed, 2))).toEqual([]);
    expect(restorationHits()).toBe(hits + 1);
    // A budget smaller than one snapshot stores none, and results stay exact.
    configureRunInCache({ attachmentBytes: one / 2 });
    expect(runInCacheStats().attachments).toMatchObject({ size: 0, bytes: 0 });
    simulateNight(base, 4);
    expect(diffResults(refs[0]!, simulateNight(dosed, 4))).toEqual([]);
    expect(runInCacheStats().attachments.size).toBe(0);
    configureRunInCache({ attachmentBytes: DEFAULT_ATTACHMENT_BUDGET });
  });

  it('refuses to snapshot a module field it cannot carry', () => {
    const base = resolveParameters('baseline');
    const core = simulateCore(compileProtocol(base), base, 1).trajectory;
    const odd = { stepCount: 3, history: new Map<number, number>() };
    expect(() => snapshotRestoration(core, { odd }, 100)).toThrow(/odd\.history/);
  });
});
