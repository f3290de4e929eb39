/**
 * The model side of a circadian fit: a protocol (with the person's light laid over it) simulated
 * through the core once, then the pacemaker and melatonin re-stepped alone for candidate values of
 * the intrinsic period and the light sensitivity, giving the model's DLMOs.
 *
 * Why only two modules are re-stepped. DLMO is read from the unmasked (dim-light) plasma melatonin
 * (coreMetrics.ts findDlmo on `melatoninUnmasked`), which depends on the pacemaker's phase alone;
 * the pacemaker reads the light at the retina and, on a timeline with doses, an oral dose's plasma
 * level. The retina's light is the timeline's light, dimmed by the eyelids in bed while asleep
 * (core.ts): so it depends on the candidate only through the sleep–wake sequence. The fit holds
 * that sequence at the one core run's (open loop: the person's sleep is the protocol's, not
 * re-simulated for each candidate) and re-steps pacemaker and melatonin over the same light,
 * in the core's order and arithmetic. The result is the engine's series bit for bit
 * (circadianModel.test.ts) wherever a candidate's full run sleeps epoch for epoch as the base run
 * does, and at any candidate when the bedroom is dark (no light in bed: the eyelids dim nothing,
 * the model's default). In a lit bedroom where the sleep differs, only the eyelid-dimmed light of
 * the differing epochs differs (3 % of the bedroom's light): DLMO moved by under 0.01 min over
 * τ 23.7–24.8 h and k 0.2–1.6 with 200 lux in bed (docs/FIT.md), and the test bounds it by a minute.
 */
import { initialPacemakerPhase, Pacemaker } from '../model/circadian/circadian';
import { simulateCore } from '../model/core';
import { ExogenousMelatonin } from '../model/melatonin/exogenous';
import { Melatonin } from '../model/melatonin/melatonin';
import type { ParameterValues } from '../model/parameters';
import type { Timeline } from '../model/protocol';
import { runInEnd } from '../model/protocol';
import { EPOCHS_PER_HOUR, STAGE_CODE } from '../model/result';
import { slotHour, type EpochSpan } from '../time/axis';

/** What a circadian fit estimates: the intrinsic period and the light sensitivity k (docs/FIT.md). */
export const CIRCADIAN_FIT_PARAMETERS = ['circadianPeriod_h', 'lightSensitivity'] as const;
export type CircadianParameterId = (typeof CIRCADIAN_FIT_PARAMETERS)[number];
export type CircadianValues = Readonly<Record<CircadianParameterId, number>>;

const HALF_DAY = 12 * EPOCHS_PER_HOUR;
const DAY = 24 * EPOCHS_PER_HOUR;

/** An upward crossing of `threshold` in [from, to) nearest `target` (interpolated epoch), or null. */
export function nearestOnset(
  mel: Float32Array,
  target: number,
  threshold: number,
  from: number,
  to: number,
): number | null {
  let best: number | null = null;
  const lo = Math.max(1, Math.floor(from));
  const hi = Math.min(mel.length, Math.ceil(to));
  for (let i = lo; i < hi; i++) {
    const a = mel[i - 1]!;
    const b = mel[i]!;
    // The interpolation of findDlmo (coreMetrics.ts), so a crossing is the engine's DLMO epoch.
    if (a < threshold && b >= threshold) {
      const at = i - 1 + (threshold - a) / (b - a);
      if (best === null || Math.abs(at - target) < Math.abs(best - target)) best = at;
    }
  }
  return best;
}

export class CircadianModel {
  readonly params: ParameterValues;
  readonly grid: EpochSpan;
  readonly timeline: Timeline;
  /** Light at the retina as the core's one run had it, per epoch (float64, as the core steps it). */
  private readonly retinaLux: Float64Array;
  /** The oral doses' plasma level per epoch (null: no doses, or no gain: the core then skips it). */
  private readonly exoPlasma: Float64Array | null;
  /** The one run's focal slot noon (epoch), for the clock scale of the curve. */
  readonly slotNoon: number;

