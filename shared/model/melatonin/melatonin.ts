/**
 * Melatonin: pineal synthesis switched on in a window of circadian phase, suppressed by light at
 * the retina, released into plasma and cleared (the pineal/plasma compartments of Breslow et al.
 * 2013, J Biol Rhythms 28:68, with their transfer rates). Light suppression is the logistic
 * dose–response of Zeitzer et al. 2000 (J Physiol 526:695) acting on synthesis, with a gain s_max
 * (melatoninLightSuppression, 1 by default: the strength of the light → melatonin coupling;
 * established). The endogenous level does not feed back on the clock (only an oral dose does,
 * circadian.ts); it lowers the sleep–wake thresholds a little (sleepPropensity.ts, hypothesis).
 *
 *   dP/dt = A·w(θ)·(1 − s(I)) − β_IP·P,   dM/dt = β_IP·P − β_CP·M,   s(I) = s_max·I^h/(I^h + ED50^h)
 *
 * DLMO is read from M (its evening crossing of a threshold), never from CBTmin by an offset.
 *
 * Two plasma curves are integrated side by side from the same synthesis window: the masked one
 * (`plasma`, synthesis suppressed by the light of the epoch: what a blood sample drawn under that
 * light would show) and the unmasked one (`plasmaUnmasked`, no suppression: what the same clock
 * would show in dim light). DLMO and the other timing markers are by definition measured in dim
 * light (Lewy & Sack 1989; Benloucif et al. 2008), so they are read from the unmasked curve; a
 * bright evening then moves them only through the clock (phase shifts), not by masking.
 * Suppression metrics read the masked curve. (Established: masking by light is acute and leaves
 * the pacemaker's phase markers unchanged, Zeitzer et al. 2000.)
 */
import type { ParameterValues } from '../parameters';
import { EPOCH_H } from '../result';
import { RAD_PER_H } from '../circadian/circadian';

/** Width of the soft edges of the synthesis window, h (design choice). */
const EDGE_H = 0.35;
/** Bins of the synthesis-window table over one circadian cycle (≈ 21 s of circadian time each). */
const WINDOW_BINS = 4096;

/**
 * The last window table built, reused while its two parameters are unchanged (a sweep over
 * anything else): the same inputs give the same table, which is never written after it is built.
 */
let lastWindow: { readonly onset_h: number; readonly width_h: number; readonly table: Float64Array } | null = null;

export class Melatonin {
  pineal = 0;
  plasma = 0;
  /** The same compartments without light suppression (dim-light melatonin). */
  pinealUnmasked = 0;
  plasmaUnmasked = 0;
  private readonly synthesis: number;
  private readonly onset_h: number;
  private readonly width_h: number;
  private readonly ed50: number;
  private readonly hill: number;
  private readonly maxSuppression: number;
  private readonly releaseDecay: number;
  private readonly release: number;
  private readonly clearanceDecay: number;
  private readonly clearance: number;
  private lastLux = -1.5;
  private lastSuppression = 0.5;
  /** w(θ) tabulated once per run, so the hot loop needs no exponentials. */
  private readonly windowTable: Float64Array;

  constructor(params: ParameterValues) {
    this.release = params.melatoninRelease_perH;
    this.clearance = params.melatoninClearance_perH;
    // At a plateau M = A/β_CP, so A = peak·β_CP.
    this.synthesis = params.melatoninPeak_pgPerMl * this.clearance;
    this.onset_h = params.melatoninOnset_h;
    this.width_h = params.melatoninOnset_h + params.melatoninOffset_h;
    this.ed50 = params.melatoninSuppressionEd50_lux;
    this.hill = params.melatoninSuppressionHill;
    this.maxSuppression = params.melatoninLightSuppression;
    this.releaseDecay = Math.exp(-this.release * EPOCH_H);
    this.clearanceDecay = Math.exp(-this.clearance * EPOCH_H);
    const last = lastWindow;
    if (last && Object.is(last.onset_h, this.onset_h) && Object.is(last.width_h, this.width_h)) {
      this.windowTable = last.table;
    } else {
      const table = new Float64Array(WINDOW_BINS + 1);
      for (let b = 0; b <= WINDOW_BINS; b++) table[b] = this.exactWindow((2 * Math.PI * b) / WINDOW_BINS);
      this.windowTable = table;
      lastWindow = { onset_h: this.onset_h, width_h: this.width_h, table };
    }
  }

  /** Fraction of synthesis suppressed by light at the retina. */
  suppression(lux: number): number {
    if (lux !== this.lastLux) {
      this.lastLux = lux;
      const r = lux > 0 ? Math.pow(lux / this.ed50, this.hill) : 0;
      this.lastSuppression = (this.maxSuppression * r) / (1 + r);
    }
    return this.lastSuppression;
  }

  /** Synthesis window 0–1 at circadian phase θ in [0, 2π) (0 = CBTmin), interpolated from the table. */
  window(phase_rad: number): number {
    const x = (phase_rad * WINDOW_BINS) / (2 * Math.PI);
    const b = x | 0;
    const t = this.windowTable;
    return t[b]! + (t[b + 1]! - t[b]!) * (x - b);
  }

  private exactWindow(phase_rad: number): number {
    // Hours since the window opened, signed so that just before opening is negative.
    let h = phase_rad / RAD_PER_H + this.onset_h;
    h %= 24;
    if (h > 12 + this.width_h / 2) h -= 24;
    const rise = 1 / (1 + Math.exp(-h / EDGE_H));
    const fall = 1 / (1 + Math.exp(-(this.width_h - h) / EDGE_H));
    return rise * fall;
  }

  /** Inputs of the epoch: circadian phase (rad) and light at the retina (lux). */
  phase = 0.5;
  lux = 0.5;

  step(): void {
    // window() and suppression() inlined by hand: this runs once per epoch.
    const x = (this.phase * WINDOW_BINS) / (2 * Math.PI);
    const b = x | 0;
    const t = this.windowTable;
    const w = t[b]! + (t[b + 1]! - t[b]!) * (x - b);
    const lux = this.lux;
    if (lux !== this.lastLux) this.suppression(lux);
    const a0 = this.synthesis * w;
    const a = a0 * (1 - this.lastSuppression);
    const rd = this.releaseDecay;
    const cd = this.clearanceDecay;
    const p0 = this.pineal;
    // Exact for constant synthesis over the epoch.
    this.pineal = p0 * rd + (a / this.release) * (1 - rd);
    // Plasma gains what left the pineal (mean pineal content × rate) and clears exponentially.
    const inflow = this.release * 0.5 * (p0 + this.pineal);
    this.plasma = this.plasma * cd + (inflow / this.clearance) * (1 - cd);
    // The unmasked curve: the same kinetics with the unsuppressed synthesis.
    const u0 = this.pinealUnmasked;
    this.pinealUnmasked = u0 * rd + (a0 / this.release) * (1 - rd);
    const inflowU = this.release * 0.5 * (u0 + this.pinealUnmasked);
    this.plasmaUnmasked = this.plasmaUnmasked * cd + (inflowU / this.clearance) * (1 - cd);
  }
}
