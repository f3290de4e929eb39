/**
 * Circadian pacemaker with light input: Forger, Jewett & Kronauer 1999 ("A simpler model of the
 * human circadian pacemaker", J Biol Rhythms 14:532) driven by Process L with the light
 * parameters Skeldon et al. 2023 pair with it (HCL model). Integrated with classical RK4, one
 * step per 30-s epoch, light constant within the epoch.
 *
 *   dx/dt  = (π/12)·(x_c + B)
 *   dx_c/dt = (π/12)·[μ·(x_c − 4x_c³/3) − x·((24/(0.99669·τ))² + k·B)]
 *   dn/dt  = 60·[α(I)·(1 − n) − β·n],  α(I) = α₀·(I/I₀)^p   (rates per minute → ×60 per hour)
 *   B = G·(1 − n)·α(I)·(1 − 0.4x)·(1 − 0.4x_c)
 *
 * Exogenous melatonin (a dose's plasma level C, pg/mL, set by the core) adds a phase-only drive:
 * with x = −r·cos θ_x and x_c = r·sin θ_x, a change δ of dθ_x/dt is dx/dt += δ·x_c and
 * dx_c/dt += −δ·x, with
 *   δ = (π/12)·g·C/(C + K)·r·cos(θ_x − φ_adv)
 * (g melatoninPhaseGain_hPerH, K melatoninPhaseHalfSat_pgPerMl, φ_adv the phase of maximal advance,
 * melatoninAdvancePeak_h before CBTmin; r·cos(θ_x − φ_adv) is drive() below). A sinusoidal PRC in
 * the spirit of the melatonin term of published limit-cycle models (St Hilaire et al. 2007, J Pineal
 * Res 43:294 couple melatonin to the Kronauer pacemaker); the form here is our design. Evidence:
 * direction established (human melatonin PRCs, Burgess et al. 2008 J Physiol 586:639 and 2010 J Clin
 * Endocrinol Metab 95:3325: advance when taken before DLMO, delay after wake); sizes calibrated
 * (MPRC-01, MPRC-04). The model's own (endogenous) melatonin does not feed back: only a dose's level
 * is set here, and with no dose the step is the unchanged Forger equations, bit for bit.
 *
 * Phase θ = atan2(x_c, −x) − φ_ref: 0 at the CBT minimum, which lags the minimum of x by
 * φ_ref (Jewett et al. 1999), advancing by 2π per cycle.
 */
import type { ParameterValues } from '../parameters';
import { EPOCH_H } from '../result';

// Imported bindings are getter calls under the dev and test module loaders (tsx, vitest: a
// measurable share of the per-epoch time); module-local copies, same values, avoid them.
const STEP_H = EPOCH_H;

const W = Math.PI / 12;
// Forger et al. 1999: the factor 0.99669 makes the free-running period equal τ at this μ.
const PERIOD_CORRECTION = 0.99669;
// Forger et al. 1999: the photic drive is modulated by the oscillator state with b = 0.4.
const B_MOD = 0.4;

export class Pacemaker {
  x: number;
  xc: number;
  n = 0;
  private readonly mu: number;
  private readonly omega2: number;
  private readonly k: number;
  private readonly G: number;
  private readonly alpha0: number;
  private readonly p: number;
  private readonly beta: number;
  private readonly I0: number;
  private lastLux = -1;
  private alpha = 0;
  private readonly melGain: number;
  private readonly melHalfSat: number;
  private readonly cosAdv: number;
  private readonly sinAdv: number;
  /** CBTmin lag behind the minimum of x, rad. */
  readonly lag_rad: number;

  constructor(params: ParameterValues, initialPhase_rad: number) {
    this.mu = params.pacemakerStiffness;
    this.omega2 = (24 / (PERIOD_CORRECTION * intrinsicPeriod_h(params))) ** 2;
    this.k = params.lightSensitivity;
    this.G = params.lightGain;
    this.alpha0 = params.lightAlpha0_perMin;
    this.p = params.lightExponent;
    this.beta = params.lightRecovery_perMin;
    this.I0 = params.lightI0_lux;
    this.lag_rad = params.cbtMinLag_h * RAD_PER_H;
    this.melGain = params.melatoninPhaseGain_hPerH;
    this.melHalfSat = params.melatoninPhaseHalfSat_pgPerMl;
    const adv = (24 - params.melatoninAdvancePeak_h) * RAD_PER_H + this.lag_rad;
    this.cosAdv = Math.cos(adv);
    this.sinAdv = Math.sin(adv);
    // Start on the unit limit cycle at the requested phase (x = −cos θ_x, x_c = sin θ_x).
    const thetaX = initialPhase_rad + this.lag_rad;
    this.x = -Math.cos(thetaX);
    this.xc = Math.sin(thetaX);
  }

