/** The fit's model: the outcome re-stepped on one core run is the engine's series, bit for bit. */
import { describe, expect, it } from 'vitest';
import { simulateNight } from '../model/engine';
import { resolveParameters } from '../model/scenarios';
import { PvtModel } from './pvtModel';

const params = resolveParameters('one-night-awake', { runInDays: 3 });

describe('PvtModel', () => {
  const model = new PvtModel(params, 7, []);
  it("gives the engine's pvtLapses for candidate values", () => {
    const values = { pvtVulnerability: 1.7, pvtLapsesRested: 3.2 };
    const engine = simulateNight({ ...params, ...values }, 7).series.pvtLapses!;
    const ours = model.series(values);
    expect(ours.length).toBe(engine.length);
    expect(Buffer.from(ours.buffer).equals(Buffer.from(engine.buffer))).toBe(true);
    // And with other values the series differs (the comparison can fail).
    expect(model.series({ pvtVulnerability: 1, pvtLapsesRested: 3.2 })).not.toEqual(ours);
  });
  it('cannot tell vulnerability from lapses per fatigue: only their product acts (why kL stays fixed)', () => {
    const p2 = { ...params, pvtLapsesPerFatigue: params.pvtLapsesPerFatigue * 2 };
    const doubled = new PvtModel(p2, 7, []);
    const a = model.series({ pvtVulnerability: 1.6, pvtLapsesRested: 1.5 });
    const b = doubled.series({ pvtVulnerability: 0.8, pvtLapsesRested: 1.5 });
    let max = 0;
    for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i]! - b[i]!));
    expect(max).toBeLessThan(1e-4);
    expect(Math.max(...a)).toBeGreaterThan(10);
  });
  it('reads lapses at the epochs asked for', () => {
    const values = { pvtVulnerability: 1.2, pvtLapsesRested: 2 };
    const s = model.series(values);
    const at = [100, model.grid.epochs - 1, 5000];
    expect(Array.from(model.lapsesAt(values, at))).toEqual(at.map((i) => s[i]!));
  });
});
