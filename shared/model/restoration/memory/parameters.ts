/**
 * Constants of memory consolidation: spindles, slow oscillations and their coupling, the local
 * slow-wave rise after learning, the labile and stable stores, and the sex steroids' terms.
 * A citation of '' marks a design choice of this model ([P] in docs/MODEL-restoration.md).
 */
import { advanced, defineParameters, type ValuesOf } from '../../parameterSpec';

export const MEMORY_PARAMETERS = defineParameters([
  // ── spindles ──────────────────────────────────────────────────────────────
  // source: design choice within the range automated detectors report for young adults at central
  // leads (≈ 1–7 per min of N2); Purcell et al. 2017 (11,630 people) report density by age and sex.
  advanced({
    id: 'spindleDensityN2_perMin',
    label: 'Spindle density in N2 (young adult)',
    unit: '1/min',
    default: 2.5,
    min: 0,
    max: 10,
    step: 0.1,
    description: 'Sleep spindles per minute of N2 in a 25-year-old man, before age, sex and progesterone.',
    citation: 'Design choice within reported young-adult ranges; Purcell et al. 2017, Nat Commun 8:15930',
    readBy: 'restoration',
  }),
  // source: design choice (fewer detected spindles in N3 than in N2, Purcell et al. 2017)
  advanced({
    id: 'spindleDensityN3_perMin',
    label: 'Spindle density in N3 (young adult)',
    unit: '1/min',
    default: 1.5,
    min: 0,
    max: 10,
    step: 0.1,
    description: 'Sleep spindles per minute of N3 in a 25-year-old man, before age, sex and progesterone.',
    citation: 'Design choice; Purcell et al. 2017, Nat Commun 8:15930 (spindles most prominent in N2)',
    readBy: 'restoration',
  }),
  // source: design choice of the slope; direction from Peters et al. 2014 (24 young, 20.8 y, vs 24
  // older, 71.2 y: whole-night spindle density lower in the older) and Purcell et al. 2017.
  advanced({
    id: 'spindleAgeDecline_perDecade',
    label: 'Spindle density decline per decade',
    unit: '1/decade',
    default: 0.08,
    min: 0,
    max: 0.3,
    step: 0.01,
    description:
      'Relative fall of spindle density per decade above 25 y (linear, floored at 20% of young); 0.08 puts a 71-year-old at ≈ 63% of a 25-year-old.',
    citation: 'Peters et al. 2014, PLoS ONE 9:e91047 (direction); Purcell et al. 2017, Nat Commun 8:15930',
    readBy: 'restoration',
  }),
  // source: design choice of the size; Purcell et al. 2017 report higher spindle density in women
  advanced({
    id: 'spindleFemaleRatio',
    label: 'Spindle density, women / men',
    unit: 'ratio',
    default: 1.1,
    min: 0.5,
    max: 2,
    step: 0.05,
    description: "A woman's spindle density relative to a man's of the same age, before progesterone.",
    citation: 'Purcell et al. 2017, Nat Commun 8:15930 (women higher; the size here is a design choice)',
    readBy: 'restoration',
  }),
  // ── slow oscillations and coupling ────────────────────────────────────────
  // source: design choice (N3 slow-oscillation rates of ≈ 8–15 per min at the first cycle's SWA)
  advanced({
    id: 'soRatePerSwa_perMin',
    label: 'Slow oscillations per unit SWA',
    unit: '1/min per SWA',
    default: 8,
    min: 0,
    max: 30,
    step: 0.5,
    description: 'Slow-oscillation rate in N2/N3 per unit of (local) SWA; SWA 1 is the default first NREM episode.',
    citation: '',
    readBy: 'restoration',
  }),
  // source: design choice (share of spindles nested in SO up-states at high SO rates, young adults)
  advanced({
    id: 'soSpindleCouplingMax',
    label: 'Maximal SO–spindle coupling',
    unit: 'fraction',
    default: 0.6,
    min: 0,
    max: 1,
    step: 0.05,
    description:
      'Share of spindles nested in a slow-oscillation up-state when slow oscillations are dense, in a 25-year-old.',
    citation: 'Helfrich et al. 2018, Neuron 97:221 (the slow oscillation times spindles); the size is a design choice',
    readBy: 'restoration',
  }),
  // source: design choice
  advanced({
    id: 'soRateHalfCoupling_perMin',
    label: 'SO rate of half-maximal coupling',
    unit: '1/min',
    default: 5,
    min: 0.1,
    max: 30,
    step: 0.5,
    description: 'Slow-oscillation rate at which half the maximal share of spindles is nested in up-states.',
    citation: '',
    readBy: 'restoration',
  }),
  // source: direction from Helfrich et al. 2018 (older adults: spindles peak early in the SO,
  // dispersed coupling, forgetting) and Mander, Winer & Walker 2017 review; the slope is a design choice
  advanced({
    id: 'couplingAgeDecline_perDecade',
    label: 'SO–spindle coupling decline per decade',
    unit: '1/decade',
    default: 0.06,
    min: 0,
    max: 0.3,
    step: 0.01,
    description:
      'Relative loss per decade above 25 y of the share of spindles nested in SO up-states (mistimed spindles; linear, floored at 20%).',
    citation: 'Helfrich et al. 2018, Neuron 97:221; Mander, Winer & Walker 2017, Neuron 94:19 (direction)',
    readBy: 'restoration',
  }),
  // ── local slow-wave activity after learning ───────────────────────────────
  // source: calibrated so that an ordinary learning day raises local SWA by ≈ 25% over the first
  // 30 min of NREM (the size usually cited for Huber et al. 2004, Nature 430:78; MEM-01)
  advanced({
    id: 'memoryLocalSwaGain',
    label: 'Local SWA gain per learning load',
    unit: 'per load',
    default: 0.35,
    min: 0,
    max: 2,
    step: 0.05,
    description:
      "Relative rise of SWA over the trained cortex per unit of local plasticity load (the day's learningLoad); 0 removes learning's effect on sleep and consolidation.",
    citation: 'Huber, Ghilardi, Massimini & Tononi 2004, Nature 430:78; calibrated MEM-01',
    readBy: 'restoration',
  }),
  // source: design choice (the wake build-up of the local plasticity load)
  advanced({
    id: 'memoryLocalBuildUp_h',
    label: 'Local plasticity build-up time',
    unit: 'h',
    default: 4,
    min: 0.25,
    max: 24,
    step: 0.25,
    description: 'Time constant with which the local plasticity load approaches learningLoad in wake.',
    citation: '',
    readBy: 'restoration',
  }),
  // source: design choice (the local increase dissipates within the first NREM cycle, Huber et al. 2004)
  advanced({
    id: 'memoryLocalDissipation_swaH',
    label: 'Local plasticity dissipation',
    unit: 'SWA·h',
    default: 0.5,
    min: 0.05,
    max: 5,
    step: 0.05,
    description: 'Slow-wave activity (SWA × hours of N2/N3) that dissipates 63% of the local plasticity load.',
    citation: 'Huber et al. 2004, Nature 430:78 (local SWA rise in the first NREM episode)',
    readBy: 'restoration',
  }),
  // ── labile and stable stores ──────────────────────────────────────────────
  // source: design choice (waking interference forgets the labile, hippocampus-dependent trace)
  advanced({
    id: 'memoryLabileDecayWake_h',
    label: 'Labile memory time constant, wake',
    unit: 'h',
    default: 40,
    min: 1,
    max: 500,
    step: 1,
    description: 'Time constant of forgetting of the unconsolidated (labile) store in wake.',
    citation: '',
    readBy: 'restoration',
  }),
  // source: design choice (sleep shelters the labile trace from interference)
  advanced({
    id: 'memoryLabileDecaySleep_h',
    label: 'Labile memory time constant, sleep',
    unit: 'h',
    default: 60,
    min: 1,
    max: 2000,
    step: 5,
    description: 'Time constant of forgetting of the labile store in sleep (less interference than in wake).',
    citation: '',
    readBy: 'restoration',
  }),
  // source: design choice (active systems consolidation: coupled SO–spindle events transfer the labile trace)
  advanced({
    id: 'memoryConsolidationScale_h',
    label: 'Memory consolidation scale',
    unit: 'h at 1 event/min',
    default: 4,
    min: 0.1,
    max: 10,
    step: 0.1,
    description:
      'Hours of coupled SO–spindle events at a rate of one per minute (1 h = 60 events) that move 63% of the labile store to the stable store.',
    citation: 'Rasch & Born 2013, Physiol Rev 93:681 (active systems consolidation); the scale is a design choice',
    readBy: 'restoration',
  }),
  // source: design choice, the switch of the sleepWake → memory coupling
  advanced({
    id: 'memorySleepTransferGain',
    label: 'Sleep transfer gain',
    unit: '×',
    default: 1,
    min: 0,
    max: 3,
    step: 0.05,
    description:
      'Strength of the transfer of labile memory by coupled SO–spindle events; 1 = the model, 0 removes sleep-dependent consolidation.',
    citation: 'Rasch & Born 2013, Physiol Rev 93:681; Helfrich et al. 2018, Neuron 97:221',
    readBy: 'restoration',
  }),
  // ── sex steroids ──────────────────────────────────────────────────────────
  // source: Driver et al. 1996 (spindle-frequency activity 14.25–15 Hz maximal in the luteal phase,
  // in parallel with progesterone and temperature); GABA-A action of progesterone metabolites. The
  // size is a design choice: +17% spindle density at the mid-luteal 62 nmol/L.
  advanced({
    id: 'progesteroneSpindleGain',
    label: 'Progesterone gain on spindles',
    unit: 'fraction',
    default: 0.2,
    min: 0,
    max: 1,
    step: 0.02,
    description:
      'Maximal relative rise of spindle density with progesterone, P/(P + P½) of it at level P; 0 removes the coupling.',
    citation: 'Driver, Dijk, Werth, Biedermann & Borbély 1996, J Clin Endocrinol Metab 81:728 (direction)',
    readBy: 'restoration',
  }),
  // source: design choice (between the follicular ≈ 0.1–1 and mid-luteal ≈ 30–60 nmol/L levels)
  advanced({
    id: 'progesteroneSpindleHalf_nmolPerL',
    label: 'Progesterone of half effect on spindles',
    unit: 'nmol/L',
    default: 10,
    min: 0.5,
    max: 100,
    step: 0.5,
    description: 'Progesterone at which half the maximal spindle rise is reached.',
    citation: '',
    readBy: 'restoration',
  }),
  // source: hypothesis of this model (issue 14: estradiol supports synaptic plasticity); no paper was
  // read for its size, a design choice
  advanced({
    id: 'estradiolPlasticityGain',
    label: 'Estradiol gain on consolidation',
    unit: 'fraction',
    default: 0.2,
    min: 0,
    max: 1,
    step: 0.02,
    description:
      'Maximal relative rise of the transfer of labile memory with estradiol, E/(E + E½) of it at level E; a hypothesis, 0 removes it.',
    citation: '',
    readBy: 'restoration',
  }),
  // source: design choice (between male ≈ 60 and pre-ovulatory ≈ 1100 pmol/L)
  advanced({
    id: 'estradiolPlasticityHalf_pmolPerL',
    label: 'Estradiol of half effect on consolidation',
    unit: 'pmol/L',
    default: 300,
    min: 10,
    max: 3000,
    step: 10,
    description: 'Estradiol at which half the maximal rise of the transfer is reached.',
    citation: '',
    readBy: 'restoration',
  }),
]);

export type MemoryParameters = ValuesOf<typeof MEMORY_PARAMETERS>;
