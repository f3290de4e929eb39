/**
 * The couplings of the model (graph.ts) as declared and as they act. Declarations: every edge
 * joins two nodes of the map, its strength is a number parameter whose range starts at 0 (the
 * knockout is a value a user can set), its knockout names a metric of the contract. Knockouts:
 * for every coupling, setting its strength to 0 moves the documented metric the documented way,
 * by more than the stated amount, against the same protocol and seed at the default strength.
 */
import { describe, expect, it } from 'vitest';
import { COUPLINGS, MODEL_NODES } from './graph';
import { EVIDENCE_LEVELS } from './couplingSpec';
import { METRICS, SERIES } from './catalogue';
import { parameterSpec } from './parameters';
import { resolveParameters } from './scenarios';
import { simulateNight } from './engine';
import { checkEvent, type ProtocolEvent } from './protocolEvents';

const nodeIds = new Set(MODEL_NODES.map((n) => n.id));
const seriesIds = new Set(SERIES.map((s) => s.id));
const metricIds = new Set<string>(METRICS.map((m) => m.id));

describe('the map of the model', () => {
  it('has unique node and coupling ids, nodes whose series exist, and every edge between two nodes', () => {
    expect(nodeIds.size).toBe(MODEL_NODES.length);
    expect(new Set(COUPLINGS.map((c) => c.id)).size).toBe(COUPLINGS.length);
    for (const n of MODEL_NODES) for (const s of n.series) expect(seriesIds, `${n.id}: series ${s}`).toContain(s);
    for (const c of COUPLINGS) {
      expect(nodeIds, `${c.id}.from`).toContain(c.from);
      expect(nodeIds, `${c.id}.to`).toContain(c.to);
      expect(c.from, `${c.id} loops on itself`).not.toBe(c.to);
      expect(EVIDENCE_LEVELS.map((e) => e.id)).toContain(c.evidence);
      expect(c.sources.length, `${c.id} cites nothing`).toBeGreaterThan(0);
      expect(c.sources, `${c.id}: the report rejects brackets in citations`).not.toMatch(/[()[\]]/);
    }
  });

  it('gives every coupling a number parameter for its strength whose range starts at 0', () => {
    for (const c of COUPLINGS) {
      const spec = parameterSpec(c.strength);
      expect(spec, `${c.id}: strength ${c.strength} is not a parameter`).toBeDefined();
      expect(spec!.kind, c.id).toBe('number');
      if (spec!.kind !== 'number') continue;
      expect(spec!.min, `${c.id}: ${c.strength} cannot be set to 0`).toBe(0);
      expect(spec!.default, `${c.id}: ${c.strength} is off by default`).toBeGreaterThan(0);
    }
  });

  it('names a metric of the contract and valid protocol events in every knockout', () => {
    for (const c of COUPLINGS) {
      expect(metricIds, `${c.id}: knockout metric`).toContain(c.knockout.metric);
      for (const e of c.knockout.events ?? []) expect(checkEvent(e), `${c.id}: event`).toBeNull();
    }
  });
});

describe('knockouts: each coupling at strength 0 moves its metric the documented way', () => {
  for (const c of COUPLINGS) {
    const k = c.knockout;
    it(`${c.id} (${c.from} → ${c.to}, ${c.evidence}): ${k.metric} goes ${k.direction}`, () => {
      const params = resolveParameters(k.scenario ?? 'baseline', k.overrides ?? {});
      const events = (k.events ?? []) as readonly ProtocolEvent[];
      const seeds = k.seeds ?? [1];
      const meanOf = (p: typeof params): number | null => {
        let total = 0;
        for (const seed of seeds) {
          const v = simulateNight(p, seed, events).metrics[k.metric];
          if (typeof v !== 'number') return null;
          total += v;
        }
        return total / seeds.length;
      };
      const on = meanOf(params);
      const off = meanOf({ ...params, [c.strength]: 0 });
      expect(on, `${k.metric} with the coupling`).toEqual(expect.any(Number));
      expect(off, `${k.metric} without it`).toEqual(expect.any(Number));
      const change = (off as number) - (on as number);
      const min = k.minChange ?? 1e-6;
      if (k.direction === 'up') expect(change, `${k.metric}: ${on} → ${off}`).toBeGreaterThan(min);
      else expect(change, `${k.metric}: ${on} → ${off}`).toBeLessThan(-min);
    });
  }
});
