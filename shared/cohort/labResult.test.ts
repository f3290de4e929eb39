import { describe, expect, it } from 'vitest';
import { METRICS } from '../model/metrics';
import type { SimulationResult } from '../model/result';
import { pairedDelta, seriesBands } from './bands';
import { BAND_GRID, CohortLabBuilder, cohortLabResult, sampleOnGrid, type LabPerson } from './labResult';

/** A result whose series `x` is the slot hour of each epoch: samples show where they were taken. */
function night(lightsOff: number, start_h: number, epochs: number): SimulationResult {
  const x = Float32Array.from({ length: epochs }, (_, i) => lightsOff + start_h + i / 120);
  return {
    model: { name: 'test', version: '0' },
    start_h,
    epochs,
    focalLightsOff_clock_h: lightsOff,
    focalTimeInBed_h: 8,
    stage: new Uint8Array(epochs),
    series: { x },
    metrics: {},
  } as unknown as SimulationResult;
}

const row = (v: number) => Object.fromEntries(METRICS.map((m) => [m.id, v])) as LabPerson['a'];

describe('sampleOnGrid', () => {
  it('takes each grid hour from the epoch holding it, NaN before the night starts', () => {
    // Lights-off 23:00, the result from 21:00 (start_h −2) for 24 h.
    const s = sampleOnGrid(night(23, -2, 24 * 120)).x!;
    const at = (h: number) => s[Math.round((h - BAND_GRID.start) / BAND_GRID.step_h)]!;
    expect(Number.isNaN(at(20))).toBe(true);
    expect(at(21)).toBeCloseTo(21, 4);
    expect(at(30.5)).toBeCloseTo(30.5, 4);
    expect(s.length).toBe(Math.ceil((45 - 12) / BAND_GRID.step_h));
  });
});

describe('cohortLabResult', () => {
  const person = (index: number, a: number, b: number, shift: number): LabPerson => {
    const base = sampleOnGrid(night(23, -2, 240));
    const plus = (k: number) => ({ x: base.x!.map((v) => v + k) });
    return {
      index,
      values: { circadianPeriod_h: 24 + index / 10 },
      a: row(a),
      b: row(b),
      seriesA: plus(0),
      seriesB: plus(shift),
    };
  };

  it('orders people by index, keeps each one’s A and B, and bands Δ at equal slot hours', () => {
    const r = cohortLabResult(
      [person(2, 400, 350, 2), person(0, 420, 410, 0), person(1, 410, 370, 1)],
      {
        n: 5,
        seed: 3,
        population: 'test',
        populationSha256: '0'.repeat(64),
        model: 'm',
        params: ['circadianPeriod_h'],
      },
      [{ metric: 'totalSleepTime_min', op: '<', value: -30 }],
    );
    expect(r.done).toBe(3);
    expect(r.n).toBe(5);
    expect([...r.persons]).toEqual([0, 1, 2]);
    expect([...r.values.totalSleepTime_min.b]).toEqual([410, 370, 350]);
    expect(r.summary.thresholds[0]).toMatchObject({ count: 2, of: 3 });
    const k = Math.round((21.5 - BAND_GRID.start) / BAND_GRID.step_h);
    expect(r.bands.x!.delta.median[k]).toBe(1);
    expect(r.bands.x!.delta.p05[k]).toBeCloseTo(0.1, 5);
    expect(r.bands.x!.b.median[k]! - r.bands.x!.a.median[k]!).toBeCloseTo(1, 4);
    // The drivers rank the one varied parameter, which here rises as TST falls.
    const tst = r.summary.metrics.find((m) => m.metric === 'totalSleepTime_min')!;
    // Three people so far: too few for ρ's interval.
    expect(tst.drivers[0]).toEqual({ param: 'circadianPeriod_h', rho: -1, low: null, high: null });
  });
});

describe('CohortLabBuilder', () => {
  /** A person whose series differ by index, with NaN at some points and ragged lengths. */
  const person = (index: number): LabPerson => {
    const series = (night: number) => {
      const x = sampleOnGrid(night === 0 ? night0 : night1).x!.map((v, k) =>
        k % (7 + (index % 3)) === 0 ? NaN : v * (1 + ((index * 37) % 11) / 10) + night,
      );
      return { x: index % 4 === 0 ? x.subarray(0, x.length - 3) : x, y: x.map((v) => -v) };
    };
    return {
      index,
      values: { circadianPeriod_h: 24 + ((index * 13) % 7) / 10 },
      a: row(400 - index),
      b: row(380 - 2 * index),
      seriesA: series(0),
      seriesB: series(1),
    };
  };
  const night0 = night(23, -2, 240);
  const night1 = night(23, -3, 300);
  const context = {
    n: 9,
    seed: 3,
    population: 'test',
    populationSha256: '0'.repeat(64),
    model: 'm',
    params: ['circadianPeriod_h'] as const,
  };
  const thresholds = [{ metric: 'totalSleepTime_min', op: '<', value: -30 }] as const;

  it('gives after each build the result of everyone so far, as built at once, whatever the order and grouping', () => {
    const order = [4, 0, 7, 2, 8, 1, 6, 3, 5];
    const builder = new CohortLabBuilder(context, thresholds);
    const groups = [[4], [0, 7, 2], [8], [1, 6, 3, 5]];
    let soFar: number[] = [];
    for (const group of groups) {
      builder.add(group.map(person));
      soFar = [...soFar, ...group];
      expect(builder.size).toBe(soFar.length);
      const built = builder.result();
      expect(built).toEqual(cohortLabResult(soFar.map(person), context, thresholds));
      // The bands are seriesBands (bands.ts) of the people so far, in any order.
      const people = soFar.map(person);
      expect(built.bands.x!.a).toEqual(seriesBands(people.map((p) => p.seriesA.x!)));
      expect(built.bands.y!.delta).toEqual(seriesBands(people.map((p) => pairedDelta(p.seriesA.y!, p.seriesB.y!, 0))));
    }
    expect([...builder.result().persons]).toEqual([...order].sort((x, y) => x - y));
  });

  it('yields between series, so a build can be spread over an event loop', () => {
    const builder = new CohortLabBuilder(context, thresholds);
    builder.add([person(0), person(1)]);
    const steps = builder.build();
    let yields = 0;
    while (!steps.next().done) yields++;
    // Each series' merge and bands (x and y), then the metrics' values.
    expect(yields).toBe(5);
  });
});
