/**
 * The map of the model, "what drives what": its nodes (inputs, the core's modules, every
 * restoration module) and its couplings (edges), gathered from the declarations. Nothing here is
 * drawn by hand: a restoration module brings its node and the couplings into it (module.ts), the
 * core's nodes and couplings are declared below, beside nothing else, because the core loop
 * (core.ts) wires its modules together in one place. The lab's map, the docs' coupling table and
 * the knockout tests (couplings.test.ts) read MODEL_NODES and COUPLINGS.
 */
import { RESTORATION_MODULES } from './catalogue';
import { defineCouplings, type CouplingSpec, type ModelNode } from './couplingSpec';
import { MELATONIN_COUPLINGS } from './melatonin/couplings';

/** Inputs of a night and the core's modules (shared/model/core.ts steps them together). */
export const CORE_NODES: readonly ModelNode[] = [
  {
    id: 'schedule',
    label: 'Sleep schedule',
    kind: 'input',
    description: 'Bedtimes and time in bed of the run-in, prior and focal nights: when sleep is allowed.',
    series: [],
  },
  {
    id: 'light',
    label: 'Light',
    kind: 'input',
    description: 'Light reaching the retina across the day and night.',
    series: ['light'],
  },
  {
    id: 'substances',
    label: 'Caffeine, alcohol, melatonin',
    kind: 'input',
    description: 'Doses taken (protocol events and substance sliders) and their plasma levels.',
    series: ['caffeine', 'alcohol'],
  },
  {
    id: 'learning',
    label: 'Learning load',
    kind: 'input',
    description: 'How much was learnt in the day before the night (learningLoad).',
    series: [],
  },
  {
    id: 'homeostat',
    label: 'Sleep pressure',
    kind: 'core',
    description: 'Process S and adenosine, rising in wake and dissipating in sleep, with A1-receptor adaptation.',
    series: ['processS', 'adenosine', 'a1Receptor'],
  },
  {
    id: 'circadian',
    label: 'Circadian clock',
    kind: 'core',
    description: 'The SCN pacemaker entrained by light, and its wake-promoting drive.',
    series: ['circadianPhase', 'circadianDrive'],
  },
  {
    id: 'melatonin',
    label: 'Melatonin',
    kind: 'core',
    description: 'Pineal melatonin under the clock, suppressed by light, plus any oral dose.',
    series: ['melatonin', 'melatoninUnmasked'],
  },
  {
    id: 'sleepWake',
    label: 'Sleep–wake and stages',
    kind: 'core',
    description: 'The flip-flop switch between the thresholds, NREM–REM cycles and slow-wave activity.',
    series: ['sleepDrive', 'thresholdUpper', 'thresholdLower', 'swa', 'remPressure'],
  },
];

