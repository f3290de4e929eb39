import { describe, expect, it } from 'vitest';
import { MAX_SOBOL_DIMENSIONS, sobolIntegers, sobolPoints } from './sobolSequence';

/**
 * Per dimension, a polynomial hash (base 1000003, mod 1000000007) of the first 1024 points as
 * 32-bit integers, from SciPy 1.17: `qmc.Sobol(d=45, scramble=False, bits=32).random(1024) · 2³²`.
 * SciPy is an independent implementation with the same Joe–Kuo table, so a wrong direction number
 * in any of the 45 dimensions shows here.
 */
const SCIPY_HASHES = [
  409253007, 811935308, 952257607, 580864314, 68005097, 224053538, 532730617, 617606777, 777794675, 6936142, 658117261,
  129069086, 437550027, 650747104, 947794737, 761887581, 208529103, 123834147, 383898136, 887654748, 909133539,
  300622595, 755523392, 564424434, 135471887, 141849285, 256114854, 401929614, 39390115, 78146745, 557654578, 267825995,
  668099137, 243216689, 265173611, 941329453, 836922177, 838033900, 31623023, 185128873, 290355622, 818232509,
  824384168, 320518532, 680044822,
];

function hash(values: Iterable<number>): number {
  const P = 1000000007n;
  let h = 0n;
  for (const v of values) h = (h * 1000003n + BigInt(v)) % P;
  return Number(h);
}

describe("Sobol' sequence (Joe–Kuo direction numbers)", () => {
  it('has as many dimensions as the table serves', () => {
    expect(MAX_SOBOL_DIMENSIONS).toBe(SCIPY_HASHES.length);
  });

  it("matches SciPy's unscrambled sequence in every dimension over 1024 points", () => {
    const d = MAX_SOBOL_DIMENSIONS;
    const ints = sobolIntegers(1024, d);
    for (let j = 0; j < d; j++) {
      const column = Array.from({ length: 1024 }, (_, n) => ints[n * d + j]!);
      expect(hash(column), `dimension ${j + 1}`).toBe(SCIPY_HASHES[j]);
    }
  });

  it('starts as Sobol’s sequence does (0, ½, ¾, ¼ in the first dimensions)', () => {
    const ints = sobolIntegers(4, 3);
    expect(Array.from(ints, (v) => v / 2 ** 32)).toEqual([0, 0, 0, 0.5, 0.5, 0.5, 0.75, 0.25, 0.25, 0.25, 0.75, 0.75]);
  });

  it('stratifies every dimension (a (0, m, 1)-net), shifted or not', () => {
    const d = 12;
    const shift = Uint32Array.from({ length: d }, (_, j) => (j * 0x9e3779b9) >>> 0);
    for (const points of [sobolPoints(255, d), sobolPoints(255, d, shift)]) {
      // Points 1…255 are the 256-point net without its first point: every cell of 1/128 holds two, one holds one.
      for (let j = 0; j < d; j++) {
        const cells = new Array<number>(128).fill(0);
        for (let n = 0; n < 255; n++) cells[Math.floor(points[n * d + j]! * 128)]!++;
        expect(cells.filter((c) => c === 2)).toHaveLength(127);
        expect(cells.filter((c) => c === 1)).toHaveLength(1);
      }
    }
  });

  it('never gives 0 or 1, so an inverse CDF stays finite', () => {
    const points = sobolPoints(512, 4, Uint32Array.from([0xffffffff, 0, 1, 0x80000000]));
    expect(Math.min(...points)).toBeGreaterThan(0);
    expect(Math.max(...points)).toBeLessThan(1);
  });

  it('refuses more dimensions than it has direction numbers for', () => {
    expect(() => sobolIntegers(4, MAX_SOBOL_DIMENSIONS + 1)).toThrow(/1 to 45 dimensions/);
  });
});
