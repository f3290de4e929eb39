/**
 * Caffeine and alcohol.
 *
 * Caffeine: one compartment with first-order absorption (IOM 2001; Blanchard & Sawers 1983),
 * integrated exactly per epoch; competitive antagonism of A1 signalling, block = C/(C + K_i)
 * (competitive antagonism; K_i calibrated to Landolt et al. 1995).
 *
 * Alcohol: first-order absorption into the Widmark volume r·mass and zero-order elimination
 * (≈ 0.15 g/L/h). "Rebound" tracks recently eliminated alcohol (withdrawal arousal in the second
 * half of the night, Ebrahim et al. 2013), decaying with a 2-h time constant (design choice).
 */
import type { ParameterValues } from '../parameters';
import { EPOCH_H } from '../result';

// Imported bindings are getter calls under the dev and test module loaders (tsx, vitest: a
// measurable share of the per-epoch time); module-local copies, same values, avoid them.
const EPOCH = EPOCH_H;

const REBOUND_TAU_H = 2;
// Women have a smaller Widmark factor (≈ 0.55 vs 0.68 L/kg) [R].
const FEMALE_WIDMARK_RATIO = 0.81;

export class Pharmacology {
  /** Caffeine in the gut, mg; in plasma, mg/L. */
  caffeineGut = 0;
  caffeine = 0;
  /** Alcohol in the gut, g; blood alcohol, g/L; recent elimination rate, g/L/h. */
  alcoholGut = 0;
  alcohol = 0;
  rebound = 0;
  private readonly cafGutDecay: number;
  private readonly cafPlasmaDecay: number;
  private readonly cafTransfer: number;
  private readonly cafVolume: number;
  private readonly ki: number;
  private readonly alcGutDecay: number;
  private readonly alcVolume: number;
  private readonly alcElimination: number;
  private readonly reboundDecay: number;
  private readonly bodyMass: number;

  constructor(params: ParameterValues) {
    const ka = params.caffeineAbsorption_perH;
    const ke = Math.LN2 / params.caffeineHalfLife_h;
    this.bodyMass = params.bodyMass_kg;
    this.cafGutDecay = Math.exp(-ka * EPOCH_H);
    this.cafPlasmaDecay = Math.exp(-ke * EPOCH_H);
    this.cafVolume = params.caffeineVolume_LPerKg * this.bodyMass;
    // Plasma gain per mg in the gut over one epoch (exact solution of the linear pair).
    this.cafTransfer =
      Math.abs(ka - ke) < 1e-9
        ? ka * EPOCH_H * this.cafPlasmaDecay
        : (ka / (ka - ke)) * (this.cafPlasmaDecay - this.cafGutDecay);
    this.ki = params.caffeineKi_mgPerL;
    this.alcGutDecay = Math.exp(-params.alcoholAbsorption_perH * EPOCH_H);
    this.alcVolume =
      params.alcoholWidmarkR_LPerKg * (params.sex === 'female' ? FEMALE_WIDMARK_RATIO : 1) * this.bodyMass;
    this.alcElimination = params.alcoholElimination_gPerLPerH * EPOCH_H;
    this.reboundDecay = Math.exp(-EPOCH_H / REBOUND_TAU_H);
  }

  addCaffeine(mg: number): void {
    this.caffeineGut += mg;
  }

  addAlcohol(gPerKg: number): void {
    this.alcoholGut += gPerKg * this.bodyMass;
  }

  step(): void {
    const gut = this.caffeineGut;
    this.caffeine = this.caffeine * this.cafPlasmaDecay + (gut * this.cafTransfer) / this.cafVolume;
    this.caffeineGut = gut * this.cafGutDecay;

    const absorbed = this.alcoholGut * (1 - this.alcGutDecay);
    this.alcoholGut -= absorbed;
    const level = this.alcohol + absorbed / this.alcVolume;
    const eliminated = level < this.alcElimination ? level : this.alcElimination;
    this.alcohol = level - eliminated;
    // Leaky integral of the elimination rate (g/L/h): high while alcohol is being cleared.
    this.rebound = this.rebound * this.reboundDecay + (eliminated / EPOCH) * (1 - this.reboundDecay);
  }

  /** Fraction of A1 signalling blocked by caffeine. */
  block(): number {
    return this.caffeine / (this.caffeine + this.ki);
  }
}