  /** Activation rate α(I) per minute; recomputed only when the light changes. */
  private alphaOf(lux: number): number {
    if (lux !== this.lastLux) {
      this.lastLux = lux;
      this.alpha = lux > 0 ? this.alpha0 * Math.pow(lux / this.I0, this.p) : 0;
    }
    return this.alpha;
  }

  /** Light at the retina for the next step, lux (a field: see SleepSwitch). */
  lux = 0.5;

  /**
   * Exogenous plasma melatonin for the next step, pg/mL (a field: the core sets it only on a
   * timeline with melatonin doses; at 0 nothing changes).
   */
  exoMelatonin = 0;

  /** Advances one epoch under constant light `this.lux`. */
  step(): void {
    const a = this.alphaOf(this.lux);
    if (this.exoMelatonin > 0 && this.melGain > 0) {
      this.stepWithMelatonin(a);
      return;
    }
    const h = STEP_H;
    const { mu, omega2, k, G, beta } = this;
    let x = this.x;
    let xc = this.xc;
    let n = this.n;
    // RK4, unrolled so no arrays are allocated per step.
    let B = G * (1 - n) * a * (1 - B_MOD * x) * (1 - B_MOD * xc);
    const k1x = W * (xc + B);
    const k1c = W * (mu * (xc - (4 / 3) * xc * xc * xc) - x * (omega2 + k * B));
    const k1n = 60 * (a * (1 - n) - beta * n);
    let x2 = x + 0.5 * h * k1x;
    let c2 = xc + 0.5 * h * k1c;
    let n2 = n + 0.5 * h * k1n;
    B = G * (1 - n2) * a * (1 - B_MOD * x2) * (1 - B_MOD * c2);
    const k2x = W * (c2 + B);
    const k2c = W * (mu * (c2 - (4 / 3) * c2 * c2 * c2) - x2 * (omega2 + k * B));
    const k2n = 60 * (a * (1 - n2) - beta * n2);
    x2 = x + 0.5 * h * k2x;
    c2 = xc + 0.5 * h * k2c;
    n2 = n + 0.5 * h * k2n;
    B = G * (1 - n2) * a * (1 - B_MOD * x2) * (1 - B_MOD * c2);
    const k3x = W * (c2 + B);
    const k3c = W * (mu * (c2 - (4 / 3) * c2 * c2 * c2) - x2 * (omega2 + k * B));
    const k3n = 60 * (a * (1 - n2) - beta * n2);
    x2 = x + h * k3x;
    c2 = xc + h * k3c;
    n2 = n + h * k3n;
    B = G * (1 - n2) * a * (1 - B_MOD * x2) * (1 - B_MOD * c2);
    const k4x = W * (c2 + B);
    const k4c = W * (mu * (c2 - (4 / 3) * c2 * c2 * c2) - x2 * (omega2 + k * B));
    const k4n = 60 * (a * (1 - n2) - beta * n2);
    x += (h / 6) * (k1x + 2 * k2x + 2 * k3x + k4x);
    xc += (h / 6) * (k1c + 2 * k2c + 2 * k3c + k4c);
    n += (h / 6) * (k1n + 2 * k2n + 2 * k3n + k4n);
    this.x = x;
    this.xc = xc;
    this.n = n;
  }

