/**
 * Memory consolidation: reads the core (stages, SWA), the day's learning load, and this range's
 * estradiol and progesterone (the ovarian module's traces).
 * The module as the engine sees it (../module.ts): its declarations and how it is stepped.
 */
import { defineRestorationModule } from '../module';
import { defineCouplings } from '../../couplingSpec';
import { MEMORY_PARAMETERS } from './parameters';
import { Memory, type MemoryInputs } from './memory';

/** A luteal woman (cycle day 21: mid-luteal progesterone and estradiol), for the steroids' knockouts. */
const LUTEAL_WOMAN = { sex: 'female', menstrualCycleDay: 21 } as const;

export const MEMORY_COUPLINGS = defineCouplings([
  {
    id: 'sleepConsolidatesMemory',
    from: 'sleepWake',
    to: 'memory',
    label: 'Slow oscillations and spindles consolidate',
    description:
      'Spindles nested in slow-oscillation up-states in N2/N3 move the labile trace of the day’s learning to a stable store: more N3, SWA or spindles, more retained next morning.',
    strength: 'memorySleepTransferGain',
    evidence: 'established',
    sources:
      'Rasch & Born 2013, Physiol Rev 93:681; Helfrich et al. 2018, Neuron 97:221; Gais, Lucas & Born 2006, Learn Mem 13:259',
    knockout: { metric: 'memoryRetained_pct', direction: 'down', minChange: 3 },
  },
  {
    id: 'learningRaisesLocalSwa',
    from: 'learning',
    to: 'memory',
    label: 'Learning raises local slow waves',
    description:
      'The day’s learning load raises SWA over the trained cortex in the first NREM cycle; the extra slow oscillations nest more spindles and consolidate more.',
    strength: 'memoryLocalSwaGain',
    evidence: 'supported',
    sources: 'Huber, Ghilardi, Massimini & Tononi 2004, Nature 430:78',
    // Small by design: the local rise lasts the first cycle, and coupling explains little of
    // retention (Ng, Noh & Spencer 2024 meta-analysis); an intense learning day doubles it.
    knockout: { metric: 'memoryRetained_pct', direction: 'down', scenario: 'intense-learning-day', minChange: 0.1 },
  },
  {
    id: 'progesteroneRaisesSpindles',
    from: 'ovarian',
    to: 'memory',
    label: 'Progesterone raises spindles',
    description:
      'Progesterone, through the GABA-A action of its metabolites, raises spindle density: highest in the luteal phase.',
    strength: 'progesteroneSpindleGain',
    evidence: 'supported',
    sources: 'Driver, Dijk, Werth, Biedermann & Borbely 1996, J Clin Endocrinol Metab 81:728',
    knockout: { metric: 'spindleDensity_perMin', direction: 'down', overrides: LUTEAL_WOMAN, minChange: 0.1 },
  },
  {
    id: 'estradiolAidsConsolidation',
    from: 'ovarian',
    to: 'memory',
    label: 'Estradiol aids consolidation',
    description:
      'Estradiol raises the transfer of labile memory per coupled event (synaptic plasticity); a hypothesis, off at strength 0.',
    strength: 'estradiolPlasticityGain',
    evidence: 'hypothesis',
    sources: 'Hypothesis of this model, issue 14: estradiol supports synaptic plasticity; size a design choice',
    knockout: { metric: 'memoryRetained_pct', direction: 'down', overrides: LUTEAL_WOMAN, minChange: 0.2 },
  },
]);

export const memory = defineRestorationModule({
  id: 'memory',
  node: {
    label: 'Memory consolidation',
    kind: 'restoration',
    description:
      'The day’s learning, labile in wake, moved to a stable store by spindles nested in slow oscillations in N2/N3.',
  },
  couplings: MEMORY_COUPLINGS,
  parameters: MEMORY_PARAMETERS,
  series: [
    {
      id: 'spindleDensity',
      label: 'Spindle density',
      unit: '1/min',
      panel: 'memory',
      description: 'Sleep spindles per minute in N2/N3 (age, sex and progesterone); 0 outside N2/N3.',
    },
    {
      id: 'soRate',
      label: 'Slow oscillations',
      unit: '1/min',
      panel: 'memory',
      description: 'Slow oscillations per minute over the trained cortex, driven by its local SWA; 0 outside N2/N3.',
    },
    {
      id: 'coupledEvents',
      label: 'Coupled SO–spindle events',
      unit: '1/min',
      panel: 'memory',
      description: 'Spindles nested in slow-oscillation up-states, per minute: what consolidates.',
    },
    {
      id: 'localSwa',
      label: 'Local SWA (trained cortex)',
      unit: 'rel.',
      panel: 'memory',
      description:
        'SWA over the cortex the day’s learning engaged: the core’s SWA raised by the local plasticity load.',
    },
    {
      id: 'memoryLabile',
      label: 'Labile memory',
      unit: 'days of learning',
      panel: 'memory',
      description: 'Unconsolidated learning (1 = one ordinary day’s encoding), forgotten in wake.',
    },
    {
      id: 'memoryStable',
      label: 'Consolidated memory',
      unit: 'days of learning',
      panel: 'memory',
      description: 'Learning moved to the stable store by coupled events, accumulated over the run.',
    },
  ],
  writes: [],
  reads: ['estradiol', 'progesterone'],
  init: (core, p: MemoryInputs) => new Memory(core, p),
  step: (s, from, to, t) => s.run(from, to, t.estradiol, t.progesterone),
  output: (s) => ({
    spindleDensity: s.spindleDensity,
    soRate: s.soRate,
    coupledEvents: s.coupledRate,
    localSwa: s.localSwa,
    memoryLabile: s.labileStore,
    memoryStable: s.stableStore,
  }),
});
