/**
 * seriesBands (bands.ts) with its numbers unchanged but ~10× faster, for the lab, which rebuilds
 * the bands of every series (56 series × 3 × ~400 grid points for 200 people) several times a run
 * in main: a typed array's built-in sort cost ~70 µs for 200 values, most of the rebuild; an
 * in-place sort written out (insertion sort below 16, else quicksort on the median of three)
 * costs a few µs. Same finite-values rule and type-7 quantiles, so it equals seriesBands exactly
 * (fastBands.test.ts).
 */
import { seriesBands, type SeriesBands } from './bands';

function insertionSort(a: Float64Array, lo: number, hi: number): void {
  for (let i = lo + 1; i <= hi; i++) {
    const v = a[i]!;
    let j = i - 1;
    while (j >= lo && a[j]! > v) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = v;
  }
}

/** Sorts a[lo..hi] ascending in place (finite values only). */
function sortRange(a: Float64Array, lo: number, hi: number): void {
  while (hi - lo >= 16) {
    const mid = (lo + hi) >>> 1;
    // Median of three as the pivot: sorted data (common across people at an epoch) stays O(n log n).
    if (a[mid]! < a[lo]!) [a[mid], a[lo]] = [a[lo]!, a[mid]!];
    if (a[hi]! < a[lo]!) [a[hi], a[lo]] = [a[lo]!, a[hi]!];
    if (a[hi]! < a[mid]!) [a[hi], a[mid]] = [a[mid]!, a[hi]!];
    const pivot = a[mid]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    // Recurse into the smaller side, loop on the larger: the stack stays O(log n).
    if (j - lo < hi - i) {
      sortRange(a, lo, j);
      lo = i;
    } else {
      sortRange(a, i, hi);
      hi = j;
    }
  }
  insertionSort(a, lo, hi);
}

/** seriesBands with the sort above: the same loop and quantiles, only the sort differs. */
export const fastSeriesBands = (series: readonly ArrayLike<number>[]): SeriesBands =>
  seriesBands(series, (column) => sortRange(column, 0, column.length - 1));
