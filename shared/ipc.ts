/**
 * The one IPC contract between the renderer and main: channel names, payload schemas, reply
 * types, main-to-renderer events, and the `LabApi` the renderer sees as `window.lab`.
 *
 * The channel names and `buildLabApi` live in shared/ipcChannels.ts, which imports no schema
 * library, so the sandboxed preload can bundle them; they are re-exported here. Main validates
 * every payload against REQUEST_SCHEMAS before a handler sees it.
 * Payloads are plain data and typed arrays only (Map and Set do not survive structured clone
 * through every bridge).
 * Over 400 lines because it is the one contract: every channel's schema beside the shared pieces
 * they are built from (the night, a path, a data file's bytes), which a split would have to import
 * back from here.
 */
import { z } from 'zod';
import { COMPARE_MODES, NIGHT_IDS, type NightId } from './nights';
import type { INVOKE_CHANNELS, EventName, InvokeChannel, InvokeMethod, MenuCommand } from './ipcChannels';
import type { ModelInfo, SimulationResult } from './model/result';
import type { Experiment } from './experiment';
import type { SensitivityResult, SweepResult } from './sweep';
import { BACKGROUNDS, CHART_FORMATS, FIGURE_SIZES, PACK_FORMATS, PAPER_SIZES, SCALE_RANGE } from './export/options';
import type { PrintReportData } from './export/printReport';
import type { MeasuredNight } from './report/import/types';
import { MAX_TEXT_HYPNOGRAM_BYTES } from './report/import';
import type { FitResult } from './fit/fitPvt';
import type { CircadianFitResult } from './fit/fitCircadian';
import type { FitRecord } from './experiment/format';
import { DATA_FILE_KINDS, type ImportedData } from './report/import/dataFile';
import { MAX_COHORT_THRESHOLDS, MEASURED_LIMITS } from './experiment/format';
import { PANELS } from './model/panels';
import { MAX_EVENTS_PER_NIGHT, eventIssues, type ProtocolEvent } from './model/protocolEvents';
import { SENSITIVITY_METHODS, SENSITIVITY_TARGETS, type GlobalSensitivityResult } from './sensitivity/model';
import { populationFields, refinePopulation } from './experiment/cohortSchema';
import { THRESHOLD_OPERATORS } from './cohort/thresholds';
import type { CohortLabResult } from './cohort/labResult';
import { SUMMARY_FORMAT, SUMMARY_VERSION } from './cohort/summary';
import { isMetricId } from './model/metrics';

// ── replies ────────────────────────────────────────────────────────────────

export type LabErrorCode =
  | 'invalid-payload'
  | 'invalid-parameters'
  | 'cancelled'
  | 'worker-crashed'
  | 'timeout'
  | 'simulation-failed'
  | 'invalid-file'
  | 'write-failed'
  | 'unknown-channel'
  | 'forbidden-sender'
  | 'internal';

export interface LabError {
  readonly code: LabErrorCode;
  /** One sentence for a person: what is wrong, naming the field where there is one. */
  readonly message: string;
  readonly field?: string;
}

/** Handlers never throw across IPC: every reply says whether it worked. */
export type Reply<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: LabError };

// ── payloads ───────────────────────────────────────────────────────────────

export const NightIdSchema = z.enum(NIGHT_IDS);
export type { NightId };

/** Parameter values are checked against the parameter schema by the handler, after this shape check. */
const ParamsSchema = z.record(z.string().max(64), z.union([z.number(), z.string().max(64)]));

/**
 * A night's protocol events: each checked against its kind's declared fields (checkEvent, the same
 * check as a file's); where it falls on the protocol the handler checks by compiling it.
 */
export const EventsSchema = z
  .array(z.record(z.string().max(32), z.union([z.number(), z.string().max(32)])))
  .max(MAX_EVENTS_PER_NIGHT)
  .superRefine((events, ctx) => {
    for (const { path, field, problem } of eventIssues(events))
      ctx.addIssue({ code: 'custom', path, message: field ? `${field} ${problem}` : problem });
  })
  .transform((events) => events as unknown as ProtocolEvent[])
  .default([]);

