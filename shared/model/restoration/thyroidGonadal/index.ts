/**
 * TSH and testosterone: two modules with a shared equations file, each reading only the core.
 * The module as the engine sees it (../module.ts): its declarations and how it is stepped.
 */
import { defineRestorationModule } from '../module';
import { TESTOSTERONE_PARAMETERS, TSH_PARAMETERS, type TestosteroneParameters, type TshParameters } from './parameters';
import { Testosterone, Thyrotropin } from './thyroidGonadal';

export const thyrotropin = defineRestorationModule({
  id: 'thyrotropin',
  parameters: TSH_PARAMETERS,
  series: [
    {
      id: 'tsh',
      label: 'TSH',
      unit: 'mU/L',
      panel: 'hormones',
      description: 'Plasma thyrotropin; young adults: day ≈ 0.85, night asleep ≈ 1.3 mU/L (REF-04).',
    },
  ],
  writes: [],
  reads: [],
  init: (core, p: TshParameters) => new Thyrotropin(core, p),
  step: (s, from, to) => s.run(from, to),
  output: (s) => ({
    tsh: s.concentration,
  }),
});

export const testosterone = defineRestorationModule({
  id: 'testosterone',
  parameters: TESTOSTERONE_PARAMETERS,
  series: [
    {
      id: 'testosterone',
      label: 'Testosterone',
      unit: 'nmol/L',
      panel: 'hormones',
      description: 'Plasma total testosterone.',
    },
  ],
  writes: [],
  reads: [],
  init: (core, p: TestosteroneParameters) => new Testosterone(core, p),
  step: (s, from, to) => s.run(from, to),
  output: (s) => ({
    testosterone: s.concentration,
  }),
});
