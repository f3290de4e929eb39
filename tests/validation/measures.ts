/**
 * Read-outs shared by the validation rows: phase markers from the phase series, time-constant
 * fits, episode statistics. They read simulated series only.
 */
import { EPOCH_H, EPOCHS_PER_HOUR, STAGE_CODE } from '../../shared/model/result';
import { meanOverNrem } from '../../shared/model/scoring';
import type { TimelineRun } from './runs';

/** All CBT minima (phase wrapping through 0) as fractional epochs. */
export function cbtMinima(run: TimelineRun): number[] {
  const phase = run.core.trajectory.circadianPhase_rad;
  const out: number[] = [];
  for (let i = 1; i < phase.length; i++) {
    const a = phase[i - 1]!;
    const b = phase[i]!;
    if (a - b > Math.PI) out.push(i - 1 + (2 * Math.PI - a) / (2 * Math.PI - a + b));
  }
  return out;
}

/**
 * Period (h) of the CBT minima of a 28-h forced-desynchrony run (forcedDesynchrony in
 * protocols.ts): the slope of their times over their index, counting minima from 7 cycles
 * after the first lights-off less two thirds of a cycle; null with fewer than five minima. One
 * measure for every row that reads a period back (CIRC-01, SEXAGE-03).
 */
export function forcedDesynchronyPeriod_h(run: TimelineRun): number | null {
  const start = run.timeline.focus.lightsOff - Math.round((2 / 3) * 28 * EPOCHS_PER_HOUR) + 7 * 28 * EPOCHS_PER_HOUR;
  const t = cbtMinima(run)
    .filter((x) => x >= start)
    .map((x) => x * EPOCH_H);
  return t.length >= 5
    ? slope(
        t.map((_, i) => i),
        t,
      )
    : null;
}

/** Phase shift in hours (positive = advance) of `run` against `control`, read at the control's last CBTmin. */
export function phaseShift_h(run: TimelineRun, control: TimelineRun): number | null {
  const c = cbtMinima(control);
  const r = cbtMinima(run);
  const ref = c[c.length - 1];
  if (ref === undefined || r.length === 0) return null;
  let best = r[0]!;
  for (const t of r) if (Math.abs(t - ref) < Math.abs(best - ref)) best = t;
  return (ref - best) * EPOCH_H;
}

/** First CBTmin at or after `epoch`. */
export function cbtMinAfter(run: TimelineRun, epoch: number): number | null {
  for (const t of cbtMinima(run)) if (t >= epoch) return t;
  return null;
}

/** Least-squares slope of y on x. */
export function slope(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < n; i++) {
    sx += xs[i]!;
    sy += ys[i]!;
  }
  const mx = sx / n;
  const my = sy / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return num / den;
}

/** Pearson correlation. */
export function correlation(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
    syy += (ys[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/** Spearman rank correlation (no ties expected). */
export function spearman(xs: readonly number[], ys: readonly number[]): number {
  const rank = (v: readonly number[]): number[] => {
    const idx = v.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
    const r = new Array<number>(v.length);
    idx.forEach(([, i], k) => (r[i] = k));
    return r;
  };
  return correlation(rank(xs), rank(ys));
}

/** Decay time constant of S over the focal sleep period: −1/slope of ln S (asymptote 0). */
export function sDecayTau_h(run: TimelineRun): number | null {
  const h = run.measures.hypnogram;
  if (h.sleepOnset === null || h.finalWake === null) return null;
  const S = run.core.trajectory.processS;
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = h.sleepOnset; i < h.finalWake; i += 10) {
    xs.push(i * EPOCH_H);
    ys.push(Math.log(S[i]!));
  }
  return -1 / slope(xs, ys);
}

/** Build-up time constant of S over the wake after the focal night until 23:00 (asymptote μ). */
export function sRiseTau_h(run: TimelineRun, mu: number): number | null {
  const h = run.measures.hypnogram;
  if (h.finalWake === null) return null;
  const S = run.core.trajectory.processS;
  const stage = run.core.trajectory.stage;
  const xs: number[] = [];
  const ys: number[] = [];
  const end = Math.min(S.length, h.finalWake + 14 * EPOCHS_PER_HOUR);
  for (let i = h.finalWake + 1; i < end; i += 10) {
    if (stage[i] !== STAGE_CODE.W) break;
    xs.push(i * EPOCH_H);
    ys.push(Math.log(mu - S[i]!));
  }
  return xs.length > 10 ? -1 / slope(xs, ys) : null;
}

/** Mean SWA per NREM episode of the focal night. */
export function swaByEpisode(run: TimelineRun): (number | null)[] {
  const h = run.measures.hypnogram;
  const swa = run.result.series.swa!;
  return h.nremEpisodes.map((e) => meanOverNrem(swa, run.result.stage, e));
}

/** Minutes of a stage over [from, to). */
export function stageMinutes(run: TimelineRun, code: number, from: number, to: number): number {
  let n = 0;
  const st = run.result.stage;
  for (let i = from; i < to; i++) if (st[i] === code) n++;
  return n * EPOCH_H * 60;
}

/** Area under a series over [from, to) (per epoch sum × hours). */
export function area(series: Float32Array, from: number, to: number): number {
  let s = 0;
  for (let i = from; i < to; i++) s += series[i]!;
  return s * EPOCH_H;
}

/** Lux where a rising dose–response crosses `level`, interpolated in log lux. */
export function crossingLux(lux: readonly number[], response: readonly number[], level: number): number | null {
  for (let i = 1; i < lux.length; i++) {
    const a = response[i - 1]!;
    const b = response[i]!;
    if (a < level && b >= level) {
      const t = (level - a) / (b - a);
      return Math.exp(Math.log(lux[i - 1]!) + t * (Math.log(lux[i]!) - Math.log(lux[i - 1]!)));
    }
  }
  return null;
}