export const SimulateRequestSchema = z.strictObject({
  night: NightIdSchema,
  scenario: z.string().min(1).max(64),
  params: ParamsSchema,
  events: EventsSchema,
  seed: z.number().int().min(0).max(0xffffffff),
  /** 'focal': 12:00 before the focal bedtime to 24:00 the day after; 'protocol': everything. */
  window: z.enum(['focal', 'protocol']).default('focal'),
  /** A pinned snapshot's run (its id): keyed apart from its night's runs, with no progress events. */
  pin: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
});
export type SimulateRequest = z.input<typeof SimulateRequestSchema>;

export const CancelRequestSchema = z.strictObject({ night: NightIdSchema });
export type CancelRequest = z.infer<typeof CancelRequestSchema>;

export const EmptyRequestSchema = z.union([z.undefined(), z.strictObject({})]);

const PathSchema = z.string().min(1).max(4096);

/** Open a file: the given path, or the one the user picks in a dialog. */
export const OpenFileRequestSchema = z.strictObject({ path: PathSchema.optional() });

/**
 * Open a measured hypnogram (EDF+ annotations, epoch-per-line text, BIDS events, Noxturnal
 * export): the given path, or the one the user picks. `epochLength_s` is the epoch length of a
 * file that does not say (30 s by default).
 */
export const OpenHypnogramRequestSchema = z.strictObject({
  path: PathSchema.optional(),
  // The bounds a saved measured night keeps (shared/experiment/format.ts).
  epochLength_s: z.number().min(MEASURED_LIMITS.epochLength_s.min).max(MEASURED_LIMITS.epochLength_s.max).optional(),
});

/**
 * Open a sleep diary or a light log (a zipped export too): the given path, or the one the user
 * picks. The content decides which it is; with `kind`, a file of the other kind is refused.
 */
export const OpenDataRequestSchema = z.strictObject({
  path: PathSchema.optional(),
  kind: z.enum(DATA_FILE_KINDS).optional(),
});

/**
 * Save the experiment: to `path`, or (no path, or saveAs) where the user picks. The experiment
 * itself is checked by main with the file parser, so only a well-formed file is ever written.
 */
export const SaveFileRequestSchema = z.strictObject({
  experiment: z.unknown(),
  path: PathSchema.nullable(),
  saveAs: z.boolean().default(false),
});

const NightRequestSchema = z.strictObject({
  scenario: z.string().min(1).max(64),
  params: ParamsSchema,
  events: EventsSchema,
  seed: z.number().int().min(0).max(0xffffffff),
});

const SweepAxisSchema = z.strictObject({
  param: z.string().min(1).max(64),
  from: z.number(),
  to: z.number(),
  steps: z.number().int().min(2).max(1000),
});

/** Run a sweep of one night over one parameter (or a grid of two). Values are checked by main/sweep. */
export const SweepRequestSchema = z.strictObject({
  night: NightRequestSchema,
  definition: SweepAxisSchema.extend({ second: SweepAxisSchema.optional() }),
});
export type SweepRequest = z.input<typeof SweepRequestSchema>;

/** Each parameter of a night at ±10 % → the change of one metric. */
export const SensitivityRequestSchema = z.strictObject({
  night: NightRequestSchema,
  metric: z.string().min(1).max(64),
});

/**
 * Global sensitivity (Sobol' indices or Morris screening) of one metric over the person
 * parameters: of night A, night B, or the paired Δ B − A (both nights are sent, as the lab has
 * them). `size` is N (Sobol') or r (Morris); its range per method, the factors and the night are
 * checked by main/sensitivity, naming the field. `factors`: parameter ids (default: the person
 * parameters and traits, each over its declared range). `population` instead: the factors are a
 * population's distributions — a preset, or the file's edited lists in the cohort section's own
 * shapes (their meaning is checked by main as a cohort run checks it).
 */
export const GlobalSensitivityRequestSchema = z.strictObject({
  nights: z.strictObject({ a: NightRequestSchema, b: NightRequestSchema }),
  metric: z.string().min(1).max(64),
  target: z.enum(SENSITIVITY_TARGETS),
  method: z.enum(SENSITIVITY_METHODS),
  size: z.number().int().min(1).max(100_000),
  seed: z.number().int().min(0).max(0xffffffff).default(1),
  factors: z.array(z.string().min(1).max(64)).min(1).max(64).optional(),
  population: z
    .strictObject({
      preset: populationFields.population,
      distributions: populationFields.distributions,
      correlations: populationFields.correlations,
    })
    .optional(),
});
export type GlobalSensitivityRequest = z.input<typeof GlobalSensitivityRequestSchema>;

