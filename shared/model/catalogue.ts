/**
 * The catalogue: every module's declarations, gathered in one place. The only list of all
 * parameters, of all series and of the restoration modules (METRICS, one list already, is
 * declared in metrics.ts and re-exported here). Everything else (sliders, file validation, the
 * CLI, docs/MODEL.md, the caches' keys, the engine's restoration pass) reads these lists or what
 * is derived from them (parameters.ts, series.ts, readBy.ts, restoration/run.ts).
 *
 * The order of each list is the order users see (sliders, docs tables, series lists) and, for
 * RESTORATION_MODULES, the order the engine steps them in: a module that reads a trace comes
 * after the module that writes it (checked by catalogue.test.ts).
 */
import { defineParameters } from './parameterSpec';
import { INPUT_PARAMETERS } from './inputs/parameters';
import { HOMEOSTAT_PARAMETERS } from './homeostat/parameters';
import { ADENOSINE_PARAMETERS } from './homeostat/adenosineParameters';
import { SWITCH_PARAMETERS } from './switch/parameters';
import { ULTRADIAN_PARAMETERS } from './ultradian/parameters';
import { CIRCADIAN_PARAMETERS } from './circadian/parameters';
import { MELATONIN_PARAMETERS } from './melatonin/parameters';
import { PHARMACOLOGY_PARAMETERS } from './pharmacology/parameters';
import { AGE_PARAMETERS } from './age/parameters';
import { CORE_SERIES } from './coreSeries';
import type { SeriesInfo } from './result';
import { neurotransmitters } from './restoration/neurotransmitters';
import { synapses } from './restoration/synapses';
import { glymphatic } from './restoration/glymphatic';
import { growthHormone } from './restoration/growthHormone';
import { cortisol } from './restoration/cortisol';
import { ovarian, testosterone, thyrotropin } from './restoration/thyroidGonadal';
import { memory } from './restoration/memory';
import { emotion } from './restoration/emotion';
import { energy } from './restoration/energy';
import { repair } from './restoration/repair';
import { outcome } from './restoration/outcome';

export { METRICS } from './metrics';
export { CORE_SERIES };

/** The restoration modules (restoration/module.ts), in the order the engine steps them. */
export const RESTORATION_MODULES = [
  neurotransmitters,
  synapses,
  glymphatic,
  growthHormone,
  cortisol,
  thyrotropin,
  testosterone,
  ovarian,
  memory,
  emotion,
  energy,
  repair,
  outcome,
] as const;

/** The core modules' constants (group 'advanced'). */
export const CORE_PARAMETERS = defineParameters([
  ...HOMEOSTAT_PARAMETERS,
  ...SWITCH_PARAMETERS,
  ...ULTRADIAN_PARAMETERS,
  ...CIRCADIAN_PARAMETERS,
  ...MELATONIN_PARAMETERS,
  ...ADENOSINE_PARAMETERS,
  ...PHARMACOLOGY_PARAMETERS,
  ...AGE_PARAMETERS,
]);

type RestorationParameter = (typeof RESTORATION_MODULES)[number]['parameters'][number];

/** The restoration modules' constants (group 'advanced'; documented in docs/MODEL-restoration.md). */
export const RESTORATION_PARAMETERS: readonly RestorationParameter[] = RESTORATION_MODULES.flatMap(
  (m): readonly RestorationParameter[] => m.parameters,
);

export const PARAMETERS = defineParameters([...INPUT_PARAMETERS, ...CORE_PARAMETERS, ...RESTORATION_PARAMETERS]);

/** The restoration modules' series, module by module. */
export const RESTORATION_SERIES: readonly SeriesInfo[] = RESTORATION_MODULES.flatMap((m) => m.series);

export const SERIES: readonly SeriesInfo[] = [...CORE_SERIES, ...RESTORATION_SERIES];
