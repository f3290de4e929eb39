/**
 * A population: distributions over person parameters declared in the parameter catalogue, with
 * the correlations between them, checked against each parameter's declaration once
 * (`compilePopulation`) and then sampled person by person (`drawPerson`).
 *
 * Person i's values come from their own seeded stream, keyed by (seed, i) alone, never by the
 * cohort's size or a shard: that is what makes a shard's rows the same rows a single run writes.
 */
import { PARAMETERS, parameterSpec, type ParameterId } from '../model/parameters';
import { PROTOCOL_AFTER_RUN_IN } from '../model/readBy';
import { createRandom } from '../model/random';
import { SEED_LIMIT } from '../experiment/format';
import { cholesky, correlatedUniforms } from './copula';
import { marginal, type Marginal } from './distributions';
import type { ParameterDistribution, PopulationSpec } from './types';
import { sha256Hex } from '../fit/sha256';

export {
  CERTAINTIES,
  type Certainty,
  type Correlation,
  type ParameterDistribution,
  type PopulationSpec,
} from './types';

/** A population that cannot be used, with the field at fault (`distributions[2].marginal`). */
export class PopulationError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = 'PopulationError';
  }
}

export interface CompiledPopulation {
  readonly spec: PopulationSpec;
  /** The parameters drawn, in the population's order (the CSV's columns). */
  readonly params: readonly ParameterId[];
  readonly marginals: readonly Marginal[];
  /** Lower Cholesky factor of the copula's correlation matrix (identity without correlations). */
  readonly factor: Float64Array;
}

/** A person's drawn values, by parameter id, in the population's order. */
export type PersonValues = Readonly<Partial<Record<ParameterId, number | string>>>;

const PROTOCOL = new Set(PROTOCOL_AFTER_RUN_IN);

/** Checks one distribution against its parameter's declaration; the message names the parameter. */
function checkDistribution(d: ParameterDistribution, field: string): Marginal {
  const spec = parameterSpec(d.param);
  if (!spec) throw new PopulationError(`unknown parameter "${d.param}"`, `${field}.param`);
  if (PROTOCOL.has(d.param)) {
    throw new PopulationError(
      `${d.param} belongs to the protocol (the experiment's nights), not to the person; a population cannot vary it`,
      `${field}.param`,
    );
  }
  let m: Marginal;
  try {
    m = marginal(d.marginal);
  } catch (error) {
    throw new PopulationError(`${d.param}: ${(error as Error).message}`, `${field}.marginal`);
  }
  if (spec.kind === 'choice') {
    if (d.marginal.kind !== 'choice') {
      throw new PopulationError(
        `${d.param} is a choice (${spec.choices.join(', ')}); its distribution must be a choice`,
        `${field}.marginal`,
      );
    }
    const unknown = (m.support as readonly string[]).filter((c) => !spec.choices.includes(c));
    if (unknown.length > 0) {
      throw new PopulationError(
        `${d.param} has no choice ${unknown.map((c) => `"${c}"`).join(', ')}; it accepts ${spec.choices.join(', ')}`,
        `${field}.marginal`,
      );
    }
    return m;
  }
  if (d.marginal.kind === 'choice') {
    throw new PopulationError(`${d.param} is a number; its distribution cannot be a choice`, `${field}.marginal`);
  }
  if (spec.kind === 'integer' && d.marginal.kind !== 'integer') {
    throw new PopulationError(
      `${d.param} takes whole numbers; its distribution must be 'integer'`,
      `${field}.marginal`,
    );
  }
  const [lo, hi] = m.support as readonly [number, number];
  if (lo < spec.min || hi > spec.max) {
    const unit = spec.unit ? ` ${spec.unit}` : '';
    throw new PopulationError(
      `${d.param}: the distribution reaches [${lo}, ${hi}]${unit}, outside the parameter's range [${spec.min}, ${spec.max}]${unit}`,
      `${field}.marginal`,
    );
  }
  return m;
}