/** The most people the lab runs at once (the CLI goes to MAX_COHORT_SIZE, in shards). */
export const MAX_LAB_COHORT = 5000;

/**
 * A virtual cohort through both nights (shared/cohort): the population (a preset, and when edited
 * in the lab its `distributions` and `correlations`, as the file's cohort section keeps them and
 * checked as the file's are: shared/experiment/cohortSchema.ts), how many people, the seed they
 * are drawn from and the thresholds on Δ to count people by. The nights' own seeds are not sent:
 * each person brings one noise seed for both nights (common random numbers). The metric of a
 * threshold is checked by main, naming the field.
 */
export const CohortRunRequestSchema = z
  .strictObject({
    nights: z.strictObject({ a: NightRequestSchema.omit({ seed: true }), b: NightRequestSchema.omit({ seed: true }) }),
    ...populationFields,
    n: z.number().int().min(1).max(MAX_LAB_COHORT),
    seed: z.number().int().min(0).max(0xffffffff),
    thresholds: z
      .array(z.strictObject({ metric: z.string().min(1).max(64), op: z.enum(THRESHOLD_OPERATORS), value: z.number() }))
      .max(MAX_COHORT_THRESHOLDS)
      .default([]),
  })
  .superRefine((request, ctx) => refinePopulation(request as Parameters<typeof refinePopulation>[0], ctx));
export type CohortRunRequest = z.input<typeof CohortRunRequestSchema>;

// ── a cohort carried by an export ──────────────────────────────────────────

// z.custom, not z.instanceof: the result's arrays are typed over any ArrayBufferLike, as the run made them.
const typedArray = <T>(kind: abstract new (...args: never[]) => T, name: string) =>
  z.custom<T>((value) => value instanceof kind, { message: `is not a ${name}` });
const F32 = typedArray<Float32Array>(Float32Array, 'Float32Array');
const F64 = typedArray<Float64Array>(Float64Array, 'Float64Array');
const BandsSchema = z.object({
  median: F32,
  p25: F32,
  p75: F32,
  p05: F32,
  p95: F32,
  count: typedArray<Uint32Array>(Uint32Array, 'Uint32Array'),
});
const QuantileSchema = z.number().nullable();
const SpreadSchema = z.object({
  n: z.number().int().min(0),
  p05: QuantileSchema,
  p25: QuantileSchema,
  median: QuantileSchema,
  p75: QuantileSchema,
  p95: QuantileSchema,
});
const MetricIdSchema = z.string().max(64).refine(isMetricId, { message: 'is not a metric id' });
/** At most this many series' bands (the catalogue has ~60). */
const MAX_BAND_SERIES = 256;

/**
 * The lab's cohort result (shared/cohort/labResult.ts CohortLabResult) as the renderer holds it,
 * sent back with an export so the files carry what the lab shows (main keeps no result), and
 * whether the lab draws its bands (the toggle). Objects, not strict: the result is the cohort
 * run's reply, and a field that run adds later is not the export's to refuse. Its arrays must
 * agree with its count of people.
 */
