/**
 * The catalogue is the only list of parameters, series and restoration modules; these are the
 * rules it keeps that the types cannot: ids unique, each module's output what it declares, and
 * the step order such that a trace is written before it is read.
 */
import { describe, expect, it } from 'vitest';
import { PARAMETERS, RESTORATION_MODULES, RESTORATION_SERIES, SERIES } from './catalogue';
import { DEFAULT_VALUES } from './parameters';
import { simulateRestoration } from './restoration';
import { syntheticTrajectory } from './restoration/testing/syntheticNight';
import type { TraceId } from './restoration/module';

describe('the catalogue', () => {
  it('declares every parameter and series id once', () => {
    const ids = PARAMETERS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const series = SERIES.map((s) => s.id);
    expect(new Set(series).size).toBe(series.length);
    expect(new Set(RESTORATION_MODULES.map((m) => m.id)).size).toBe(RESTORATION_MODULES.length);
  });

  it('steps a module that reads a trace after the module that writes it', () => {
    const written = new Set<TraceId>();
    for (const m of RESTORATION_MODULES) {
      for (const t of m.reads) expect(written.has(t), `${m.id} reads ${t} before it is written`).toBe(true);
      for (const t of m.writes) written.add(t);
    }
  });

  it("gives each module's series, in the order it declares them", () => {
    const core = syntheticTrajectory({ nightsBefore: 1 });
    const state = simulateRestoration(core, DEFAULT_VALUES, 1) as unknown as Record<string, object>;
    for (const m of RESTORATION_MODULES) {
      const out = (m.output as (s: object) => Readonly<Record<string, Float32Array>>)(state[m.id]!);
      expect(Object.keys(out), m.id).toEqual(m.series.map((s) => s.id));
      for (const a of Object.values(out)) expect(a.length).toBe(core.epochs);
    }
    expect(RESTORATION_SERIES.map((s) => s.id)).toEqual(RESTORATION_MODULES.flatMap((m) => m.series.map((s) => s.id)));
  });
});
