/**
 * The Sobol' low-discrepancy sequence (Sobol' 1967; Bratley & Fox 1988, ACM TOMS 14:88, Gray-code
 * order), with the direction numbers of Joe & Kuo 2008 (SIAM J Sci Comput 30:2635, file
 * new-joe-kuo-6.21201, the set SciPy's `qmc.Sobol` uses). Quasi-random base samples make Saltelli's
 * estimators converge faster than pseudo-random ones (about 1/N instead of 1/√N for smooth
 * models; Saltelli et al. 2010 §3), which matters when every point is a simulated night.
 *
 * sobolSequence.test.ts checks the first 1024 points of every dimension against SciPy 1.17's
 * unscrambled sequence, so the table below is tested, not trusted.
 */

/**
 * Dimensions 2… as `s a m_1 … m_s` (degree of the primitive polynomial, its coefficients as an
 * integer, the initial direction numbers). Dimension 1 is van der Corput (all m = 1) and needs none.
 * A data table of 44 rows, enough for 22 factors (a Saltelli design uses 2·d dimensions).
 */
const JOE_KUO =
  '1 0 1|2 1 1 3|3 1 1 3 1|3 2 1 1 1|4 1 1 1 3 3|4 4 1 3 5 13|5 2 1 1 5 5 17|5 4 1 1 5 5 5|5 7 1 1 7 11 19|' +
  '5 11 1 1 5 1 1|5 13 1 1 1 3 11|5 14 1 3 5 5 31|6 1 1 3 3 9 7 49|6 13 1 1 1 15 21 21|6 16 1 3 1 13 27 49|' +
  '6 19 1 1 1 15 7 5|6 22 1 3 1 15 13 25|6 25 1 1 5 5 19 61|7 1 1 3 7 11 23 15 103|7 4 1 3 7 13 13 15 69|' +
  '7 7 1 1 3 13 7 35 63|7 8 1 3 5 9 1 25 53|7 14 1 3 1 13 9 35 107|7 19 1 3 1 5 27 61 31|7 21 1 1 5 11 19 41 61|' +
  '7 28 1 3 5 3 3 13 69|7 31 1 1 7 13 1 19 1|7 32 1 3 7 5 13 19 59|7 37 1 1 3 9 25 29 41|7 41 1 3 5 13 23 1 55|' +
  '7 42 1 3 7 3 13 59 17|7 50 1 3 1 3 5 53 69|7 55 1 1 5 5 23 33 13|7 56 1 1 7 7 1 61 123|7 59 1 1 7 9 13 61 49|' +
  '7 62 1 3 3 5 3 55 33|8 14 1 3 1 15 31 13 49 245|8 21 1 3 5 15 31 59 63 97|8 22 1 3 1 11 11 11 77 249|' +
  '8 38 1 3 1 11 27 43 71 9|8 47 1 1 7 15 21 11 81 45|8 49 1 3 7 3 25 31 65 79|8 50 1 3 1 1 19 11 3 205|' +
  '8 52 1 1 5 9 19 21 29 157';

const BITS = 32;

/** The most dimensions the table serves. */
export const MAX_SOBOL_DIMENSIONS = JOE_KUO.split('|').length + 1;

/** The 32 direction numbers of one dimension, as unsigned 32-bit integers. */
function directionNumbers(dimension: number): Uint32Array {
  const v = new Uint32Array(BITS);
  if (dimension === 0) {
    for (let k = 0; k < BITS; k++) v[k] = 2 ** (BITS - 1 - k);
    return v;
  }
  const [s, a, ...m] = JOE_KUO.split('|')[dimension - 1]!.split(' ').map(Number) as [number, number, ...number[]];
  for (let k = 0; k < s; k++) v[k] = (m[k]! * 2 ** (BITS - 1 - k)) >>> 0;
  for (let k = s; k < BITS; k++) {
    let value = (v[k - s]! ^ (v[k - s]! >>> s)) >>> 0;
    for (let l = 1; l < s; l++) if ((a >>> (s - 1 - l)) & 1) value = (value ^ v[k - l]!) >>> 0;
    v[k] = value;
  }
  return v;
}

/**
 * The first `count` points of the `dimensions`-dimensional sequence, point 0 (the origin)
 * included, as unsigned 32-bit integers (the coordinate is the integer / 2³²), row-major:
 * point n's coordinate j is at n·dimensions + j.
 */
export function sobolIntegers(count: number, dimensions: number): Uint32Array {
  if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > MAX_SOBOL_DIMENSIONS) {
    throw new RangeError(
      `the Sobol' sequence here has 1 to ${MAX_SOBOL_DIMENSIONS} dimensions, asked for ${dimensions}`,
    );
  }
  if (!Number.isInteger(count) || count < 0 || count > 2 ** BITS - 1) {
    throw new RangeError(`the Sobol' sequence here has up to 2^32 − 1 points, asked for ${count}`);
  }
  const directions = Array.from({ length: dimensions }, (_, j) => directionNumbers(j));
  const out = new Uint32Array(count * dimensions);
  const x = new Uint32Array(dimensions);
  for (let n = 1; n < count; n++) {
    // Gray-code order: point n differs from point n − 1 by the direction number of the lowest zero bit of n − 1.
    let c = 0;
    let rest = n - 1;
    while (rest & 1) {
      rest = Math.floor(rest / 2);
      c++;
    }
    for (let j = 0; j < dimensions; j++) {
      x[j] = (x[j]! ^ directions[j]![c]!) >>> 0;
      out[n * dimensions + j] = x[j]!;
    }
  }
  return out;
}

/**
 * `count` points in the open unit cube, row-major, starting at point 1 (the origin would put a
 * factor at the end of its range, where an inverse CDF may be infinite). With `shift`, each
 * dimension is XORed with its own 32-bit word: a random digital shift keeps the net's
 * stratification (Owen 1995) while making the sample depend on a seed. Each integer maps to the
 * middle of its cell, (k + ½)/2³², so no coordinate is exactly 0 or 1.
 */
export function sobolPoints(count: number, dimensions: number, shift?: Uint32Array): Float64Array {
  if (shift && shift.length !== dimensions) throw new RangeError('the digital shift needs one word per dimension');
  const ints = sobolIntegers(count + 1, dimensions);
  const out = new Float64Array(count * dimensions);
  for (let i = 0; i < count * dimensions; i++) {
    const j = i % dimensions;
    const word = shift ? (ints[i + dimensions]! ^ shift[j]!) >>> 0 : ints[i + dimensions]!;
    out[i] = (word + 0.5) / 2 ** BITS;
  }
  return out;
}
