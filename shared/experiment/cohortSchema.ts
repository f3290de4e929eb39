/**
 * The schema of an experiment file's `cohort` section (format.ts CohortSection): the shapes here,
 * the meaning — parameter ids, ranges, correlations — by compiling the population exactly as a run
 * would (shared/cohort/population.ts), so a file that opens is a cohort that runs. The lab's
 * `cohort:run` request (shared/ipc.ts) carries the same population fields and the same check, so
 * an edited population main accepts is one a file keeps and the CLI runs.
 */
import { z } from 'zod';
import { compilePopulation, PopulationError } from '../cohort/population';
import { POPULATION_PRESET_IDS } from '../cohort/presets';
import { sectionPopulation } from '../cohort/section';
import { CERTAINTIES } from '../cohort/types';
import type { MarginalSpec } from '../cohort/distributions';
import { THRESHOLD_OPERATORS } from '../cohort/thresholds';
import { isMetricId } from '../model/metrics';
import { MAX_COHORT_DISTRIBUTIONS, MAX_COHORT_SIZE, MAX_COHORT_THRESHOLDS, SEED_LIMIT } from './format';

/** The longest source text a distribution or a correlation keeps (the editor's fields hold no more). */
export const MAX_SOURCE_LENGTH = 1000;

const bounds = { min: z.number(), max: z.number() };
const marginalSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('normal'), mean: z.number(), sd: z.number(), ...bounds }),
  z.object({ kind: z.literal('lognormal'), median: z.number(), sdLog: z.number(), ...bounds }),
  z.object({ kind: z.literal('uniform'), ...bounds }),
  z.object({ kind: z.literal('integer'), ...bounds }),
  z.object({ kind: z.literal('choice'), weights: z.record(z.string(), z.number()) }),
]);

const distributionSchema = z.object({
  param: z.string(),
  marginal: marginalSchema,
  source: z.string().max(MAX_SOURCE_LENGTH),
  certainty: z.enum(CERTAINTIES),
});

const correlationSchema = z.object({
  a: z.string(),
  b: z.string(),
  rho: z.number(),
  source: z.string().max(MAX_SOURCE_LENGTH),
});

const thresholdSchema = z.object({
  metric: z.string().refine(isMetricId, { message: 'is not a metric id' }),
  op: z.enum(THRESHOLD_OPERATORS),
  value: z.number(),
});

/** A population as a file and a `cohort:run` request name it: a preset, optionally with its lists edited. */
export const populationFields = {
  population: z.enum(POPULATION_PRESET_IDS),
  distributions: z.array(distributionSchema).max(MAX_COHORT_DISTRIBUTIONS).optional(),
  correlations: z.array(correlationSchema).max(MAX_COHORT_DISTRIBUTIONS).optional(),
};

/**
 * The population's meaning, checked by compiling it as a run would: the refinement of every
 * schema that holds `populationFields`. The issue's path is the field at fault
 * (`distributions.2.marginal`), its message the population's own.
 */
export function refinePopulation(
  section: Parameters<typeof sectionPopulation>[0],
  ctx: { addIssue(issue: { code: 'custom'; path: (string | number)[]; message: string }): void },
): void {
  try {
    // The shapes are checked first (zod runs refinements on valid shapes only).
    compilePopulation(sectionPopulation(section));
  } catch (error) {
    if (!(error instanceof PopulationError)) throw error;
    // PopulationError's field is relative to the population (distributions[2].marginal).
    const path = error.field
      .split(/[.[\]]/)
      .filter(Boolean)
      .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    ctx.addIssue({ code: 'custom', path, message: `is refused: ${error.message}` });
  }
}

export const cohortSchema = z
  .object({
    ...populationFields,
    n: z.number().int().min(1).max(MAX_COHORT_SIZE),
    seed: z
      .number()
      .int()
      .min(0)
      .max(SEED_LIMIT - 1),
    thresholds: z.array(thresholdSchema).max(MAX_COHORT_THRESHOLDS).optional(),
  })
  .superRefine((section, ctx) => refinePopulation(section as Parameters<typeof sectionPopulation>[0], ctx));

export const COHORT_FIELDS = {
  cohort: ['population', 'distributions', 'correlations', 'n', 'seed', 'thresholds'],
  distribution: Object.keys(distributionSchema.shape),
  correlation: Object.keys(correlationSchema.shape),
  threshold: Object.keys(thresholdSchema.shape),
} as const;

/** The numeric fields of each marginal kind, in the schema's order (the population editor's inputs). */
type NumericKind = Exclude<MarginalSpec['kind'], 'choice'>;
const numericFields: Partial<Record<NumericKind, readonly string[]>> = {};
for (const option of marginalSchema.options) {
  const kind = option.shape.kind.value;
  if (kind !== 'choice') numericFields[kind] = Object.keys(option.shape).filter((k) => k !== 'kind');
}
export const MARGINAL_FIELDS = numericFields as Readonly<Record<NumericKind, readonly string[]>>;
