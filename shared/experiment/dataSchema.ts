/**
 * The version-3 file's data sections (zod): a measured night, fitted sleepers and a classroom
 * set-up. Ranges come from format.ts (MEASURED_LIMITS, MAX_FITS) and ids from the declarations
 * they name (parameters, lessons); schema.ts composes them into the experiment schema.
 */
import { z } from 'zod';
import { LESSONS, lessonById } from '../classroom/lessons';
import { PARAMETERS, parameterSpec } from '../model/parameters';
import { unknownIdMessage } from './describe';
import { FIT_KINDS, FIT_STATUSES, MAX_FIT_POINTS, MAX_LABEL_LENGTH, MEASURED_LIMITS, NIGHT_IDS } from './format';

const PARAMETER_IDS = PARAMETERS.map((p) => p.id);

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 hash: 64 hexadecimal digits');
/** A file's name as the lab saw it: no directory, so a saved file names no folder of the user's. */
const fileNameSchema = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[\\/]/.test(name), 'must be a file name without a directory');
const isoLocalSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/, 'must be a local date and time as YYYY-MM-DDTHH:MM:SS');

/** A measured night: one stage digit per epoch; lights-off/on are epochs inside it. */
export const measuredSchema = z
  .object({
    label: z.string().min(1).max(MAX_LABEL_LENGTH),
    source: z.string().max(MEASURED_LIMITS.sourceLength),
    fileName: fileNameSchema,
    sha256: sha256Schema,
    recordingStart: isoLocalSchema.nullable(),
    epochLength_s: z.number().min(MEASURED_LIMITS.epochLength_s.min).max(MEASURED_LIMITS.epochLength_s.max),
    stages: z
      .string()
      .min(1)
      .regex(/^[0-5]*$/, 'must hold one stage digit per epoch (0 W, 1 R, 2 N1, 3 N2, 4 N3, 5 unscored)'),
    lightsOff: z.number().int().min(0).nullable(),
    lightsOn: z.number().int().min(0).nullable(),
    notes: z.array(z.string().max(MEASURED_LIMITS.noteLength)).max(MEASURED_LIMITS.notes),
    against: z.enum(NIGHT_IDS),
    lightsOffText: z.string().max(MEASURED_LIMITS.lightsTextLength),
    lightsOnText: z.string().max(MEASURED_LIMITS.lightsTextLength),
  })
  .superRefine((m, ctx) => {
    for (const key of ['lightsOff', 'lightsOn'] as const) {
      const epoch = m[key];
      if (epoch !== null && epoch > m.stages.length) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `is epoch ${epoch}, after the night's ${m.stages.length} epochs`,
        });
      }
    }
    if (m.lightsOff !== null && m.lightsOn !== null && m.lightsOn <= m.lightsOff) {
      ctx.addIssue({
        code: 'custom',
        path: ['lightsOn'],
        message: `must come after lights-off (epoch ${m.lightsOff}), got epoch ${m.lightsOn}`,
      });
    }
  });

const intervalSchema = z
  .tuple([z.number(), z.number()])
  .nullable()
  .refine((i) => i === null || i[0] <= i[1], 'must be [lower, upper] with lower ≤ upper');

export const fitParameterSchema = z.object({
  id: z.string().superRefine((id, ctx) => {
    if (!parameterSpec(id))
      ctx.addIssue({ code: 'custom', message: unknownIdMessage('parameter', id, PARAMETER_IDS, false) });
  }),
  status: z.enum(FIT_STATUSES),
  estimate: z.number().nullable(),
  interval: intervalSchema,
  bootstrap: intervalSchema.optional(),
  note: z.string().max(2000).nullable(),
});

const curveSchema = z
  .object({
    slot_h: z.array(z.number()).max(5000),
    fitted: z.array(z.number()),
    lower: z.array(z.number()),
    upper: z.array(z.number()),
  })
  .nullable()
  .superRefine((curve, ctx) => {
    if (!curve) return;
    for (const key of ['fitted', 'lower', 'upper'] as const) {
      if (curve[key].length !== curve.slot_h.length) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `must hold one value per time (${curve.slot_h.length}), got ${curve[key].length}`,
        });
      }
    }
  });

export const fitSchema = z.object({
  kind: z.enum(FIT_KINDS),
  night: z.enum(NIGHT_IDS),
  fittedAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/, 'must be a UTC time as YYYY-MM-DDTHH:MM:SSZ'),
  model: z.string().min(1).max(40),
  method: z.string().max(2000),
  data: z
    .array(z.object({ role: z.string().min(1).max(40), fileName: fileNameSchema, sha256: sha256Schema }))
    .min(1)
    .max(10),
  converged: z.boolean(),
  n: z.number().int().min(0),
  rss: z.number().min(0),
  parameters: z.array(fitParameterSchema).min(1).max(20),
  curve: curveSchema,
  notes: z.array(z.string().max(2000)).max(100),
  // Optional: fits saved before these were kept still parse.
  against: sha256Schema.optional(),
  points: z
    .object({
      x: z.array(z.number()).max(MAX_FIT_POINTS),
      y: z.array(z.number()).max(MAX_FIT_POINTS),
    })
    .refine((p) => p.x.length === p.y.length, { message: 'x and y must have the same length' })
    .optional(),
});

export const classroomSchema = z.object({
  lesson: z
    .string()
    .nullable()
    .superRefine((id, ctx) => {
      if (id !== null && !lessonById(id)) {
        ctx.addIssue({
          code: 'custom',
          message: `${JSON.stringify(id)} ${unknownIdMessage(
            'lesson',
            id,
            LESSONS.map((l) => l.id),
            true,
          )}`,
        });
      }
    }),
  locked: z.boolean(),
});
