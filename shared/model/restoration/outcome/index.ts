/**
 * The next-day outcome (fatigue, sleep debt, PVT lapses, KSS): reads only the core, and the rested
 * fatigue of the baseline night.
 * The module as the engine sees it (../module.ts): its declarations and how it is stepped.
 */
import { defineRestorationModule } from '../module';
import { OUTCOME_PARAMETERS } from './parameters';
import { Performance, type OutcomeInputs } from './outcome';

export const outcome = defineRestorationModule({
  id: 'outcome',
  node: {
    label: 'Performance and sleepiness',
    kind: 'outcome',
    description: 'Sleep-loss stores, PVT lapses and KSS across the protocol.',
  },
  couplings: [],
  parameters: OUTCOME_PARAMETERS,
  series: [
    {
      id: 'pvtLapses',
      label: 'PVT lapses',
      unit: 'lapses',
      panel: 'outcome',
      description: 'Predicted lapses of a 10-min PVT taken at that time.',
    },
    {
      id: 'kss',
      label: 'Sleepiness (KSS)',
      unit: '1–9',
      panel: 'outcome',
      description: 'Predicted Karolinska Sleepiness Scale.',
    },
    {
      id: 'sleepDebt',
      label: 'Sleep debt',
      unit: 'h',
      panel: 'outcome',
      description:
        'Wakefulness in excess of the critical daily wake duration still owed: the acute store plus the chronic bank beyond its buffer.',
    },
  ],
  writes: [],
  reads: [],
  init: (core, p: OutcomeInputs, { restedFatigue }) => new Performance(core, p, restedFatigue),
  step: (s, from, to) => s.run(from, to),
  output: (s) => ({
    pvtLapses: s.pvtLapses,
    kss: s.kss,
    sleepDebt: s.sleepDebt,
  }),
});
