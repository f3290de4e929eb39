/**
 * Constants of glymphatic exchange: interstitial volume, CSF pulsation, clearance, Aβ and tau. A citation of '' marks a design choice
 * of this model ([P] in docs/MODEL-restoration.md), calibrated as stated there.
 */
import { advanced, defineParameters, type ValuesOf } from '../../parameterSpec';

export const GLYMPHATIC_PARAMETERS = defineParameters([
  // ── glymphatic ────────────────────────────────────────────────────────────
  // source: Xie et al. 2013, Science 342:373 (≈14% awake)
  advanced({
    id: 'isfVolumeWake',
    label: 'Interstitial volume fraction, wake',
    unit: 'fraction',
    default: 0.14,
    min: 0.08,
    max: 0.3,
    step: 0.005,
    description: 'Interstitial space volume fraction at full waking noradrenergic tone.',
    citation: 'Xie et al. 2013, Science 342:373 (mouse)',
    readBy: 'restoration',
  }),
  // source: Xie et al. 2013, Science 342:373 (≈23% asleep)
  advanced({
    id: 'isfVolumeSleep',
    label: 'Interstitial volume fraction, deep sleep',
    unit: 'fraction',
    default: 0.23,
    min: 0.1,
    max: 0.4,
    step: 0.005,
    description: 'Interstitial space volume fraction at the noradrenergic tone of N3.',
    citation: 'Xie et al. 2013, Science 342:373 (mouse)',
    readBy: 'restoration',
  }),
  // source: design choice (Xie 2013 volume changes within tens of minutes of state change)
  advanced({
    id: 'isfVolumeTimeConstant_min',
    label: 'Interstitial volume time constant',
    unit: 'min',
    default: 10,
    min: 1,
    max: 60,
    step: 1,
    description: 'How fast the interstitial volume follows noradrenergic tone.',
    citation: 'Xie et al. 2013, Science 342:373 (time course; value is a design choice)',
    readBy: 'restoration',
  }),
  // source: Fultz et al. 2019, Science 366:628 (small signals in wake)
  advanced({
    id: 'csfPulsationWake',
    label: 'CSF pulsation amplitude, wake',
    unit: 'rel.',
    default: 0.1,
    min: 0,
    max: 1,
    step: 0.01,
    description: 'Amplitude of the ≈0.05 Hz CSF inflow oscillation in wake and REM (relative to NREM at SWA 1).',
    citation: 'Fultz et al. 2019, Science 366:628',
    readBy: 'restoration',
  }),
  // source: Fultz et al. 2019, Science 366:628 (waves in NREM, coupled to slow waves)
  advanced({
    id: 'csfPulsationBase',
    label: 'CSF pulsation amplitude without slow waves',
    unit: 'rel.',
    default: 0.3,
    min: 0,
    max: 1,
    step: 0.05,
    description: 'NREM pulsation amplitude at zero SWA; slow waves add one unit per unit SWA.',
    citation: 'Fultz et al. 2019, Science 366:628 (coupling to EEG slow waves; offset is a design choice)',
    readBy: 'restoration',
  }),
  // source: derived from Iliff 2012 (AQP4 loss cuts Aβ clearance ≈55% in the sleep-like state) + Kozeny–Carman
  advanced({
    id: 'glyConvectiveShareWake',
    label: 'Convective share of waking clearance',
    unit: 'fraction',
    default: 0.18,
    min: 0,
    max: 1,
    step: 0.01,
    description:
      'Share of waking solute clearance carried by glymphatic flow; the rest (degradation, BBB transport) does not depend on state.',
    citation:
      'Iliff et al. 2012, Sci Transl Med 4:147ra111 (≈55% of Aβ clearance glymphatic in the sleep-like state), scaled to wake with Kozeny–Carman',
    readBy: 'restoration',
  }),
  // source: Kress et al. 2014 (≈40 % less CSF–ISF exchange in old mice ≈ 65-y humans → 0.1 per decade)
  advanced({
    id: 'glyAgeDecline_perDecade',
    label: 'Glymphatic decline with age',
    unit: 'per decade',
    default: 0.1,
    min: 0,
    max: 0.25,
    step: 0.01,
    description: 'Fractional loss of convective (glymphatic) exchange per decade after age 25.',
    citation: 'Kress et al. 2014, Ann Neurol 76:845 (aged mice)',
    readBy: 'restoration',
  }),
  // source: design choice (a dimensionless gain on the coupling: 1 is the model of Xie 2013, 0
  // removes it, the interstitial space then stays at its waking size whatever the tone)
  advanced({
    id: 'glyNoradrenalineGain',
    label: 'Noradrenaline → interstitial volume gain',
    unit: '',
    default: 1,
    min: 0,
    max: 2,
    step: 0.05,
    description:
      'Gain of the expansion of the interstitial space as noradrenergic tone falls (1 = the model; 0 = the space keeps its waking size).',
    citation: 'Xie et al. 2013, Science 342:373 (the coupling; the gain is a design choice)',
    readBy: 'restoration',
  }),
  // source: design choice
  advanced({
    id: 'glyPulsationGain',
    label: 'Pumping by CSF pulsation',
    unit: '',
    default: 0.5,
    min: 0,
    max: 5,
    step: 0.05,
    description: 'Relative increase of convective exchange per unit CSF pulsation amplitude.',
    citation: 'Fultz et al. 2019, Science 366:628 (direction; gain is a design choice)',
    readBy: 'restoration',
  }),
  // source: Bateman et al. 2006, Nat Med 12:856 (fractional clearance ≈8%/h → t½ ≈ 8–9 h)
  advanced({
    id: 'abetaHalfLife_h',
    label: 'Amyloid-β half-life (waking clearance)',
    unit: 'h',
    default: 8.5,
    min: 0.5,
    max: 24,
    step: 0.5,
    description: 'Half-life of interstitial Aβ at waking clearance.',
    citation: 'Bateman et al. 2006, Nat Med 12:856 (CNS Aβ fractional clearance ≈8%/h)',
    readBy: 'restoration',
  }),
  // source: Cirrito et al. 2005, Neuron 48:913 (synaptic activity drives Aβ release)
  advanced({
    id: 'abetaActivityRelease',
    label: 'Activity dependence of Aβ release',
    unit: '',
    default: 0.4,
    min: 0,
    max: 1,
    step: 0.05,
    description: 'Fall of Aβ release per unit fall of synaptic activity below waking.',
    citation: 'Cirrito et al. 2005, Neuron 48:913; Kang et al. 2009, Science 326:1005',
    readBy: 'restoration',
  }),
  // source: design choice (ISF tau exchanges over hours; Holth 2019)
  advanced({
    id: 'tauHalfLife_h',
    label: 'Interstitial tau half-life (waking clearance)',
    unit: 'h',
    default: 10,
    min: 1,
    max: 48,
    step: 0.5,
    description: 'Half-life of interstitial tau at waking clearance.',
    citation: 'Holth et al. 2019, Science 363:880 (ISF tau changes within hours of wake)',
    readBy: 'restoration',
  }),
  // source: Yamada et al. 2014, J Exp Med 211:387 (neuronal activity drives tau release)
  advanced({
    id: 'tauActivityRelease',
    label: 'Activity dependence of tau release',
    unit: '',
    default: 0.8,
    min: 0,
    max: 1,
    step: 0.05,
    description: 'Fall of tau release per unit fall of synaptic activity below waking.',
    citation: 'Yamada et al. 2014, J Exp Med 211:387; Holth et al. 2019, Science 363:880',
    readBy: 'restoration',
  }),
  // source: CSF volume ≈150 mL renewed at ≈500 mL/day → turnover ≈7 h (Sakka, Coll & Chazal 2011)
  advanced({
    id: 'csfTurnover_h',
    label: 'CSF turnover time',
    unit: 'h',
    default: 7,
    min: 1,
    max: 24,
    step: 0.5,
    description: 'Mixing time of interstitial solutes into lumbar CSF (CSF volume / production rate).',
    citation: 'Sakka, Coll & Chazal 2011, Eur Ann Otorhinolaryngol Head Neck Dis 128:309',
    readBy: 'restoration',
  }),
]);

export type GlymphaticParameters = ValuesOf<typeof GLYMPHATIC_PARAMETERS>;
