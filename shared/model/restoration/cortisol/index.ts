/**
 * Cortisol: reads only the core; writes this range's cortisol trace (the emotional module reads it).
 * The module as the engine sees it (../module.ts): its declarations and how it is stepped.
 */
import { defineRestorationModule } from '../module';
import { defineCouplings } from '../../couplingSpec';
import { CORTISOL_PARAMETERS } from './parameters';
import { Cortisol, type CortisolInputs } from './cortisol';

export const cortisol = defineRestorationModule({
  id: 'cortisol',
  node: {
    label: 'Cortisol',
    kind: 'hormone',
    description: 'The HPA axis: circadian cortisol, its nadir at night and the rise before waking.',
  },
  couplings: defineCouplings([
    {
      id: 'clockDrivesCortisol',
      from: 'circadian',
      to: 'cortisol',
      label: 'The clock drives cortisol',
      description:
        'HPA secretion follows the circadian drive g(ψ), quiet in the late evening, maximal about 3 h after CBTmin; it also gates the awakening response (cortisol/cortisol.ts).',
      strength: 'cortisolCircadianGain',
      evidence: 'established',
      sources:
        'Weitzman et al. 1971, J Clin Endocrinol Metab 33:14; Balbo, Leproult & Van Cauter 2010, Int J Endocrinol 2010:759234',
      knockout: { metric: 'cortisolAwakeningRise_pct', direction: 'down', minChange: 10 },
    },
    {
      id: 'slowWaveSleepInhibitsCortisol',
      from: 'sleepWake',
      to: 'cortisol',
      label: 'Slow-wave sleep inhibits cortisol',
      description:
        'Secretion falls by up to cortisolSwsInhibition with SWA in NREM: without it the night level is higher and the morning rise smaller (cortisol/cortisol.ts).',
      strength: 'cortisolSwsInhibition',
      evidence: 'supported',
      sources:
        'Bierwolf et al. 1997, J Clin Endocrinol Metab 82:3859; Weitzman et al. 1983, J Clin Endocrinol Metab 56:352',
      knockout: { metric: 'cortisolAwakeningRise_pct', direction: 'down', minChange: 2 },
    },
    {
      id: 'sleepPrimesAwakeningResponse',
      from: 'sleepWake',
      to: 'cortisol',
      label: 'Sleep primes the awakening response',
      description:
        'A readiness built during sleep is released in the first minutes awake: the cortisol rise after waking, absent after a night without sleep (cortisol/cortisol.ts).',
      strength: 'cortisolAwakeningAmount_nmolPerL',
      evidence: 'established',
      sources: 'Pruessner et al. 1997, Life Sci 61:2539; Wilhelm et al. 2007, Psychoneuroendocrinology 32:358',
      knockout: { metric: 'cortisolAwakeningRise_pct', direction: 'down', minChange: 10 },
    },
    {
      id: 'sleepLossRaisesCortisol',
      from: 'homeostat',
      to: 'cortisol',
      label: 'Sleep loss raises cortisol',
      description:
        'Secretion rises with Process S above a rested reference, so the evening after a night awake has more cortisol (cortisol/cortisol.ts).',
      strength: 'cortisolSleepLossGain',
      evidence: 'supported',
      sources: 'Leproult, Copinschi, Buxton & Van Cauter 1997, Sleep 20:865',
      knockout: { metric: 'cortisolNextEvening', direction: 'down', scenario: 'one-night-awake', minChange: 10 },
    },
  ]),
  parameters: CORTISOL_PARAMETERS,
  series: [
    {
      id: 'cortisol',
      label: 'Cortisol',
      unit: 'nmol/L',
      panel: 'hormones',
      description: 'Plasma cortisol; healthy adults: morning peak 323–568, night nadir 41–69 nmol/L (REF-02).',
    },
  ],
  writes: ['cortisol'],
  reads: [],
  init: (core, p: CortisolInputs) => new Cortisol(core, p),
  step: (s, from, to, t) => s.run(from, to, t.cortisol),
  output: (s) => ({
    cortisol: s.concentration,
  }),
});