const CohortResultShape = z
  .object({
    n: z.number().int().min(1).max(MAX_LAB_COHORT),
    done: z.number().int().min(0).max(MAX_LAB_COHORT),
    seed: z.number().int().min(0).max(0xffffffff),
    population: z.string().min(1).max(128),
    populationSha256: z.string().regex(/^[0-9a-f]{64}$/, 'is not a SHA-256 in hex'),
    persons: typedArray<Int32Array>(Int32Array, 'Int32Array'),
    values: z.record(MetricIdSchema, z.object({ a: F64, b: F64 })),
    summary: z.object({
      format: z.literal(SUMMARY_FORMAT),
      version: z.literal(SUMMARY_VERSION),
      n: z.number().int().min(0),
      seed: z.number(),
      population: z.string().max(128),
      model: z.string().max(128),
      thresholds: z
        .array(
          z.object({
            threshold: z.string().max(128),
            metric: MetricIdSchema,
            op: z.enum(THRESHOLD_OPERATORS),
            value: z.number(),
            count: z.number().int().min(0),
            of: z.number().int().min(0),
            share: z.number().nullable(),
            low: z.number().min(0).max(1).nullable(),
            high: z.number().min(0).max(1).nullable(),
          }),
        )
        .max(MAX_COHORT_THRESHOLDS),
      metrics: z
        .array(
          z.object({
            metric: MetricIdSchema,
            a: SpreadSchema,
            b: SpreadSchema,
            delta: SpreadSchema,
            deltaMedianInterval: z.object({ low: z.number(), high: z.number() }).nullable(),
            drivers: z
              .array(
                z.object({
                  param: z.string().max(64),
                  rho: z.number().min(-1).max(1),
                  low: z.number().min(-1).max(1).nullable(),
                  high: z.number().min(-1).max(1).nullable(),
                }),
              )
              .max(64),
          }),
        )
        .max(1000),
    }),
    grid: z.object({ start: z.number(), step_h: z.number().positive() }),
    bands: z
      .record(z.string().max(64), z.object({ a: BandsSchema, b: BandsSchema, delta: BandsSchema }))
      .refine((bands) => Object.keys(bands).length <= MAX_BAND_SERIES, { message: 'has too many series' }),
  })
  .superRefine((r, ctx) => {
    if (r.done > r.n) ctx.addIssue({ code: 'custom', path: ['done'], message: `is more than n (${r.n})` });
    if (r.persons.length !== r.done)
      ctx.addIssue({ code: 'custom', path: ['persons'], message: `holds ${r.persons.length} people, not ${r.done}` });
    for (const [id, v] of Object.entries(r.values))
      if (v.a.length !== r.done || v.b.length !== r.done)
        ctx.addIssue({ code: 'custom', path: ['values', id], message: `is not one value per person (${r.done})` });
  });

export const CohortExportSchema = z.strictObject({
  // Typed as the run's reply (readonly arrays, the literal grid), checked by the shape above.
  result: z.custom<CohortLabResult>().superRefine((value, ctx) => {
    const checked = CohortResultShape.safeParse(value);
    if (!checked.success) for (const issue of checked.error.issues) ctx.addIssue({ ...issue, code: 'custom' });
  }),
  bands: z.boolean(),
  /** The nights have changed since the cohort ran (the lab says so; so do the files). */
  stale: z.boolean().default(false),
  /** The Cohort tab's threshold as it is now (it may have been changed after the run): the report counts by it. */
  threshold: z.strictObject({ metric: MetricIdSchema, op: z.enum(THRESHOLD_OPERATORS), value: z.number() }).optional(),
});
export type CohortExportPayload = z.input<typeof CohortExportSchema>;

const keysOf = <T extends object>(record: T) => Object.keys(record) as [keyof T & string, ...(keyof T & string)[]];

/** Print size, pixel density and background of exported figures (shared/export/options.ts). */
const FigureOptionsSchema = z.strictObject({
  size: z.enum(keysOf(FIGURE_SIZES)),
  scale: z.number().int().min(SCALE_RANGE.min).max(SCALE_RANGE.max),
  background: z.enum(BACKGROUNDS),
});

/**
 * Write the figure pack of the experiment into a folder the user picks (or the given one). With
 * `printView`, the renderer is showing the print view (after `prepareReport`) and report.pdf is
 * printed from it; otherwise it is written with pdf-lib.
 */
export const ExportPackRequestSchema = z.strictObject({
  experiment: z.unknown(),
  folder: PathSchema.nullable(),
  options: FigureOptionsSchema.extend({
    formats: z.array(z.enum(PACK_FORMATS)).min(1).max(PACK_FORMATS.length),
    paper: z.enum(keysOf(PAPER_SIZES)),
  }),
  printView: z.boolean().default(false),
  /** The lab's cohort result, when it has one: its bands, quantiles, files and report section. */
  cohort: CohortExportSchema.optional(),
});
export type ExportPackRequest = z.input<typeof ExportPackRequestSchema>;

/**
 * One chart of the lab to a file (`path`, or where the user picks) or to the clipboard: the panel,
 * the unit of its y axis (null: the hypnogram), the comparison mode and the window it shows.
 */
