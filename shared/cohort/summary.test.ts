import { describe, expect, it } from 'vitest';
import { METRICS } from '../model/metrics';
import { pairedDelta, seriesBands } from './bands';
import { ranks, sortedMedianInterval, sortedQuantile, spearman, spearmanInterval, wilsonInterval } from './statistics';
import { createRandom } from '../model/random';
import { drivers, medianInterval, shareBeyond, spread, summarise, thresholdShare } from './summary';
import type { TableRecord } from './table';
import { parseThreshold, type DeltaThreshold } from './thresholds';

function record(index: number, age: number, sex: string, tstA: number, tstB: number): TableRecord {
  const row = (v: number | null) =>
    Object.fromEntries(METRICS.map((m) => [m.id, m.id === 'totalSleepTime_min' ? v : null]));
  return {
    index,
    values: { age, sex },
    a: row(tstA) as TableRecord['a'],
    b: row(tstB) as TableRecord['b'],
    delta: row(tstB - tstA) as TableRecord['delta'],
  };
}

describe('statistics', () => {
  it('interpolates quantiles as R type 7 and ranks ties by their average', () => {
    expect(sortedQuantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(sortedQuantile([5], 0.95)).toBe(5);
    expect(ranks([10, 20, 10, 30])).toEqual([1.5, 3, 1.5, 4]);
    expect(spearman([1, 2, 3, 4], [1, 4, 9, 16])).toBe(1);
    expect(spearman([1, 2, 3], [5, 5, 5])).toBeNull();
  });

  it("gives Wilson's interval: Newcombe's worked example, its defining equation, and exact ends", () => {
    // Newcombe 1998, Stat Med 17:857, Table I: 81 of 263, 95 %: 0.2553–0.3662.
    const w = wilsonInterval(81, 263, 1.959964)!;
    expect(w.low).toBeCloseTo(0.2553, 4);
    expect(w.high).toBeCloseTo(0.3662, 4);
    // Each bound π solves (p̂ − π)² = z²·π(1 − π)/n.
    for (const [count, of] of [
      [1, 7],
      [47, 200],
      [199, 200],
    ] as const) {
      const z = 1.644854;
      const { low, high } = wilsonInterval(count, of, z)!;
      for (const pi of [low, high]) expect((count / of - pi) ** 2).toBeCloseTo((z * z * pi * (1 - pi)) / of, 12);
      expect(low).toBeLessThan(count / of);
      expect(high).toBeGreaterThan(count / of);
    }
    expect(wilsonInterval(0, 40, 1.644854)!.low).toBe(0);
    expect(wilsonInterval(40, 40, 1.644854)!.high).toBe(1);
    expect(wilsonInterval(0, 0, 1.644854)).toBeNull();
  });
});

describe("Spearman ρ's interval", () => {
  it("gives statpsych's ci.spear worked example (Bonett & Wright 2000), with ρ from tied ranks", () => {
    // statpsych (Bonett), ci.spear's documented example: ρ 0.8699639, 95 %: 0.5840951–0.9638297.
    const y = [21, 4, 9, 12, 35, 18, 10, 22, 24, 1, 6, 8, 13, 16, 19];
    const x = [67, 28, 30, 28, 52, 40, 25, 37, 44, 10, 14, 20, 28, 40, 51];
    const rho = spearman(x, y)!;
    expect(rho).toBeCloseTo(0.8699639, 7);
    const { low, high } = spearmanInterval(rho, 15, 1.959964)!;
    expect(low).toBeCloseTo(0.5840951, 6);
    expect(high).toBeCloseTo(0.9638297, 6);
    expect(spearmanInterval(0.5, 3, 1.644854)).toBeNull();
    expect(spearmanInterval(-1, 200, 1.644854)).toEqual({ low: -1, high: -1 });
  });

  it('holds the population ρ about 90 % of the time (bivariate normal, 60 people, 4000 cohorts)', () => {
    // The population Spearman ρ of a bivariate normal with Pearson r is (6/π)·asin(r/2)
    // (Pearson 1907); with r = 0.5 that is 0.4826.
    const r = 0.5;
    const truth = (6 / Math.PI) * Math.asin(r / 2);
    const random = createRandom(11, 'spearman-coverage'); // seeded: a failure can be rerun
    const n = 60;
    const cohorts = 4000;
    let held = 0;
    for (let c = 0; c < cohorts; c++) {
      const x: number[] = [];
      const y: number[] = [];
      for (let i = 0; i < n; i++) {
        const u = random.normal();
        x.push(u);
        y.push(r * u + Math.sqrt(1 - r * r) * random.normal());
      }
      const { low, high } = spearmanInterval(spearman(x, y)!, n, 1.644854)!;
      if (low <= truth && truth <= high) held++;
    }
    // 4000 cohorts: the share held has a standard error of 0.005 at 0.90.
    expect(held / cohorts).toBeGreaterThan(0.88);
    expect(held / cohorts).toBeLessThan(0.92);
  });
});

describe("the median's interval", () => {
  /** P(j ≤ B ≤ k − 1) for B ~ Binomial(n, ½): the chance that [x_(j), x_(k)] holds the median. */
  const coverage = (n: number, j: number, k: number) => {
    let logC = -n * Math.log(2); // log C(n, 0) / 2^n
    let sum = 0;
    for (let b = 0; b <= n; b++) {
      if (b >= j && b <= k - 1) sum += Math.exp(logC);
      logC += Math.log((n - b) / (b + 1));
    }
    return sum;
  };

  it('takes the order statistics whose exact binomial coverage is at least 90 %', () => {
    const z = 1.644854;
    for (const n of [20, 50, 200, 1000]) {
      const sorted = Float64Array.from({ length: n }, (_, i) => i + 1); // x_(r) = r
      const { low, high } = sortedMedianInterval(sorted, z)!;
      expect(low).toBeLessThan(sorted[n / 2 - 1]!);
      expect(high).toBeGreaterThan(sorted[n / 2]!);
      // At least its level, and conservative by the ranks' rounding: 0.959 at 20, 0.923 at 200, 0.906 at 1000.
      expect(coverage(n, low, high)).toBeGreaterThan(0.9);
      expect(coverage(n, low, high)).toBeLessThan(n >= 200 ? 0.93 : 0.96);
    }
    // Ten values: ranks 2 and 9, which hold the median with probability 1 − 22/1024.
    expect(
      sortedMedianInterval(
        Float64Array.from({ length: 10 }, (_, i) => i + 1),
        z,
      ),
    ).toEqual({ low: 2, high: 9 });
    expect(coverage(10, 2, 9)).toBeCloseTo(1 - 22 / 1024, 12);
    expect(sortedMedianInterval([1, 2, 3], z)).toBeNull();
  });

  it('is computed over the people with a Δ, in any order', () => {
    const values = [5, null, 1, 4, NaN, 2, 3, 9, 8, 7, 6, 10];
    expect(medianInterval(values)).toEqual({ low: 2, high: 9 });
  });
});

describe('the share beyond a threshold', () => {
  it('carries its 90 % interval, which narrows as people are added', () => {
    const t: DeltaThreshold = { metric: 'totalSleepTime_min', op: '<', value: -30 };
    const few = shareBeyond(t, [-40, -10, -50, 0, 5, -31, -29, -60, 2, -1]);
    expect(few).toMatchObject({ count: 4, of: 10, share: 0.4 });
    const many = shareBeyond(
      t,
      Array.from({ length: 200 }, (_, i) => (i % 5 < 2 ? -45 : -5)),
    );
    expect(many).toMatchObject({ count: 80, of: 200, share: 0.4 });
    expect(few.low!).toBeLessThan(many.low!);
    expect(few.high!).toBeGreaterThan(many.high!);
    expect(many.high! - many.low!).toBeCloseTo(2 * 1.644854 * Math.sqrt((0.4 * 0.6) / 200), 2);
    expect(shareBeyond(t, [null, NaN])).toMatchObject({ of: 0, share: null, low: null, high: null });
  });
});

describe('the cohort summary', () => {
  // Older people lose more sleep (Δ = −0.75·age): age explains the spread, sex does not.
  const records = Array.from({ length: 40 }, (_, i) =>
    record(i, 20 + i, i % 2 ? 'female' : 'male', 420, 420 - 0.75 * (20 + i)),
  );

  it('gives the quantiles of A, B and Δ, and the share beyond a threshold', () => {
    const s = summarise(records, ['age', 'sex'], { seed: 1, population: 'p', model: 'm' }, [
      parseThreshold('totalSleepTime_min<-30').ok
        ? { metric: 'totalSleepTime_min', op: '<', value: -30 }
        : (undefined as never),
    ]);
    const tst = s.metrics.find((m) => m.metric === 'totalSleepTime_min')!;
    expect(tst.a.median).toBe(420);
    expect(tst.delta.median).toBeCloseTo(-0.75 * 39.5, 10);
    expect(tst.delta.n).toBe(40);
    // Δ < −30 ⇔ age > 40: ages 41..59 → 19 people of 40.
    expect(s.thresholds[0]).toMatchObject({ count: 19, of: 40, share: 19 / 40 });
    expect(tst.drivers[0]).toEqual({ param: 'age', rho: -1, low: -1, high: -1 });
    // Sex: its ρ over 40 people, and an interval that holds both it and 0 (no association told apart).
    const sex = tst.drivers[1]!;
    expect(Math.abs(sex.rho)).toBeLessThan(0.2);
    const expected = spearmanInterval(sex.rho, 40, 1.644854)!;
    expect(sex.low).toBeCloseTo(expected.low, 6);
    expect(sex.high).toBeCloseTo(expected.high, 6);
    expect(sex.low!).toBeLessThan(Math.min(0, sex.rho));
    expect(sex.high!).toBeGreaterThan(Math.max(0, sex.rho));
    // A metric no one has gives empty spreads, not zeros.
    expect(s.metrics.find((m) => m.metric === 'n3_pct')!.delta).toMatchObject({ n: 0, median: null });
  });

  it('counts only people with a defined Δ, and drivers leave out constant parameters', () => {
    expect(thresholdShare([], { metric: 'totalSleepTime_min', op: '>', value: 0 }).share).toBeNull();
    const same = records.map((r) => ({ ...r, values: { ...r.values, age: 30 } }));
    expect(drivers(same, ['age'], 'totalSleepTime_min')).toEqual([]);
    expect(spread([null, 3, 1, 2]).median).toBe(2);
  });

  it('reads thresholds and refuses malformed ones with the reason', () => {
    expect(parseThreshold('totalSleepTime_min < -30')).toEqual({
      ok: true,
      threshold: { metric: 'totalSleepTime_min', op: '<', value: -30 },
    });
    expect(parseThreshold('tst<-30')).toEqual({ ok: false, message: '"tst" is not a metric id' });
    expect(parseThreshold('totalSleepTime_min=-30').ok).toBe(false);
  });
});

describe('bands over time', () => {
  it('gives per-epoch median and 50 %/90 % bands, skipping missing values', () => {
    const people = Array.from({ length: 101 }, (_, k) => Float32Array.from([k, 2 * k, k === 0 ? NaN : 1]));
    const b = seriesBands(people);
    expect(Array.from(b.median)).toEqual([50, 100, 1]);
    expect(b.p25[0]).toBe(25);
    expect(b.p75[1]).toBe(150);
    expect(b.p05[0]).toBe(5);
    expect(b.p95[0]).toBe(95);
    expect(Array.from(b.count)).toEqual([101, 101, 100]);
  });

  it("pairs B's epochs with A's by the pair offset", () => {
    const a = Float32Array.from([1, 2, 3, 4]);
    const b = Float32Array.from([10, 20, 30]);
    expect(Array.from(pairedDelta(a, b, 2))).toEqual([7, 16, NaN]);
    expect(Array.from(pairedDelta(a, b, -1))).toEqual([NaN, 19, 28]);
  });
});
