/**
 * The caches' unkeyed sets are derived from `readBy` (readBy.ts). They must equal the lists that
 * were kept by hand before (so every cache key is what it was), and `readBy` must tell the truth:
 * the passes read exactly what their declarations say.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { NOT_READ_BY_CORE, NOT_READ_BY_RESTORATION, PROTOCOL_AFTER_RUN_IN } from './readBy';
import { PARAMETERS, type ParameterValues } from './parameters';
import { readersOf, type ReadBy } from './parameterSpec';
import { resolveParameters } from './scenarios';
import { compileProtocol } from './protocol';
import { simulateCore } from './core';
import { runRestoration } from './restoration';
import { configureRunInCache } from './runInCache';

/** The hand-kept lists as they were (run-in-cache.ts and restoration/resume.ts before readBy). */
const WAS_PROTOCOL_AFTER_RUN_IN = [
  'bedtime',
  'timeInBed_h',
  'priorNights',
  'priorBedtime',
  'priorTimeInBed_h',
  // Since issue 13 (round 2) the bedroom light no longer lights the run-in nights: it left the run-in's key.
  'nightLight_lux',
  'caffeine_mg',
  'caffeineHoursBeforeBed',
  'alcohol_gPerKg',
  'alcoholHoursBeforeBed',
  'arousalsPerHour',
  'swsSuppression',
];
const WAS_RESTORATION_PARAMETERS =
  'ntPopulationTimeConstant_s ntMonoamineTimeConstant_s ntFastTransmitterTimeConstant_s ntCircadianGain ' +
  'ntAdenosineInhibition ntVlpoPressureGain synapseSparedFraction synapseSaturation synapsePotentiationRate_perH ' +
  'synapseDownscalingRate_perH isfVolumeWake isfVolumeSleep isfVolumeTimeConstant_min csfPulsationWake ' +
  'csfPulsationBase glyConvectiveShareWake glyAgeDecline_perDecade glyPulsationGain abetaHalfLife_h ' +
  'abetaActivityRelease tauHalfLife_h tauActivityRelease csfTurnover_h ghSpontaneousPulsesMale_perH ' +
  'ghSpontaneousPulsesFemale_perH ghSwsPulseHazard_perH ghN2Gate ghPulseMass_ugPerL ghBasalSecretion_ugPerLPerH ' +
  'ghAgeDecline_perYear ghAgeFloor ghWakeTone ghSwaAmplitudeGain ghPoolDepletion ghRefractory_h ' +
  'ghBurstTimeConstant_min ghHalfLife_min cortisolPeakAfterCbtMin_h cortisolRiseWidth_h cortisolFallTime_h ' +
  'cortisolQuiescentShare cortisolAgeQuiescentRise_perDecade cortisolPeakSecretion_nmolPerLPerH ' +
  'cortisolSwsInhibition cortisolSleepLossGain cortisolSleepLossReferenceS cortisolAwakeningAmount_nmolPerL ' +
  'cortisolAwakeningBuildUp_h cortisolAwakeningRelease_min cortisolAwakeningReleaseFemale_min ' +
  'cortisolHalfLife_min tshPeakBeforeCbtMin_h tshPeakSecretion_mUPerLPerH tshBasalShare ' +
  'tshCircadianConcentration tshSleepInhibition tshSwsInhibition tshHalfLife_min testosteroneSleepDriveTime_h ' +
  'testosteroneTimeConstant_h testosteroneWakeLevel_nmolPerL testosteroneSleepGain outcomeCriticalWake_h ' +
  'outcomeDebtRepayment_h outcomeSlowDebtShare outcomeSlowDebtRepayment_h outcomeContinuityTime_min ' +
  'outcomeInertia outcomeInertiaTime_min outcomeCircadianAcrophaseAfterCbtMin_h outcomeCircadianWeight ' +
  'outcomeDebtWeight pvtLapsesRested pvtLapsesPerFatigue pvtFatigueMargin kssIntercept kssPerFatigue ' +
  'memoryConsolidationScale_h readinessIdealMidSleepBeforeCbtMin_h';
/**
 * Every parameter as of the restructuring, besides the restoration's: the pins below hold for
 * these; a parameter added later is checked by its readBy against the reads (further down).
 */