export const ExportChartRequestSchema = z.strictObject({
  experiment: z.unknown(),
  chart: z.strictObject({
    panel: z.enum(PANELS.map((p) => p.id) as [PanelIdLiteral, ...PanelIdLiteral[]]),
    unit: z.string().min(1).max(64).nullable(),
    layout: z.enum(COMPARE_MODES),
    window: z
      .strictObject({ start: z.number().min(-48).max(240), end: z.number().min(-48).max(240) })
      .refine((w) => w.end - w.start >= 0.25, { message: 'the window must span at least 15 minutes', path: ['end'] }),
  }),
  format: z.enum(CHART_FORMATS),
  target: z.enum(['file', 'clipboard']),
  path: PathSchema.nullable().default(null),
  options: FigureOptionsSchema,
  /** The lab's cohort result: the chart draws its bands (and its CSV their quantiles) when `bands` is on. */
  cohort: CohortExportSchema.optional(),
});
export type ExportChartRequest = z.input<typeof ExportChartRequestSchema>;
type PanelIdLiteral = (typeof PANELS)[number]['id'];

/** The data of the print view: tables, key figures (SVG) and references, for the given paper. */
export const PrepareReportRequestSchema = z.strictObject({
  experiment: z.unknown(),
  paper: z.enum(keysOf(PAPER_SIZES)),
  cohort: CohortExportSchema.optional(),
});

/**
 * The Cohort tab's own files, as `nocturne cohort merge` writes them: the per-person table
 * (cohort.csv) or the summary (summary.json), to `path` or where the user picks.
 */
export const ExportCohortRequestSchema = z.strictObject({
  experiment: z.unknown(),
  cohort: CohortExportSchema,
  file: z.enum(['table', 'summary']),
  path: PathSchema.nullable().default(null),
});
export type ExportCohortRequest = z.input<typeof ExportCohortRequestSchema>;

export interface ExportChartResponse {
  /** Where the file went; null when it went to the clipboard. */
  readonly path: string | null;
  readonly name: string;
  readonly bytes: number;
  /** Pixel size, for a PNG. */
  readonly width?: number;
  readonly height?: number;
}

/** The fits the lab runs: PVT sessions, or a light log with DLMOs (the circadian fit). */
export const FIT_REQUEST_KINDS = ['pvt', 'circadian'] as const;
/** Bootstrap refits the lab may ask for. */
export const FIT_BOOTSTRAP_DRAWS = { min: 10, max: 1000 } as const;

const DataBytesSchema = z.instanceof(Uint8Array).refine((b) => b.length <= MAX_TEXT_HYPNOGRAM_BYTES, {
  message: `a data file is read up to ${MAX_TEXT_HYPNOGRAM_BYTES / 1024 / 1024} MB`,
});

/**
 * Fit a sleeper (shared/fit) against one night of the experiment. `kind` 'pvt' (the default): a
 * file of PVT sessions; 'circadian': a light log and a file of DLMOs. The (first) file is the one
 * at `path`, the bytes of a file dropped on the lab (`bytes` with its `fileName`), or, with
 * neither, the file the user picks; a circadian fit's second file likewise by `dlmoPath`, or
 * `dlmoBytes` with `dlmoFileName`, or a dialog. Main tells the light log from the DLMOs by their
 * columns, so two files dropped together may come in either order. The night is checked and
 * resolved by main like a run's. `focalDate` (YYYY-MM-DD) dates the focal evening; without it the
 * fit places the data itself. `bootstrap`: refits of a parametric bootstrap beside the profile
 * intervals (none when absent).
 */
