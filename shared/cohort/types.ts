/**
 * The types of a population as presets and experiment files keep it (plain JSON). A leaf beside
 * distributions.ts, so the experiment format can name them without importing the sampler.
 */
import type { ParameterId } from '../model/parameters';
import type { MarginalSpec } from './distributions';

/**
 * How sure a number is: 'measured' (a published distribution of this very quantity), 'derived'
 * (computed here from a published range or spread, with the step named in `source`), 'assumed'
 * (a design choice where no published spread was found; docs/COHORT.md says which).
 */
export const CERTAINTIES = ['measured', 'derived', 'assumed'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

export interface ParameterDistribution {
  readonly param: ParameterId;
  readonly marginal: MarginalSpec;
  /** Where the numbers come from, and how they were turned into this marginal. */
  readonly source: string;
  readonly certainty: Certainty;
}

export interface Correlation {
  readonly a: ParameterId;
  readonly b: ParameterId;
  /** Correlation of the copula's normals, in (−1, 1). */
  readonly rho: number;
  readonly source: string;
}

export interface PopulationSpec {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly distributions: readonly ParameterDistribution[];
  readonly correlations: readonly Correlation[];
}
