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
  couplings: [
    {
      id: 'pressureTiresPerformance',
      from: 'homeostat',
      to: 'outcome',
      label: 'Sleep pressure impairs performance',
      description:
        'Process S adds to fatigue and to sleepiness: the longer awake, the more PVT lapses and the higher the KSS (outcome.ts).',
      strength: 'outcomeHomeostatGain',
      evidence: 'established',
      sources: 'Hursh et al. 2004, Aviat Space Environ Med 75:A44; Ramakrishnan et al. 2016, Sleep 39:249',
      knockout: { metric: 'pvtLapsesNextMorning', direction: 'down', scenario: 'one-night-awake', minChange: 3 },
    },
    {
      id: 'lostSleepBuildsDebt',
      from: 'sleepWake',
      to: 'outcome',
      label: 'Lost sleep builds a debt',
      description:
        'Wake beyond the critical daily duration fills an acute sleep-loss store that recuperative sleep repays; the store adds to fatigue (outcome.ts).',
      strength: 'outcomeDebtWeight',
      evidence: 'supported',
      sources: 'Van Dongen et al. 2003, Sleep 26:117; Lamond et al. 2007, J Sleep Res',
      knockout: { metric: 'pvtLapsesNextMorning', direction: 'down', scenario: 'one-night-awake', minChange: 2 },
    },
    {
      id: 'clockModulatesAlertness',
      from: 'circadian',
      to: 'outcome',
      label: 'The clock modulates alertness',
      description:
        'A circadian performance rhythm on the pacemaker’s phase, lowest near 05:00–07:00, subtracts from fatigue and sleepiness: an early-morning test is worse (outcome.ts).',
      strength: 'outcomeCircadianWeight',
      evidence: 'established',
      sources: 'Hursh et al. 2004, Aviat Space Environ Med 75:A44; McCauley et al. 2013, Sleep 36:1987',
      knockout: { metric: 'kssNextMorning', direction: 'down', minChange: 0.05 },
    },
    {
      id: 'caffeineRestoresAttention',
      from: 'substances',
      to: 'outcome',
      label: 'Caffeine restores attention',
      description:
        'Acting caffeine, plasma caffeine less a share of its lagged level, divides the impairment of lapses and sleepiness (outcome.ts).',
      strength: 'outcomeCaffeinePotency_LPerMg',
      evidence: 'supported',
      sources: 'Ramakrishnan et al. 2013, J Theor Biol 319:23; Wesensten, Killgore & Balkin 2005, J Sleep Res 14:255',
      knockout: {
        metric: 'pvtLapsesNextMorning',
        direction: 'up',
        scenario: 'one-night-awake',
        events: [{ kind: 'caffeine', at: 8, day: 0, mg: 200 }],
        minChange: 3,
      },
    },
    {
      id: 'alcoholHangover',
      from: 'substances',
      to: 'outcome',
      label: 'Alcohol leaves a hangover',
      description:
        'Alcohol eliminated overnight feeds a hangover state that decays over hours and keeps next-morning sleepiness higher (outcome.ts).',
      strength: 'outcomeHangoverFatigue_LPerG',
      evidence: 'supported',
      sources: 'Rohsenow et al. 2010, Alcohol Clin Exp Res 34:509; Gunn et al. 2018, Addiction 113:2182',
      knockout: { metric: 'kssNextMorning', direction: 'down', scenario: 'alcohol-nightcap', minChange: 0.2 },
    },
  ],
  parameters: OUTCOME_PARAMETERS,
  series: [
    {
      id: 'pvtLapses',
      label: 'PVT lapses',
      unit: 'lapses',
      panel: 'outcome',
      description: 'Predicted lapses of a 10-min PVT taken at that time.',
      wakingOnly: true,
    },
    {
      id: 'kss',
      label: 'Sleepiness (KSS)',
      unit: '1–9',
      panel: 'outcome',
      description: 'Predicted Karolinska Sleepiness Scale.',
      wakingOnly: true,
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