/** Checks a population against the parameter declarations and builds its sampler. Throws PopulationError. */
export function compilePopulation(spec: PopulationSpec): CompiledPopulation {
  if (spec.distributions.length === 0)
    throw new PopulationError('a population needs at least one distribution', 'distributions');
  const index = new Map<string, number>();
  const marginals = spec.distributions.map((d, i) => {
    if (index.has(d.param)) {
      throw new PopulationError(`${d.param} has two distributions`, `distributions[${i}].param`);
    }
    index.set(d.param, i);
    return checkDistribution(d, `distributions[${i}]`);
  });
  const n = marginals.length;
  const matrix: number[] = Array.from({ length: n * n }, (_, k) => (k % (n + 1) === 0 ? 1 : 0));
  spec.correlations.forEach((c, k) => {
    const field = `correlations[${k}]`;
    const i = index.get(c.a);
    const j = index.get(c.b);
    if (i === undefined) throw new PopulationError(`${c.a} is correlated but has no distribution`, `${field}.a`);
    if (j === undefined) throw new PopulationError(`${c.b} is correlated but has no distribution`, `${field}.b`);
    if (i === j) throw new PopulationError(`${c.a} cannot be correlated with itself`, `${field}.b`);
    if (!(Number.isFinite(c.rho) && c.rho > -1 && c.rho < 1)) {
      throw new PopulationError(
        `the correlation of ${c.a} and ${c.b} must be between −1 and 1 (exclusive), got ${c.rho}`,
        `${field}.rho`,
      );
    }
    if (matrix[i * n + j] !== 0) throw new PopulationError(`${c.a} and ${c.b} are correlated twice`, field);
    matrix[i * n + j] = c.rho;
    matrix[j * n + i] = c.rho;
  });
  const chol = cholesky(matrix, n);
  if (!chol.ok) {
    throw new PopulationError(
      `the correlations are not consistent (not positive definite) at ${spec.distributions[chol.row]!.param}`,
      'correlations',
    );
  }
  return { spec, params: spec.distributions.map((d) => d.param), marginals, factor: chol.factor };
}

/** Person `index`'s parameter values: a function of (seed, index) only. */
export function drawPerson(population: CompiledPopulation, seed: number, index: number): PersonValues {
  const random = createRandom(seed, `cohort-person:${index}`);
  const n = population.params.length;
  const e = Array.from({ length: n }, () => random.normal());
  const u = correlatedUniforms(population.factor, n, e);
  const out: Record<string, number | string> = {};
  population.params.forEach((id, k) => {
    out[id] = population.marginals[k]!.quantile(u[k]!);
  });
  return out as PersonValues;
}

/**
 * A person from one u ∈ [0, 1) per parameter, in the population's order, through the marginals
 * alone (no copula): for designs that choose their own points, such as a Sobol sequence, which
 * assume independent inputs.
 */
export function personFromUniforms(population: CompiledPopulation, u: readonly number[]): PersonValues {
  if (u.length !== population.params.length) {
    throw new RangeError(`personFromUniforms: ${population.params.length} values of u needed, got ${u.length}`);
  }
  const out: Record<string, number | string> = {};
  population.params.forEach((id, k) => {
    out[id] = population.marginals[k]!.quantile(u[k]!);
  });
  return out as PersonValues;
}

/**
 * Person `index`'s within-night noise seed, shared by its nights A and B (common random numbers):
 * the paired difference is then the person's effect of the protocol, not of the noise.
 */
export function personNoiseSeed(seed: number, index: number): number {
  return Math.floor(createRandom(seed, `cohort-noise:${index}`).next() * SEED_LIMIT);
}

/** Every parameter a population may draw: the catalogue's, minus the protocol after the run-in. */
export const PERSON_PARAMETER_IDS: readonly ParameterId[] = PARAMETERS.map((p) => p.id).filter(
  (id) => !PROTOCOL.has(id),
);

/**
 * SHA-256 of a population's whole definition (its JSON): a part's manifest records it, and a lab
 * result carries it, so a population edited after a run is told apart even when its id is the same.
 */
export function populationSha256(population: PopulationSpec): string {
  return sha256Hex(new TextEncoder().encode(JSON.stringify(population)));
}
