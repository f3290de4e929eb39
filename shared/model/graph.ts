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