  constructor(params: ParameterValues, seed: number, timeline: Timeline) {
    this.params = params;
    this.timeline = timeline;
    const core = simulateCore(timeline, params, seed, runInEnd(params));
    const tr = core.trajectory;
    this.grid = { focalLightsOff_clock_h: tr.focalLightsOff_clock_h, start_h: tr.start_h, epochs: tr.epochs };
    this.slotNoon = timeline.focus.slotNoon;
    const N = tr.epochs;
    const lux = new Float64Array(N);
    const eyelid = params.eyelidTransmission;
    let prev: number = STAGE_CODE.W;
    for (let i = 0; i < N; i++) {
      const open = timeline.lux[i]!;
      // core.ts: eyes closed (asleep in the previous epoch) while in bed.
      lux[i] = timeline.inBed[i] === 1 && prev !== STAGE_CODE.W ? open * eyelid : open;
      prev = tr.stage[i]!;
    }
    this.retinaLux = lux;
    const doses = timeline.melatonin;
    if (doses.length > 0 && (params.melatoninPhaseGain_hPerH > 0 || params.melatoninHypnoticGain > 0)) {
      const exo = new ExogenousMelatonin(params.bodyMass_kg);
      const plasma = new Float64Array(N);
      let next = 0;
      for (let i = 0; i < N; i++) {
        while (next < doses.length && doses[next]!.epoch === i) exo.dose(doses[next++]!.amount);
        exo.step();
        plasma[i] = exo.plasma;
      }
      this.exoPlasma = plasma;
    } else this.exoPlasma = null;
  }

  /** Slot hour of (fractional) epoch i. */
  slotHourOf(i: number): number {
    return slotHour(this.grid, 0) + i / EPOCHS_PER_HOUR;
  }

  /** The unmasked plasma melatonin over epochs [0, upTo) for these values (the engine's melatoninUnmasked). */
  melatonin(values: CircadianValues, upTo: number = this.grid.epochs): Float32Array {
    const p = { ...this.params, ...values };
    // The core's start phase (core.ts) reads the habitual schedule only, not the fitted values.
    const pacemaker = new Pacemaker(p, initialPacemakerPhase(p, this.timeline.startClock_h));
    const melatonin = new Melatonin(p);
    const n = Math.min(upTo, this.grid.epochs);
    const out = new Float32Array(n);
    const lux = this.retinaLux;
    const exo = this.exoPlasma;
    for (let i = 0; i < n; i++) {
      const l = lux[i]!;
      pacemaker.lux = l;
      if (exo) pacemaker.exoMelatonin = exo[i]!;
      pacemaker.step();
      melatonin.phase = pacemaker.phase();
      melatonin.lux = l;
      melatonin.step();
      out[i] = melatonin.plasmaUnmasked;
    }
    return out;
  }

  /**
   * The model's DLMO nearest each target epoch (within ±12 h: a clock time is circular), read at
   * that target's threshold (pg/mL), as an epoch; null where the melatonin does not cross it there.
   */
  onsetsNear(values: CircadianValues, targets: readonly number[], thresholds: readonly number[]): (number | null)[] {
    const upTo = Math.min(this.grid.epochs, Math.ceil(Math.max(...targets)) + HALF_DAY + 1);
    const mel = this.melatonin(values, upTo);
    return targets.map((t, i) => nearestOnset(mel, t, thresholds[i]!, t - HALF_DAY, t + HALF_DAY));
  }

  /**
   * The model's DLMO of every day of the protocol: for each noon-to-noon day from the first whole
   * one, the day's first upward crossing, as a slot hour of the day's noon and a clock time on
   * that day's 12–36 scale (null where it does not cross).
   */
  dailyOnsets(values: CircadianValues, threshold: number): { noon_h: number; clock_h: number | null }[] {
    const mel = this.melatonin(values);
    const firstNoon = this.slotNoon - Math.floor(this.slotNoon / DAY) * DAY;
    const out: { noon_h: number; clock_h: number | null }[] = [];
    for (let noon = firstNoon; noon + DAY <= mel.length; noon += DAY) {
      let at: number | null = null;
      for (let i = Math.max(1, noon); i < noon + DAY && at === null; i++) {
        const a = mel[i - 1]!;
        const b = mel[i]!;
        if (a < threshold && b >= threshold) at = i - 1 + (threshold - a) / (b - a);
      }
      out.push({
        noon_h: this.slotHourOf(noon),
        clock_h: at === null ? null : 12 + (at - noon) / EPOCHS_PER_HOUR,
      });
    }
    return out;
  }
}