export const FitRequestSchema = z
  .strictObject({
    night: NightIdSchema,
    spec: NightRequestSchema.extend({ label: z.string().max(200) }),
    path: PathSchema.optional(),
    bytes: DataBytesSchema.optional(),
    fileName: z.string().min(1).max(255).optional(),
    kind: z.enum(FIT_REQUEST_KINDS).optional(),
    dlmoPath: PathSchema.optional(),
    dlmoBytes: DataBytesSchema.optional(),
    dlmoFileName: z.string().min(1).max(255).optional(),
    bootstrap: z.number().int().min(FIT_BOOTSTRAP_DRAWS.min).max(FIT_BOOTSTRAP_DRAWS.max).optional(),
    focalDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
      .optional(),
  })
  .refine((r) => !(r.path !== undefined && r.bytes !== undefined), {
    message: 'give a path or the bytes of a file, not both',
    path: ['bytes'],
  })
  .refine((r) => r.bytes === undefined || r.fileName !== undefined, {
    message: 'the bytes of a dropped file need its name',
    path: ['fileName'],
  })
  .refine((r) => !(r.dlmoPath !== undefined && r.dlmoBytes !== undefined), {
    message: 'give a path or the bytes of a file, not both',
    path: ['dlmoBytes'],
  })
  .refine((r) => r.dlmoBytes === undefined || r.dlmoFileName !== undefined, {
    message: 'the bytes of a dropped file need its name',
    path: ['dlmoFileName'],
  })
  .refine((r) => r.kind === 'circadian' || (r.dlmoPath === undefined && r.dlmoBytes === undefined), {
    message: 'DLMOs are read by the circadian fit only (kind "circadian")',
    path: ['kind'],
  });
export type FitRequest = z.input<typeof FitRequestSchema>;

/** A finished fit: the full result (with the observed data as residuals) and the record the file keeps. */
export interface FitResponse {
  readonly night: NightId;
  /** The (first) data file's name, without its folder: the PVT file, or the light log. */
  readonly fileName: string;
  readonly result: FitResult | CircadianFitResult;
  readonly record: FitRecord;
  /** Wall time of the fit in its worker, ms. */
  readonly elapsed_ms: number;
}

/** How often the renderer autosaves unsaved work (ms). */
export const AUTOSAVE_INTERVAL_MS = 5_000;

export const AutosaveRequestSchema = z.strictObject({ experiment: z.unknown(), path: PathSchema.nullable() });

export interface OpenedFile {
  readonly path: string;
  readonly experiment: Experiment;
  /** Things the user should know (migrated from an older version, saved with another model). */
  readonly notices: readonly string[];
}

export interface RecoveredSession {
  readonly experiment: Experiment;
  readonly path: string | null;
  readonly savedAt: string;
}

export interface AppInfo {
  readonly app: { readonly name: string; readonly version: string };
  readonly model: ModelInfo;
  readonly platform: string;
}

/** A simulated night as sent to the renderer: the result cut to the requested window. */
export interface SimulateResponse {
  readonly jobId: number;
  readonly night: NightId;
  readonly result: SimulationResult;
  /** Wall time of the simulation in the worker, ms. */
  readonly elapsed_ms: number;
}

// ── channels ───────────────────────────────────────────────────────────────

export {
  INVOKE_CHANNELS,
  EVENT_CHANNELS,
  LAB_API_MEMBERS,
  MENU_COMMANDS,
  buildLabApi,
  isEventChannel,
  isInvokeChannel,
} from './ipcChannels';
export type { EventChannel, EventName, InvokeChannel, InvokeMethod, MenuCommand } from './ipcChannels';

export const REQUEST_SCHEMAS = {
  'lab:info': EmptyRequestSchema,
  'sim:run': SimulateRequestSchema,
  'sim:cancel': CancelRequestSchema,
  'file:open': OpenFileRequestSchema,
  'hypnogram:open': OpenHypnogramRequestSchema,
  'data:open': OpenDataRequestSchema,
  'file:save': SaveFileRequestSchema,
  'file:recent': EmptyRequestSchema,
  'autosave:write': AutosaveRequestSchema,
  'autosave:read': EmptyRequestSchema,
  'autosave:clear': EmptyRequestSchema,
  'sweep:run': SweepRequestSchema,
  'sweep:cancel': EmptyRequestSchema,
  'sweep:sensitivity': SensitivityRequestSchema,
  'export:pack': ExportPackRequestSchema,
  'export:chart': ExportChartRequestSchema,
  'export:report': PrepareReportRequestSchema,
  'export:cohort': ExportCohortRequestSchema,
  'fit:run': FitRequestSchema,
  'fit:cancel': EmptyRequestSchema,
  'sensitivity:run': GlobalSensitivityRequestSchema,
  'sensitivity:cancel': EmptyRequestSchema,
  'cohort:run': CohortRunRequestSchema,
  'cohort:cancel': EmptyRequestSchema,
} as const satisfies Record<InvokeChannel, z.ZodType>;

