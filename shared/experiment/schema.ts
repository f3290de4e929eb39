/**
 * The version-3 schema (zod) (its data sections — measured night, fits, classroom — in dataSchema.ts), with every range and id taken from the declarations in
 * shared/model, and the translation of schema issues into one message that names the field.
 */
import { z } from 'zod';
import { METRICS, isMetricId } from '../model/metrics';
import { MAX_EVENTS_PER_NIGHT, eventIssues } from '../model/protocolEvents';
import { NIGHT_IDS as NIGHTS, NIGHT_LABELS } from '../nights';
import { PARAMETERS, checkParameterValue, parameterSpec } from '../model/parameters';
import { SCENARIOS, isScenarioId } from '../model/scenarios';
import { describeValue, fieldName, unknownIdMessage, valueAt, type FieldPath } from './describe';
import { VIEW_SPANS, type ViewSpan } from '../time/axis';
import { classroomSchema, fitParameterSchema, fitSchema, measuredSchema } from './dataSchema';
import { COHORT_FIELDS, cohortSchema } from './cohortSchema';

export { unknownIdMessage } from './describe';
import {
  COMPARE_MODES,
  DEFAULT_VIEW_SPAN,
  MAX_FITS,
  MAX_SNAPSHOTS,
  MAX_LABEL_LENGTH,
  MAX_NOTES_LENGTH,
  MAX_SWEEP_RUNS,
  MAX_SWEEP_STEPS,
  MAX_TITLE_LENGTH,
  MIN_SWEEP_STEPS,
  NIGHT_IDS,
  SEED_LIMIT,
  type ParseError,
} from './format';

const PARAMETER_IDS = PARAMETERS.map((p) => p.id);
const SCENARIO_IDS = SCENARIOS.map((s) => s.id);
const METRIC_IDS = METRICS.map((m) => m.id);

/** checkParameterValue says "bedtime must be …"; the file message names the whole field instead. */
function withoutLeadingId(id: string, problem: string): string {
  return problem.startsWith(`${id} `) ? problem.slice(id.length + 1) : `is refused: ${problem}`;
}

const paramsSchema = z.record(z.string(), z.unknown()).superRefine((params, ctx) => {
  for (const [id, value] of Object.entries(params)) {
    if (!parameterSpec(id)) {
      ctx.addIssue({
        code: 'custom',
        path: [id],
        message: unknownIdMessage('parameter', id, PARAMETER_IDS, false),
      });
      continue;
    }
    const problem = checkParameterValue(id, value);
    if (problem)
      ctx.addIssue({
        code: 'custom',
        path: [id],
        message: withoutLeadingId(id, problem),
      });
  }
});

const seedSchema = z.number().superRefine((seed, ctx) => {
  if (!Number.isInteger(seed) || seed < 0 || seed >= SEED_LIMIT) {
    ctx.addIssue({
      code: 'custom',
      message: `must be a whole number from 0 to ${SEED_LIMIT - 1}, got ${seed}`,
    });
  }
});

/**
 * A night's events: each checked against its kind's declared fields (protocolEvents.ts); the
 * message names the night and the event as a person counts them, after the field path.
 */
const eventsSchema = z
  .array(z.unknown())
  .max(MAX_EVENTS_PER_NIGHT)
  .superRefine((events, ctx) => {
    for (const { path, problem } of eventIssues(events)) ctx.addIssue({ code: 'custom', path, message: problem });
  });

const nightSchema = z.object({
  label: z
    .string()
    .max(MAX_LABEL_LENGTH)
    .superRefine((label, ctx) => {
      // A blank label would leave a night unnamed in the legend and the table.
      if (label.trim() === '') ctx.addIssue({ code: 'custom', message: 'must not be empty' });
    }),
  scenario: z.string().superRefine((id, ctx) => {
    if (!isScenarioId(id)) {
      ctx.addIssue({
        code: 'custom',
        message: `${JSON.stringify(id)} ${unknownIdMessage('scenario', id, SCENARIO_IDS, true)}`,
      });
    }
  }),
  params: paramsSchema,
  events: eventsSchema,
  seed: seedSchema,
});

