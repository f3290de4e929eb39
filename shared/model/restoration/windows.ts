/** Epoch windows of the focal night and small reductions over typed arrays, shared by the metrics. */
import type { CoreTrajectory } from '../trajectory';
import { EPOCHS_PER_HOUR } from '../result';

export interface FocalWindows {
  readonly lightsOff: number;
  readonly lightsOn: number;
  readonly sleepOnset: number | null;
  /** The final awakening; on a night without sleep, the (habitual) lights-on. */
  readonly wake: number;
  /** The outcome test time, 2 h after wake (clipped to the protocol). */
  readonly test: number;
  readonly epochs: number;
}

export function focalWindows(core: CoreTrajectory): FocalWindows {
  const f = core.focal;
  const last = core.epochs - 1;
  const wake = Math.min(last, f.finalWake ?? f.lightsOn);
  return {
    lightsOff: Math.min(last, f.lightsOff),
    lightsOn: Math.min(last, f.lightsOn),
    sleepOnset: f.sleepOnset,
    wake,
    test: Math.min(last, wake + 2 * EPOCHS_PER_HOUR),
    epochs: core.epochs,
  };
}

function clip(i: number, n: number): number {
  return i < 0 ? 0 : i > n ? n : i;
}

export function sum(x: ArrayLike<number>, from: number, to: number): number {
  const a = clip(Math.round(from), x.length);
  const b = clip(Math.round(to), x.length);
  let s = 0;
  for (let i = a; i < b; i++) s += x[i]!;
  return s;
}

/** Mean of x over [from, to), optionally only where keep(i); null when no epoch qualifies. */
export function mean(x: ArrayLike<number>, from: number, to: number, keep?: (i: number) => boolean): number | null {
  const a = clip(Math.round(from), x.length);
  const b = clip(Math.round(to), x.length);
  let s = 0;
  let k = 0;
  for (let i = a; i < b; i++) {
    if (keep && !keep(i)) continue;
    s += x[i]!;
    k++;
  }
  return k > 0 ? s / k : null;
}

export function argExtreme(x: ArrayLike<number>, from: number, to: number, sign: 1 | -1): number | null {
  const a = clip(Math.round(from), x.length);
  const b = clip(Math.round(to), x.length);
  let best = -1;
  let bestValue = -Infinity;
  for (let i = a; i < b; i++) {
    const v = sign * x[i]!;
    if (v > bestValue) {
      bestValue = v;
      best = i;
    }
  }
  return best >= 0 ? best : null;
}

/** Percent change from epoch a to epoch b; null when the start is not positive. */
export function percentChange(x: ArrayLike<number>, a: number, b: number): number | null {
  const x0 = x[a];
  const x1 = x[b];
  if (x0 === undefined || x1 === undefined || !(x0 > 0)) return null;
  return ((x1 - x0) / x0) * 100;
}

export function finiteOrNull(v: number | null): number | null {
  return v !== null && Number.isFinite(v) ? v : null;
}