/** Couplings between the core's modules, declared where the core loop wires them (core.ts). */
export const CORE_COUPLINGS = defineCouplings([
  {
    id: 'melatoninShiftsClock',
    from: 'melatonin',
    to: 'circadian',
    label: 'Oral melatonin shifts the clock',
    description:
      'Exogenous melatonin above the endogenous level drives the pacemaker’s phase: advances when taken in the afternoon and evening, small delays in the morning (circadian/circadian.ts).',
    strength: 'melatoninPhaseGain_hPerH',
    evidence: 'established',
    sources:
      'Burgess et al. 2008, J Physiol 586:639; Burgess, Revell, Molina & Eastman 2010, J Clin Endocrinol Metab 95:3325',
    knockout: {
      metric: 'cbtMin_clock_h',
      direction: 'up',
      events: [
        { kind: 'melatonin', at: 17, day: -2, mg: 3 },
        { kind: 'melatonin', at: 17, day: -1, mg: 3 },
        { kind: 'melatonin', at: 17, day: 0, mg: 3 },
      ],
      minChange: 0.1,
    },
  },
  // The couplings below act through an existing gain of the core (its range lowered to 0 where
  // needed: lightGain). Each knockout uses the scenario where the coupling shows.
  {
    id: 'lightEntrainsClock',
    from: 'light',
    to: 'circadian',
    label: 'Light entrains the clock',
    description:
      'Light activates photoreceptors whose drive, with gain G, advances or delays the pacemaker by time of day, holding its 24.2-h period to the 24-h day (circadian/circadian.ts). Without it the clock free-runs later every day of the run-in.',
    strength: 'lightGain',
    evidence: 'established',
    sources:
      'Jewett, Forger & Kronauer 1999, J Biol Rhythms 14:493; Skeldon et al. 2023, PLoS Comput Biol, light parameters',
    knockout: { metric: 'dlmo_clock_h', direction: 'up', minChange: 1 },
  },
  {
    id: 'clockGatesSleep',
    from: 'circadian',
    to: 'sleepWake',
    label: 'The clock gates sleep and wake',
    description:
      'The circadian drive moves both switch thresholds by a·C(t): sleep pressure needed to fall asleep is highest in the evening wake-maintenance zone and lowest near dawn, which holds sleep through the morning (core.ts, thresholds).',
    strength: 'sCircadianAmplitude',
    evidence: 'established',
    sources: 'Daan, Beersma & Borbély 1984, Am J Physiol 246:R161; Skeldon et al. 2025, npj Biol Timing Sleep 2:24',
    // Without the circadian threshold the falling pressure ends the night early: about an hour
    // less sleep on the baseline night (measured: 447 → 383 min).
    knockout: { metric: 'totalSleepTime_min', direction: 'down', minChange: 30 },
  },
  {
    id: 'clockTimesRem',
    from: 'circadian',
    to: 'sleepWake',
    label: 'The clock times REM',
    description:
      'REM pressure builds faster near the circadian REM peak, about 1 h after the CBT minimum, so REM grows toward morning (ultradian/ultradian.ts).',
    strength: 'remCircadianGain',
    evidence: 'established',
    sources: 'Dijk & Czeisler 1995, J Neurosci 15:3526',
    knockout: { metric: 'rem_pct', direction: 'down', minChange: 2 },
  },
  {
    id: 'pressureHoldsOffRem',
    from: 'homeostat',
    to: 'sleepWake',
    label: 'Sleep pressure holds off REM',
    description:
      'High Process S speeds the discharge of REM pressure, so REM episodes are short early in the night and lengthen as S falls (ultradian/ultradian.ts).',
    strength: 'remSInhibition',
    evidence: 'supported',
    sources:
      'Dijk & Czeisler 1995, J Neurosci 15:3526; size calibrated on the cycle architecture rows ARCH-04 and ARCH-13',
    knockout: { metric: 'rem_pct', direction: 'up', minChange: 2 },
  },
  {
    id: 'caffeineBlocksAdenosine',
    from: 'substances',
    to: 'homeostat',
    label: 'Caffeine blocks adenosine',
    description:
      'Plasma caffeine blocks A1 adenosine signalling; the block not compensated by tolerance lowers the drive that sets the slow-wave ceiling (homeostat/homeostat.ts, swaDrive).',
    strength: 'caffeineSwaShare',
    evidence: 'supported',
    sources: 'Landolt et al. 1995, Brain Res 675:67; Gardiner et al. 2023, Sleep Med Rev 69:101764, N3 −11.4 min',
    knockout: { metric: 'swaFirstCycle', direction: 'up', scenario: 'evening-caffeine', minChange: 0.03 },
  },
  {
    id: 'caffeineFragmentsSleep',
    from: 'substances',
    to: 'sleepWake',
    label: 'Caffeine fragments sleep',
    description: 'The uncompensated caffeine block raises the rate of awakenings from sleep (switch/sleepSwitch.ts).',
    strength: 'caffeineAwakeningGain',
    evidence: 'supported',
    sources: 'Clark & Landolt 2017, Sleep Med Rev 31:70; size calibrated on CAFSL-04',
    knockout: { metric: 'waso_min', direction: 'down', scenario: 'evening-caffeine', minChange: 3 },
  },
  {
    id: 'alcoholSuppressesRem',
    from: 'substances',
    to: 'sleepWake',
    label: 'Alcohol delays REM',
    description:
      'Blood alcohol slows the build-up of REM pressure, so the first REM episode comes late while alcohol is in the blood (ultradian/ultradian.ts).',
    strength: 'alcoholRemSuppression',
    evidence: 'established',
    sources: 'Ebrahim et al. 2013, Alcohol Clin Exp Res 37:539',
    knockout: { metric: 'remLatency_min', direction: 'down', scenario: 'alcohol-nightcap', minChange: 10 },
  },
  {
    id: 'lightWakesSleeper',
    from: 'light',
    to: 'sleepWake',
    label: 'Light in bed wakes the sleeper',
    description:
      'Light reaching the closed eyes in bed raises the rate of brief arousals, saturating with intensity (switch/sleepSwitch.ts).',
    strength: 'lightArousalRate_perH',
    evidence: 'supported',
    sources: 'Cho et al. 2013, Sleep Med 14:1422; Cho et al. 2016, Chronobiol Int 33:117',
    knockout: { metric: 'waso_min', direction: 'down', scenario: 'light-at-night', minChange: 3 },
  },
  ...MELATONIN_COUPLINGS,
]);

/** Every node of the map: the inputs and core, then the restoration modules in the engine's order. */
export const MODEL_NODES: readonly ModelNode[] = [
  ...CORE_NODES,
  ...RESTORATION_MODULES.map((m): ModelNode => ({ id: m.id, ...m.node, series: m.series.map((s) => s.id) })),
];

/** Every coupling of the model (edges of the map), each with its strength parameter and knockout. */
export const COUPLINGS: readonly CouplingSpec[] = [
  ...CORE_COUPLINGS,
  ...RESTORATION_MODULES.flatMap((m): readonly CouplingSpec[] => m.couplings),
];
