/**
 * Anabolic repair: reads GH secretion (growthHormone) and testosterone (testosterone) traces.
 * The module as the engine sees it (../module.ts): its declarations and how it is stepped.
 */
import { defineRestorationModule } from '../module';
import { REPAIR_PARAMETERS } from './parameters';
import { Repair, type RepairInputs } from './repair';

export const repair = defineRestorationModule({
  id: 'repair',
  node: {
    label: 'Anabolic repair',
    kind: 'restoration',
    description: 'A repair need accrued in wake, met by GH (the sleep-onset pulse) and testosterone: a hypothesis.',
  },
  couplings: [
    {
      id: 'ghDrivesRepair',
      from: 'growthHormone',
      to: 'repair',
      label: 'GH pulse drives repair',
      description:
        'The repair rate rises with GH secretion (k·G/G_ref): the sleep-onset pulse meets most of the day’s repair need.',
      strength: 'repairGhGain',
      evidence: 'hypothesis',
      sources:
        'GH anabolic actions and the slow-wave GH pulse: Van Cauter, Leproult & Plat 2000, JAMA 284:861; Takahashi, Kipnis & Daughaday 1968, J Clin Invest 47:2079',
      knockout: { metric: 'repairIndex_pct', direction: 'down', minChange: 20 },
    },
    {
      id: 'testosteroneDrivesRepair',
      from: 'testosterone',
      to: 'repair',
      label: 'Testosterone drives repair',
      description:
        'The repair rate rises with testosterone relative to the person’s waking level (k·T/T_wake), most during its nocturnal rise.',
      strength: 'repairTestosteroneGain',
      evidence: 'hypothesis',
      sources:
        'Bhasin et al. 2001, Am J Physiol Endocrinol Metab 281:E1172; Giannoulis et al. 2006, J Clin Endocrinol Metab 91:477; Luboshitzky et al. 2001, J Clin Endocrinol Metab 86:1134',
      knockout: { metric: 'repairIndex_pct', direction: 'down', minChange: 5 },
    },
  ],
  parameters: REPAIR_PARAMETERS,
  series: [
    {
      id: 'repairNeed',
      label: 'Repair need',
      unit: 'days of wear',
      panel: 'energy',
      description: 'Wear accrued in wake and not yet repaired, in units of one 16-h waking day (a hypothesis).',
    },
    {
      id: 'repairRate',
      label: 'Anabolic repair rate',
      unit: '1/h',
      panel: 'energy',
      description: 'Rate at which GH and testosterone meet the repair need: peaks with the sleep-onset GH pulse.',
    },
  ],
  writes: [],
  reads: ['ghSecretion', 'testosterone'],
  init: (core, p: RepairInputs) => new Repair(core, p),
  step: (s, from, to, t) => s.run(from, to, t.ghSecretion, t.testosterone),
  output: (s) => ({
    repairNeed: s.need,
    repairRate: s.rate,
  }),
});
