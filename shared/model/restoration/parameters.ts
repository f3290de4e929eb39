/**
 * Advanced parameters of the restoration modules (neurotransmitters, synapses, glymphatic,
 * endocrine, outcome). Spliced into PARAMETERS in ../parameters.ts; declared here so the
 * restoration modules keep their constants beside their equations.
 */
import type { ParameterSpec } from '../parameters';

export const RESTORATION_PARAMETERS = [] as const satisfies readonly ParameterSpec[];