const WAS_OTHER_PARAMETERS =
  'age sex circadianPeriod_h learningLoad bedtime timeInBed_h habitualBedtime habitualTimeInBed_h ' +
  'runInDays priorNights priorBedtime priorTimeInBed_h dayLight_lux eveningLight_lux eveningLightHours ' +
  'nightLight_lux caffeine_mg caffeineHoursBeforeBed alcohol_gPerKg alcoholHoursBeforeBed ' +
  'arousalsPerHour swsSuppression sTauWake_h sTauSleep_h sUpperThreshold sLowerThreshold ' +
  'sCircadianAmplitude sCircadianPeak_h swaDischargeShare sleepOnsetRate_perH finalWakeRate_perH ' +
  'switchSoftness awakeningRate_perH awakeningDuration_min onsetN1_min nremBuild_min nremSInhibition ' +
  'remDischarge_min remSInhibition remCircadianGain ultradianNoise swaRiseRate_perMin ' +
  'swaDecayRem_perMin swaDecayWake_perMin n3Threshold pacemakerStiffness cbtMinLag_h lightGain ' +
  'lightAlpha0_perMin lightExponent lightRecovery_perMin lightI0_lux lightSensitivity ' +
  'eyelidTransmission melatoninOnset_h melatoninOffset_h melatoninRelease_perH melatoninClearance_perH ' +
  'melatoninPeak_pgPerMl melatoninSuppressionEd50_lux melatoninSuppressionHill dlmoThreshold_pgPerMl ' +
  'adenosineGain adenosineSleepDrop adenosineTau_h a1AdaptationTau_d a1AdenosineGain a1ShareOfDrive ' +
  'caffeineHalfLife_h caffeineAbsorption_perH caffeineVolume_LPerKg caffeineKi_mgPerL bodyMass_kg ' +
  'alcoholAbsorption_perH alcoholElimination_gPerLPerH alcoholWidmarkR_LPerKg alcoholSedation ' +
  'alcoholRemSuppression alcoholRebound ageSwaDeclinePerDecade ageAwakeningPerDecade ' +
  'ageRemDeclinePerDecade';
const EXISTED = new Set([...WAS_OTHER_PARAMETERS.split(' '), ...WAS_RESTORATION_PARAMETERS.split(' ')]);

const WAS_NOT_READ_BY_CORE = new Set([
  ...WAS_PROTOCOL_AFTER_RUN_IN,
  'dlmoThreshold_pgPerMl',
  'learningLoad',
  ...WAS_RESTORATION_PARAMETERS.split(' '),
]);
const WAS_NOT_READ_BY_RESTORATION = new Set([...WAS_PROTOCOL_AFTER_RUN_IN, 'dlmoThreshold_pgPerMl']);

const sorted = (s: Iterable<string>): string[] => [...s].sort();
/** The part of a derived set over the parameters that existed at the restructuring. */
const existing = (s: Iterable<string>): string[] => sorted([...s].filter((id) => EXISTED.has(id)));

describe('the sets derived from readBy', () => {
  it('equal the hand-kept lists they replace, so the cache keys are unchanged', () => {
    expect(EXISTED.size).toBe(161);
    expect(PROTOCOL_AFTER_RUN_IN.filter((id) => EXISTED.has(id))).toEqual(WAS_PROTOCOL_AFTER_RUN_IN);
    expect(existing(NOT_READ_BY_CORE)).toEqual(sorted(WAS_NOT_READ_BY_CORE));
    expect(existing(NOT_READ_BY_RESTORATION)).toEqual(sorted(WAS_NOT_READ_BY_RESTORATION));
  });
});

/** Runs `f` on a copy of `p` that records every property read. */
function reads(p: ParameterValues, f: (spy: ParameterValues) => void): Set<string> {
  const read = new Set<string>();
  const spy = new Proxy(p, {
    get(target, prop, receiver) {
      if (typeof prop === 'string') read.add(prop);
      return Reflect.get(target, prop, receiver) as unknown;
    },
  });
  f(spy);
  return read;
}

const declared = (pass: ReadBy): string[] =>
  sorted(PARAMETERS.filter((p) => readersOf(p).includes(pass)).map((p) => p.id));

describe('readBy', () => {
  afterAll(() => configureRunInCache({ enabled: true }));

  // Both sexes, and a night with both substances after prior nights: some reads depend on them (the sex-specific
  // constants, the doses' timing, the prior schedule).
  const nights = [
    resolveParameters('baseline'),
    resolveParameters('baseline', { sex: 'female', caffeine_mg: 200, alcohol_gPerKg: 0.5, priorNights: 2 }),
  ];

  it("says which parameters the protocol reads ('protocol' or 'runIn')", () => {
    const read = new Set<string>();
    for (const p of nights) for (const id of reads(p, (spy) => compileProtocol(spy))) read.add(id);
    expect(sorted(read)).toEqual(sorted(new Set([...declared('protocol'), ...declared('runIn')])));
  });

  it("says which parameters the core reads ('core')", () => {
    // Off, the cache's key (which reads every parameter) is not built.
    configureRunInCache({ enabled: false });
    const read = new Set<string>();
    for (const p of nights) {
      const tl = compileProtocol(p);
      for (const id of reads(p, (spy) => simulateCore(tl, spy, 1))) read.add(id);
    }
    expect(sorted(read)).toEqual(declared('core'));
  });

  it("says which parameters the restoration reads ('restoration')", () => {
    configureRunInCache({ enabled: false });
    const read = new Set<string>();
    for (const p of nights) {
      const core = simulateCore(compileProtocol(p), p, 1).trajectory;
      for (const id of reads(p, (spy) => runRestoration(core, spy, 1))) read.add(id);
    }
    expect(sorted(read)).toEqual(declared('restoration'));
  });

  it("leaves 'metrics' to the core's DLMO threshold alone", () => {
    expect(declared('metrics')).toEqual(['dlmoThreshold_pgPerMl']);
  });
});
