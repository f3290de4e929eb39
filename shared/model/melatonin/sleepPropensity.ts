/**
 * Melatonin's sleep propensity: plasma melatonin lowers the wake-promoting drive of the clock, so
 * both sleep–wake thresholds fall (sleep starts more easily and ends a little later). MT1
 * receptors inhibit SCN firing (Liu et al. 1997, Neuron 19:91); the effect is a receptor term,
 * saturating in the plasma level:
 *
 *   r(M) = M/(M + K)
 *   Δ = g_gate·r(M_e) + g_oral·[r(M_e + M_x) − r(M_e)]      (S; H± → H± − Δ)
 *
 * M_e the endogenous plasma level of the epoch (masked by light: a bright evening lowers it),
 * M_x an oral dose's level (exogenous.ts), K melatoninSleepHalfSat_pgPerMl. The dose acts through
 * the occupancy it adds above the endogenous one: at night, when the body's own melatonin already
 * occupies much of the receptors, a dose adds little; in the day it adds much (exogenous melatonin
 * is hypnotic chiefly when endogenous levels are low, Tzischinsky & Lavie 1994 [R]). With
 * g_gate = g_oral the two terms are one receptor term g·r(M_e + M_x); they carry separate
 * strengths because the evidence differs:
 * - oral doses (g_oral, melatoninHypnoticGain): established — a small hypnotic effect,
 *   SOL −7.06 min and TST +8.25 min (Ferracioli-Oda, Qawasmi & Bloch 2013), SOL −3.9 min and
 *   TST +13.7 min (Brzezinski et al. 2005); calibrated on MEL-SOL-01;
 * - the endogenous rise, Lavie's "sleep gate" (g_gate, melatoninSleepGateGain): hypothesis
 *   (supportive: Zhdanova et al. 1995/1996, Scheer et al. 2012; against: Gilbert et al. 1999),
 *   size a design choice, small, so the ordinary night changes by about a minute.
 */
import type { ParameterValues } from '../parameters';

export class MelatoninSleepPropensity {
  private readonly halfSat: number;
  private readonly gate: number;
  private readonly oral: number;

  constructor(params: ParameterValues) {
    this.halfSat = params.melatoninSleepHalfSat_pgPerMl;
    this.gate = params.melatoninSleepGateGain;
    this.oral = params.melatoninHypnoticGain;
  }

  /** True when neither term can act: the core then skips the term (same bits as without it). */
  get off(): boolean {
    return this.gate <= 0 && this.oral <= 0;
  }

  /** Fall of both thresholds (S) for endogenous plasma melatonin `endo` and an oral dose's `exo` (pg/mL). */
  thresholdDrop(endo: number, exo: number): number {
    const K = this.halfSat;
    const rEndo = endo > 0 ? endo / (endo + K) : 0;
    // Endogenous sleep gate: hypothesis (melatoninSleepGateGain).
    let drop = this.gate * rEndo;
    // Oral dose: the occupancy it adds above the endogenous one; established (melatoninHypnoticGain).
    if (exo > 0) {
      const total = endo + exo;
      drop += this.oral * (total / (total + K) - rEndo);
    }
    return drop;
  }
}