const zoomSchema = z
  .object({ start_h: z.number(), end_h: z.number() })
  .nullable()
  .superRefine((zoom, ctx) => {
    if (zoom && !(zoom.start_h < zoom.end_h)) {
      ctx.addIssue({
        code: 'custom',
        message: `must start before it ends, got ${zoom.start_h} to ${zoom.end_h} h`,
      });
    }
  });

const viewSchema = z.object({
  compareMode: z.enum(COMPARE_MODES),
  zoom: zoomSchema,
  panels: z.array(z.string().min(1)).max(64),
  // Absent in files saved before the span was kept: they open on the default, as they were shown.
  span: z.enum(VIEW_SPANS.map((s) => s.id) as [ViewSpan, ...ViewSpan[]]).default(DEFAULT_VIEW_SPAN),
});

const axisShape = {
  param: z.string(),
  from: z.number(),
  to: z.number(),
  steps: z.number().int().min(MIN_SWEEP_STEPS).max(MAX_SWEEP_STEPS),
};

type AxisInput = { param: string; from: number; to: number };

/** A swept parameter must exist, be numeric, and both ends must be values it accepts. */
function checkAxis(axis: AxisInput, ctx: z.RefinementCtx, at: FieldPath): void {
  const spec = parameterSpec(axis.param);
  if (!spec) {
    ctx.addIssue({
      code: 'custom',
      path: [...at, 'param'],
      message: `${JSON.stringify(axis.param)} ${unknownIdMessage('parameter', axis.param, PARAMETER_IDS, false)}`,
    });
    return;
  }
  if (spec.kind === 'choice') {
    ctx.addIssue({
      code: 'custom',
      path: [...at, 'param'],
      message: `"${spec.id}" cannot be swept: it is a choice, not a number`,
    });
    return;
  }
  for (const end of ['from', 'to'] as const) {
    const problem = checkParameterValue(spec.id, axis[end]);
    if (problem)
      ctx.addIssue({
        code: 'custom',
        path: [...at, end],
        message: `is refused: ${problem}`,
      });
  }
  if (axis.from === axis.to)
    ctx.addIssue({
      code: 'custom',
      path: [...at, 'to'],
      message: `must differ from "from" (${axis.from})`,
    });
}

const sweepSchema = z
  .object({
    night: z.enum(NIGHT_IDS),
    ...axisShape,
    second: z.object(axisShape).optional(),
    metrics: z.array(z.string()).min(1),
  })
  .superRefine((sweep, ctx) => {
    checkAxis(sweep, ctx, []);
    if (sweep.second) {
      checkAxis(sweep.second, ctx, ['second']);
      if (sweep.second.param === sweep.param) {
        ctx.addIssue({
          code: 'custom',
          path: ['second', 'param'],
          message: `must differ from the first swept parameter ("${sweep.param}")`,
        });
      }
      const runs = sweep.steps * sweep.second.steps;
      if (runs > MAX_SWEEP_RUNS) {
        ctx.addIssue({
          code: 'custom',
          path: ['second', 'steps'],
          message: `makes ${runs} runs (${sweep.steps} × ${sweep.second.steps}); a sweep is limited to ${MAX_SWEEP_RUNS}`,
        });
      }
    }
    sweep.metrics.forEach((id, index) => {
      if (!isMetricId(id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['metrics', index],
          message: `${JSON.stringify(id)} ${unknownIdMessage('metric', id, METRIC_IDS, false)}`,
        });
      }
    });
  });

/** A pinned snapshot: its name, the night it was pinned from, and that night as it was. */
const snapshotSchema = z.object({
  name: z.string().trim().min(1).max(MAX_LABEL_LENGTH),
  from: z.enum(NIGHT_IDS),
  night: nightSchema,
});