  /**
   * The step with the melatonin drive (see the file comment): RK4 with the light and the dose's
   * level constant within the epoch. A separate path so a night without doses is untouched.
   */
  private stepWithMelatonin(a: number): void {
    const h = STEP_H;
    const { mu, omega2, k, G, beta, cosAdv, sinAdv } = this;
    const C = this.exoMelatonin;
    const m = W * this.melGain * (C / (C + this.melHalfSat));
    const dx = (x: number, xc: number, n: number): number => {
      const B = G * (1 - n) * a * (1 - B_MOD * x) * (1 - B_MOD * xc);
      const delta = m * (-x * cosAdv + xc * sinAdv);
      return W * (xc + B) + delta * xc;
    };
    const dxc = (x: number, xc: number, n: number): number => {
      const B = G * (1 - n) * a * (1 - B_MOD * x) * (1 - B_MOD * xc);
      const delta = m * (-x * cosAdv + xc * sinAdv);
      return W * (mu * (xc - (4 / 3) * xc * xc * xc) - x * (omega2 + k * B)) - delta * x;
    };
    const dn = (n: number): number => 60 * (a * (1 - n) - beta * n);
    const { x, xc, n } = this;
    const k1x = dx(x, xc, n);
    const k1c = dxc(x, xc, n);
    const k1n = dn(n);
    const k2x = dx(x + 0.5 * h * k1x, xc + 0.5 * h * k1c, n + 0.5 * h * k1n);
    const k2c = dxc(x + 0.5 * h * k1x, xc + 0.5 * h * k1c, n + 0.5 * h * k1n);
    const k2n = dn(n + 0.5 * h * k1n);
    const k3x = dx(x + 0.5 * h * k2x, xc + 0.5 * h * k2c, n + 0.5 * h * k2n);
    const k3c = dxc(x + 0.5 * h * k2x, xc + 0.5 * h * k2c, n + 0.5 * h * k2n);
    const k3n = dn(n + 0.5 * h * k2n);
    const k4x = dx(x + h * k3x, xc + h * k3c, n + h * k3n);
    const k4c = dxc(x + h * k3x, xc + h * k3c, n + h * k3n);
    const k4n = dn(n + h * k3n);
    this.x = x + (h / 6) * (k1x + 2 * k2x + 2 * k3x + k4x);
    this.xc = xc + (h / 6) * (k1c + 2 * k2c + 2 * k3c + k4c);
    this.n = n + (h / 6) * (k1n + 2 * k2n + 2 * k3n + k4n);
  }

  /** Phase in [0, 2π), 0 at the CBT minimum (the minimum of x plus the lag). */
  phase(): number {
    const t = Math.atan2(this.xc, -this.x) - this.lag_rad;
    return t < 0 ? t + 2 * Math.PI : t;
  }

  /**
   * r·cos(θ_x − φ_x) without trigonometry: −x = r·cos θ_x and x_c = r·sin θ_x, so the result
   * carries the oscillator's amplitude (light can flatten it) and peaks at x-phase φ_x (callers
   * add the CBTmin lag to a phase counted from CBTmin).
   */
  drive(cosPhi: number, sinPhi: number): number {
    return -this.x * cosPhi + this.xc * sinPhi;
  }
}

/**
 * The sleeper's intrinsic period: circadianPeriod_h is a man's; a woman's is shorter by
 * femalePeriodDifference_h (established: Duffy et al. 2011, 24.09 vs 24.19 h, P < 0.01).
 */
export function intrinsicPeriod_h(
  params: Pick<ParameterValues, 'circadianPeriod_h' | 'sex' | 'femalePeriodDifference_h'>,
): number {
  return params.circadianPeriod_h + (params.sex === 'female' ? params.femalePeriodDifference_h : 0);
}

/** Radians of circadian phase per hour of an ideal 24-h day. */
export const RAD_PER_H = (2 * Math.PI) / 24;

/** Hours from the CBT minimum to habitual lights-on in an entrained sleeper (initial phase only; the default schedule entrains to ≈ 3 h). */
const CBTMIN_BEFORE_WAKE_H = 3;

/**
 * The pacemaker's phase (rad, 0 = CBTmin) at a timeline starting at clock hour `startClock_h`: an
 * entrained sleeper's, read from the habitual schedule alone (the fit re-steps the pacemaker from
 * it, shared/fit/circadianModel.ts).
 */
export function initialPacemakerPhase(
  params: Pick<ParameterValues, 'habitualBedtime' | 'habitualTimeInBed_h'>,
  startClock_h: number,
): number {
  const habitualOn = (params.habitualBedtime + params.habitualTimeInBed_h) % 24;
  const cbtMin = (((habitualOn - CBTMIN_BEFORE_WAKE_H) % 24) + 24) % 24;
  return ((((startClock_h - cbtMin) % 24) + 24) % 24) * RAD_PER_H;
}
