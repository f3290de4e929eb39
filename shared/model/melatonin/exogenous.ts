/**
 * Exogenous (oral, immediate-release) melatonin: the pharmacokinetics of a dose, added to the
 * plasma melatonin series. One compartment with first-order absorption and elimination (the
 * Bateman function), integrated exactly per 30-s epoch:
 *
 *   dG/dt = −k_a·G,   dC/dt = k_a·G − k_e·C,   plasma = C / V   (G gets F·dose at the dose's epoch)
 *
 * Evidence: established (pharmacokinetics), with population values:
 * - T½ elimination 45 min and Tmax ≈ 50 min after oral immediate-release tablets, and oral
 *   bioavailability F ≈ 15 %: Harpsøe, Andersen, Gögenur & Rosenberg 2015, "Clinical
 *   pharmacokinetics of melatonin: a systematic review", Eur J Clin Pharmacol 71:901–909 (its
 *   conclusions; F 9–33 % across studies; DeMuro et al. 2000, J Clin Pharmacol 40:781, found ≈15 %
 *   for 2 and 4 mg tablets).
 * - Volume of distribution 1.2 L/kg (mean after 10 mg i.v.): Andersen et al. 2016, "Pharmacokinetics
 *   of oral and intravenous melatonin in healthy volunteers", BMC Pharmacol Toxicol 17:8.
 * - Body mass: the person's bodyMass_kg (pharmacology/parameters.ts, the same mass that sets the
 *   caffeine and alcohol volumes), so V = 1.2 L/kg × bodyMass_kg.
 * k_a follows from Tmax and k_e (tmax = ln(k_a/k_e)/(k_a − k_e)): absorption half-life ≈ 27 min.
 * At 70 kg (the default body mass) the peak is then ≈ 770 pg/mL per mg (0.3 mg ≈ 230 pg/mL, a few times the nocturnal peak of
 * ≈ 60–120 pg/mL; 3 mg ≈ 2300 pg/mL, inside the wide published range of Cmax: Harpsøe 2015 reports
 * 72 pg/mL to 101,163 pg/mL across doses of 0.02–100 mg).
 *
 * The level has three readers: the core steps an ExogenousMelatonin alongside the pacemaker, which
 * reads the level as its melatonin phase-shifting drive (circadian.ts; the phase-response curve of
 * Burgess et al. 2008/2010); the sleep switch reads it, with the endogenous level, as melatonin's
 * sleep propensity (sleepPropensity.ts); and the engine adds the same level to the plasma series after the
 * core (addExogenousMelatonin), so the series shows the dose. DLMO and the melatonin timing metrics
 * read the unmasked endogenous curve, which never includes a dose: they move only as the clock moves.
 */
import type { Dose } from '../protocol';
import { EPOCH_H } from '../result';

/** Elimination half-life, h (Harpsøe et al. 2015: 45 min). */
export const EXOGENOUS_MELATONIN_HALF_LIFE_H = 45 / 60;
/** Time to peak plasma level after an oral immediate-release dose, h (Harpsøe et al. 2015: ≈ 50 min). */
export const EXOGENOUS_MELATONIN_TMAX_H = 50 / 60;
/** Oral bioavailability (Harpsøe et al. 2015; DeMuro et al. 2000: ≈ 15 %). */
export const EXOGENOUS_MELATONIN_BIOAVAILABILITY = 0.15;
/** Volume of distribution, L/kg (Andersen et al. 2016: 1.2 L/kg). */
export const EXOGENOUS_MELATONIN_VD_L_PER_KG = 1.2;

const ke = Math.LN2 / EXOGENOUS_MELATONIN_HALF_LIFE_H;

/** k_a with ln(k_a/k_e)/(k_a − k_e) = Tmax, by bisection (the left side falls as k_a grows past k_e). */
function absorptionRate(tmax_h: number): number {
  let lo = ke * (1 + 1e-9);
  let hi = ke * 1000;
  for (let k = 0; k < 200; k++) {
    const mid = 0.5 * (lo + hi);
    const t = Math.log(mid / ke) / (mid - ke);
    if (t > tmax_h) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}

/** Absorption rate, /h, derived from Tmax and the half-life. */
export const EXOGENOUS_MELATONIN_KA_PER_H = absorptionRate(EXOGENOUS_MELATONIN_TMAX_H);

/** pg/mL per mg in the central compartment: 1 mg = 1e9 pg over V litres = V·1000 mL, V = Vd·mass. */
export const pgPerMlPerMg = (bodyMass_kg: number): number =>
  1e9 / (EXOGENOUS_MELATONIN_VD_L_PER_KG * bodyMass_kg * 1000);

/**
 * The one-compartment state of the doses taken so far, stepped one epoch at a time (exact for the
 * linear system). Plain fields, so the run-in cache can save and restore it.
 */
export class ExogenousMelatonin {
  gut = 0;
  central = 0;
  /** Plasma level at the end of the last step, pg/mL. */
  plasma = 0;
  private readonly ea = Math.exp(-EXOGENOUS_MELATONIN_KA_PER_H * EPOCH_H);
  private readonly ee = Math.exp(-ke * EPOCH_H);
  private readonly transfer =
    (EXOGENOUS_MELATONIN_KA_PER_H / (EXOGENOUS_MELATONIN_KA_PER_H - ke)) * (this.ee - this.ea);
  /** pg/mL per mg in the central compartment, for this body mass. */
  private readonly scale: number;

  constructor(bodyMass_kg: number) {
    this.scale = pgPerMlPerMg(bodyMass_kg);
  }

  /** An oral dose, mg, taken at the start of the next step. */
  dose(mg: number): void {
    this.gut += EXOGENOUS_MELATONIN_BIOAVAILABILITY * mg;
  }

  /** Advances one epoch. */
  step(): void {
    this.central = this.central * this.ee + this.gut * this.transfer;
    this.gut *= this.ea;
    this.plasma = this.central * this.scale;
  }
}

/**
 * Adds the plasma level of the doses (pg/mL) to `plasma`, per epoch, in place. A dose lands at the
 * start of its epoch; the value of an epoch is the level at its end, as the core records its own.
 */
export function addExogenousMelatonin(plasma: Float32Array, doses: readonly Dose[], bodyMass_kg: number): void {
  if (doses.length === 0) return;
  const sorted = [...doses].sort((a, b) => a.epoch - b.epoch);
  const pk = new ExogenousMelatonin(bodyMass_kg);
  const scale = pgPerMlPerMg(bodyMass_kg);
  let next = 0;
  for (let i = sorted[0]!.epoch; i < plasma.length; i++) {
    while (next < sorted.length && sorted[next]!.epoch === i) pk.dose(sorted[next++]!.amount);
    pk.step();
    plasma[i] = plasma[i]! + pk.plasma;
    // Far below any assay once the last dose has cleared: stop adding (about 20 half-lives).
    if (next === sorted.length && pk.plasma < 1e-6 && pk.gut * scale < 1e-6) break;
  }
}