export interface ResponseTypes {
  'lab:info': AppInfo;
  'sim:run': SimulateResponse;
  'sim:cancel': { readonly cancelled: boolean };
  'file:open': OpenedFile;
  /**
   * The night as the importer read it (its stages a Uint8Array of REPORT_STAGE_CODE), with its
   * path and the SHA-256 of the file's bytes (hex; what a saved measured night records).
   */
  'hypnogram:open': { readonly path: string; readonly night: MeasuredNight; readonly sha256: string };
  /** The diary or light log as its importer read it, with its path and the SHA-256 of its bytes. */
  'data:open': { readonly path: string; readonly data: ImportedData; readonly sha256: string };
  'file:save': { readonly path: string };
  'file:recent': { readonly paths: readonly string[] };
  'autosave:write': { readonly savedAt: string };
  'autosave:read': RecoveredSession | null;
  'autosave:clear': { readonly cleared: true };
  'sweep:run': SweepResult;
  'sweep:cancel': { readonly cancelled: boolean };
  'sweep:sensitivity': SensitivityResult;
  'export:pack': { readonly folder: string; readonly files: number; readonly bytes: number };
  'export:chart': ExportChartResponse;
  'export:report': PrintReportData;
  'export:cohort': { readonly path: string; readonly name: string; readonly bytes: number };
  'fit:run': FitResponse;
  'fit:cancel': { readonly cancelled: boolean };
  'sensitivity:run': GlobalSensitivityResult;
  'sensitivity:cancel': { readonly cancelled: boolean };
  'cohort:run': CohortLabResult;
  'cohort:cancel': { readonly cancelled: boolean };
}

export interface EventPayloads {
  progress: { readonly jobId: number; readonly night: NightId; readonly fraction: number };
  menu: { readonly command: MenuCommand };
  /** Runs done of a sweep or sensitivity analysis; the ETA is null until the first run ends. */
  sweepProgress: { readonly done: number; readonly total: number; readonly etaSeconds: number | null };
  /** A file opened from outside the page: the command line, Open Recent, a second instance. */
  fileOpened: { readonly file: OpenedFile } | { readonly path: string; readonly error: LabError };
  /**
   * A fit's stage in words (the fit's own progress messages), the share of its stages done, and
   * the (first) data file being fitted with its hash — the PVT file, or the light log — (known from the first event on, so the lab can tell
   * the data at hand from a saved fit's even when this fit is cancelled).
   */
  fitProgress: {
    readonly night: NightId;
    readonly message: string;
    readonly fraction: number;
    readonly fileName: string;
    readonly sha256: string;
  };
  /** Runs done of a global sensitivity analysis (both nights for Δ); the ETA is null until the first run ends. */
  globalSensitivityProgress: { readonly done: number; readonly total: number; readonly etaSeconds: number | null };
  /**
   * People done of a cohort run; with `partial`, the result of the people so far (at most a few
   * times a second), so bands can tighten as runs arrive.
   */
  cohortProgress: {
    readonly done: number;
    readonly total: number;
    readonly etaSeconds: number | null;
    readonly partial?: CohortLabResult;
  };
}

// ── the API the renderer sees ──────────────────────────────────────────────

type RequestOf<C extends InvokeChannel> = z.input<(typeof REQUEST_SCHEMAS)[C]>;

export type LabApi = {
  readonly [M in InvokeMethod]: (
    request: RequestOf<(typeof INVOKE_CHANNELS)[M]>,
  ) => Promise<Reply<ResponseTypes[(typeof INVOKE_CHANNELS)[M]]>>;
} & {
  /** Subscribes to a main-to-renderer event; returns the unsubscribe function. */
  readonly on: <E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void) => () => void;
};

/** Turns a zod failure into one sentence naming the field. */
export function describeZodError(error: z.ZodError): { message: string; field?: string } {
  const issue = error.issues[0];
  if (!issue) return { message: 'invalid payload' };
  const field = issue.path.map(String).join('.');
  return field ? { message: `${field}: ${issue.message}`, field } : { message: issue.message };
}
