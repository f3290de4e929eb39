/**
 * The core simulation: runs a protocol timeline epoch by epoch through the core modules and
 * returns the CoreTrajectory the restoration modules read, plus the core's own series.
 *
 * Order within an epoch: doses → light at the retina (eyes closed if asleep in the previous
 * epoch) → pacemaker (RK4) → melatonin → pharmacology → thresholds (with melatonin's sleep
 * propensity) → switch → stage and SWA → homeostat → adenosine and receptors. Every array is preallocated; the loop allocates nothing.
 */
import type { ParameterValues } from './parameters';
import type { Timeline } from './protocol';
import type { CoreTrajectory } from './trajectory';
import { EPOCH_H, STAGE_CODE } from './result';
import { initialPacemakerPhase, Pacemaker, RAD_PER_H } from './circadian/circadian';
import { Melatonin } from './melatonin/melatonin';
import { ExogenousMelatonin } from './melatonin/exogenous';
import { MelatoninSleepPropensity } from './melatonin/sleepPropensity';
import { Homeostat, sAfterWake } from './homeostat/homeostat';
import { Pharmacology } from './pharmacology/pharmacology';
import { SleepSwitch } from './switch/sleepSwitch';
import { Ultradian } from './ultradian/ultradian';
import { ageFactors } from './age/age';
import { fillUniforms, uniformState } from './random';
import { float32Epochs, float64Epochs, uint8Epochs } from './arena';
import { lookupRunIn, runInCacheEnabled, runInKey, storeRunIn, type CoreState } from './runInCache';

// Imported bindings are getter calls under the dev and test module loaders (tsx, vitest: a
// measurable share of the per-epoch time); module-local copies, same values, avoid them.
const { W: STAGE_W, R: STAGE_R, N1: STAGE_N1, N2: STAGE_N2, N3: STAGE_N3 } = STAGE_CODE;
const EPOCH = EPOCH_H;

/**
 * Mean SWA (S scale) of the first NREM episode of the default baseline night (seed 1): the unit
 * of the `swa` series and of swaFirstCycle. A constant of the model version; a test checks it.
 */
export const SWA_REFERENCE = 0.412;

/** S at habitual wake in an entrained two-process sleeper (Skeldon 2025 derived: 0.094). */
const S_AT_WAKE = 0.1;
/** Circadian REM propensity peaks ≈ 1 h after CBTmin (Dijk & Czeisler 1995). */
const REM_PEAK_H = 1;
/**
 * Phase (h, on the scale of sCircadianPeak_h) of the daytime sleep propensity that lowers the
 * onset threshold of a daytime opportunity: MSLT sleepiness peaks around 14:00 (Clodore et al.
 * 1990, Sleep 13:385; supported). On this scale the drive peaks ≈ 3.7 h later by the clock at the
 * default entrainment (the thresholds, 12.3, peak at 16:00; measured), so 10.3 is 14:00. Its
 * weight is max(0, drive): nil from ≈ 20:00 to 08:00, so night sleep is untouched.
 */
const NAP_PEAK_H = 10.3;

/** Random streams of the core, one uniform per epoch each (createRandom(seed, purpose) order). */
const STREAMS = ['core.switch', 'core.awakenings', 'core.arousals', 'core.ultradian'] as const;

/**
 * Plain copy of an object's own fields, restored onto a freshly constructed one with Object.assign
 * (the modules keep no #private fields, which a spread would miss; the cache tests would notice).
 */
const fields = (o: object): object => ({ ...o });

export interface CoreRun {
  readonly trajectory: CoreTrajectory;
  /** Core series by id (see series.ts). */
  readonly series: Readonly<Record<string, Float32Array>>;
  /**
   * Set when the run used or filled the run-in cache: runs with the same `id` have the same
   * core output, bit for bit, before epoch `boundary` (what a resumable restoration pass keys on).
   */
  readonly runIn?: { readonly boundary: number; readonly id: number };
}

/**
 * Runs the core over the timeline. With `reuseUntil` (an epoch, e.g. runInEnd(params) for a
 * compiled protocol) the run before that epoch is taken from, or stored in, the run-in cache
 * (runInCache.ts); the result is bit-identical either way.
 */
