/**
 * The catalogue: every module's declarations, gathered in one place. The only list of all
 * parameters (and, below, of all series and restoration modules); everything else (sliders, file
 * validation, the CLI, docs/MODEL.md, the caches' keys) reads these lists or what is derived from
 * them (parameters.ts, series.ts, readBy.ts).
 *
 * The order of PARAMETERS is the order of the sliders and of the docs table: inputs, the core's
 * constants, the restoration's, each module's in turn.
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
import { NEUROTRANSMITTER_PARAMETERS } from './restoration/neurotransmitters/parameters';
import { SYNAPSE_PARAMETERS } from './restoration/synapses/parameters';
import { GLYMPHATIC_PARAMETERS } from './restoration/glymphatic/parameters';
import { GROWTH_HORMONE_PARAMETERS } from './restoration/growthHormone/parameters';
import { CORTISOL_PARAMETERS } from './restoration/cortisol/parameters';
import { THYROID_GONADAL_PARAMETERS } from './restoration/thyroidGonadal/parameters';
import { OUTCOME_PARAMETERS } from './restoration/outcome/parameters';

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

/** The restoration modules' constants (group 'advanced'; documented in docs/MODEL-restoration.md). */
export const RESTORATION_PARAMETERS = defineParameters([
  ...NEUROTRANSMITTER_PARAMETERS,
  ...SYNAPSE_PARAMETERS,
  ...GLYMPHATIC_PARAMETERS,
  ...GROWTH_HORMONE_PARAMETERS,
  ...CORTISOL_PARAMETERS,
  ...THYROID_GONADAL_PARAMETERS,
  ...OUTCOME_PARAMETERS,
]);

export const PARAMETERS = defineParameters([...INPUT_PARAMETERS, ...CORE_PARAMETERS, ...RESTORATION_PARAMETERS]);
