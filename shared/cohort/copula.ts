/**
 * A Gaussian copula: correlated standard normals z = L·e (L the Cholesky factor of the correlation
 * matrix, e independent standard normals), each mapped to u = Φ(z) and then through its marginal's
 * quantile. With no correlations L is the identity and each parameter is drawn on its own.
 */
import { normalCdf } from './distributions';

/**
 * The lower-triangular Cholesky factor of a symmetric matrix (row-major, n×n), or the index of the
 * first pivot that is not positive (the matrix is not positive definite). Written out: twelve
 * lines for a matrix of at most a few dozen rows, where a matrix library would add a dependency
 * to shared/ for one call.
 */
export function cholesky(
  matrix: readonly number[],
  n: number,
): { ok: true; factor: Float64Array } | { ok: false; row: number } {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = matrix[i * n + j]!;
      for (let k = 0; k < j; k++) sum -= l[i * n + k]! * l[j * n + k]!;
      if (i === j) {
        if (!(sum > 1e-12)) return { ok: false, row: i };
        l[i * n + i] = Math.sqrt(sum);
      } else {
        l[i * n + j] = sum / l[j * n + j]!;
      }
    }
  }
  return { ok: true, factor: l };
}

/** u = Φ(L·e) for one person: `e` independent standard normals, one per parameter. */
export function correlatedUniforms(factor: Float64Array, n: number, e: readonly number[]): number[] {
  const u: number[] = [];
  for (let i = 0; i < n; i++) {
    let z = 0;
    for (let k = 0; k <= i; k++) z += factor[i * n + k]! * e[k]!;
    u.push(normalCdf(z));
  }
  return u;
}