/** Version 3, after the format tag and version have been checked and older files migrated. */
export const experimentSchema = z.object({
  format: z.literal('nocturne-experiment'),
  version: z.literal(3),
  title: z.string().max(MAX_TITLE_LENGTH),
  notes: z.string().max(MAX_NOTES_LENGTH),
  createdWith: z.object({ app: z.string(), model: z.string() }).optional(),
  nights: z.array(nightSchema).length(2),
  view: viewSchema.optional(),
  sweeps: z.array(sweepSchema).max(100).optional(),
  measured: measuredSchema.optional(),
  fits: z.array(fitSchema).max(MAX_FITS).optional(),
  classroom: classroomSchema.optional(),
  snapshots: z.array(snapshotSchema).max(MAX_SNAPSHOTS).optional(),
  cohort: cohortSchema.optional(),
});

/** Field names each object of the format knows, for the "ignored an unknown field" notices. */
export const KNOWN_FIELDS = {
  top: Object.keys(experimentSchema.shape),
  createdWith: ['app', 'model'],
  night: Object.keys(nightSchema.shape),
  view: Object.keys(viewSchema.shape),
  zoom: ['start_h', 'end_h'],
  sweep: ['night', ...Object.keys(axisShape), 'second', 'metrics'],
  axis: Object.keys(axisShape),
  measured: Object.keys(measuredSchema.shape),
  fit: Object.keys(fitSchema.shape),
  fitParameter: Object.keys(fitParameterSchema.shape),
  classroom: Object.keys(classroomSchema.shape),
  snapshot: Object.keys(snapshotSchema.shape),
  ...COHORT_FIELDS,
} as const;

const EXPECTED: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  object: 'an object',
  record: 'an object',
  array: 'a list',
  boolean: 'true or false',
};

/** " (night B, event 2)" after a problem inside nights[n].events[i], as a person counts them; else "". */
function eventWhere(path: FieldPath): string {
  const [top, night, list, index] = path;
  if (top !== 'nights' || list !== 'events' || typeof night !== 'number' || typeof index !== 'number') return '';
  const id = NIGHTS[night];
  return id === undefined ? '' : ` (night ${NIGHT_LABELS[id]}, event ${index + 1})`;
}

/** Outermost problem first: a missing list matters more than a field inside it. */
export function firstIssue(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue | undefined {
  let best: z.core.$ZodIssue | undefined;
  for (const issue of issues) if (!best || issue.path.length < best.path.length) best = issue;
  return best;
}

/** One schema issue as a sentence that starts with the field's name. */
export function issueToError(issue: z.core.$ZodIssue, root: unknown): ParseError {
  const path = issue.path as FieldPath;
  const field = fieldName(path);
  const value = valueAt(root, path);
  const error = (message: string): ParseError => ({ message, field });
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return error(`${field} is missing`);
      return error(`${field} must be ${EXPECTED[issue.expected] ?? issue.expected}, got ${describeValue(value)}`);
    case 'too_small':
    case 'too_big': {
      const bound = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      if (field === 'nights' && Array.isArray(value)) {
        return error(`nights must hold exactly two nights (A and B), got ${value.length}`);
      }
      if (issue.origin === 'array' && Array.isArray(value)) {
        const limit = issue.code === 'too_small' ? 'at least' : 'at most';
        return error(`${field} must hold ${limit} ${bound} item${bound === 1 ? '' : 's'}, got ${value.length}`);
      }
      if (issue.origin === 'string' && typeof value === 'string') {
        if (issue.code === 'too_small' && bound === 1) return error(`${field} must not be empty`);
        return error(`${field} must be at most ${bound} characters long, got ${value.length}`);
      }
      const limit = issue.code === 'too_small' ? 'at least' : 'at most';
      return error(`${field} must be ${limit} ${bound}, got ${describeValue(value)}`);
    }
    case 'invalid_value':
      return error(
        `${field} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describeValue(value)}`,
      );
    case 'custom':
      return error(`${field} ${issue.message}${eventWhere(path)}`);
    case 'invalid_format':
      // The patterns above carry their own message ("must be a SHA-256 hash: …").
      return error(`${field} ${issue.message}`);
    default:
      return error(`${field}: ${issue.message}`);
  }
}
