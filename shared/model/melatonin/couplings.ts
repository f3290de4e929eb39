/**
 * The couplings into and out of melatonin that the core wires (core.ts), beside the melatonin
 * module that declares their strength parameters (parameters.ts). graph.ts spreads them into
 * CORE_COUPLINGS. (Melatonin → clock, the phase-response curve, is declared in graph.ts.)
 *
 * No circadian → melatonin edge: the clock gates pineal synthesis through a window in circadian
 * phase (melatonin.ts) with no gain that could be set to 0 short of removing melatonin itself.
 */
import { defineCouplings } from '../couplingSpec';

export const MELATONIN_COUPLINGS = defineCouplings([
  {
    id: 'melatoninDosePromotesSleep',
    from: 'melatonin',
    to: 'sleepWake',
    label: 'Oral melatonin promotes sleep',
    description:
      'An oral dose raises melatonin receptor occupancy above the endogenous level and lowers both sleep–wake thresholds: sleep starts sooner and lasts a little longer, saturating in the dose (melatonin/sleepPropensity.ts).',
    strength: 'melatoninHypnoticGain',
    evidence: 'established',
    sources:
      'Ferracioli-Oda, Qawasmi & Bloch 2013, PLoS One 8:e63773; Brzezinski et al. 2005, Sleep Med Rev 9:41; Zhdanova et al. 1996, Sleep 19:423',
    knockout: {
      metric: 'sleepOnsetLatency_min',
      direction: 'up',
      // 3 mg 1.5 h before the 23:00 lights-off: the level peaks near lights-off.
      events: [{ kind: 'melatonin', at: 21.5, day: 0, mg: 3 }],
      minChange: 1,
    },
  },
  {
    id: 'melatoninSleepGate',
    from: 'melatonin',
    to: 'sleepWake',
    label: 'Evening melatonin opens the sleep gate',
    description:
      'The body’s own plasma melatonin, as light leaves it, lowers both sleep–wake thresholds a little through the same saturating receptor term: the evening rise makes sleep easier to start (melatonin/sleepPropensity.ts). Hypothesis, small by design.',
    strength: 'melatoninSleepGateGain',
    evidence: 'hypothesis',
    sources:
      'Lavie 1997, Sleep 20:1049; Shochat, Luboshitzky & Lavie 1997, Am J Physiol 273:R364; Liu et al. 1997, Neuron 19:91; Scheer et al. 2012, Sleep 35:1395; against: Gilbert et al. 1999, Am J Physiol 276:E1167',
    knockout: {
      // The effect on a population is about a minute of sleep onset, less than one night's draw
      // varies: the mean of 12 nights (measured 11.1 → 12.3 min at the default bedtime).
      metric: 'sleepOnsetLatency_min',
      direction: 'up',
      seeds: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
      minChange: 0.5,
    },
  },
  {
    id: 'lightSuppressesMelatonin',
    from: 'light',
    to: 'melatonin',
    label: 'Light suppresses melatonin',
    description:
      'Light at the retina suppresses pineal melatonin synthesis, a logistic dose–response in lux with half the effect near 100 lux; the dim-light markers (DLMO) are read from the unmasked curve (melatonin/melatonin.ts).',
    strength: 'melatoninLightSuppression',
    evidence: 'established',
    sources: 'Zeitzer et al. 2000, J Physiol 526:695; Lewy et al. 1980, Science 210:1267',
    knockout: {
      metric: 'melatoninSuppression_pct',
      direction: 'down',
      scenario: 'evening-screen-light',
      minChange: 5,
    },
  },
]);