export function simulateCore(tl: Timeline, params: ParameterValues, seed: number, reuseUntil = 0): CoreRun {
  const N = tl.epochs;
  const boundary = reuseUntil > 0 && reuseUntil < N && runInCacheEnabled() ? reuseUntil : 0;
  const key = boundary > 0 ? runInKey(params, seed, boundary) : '';
  const cached = boundary > 0 ? lookupRunIn(key, tl) : null;
  const age = ageFactors(params);

  // ── initial state: an entrained sleeper at the timeline's start ──
  const habitualOn = (params.habitualBedtime + params.habitualTimeInBed_h) % 24;
  const initialPhase = initialPacemakerPhase(params, tl.startClock_h);
  const sinceWake = (((tl.startClock_h - habitualOn) % 24) + 24) % 24;
  const inBedAtStart = sinceWake > 24 - params.habitualTimeInBed_h;
  const initialS = inBedAtStart ? S_AT_WAKE + 0.1 : sAfterWake(S_AT_WAKE, sinceWake, params.sTauWake_h);

  const pacemaker = new Pacemaker(params, initialPhase);
  const melatonin = new Melatonin(params);
  const homeostat = new Homeostat(params, initialS, age.homeostaticAsymptote);
  const pharm = new Pharmacology(params);
  const sw = new SleepSwitch(params, age);
  const ultradian = new Ultradian(params, age);

  // One uniform per stream and epoch, drawn up front (common random numbers; the hot loop then
  // makes no calls into the generators). Arousal draws matter only where arousals are imposed or light reaches the sleeper;
  // skipping them otherwise changes nothing. From the cache, the draws start after the boundary
  // (the loop starts there), from the stream states saved there.
  const start = cached ? boundary : 0;
  const arousalsPerHour = tl.arousalsPerHour;
  // Only the epochs the loop runs can read an arousal draw (from the boundary on a cache hit).
  let withArousals = false;
  // Light in bed draws arousals too (light-driven arousals, SleepSwitch), when it can act.
  const lightArousals = params.lightArousalRate_perH > 0;
  for (let i = start; i < N && !withArousals; i++)
    withArousals = arousalsPerHour[i]! > 0 || (lightArousals && tl.inBed[i] === 1 && tl.lux[i]! > 0);
  const saved: Record<string, Uint32Array> = {};
  // Only the epochs the loop runs get an array slot: draw i of a stream is at index i - start.
  const draws = STREAMS.map((purpose) => {
    const skip = purpose === 'core.arousals' && !withArousals;
    if (cached) {
      const out = new Float64Array(N - start);
      if (!skip) fillUniforms(cached.streams[purpose]!.slice(), out, 0, N - start);
      return out;
    }
    const out = new Float64Array(N);
    const st = uniformState(seed, purpose);
    if (boundary > 0) {
      // Saved for a later hit, which may need the arousal draws even if this run does not.
      fillUniforms(st, out, 0, boundary);
      saved[purpose] = st.slice();
      if (!skip) fillUniforms(st, out, boundary, N);
    } else if (!skip) fillUniforms(st, out, 0, N);
    if (skip) out.fill(0, 0, boundary);
    return out;
  });
  const [uSwitch, uWake, uArousal, uUltradian] = draws as [Float64Array, Float64Array, Float64Array, Float64Array];

  const upper0 = params.sUpperThreshold;
  // Age lowers the maximal capacity for sleep: sleep ends at a higher pressure (age.ts).
  const lower0 = params.sLowerThreshold + age.lowerThresholdRise;
  const amplitude = params.sCircadianAmplitude * age.circadianAmplitude;
  const cPeak = params.sCircadianPeak_h * RAD_PER_H + pacemaker.lag_rad;
  const cosC = Math.cos(cPeak);
  const sinC = Math.sin(cPeak);
  const cosR = Math.cos(REM_PEAK_H * RAD_PER_H + pacemaker.lag_rad);
  const sinR = Math.sin(REM_PEAK_H * RAD_PER_H + pacemaker.lag_rad);
  const cosN = Math.cos(NAP_PEAK_H * RAD_PER_H + pacemaker.lag_rad);
  const sinN = Math.sin(NAP_PEAK_H * RAD_PER_H + pacemaker.lag_rad);
  const eyelid = params.eyelidTransmission;
  const lightSwa = params.lightSwaSuppression;
  const lightHalf = params.lightArousalHalf_lux;
  const swaUnit = 1 / SWA_REFERENCE;

  // Every epoch of every output is written (the loop from `start`, the cached run-in before it),
  // so arrays from a cohort's arena (arena.ts) need no zeroing.
  const clock_h = float64Epochs(N, false);
  const stage = uint8Epochs(N, false);
  const processS = float32Epochs(N, false);
  const upperS = float32Epochs(N, false);
  const lowerS = float32Epochs(N, false);
  const drive = float32Epochs(N, false);
  const adenosine = float32Epochs(N, false);
  const a1Receptor = float32Epochs(N, false);
  const circadianDrive = float32Epochs(N, false);
  const phase = float32Epochs(N, false);
  const mel = float32Epochs(N, false);
  const melUnmasked = float32Epochs(N, false);
  const swa = float32Epochs(N, false);
  const light = float32Epochs(N, false);
  const caffeine = float32Epochs(N, false);
  const alcohol = float32Epochs(N, false);
  const remPressure = float32Epochs(N, false);

  const caf = tl.caffeine;
  const alc = tl.alcohol;
  // Exogenous melatonin drives the pacemaker (circadian.ts) and sleep propensity (below). Only
  // built on a timeline with doses and a nonzero gain: a night without doses runs as before.
  const melDoses = tl.melatonin;
  const melSleep = new MelatoninSleepPropensity(params);
  const melSleepOn = !melSleep.off;
  const exo =
    melDoses.length > 0 && (params.melatoninPhaseGain_hPerH > 0 || params.melatoninHypnoticGain > 0)
      ? new ExogenousMelatonin(params.bodyMass_kg)
      : null;
  let melNext = 0;
  // The timeline's arrays in locals: the loop then loads no Timeline property per epoch.
  const inBedOf = tl.inBed;
  const luxOf = tl.lux;
  const swsSuppression = tl.swsSuppression;
  let cafNext = 0;
  let alcNext = 0;
  let prevStage: number = STAGE_W;
  let clock = ((tl.startClock_h % 24) + 24) % 24;
  const outputs = {
    clock_h,
    stage,
    processS,
    upperS,
    lowerS,
    drive,
    adenosine,
    a1Receptor,
    circadianDrive,
    phase,
    mel,
    melUnmasked,
    swa,
    light,
    caffeine,
    alcohol,
    remPressure,
  };

  if (cached) {
    // Modules built from the same keyed parameters, then given every field they had at the boundary.
    const s = cached.state;
    Object.assign(pacemaker, s.pacemaker);
    Object.assign(melatonin, s.melatonin);
    Object.assign(homeostat, s.homeostat);
    Object.assign(pharm, s.pharm);
    Object.assign(sw, s.sw);
    Object.assign(ultradian, s.ultradian);
    cafNext = s.cafNext;
    alcNext = s.alcNext;
    if (exo && s.exoMelatonin) Object.assign(exo, s.exoMelatonin);
    melNext = s.melNext ?? 0;
    prevStage = s.prevStage;
    clock = s.clock;
    for (const [name, a] of Object.entries(outputs)) a.set(cached.outputs[name] as never);
  }
  let state: CoreState | null = null;
  const snapshotAt = cached ? -1 : boundary > 0 ? boundary : -1;

  for (let i = start; i < N; i++) {
    if (i === snapshotAt) {
      state = {
        pacemaker: fields(pacemaker),
        melatonin: fields(melatonin),
        homeostat: fields(homeostat),
        pharm: fields(pharm),
        sw: fields(sw),
        ultradian: fields(ultradian),
        cafNext,
        alcNext,
        ...(exo ? { exoMelatonin: fields(exo), melNext } : {}),
        prevStage,
        clock,
      };
    }
    while (cafNext < caf.length && caf[cafNext]!.epoch === i) pharm.addCaffeine(caf[cafNext++]!.amount);
    while (alcNext < alc.length && alc[alcNext]!.epoch === i) pharm.addAlcohol(alc[alcNext++]!.amount);

    const inBed = inBedOf[i] === 1;
    const open = luxOf[i]!;
    const lux = inBed && prevStage !== STAGE_W ? open * eyelid : open;

    pacemaker.lux = lux;
    if (exo) {
      while (melNext < melDoses.length && melDoses[melNext]!.epoch === i) exo.dose(melDoses[melNext++]!.amount);
      exo.step();
      pacemaker.exoMelatonin = exo.plasma;
    }
    pacemaker.step();
    const theta = pacemaker.phase();
    melatonin.phase = theta;
    melatonin.lux = lux;
    melatonin.step();
    pharm.step();

    const c = pacemaker.drive(cosC, sinC);
    let upper = upper0 + amplitude * c;
    let lower = lower0 + amplitude * c;
    if (melSleepOn) {
      // Plasma melatonin (the light-masked endogenous level plus a dose's) lowers the clock's
      // wake-promoting drive: both thresholds fall by a saturating receptor term
      // (sleepPropensity.ts: oral doses established, the endogenous sleep gate a hypothesis).
      const melDrop = melSleep.thresholdDrop(melatonin.plasma, exo ? exo.plasma : 0);
      upper -= melDrop;
      lower -= melDrop;
    }
    const block = pharm.block();
    const d = homeostat.switchDrive(block);
    const S = homeostat.S;

    sw.drive = d;
    sw.upper = upper;
    sw.lower = lower;
    sw.bac = pharm.alcohol;
    sw.rebound = pharm.rebound;
    sw.arousalRate = arousalsPerHour[i]!;
    sw.caffeine = homeostat.caffeineDeficit(block);
    sw.circadian = c;
    const napWeight = pacemaker.drive(cosN, sinN);
    sw.napWeight = napWeight > 0 ? napWeight : 0;
    sw.debt = homeostat.debt;
    sw.lux = lux;
    sw.uSwitch = uSwitch[i - start]!;
    sw.uWake = uWake[i - start]!;
    sw.uArousal = uArousal[i - start]!;
    const event = sw.step(inBed, prevStage);
    ultradian.S = S;
    ultradian.swaDrive = homeostat.swaDrive(block);
    // Light at the closed eyes lowers the slow-wave ceiling like acoustic suppression (the larger
    // of the two acts; supported direction, size a design choice: lightSwaSuppression).
    let suppression = swsSuppression[i]!;
    if (lux > 0 && inBed && lightSwa > 0) {
      const fromLight = (lightSwa * lux) / (lux + lightHalf);
      if (fromLight > suppression) suppression = fromLight;
    }
    ultradian.suppression = suppression;
    ultradian.bac = pharm.alcohol;
    ultradian.circadianRem = pacemaker.drive(cosR, sinR);
    ultradian.u = uUltradian[i - start]!;
    const st = ultradian.step(event);

    if (st === STAGE_W) homeostat.wake();
    else homeostat.sleep(st === STAGE_N2 || st === STAGE_N3 || st === STAGE_N1 ? ultradian.swa : 0);
    homeostat.updateAdenosine(st !== STAGE_W, block);

    clock_h[i] = clock;
    clock += EPOCH;
    if (clock >= 24) clock -= 24;
    stage[i] = st;
    processS[i] = S;
    upperS[i] = upper;
    lowerS[i] = lower;
    drive[i] = d;
    adenosine[i] = homeostat.adenosine;
    a1Receptor[i] = homeostat.a1Receptor;
    circadianDrive[i] = c;
    phase[i] = theta;
    mel[i] = melatonin.plasma;
    melUnmasked[i] = melatonin.plasmaUnmasked;
    swa[i] = st === STAGE_W || st === STAGE_R ? 0 : ultradian.observedSwa() * swaUnit;
    light[i] = lux;
    caffeine[i] = pharm.caffeine;
    alcohol[i] = pharm.alcohol;
    remPressure[i] = ultradian.remPressure;
    prevStage = st;
  }

  // engine.ts adds a melatonin dose's level into `mel` after the core (addExogenousMelatonin), so
  // the cache must keep its own copy of it even when it may keep views (runInHandOff).
  const runInId = cached ? cached.id : state ? storeRunIn(key, boundary, tl, state, saved, outputs, ['mel']) : 0;

  const f = tl.focus;
  let sleepOnset: number | null = null;
  let lastSleep = -1;
  for (let i = f.lightsOff; i < f.lightsOn; i++) {
    if (stage[i] !== STAGE_W) {
      if (sleepOnset === null) sleepOnset = i;
      lastSleep = i;
    }
  }
  const trajectory: CoreTrajectory = {
    epochs: N,
    start_h: -f.lightsOff * EPOCH_H,
    focalLightsOff_clock_h: 12 + (f.lightsOff - f.slotNoon) * EPOCH_H,
    clock_h,
    stage,
    inBed: tl.inBed,
    processS,
    adenosine,
    a1Receptor,
    circadianAlerting: circadianDrive,
    circadianPhase_rad: phase,
    melatonin: mel,
    swa,
    light_lux: light,
    caffeine_mgPerL: caffeine,
    alcohol_gPerL: alcohol,
    focal: {
      lightsOff: f.lightsOff,
      lightsOn: f.lightsOn,
      sleepOnset,
      finalWake: sleepOnset === null ? null : lastSleep + 1,
      awakeNight: f.awakeNight,
      nextMidnight: f.nextMidnight,
    },
  };
  return {
    trajectory,
    series: {
      processS,
      thresholdUpper: upperS,
      thresholdLower: lowerS,
      sleepDrive: drive,
      adenosine,
      a1Receptor,
      circadianDrive,
      circadianPhase: phase,
      melatonin: mel,
      melatoninUnmasked: melUnmasked,
      swa,
      remPressure,
      light,
      caffeine,
      alcohol,
    },
    ...(runInId > 0 ? { runIn: { boundary, id: runInId } } : {}),
  };
}
