/**
 * The experiment file format, `*.nocturne` (JSON inside): its file names, types and fixed limits.
 *
 * Version 3: `{ format, version, title, notes, createdWith?, nights: [A, B], view?, sweeps?, measured?,
 * fits?, classroom?, snapshots?, cohort? }`,
 * each night `{ label, scenario, params, events, seed }`. A night keeps only the overrides of its
 * scenario's values, and its protocol events (shared/model/protocolEvents.ts); ranges and ids come
 * from the parameter, event, scenario and metric declarations in shared/model, never from here.
 * `measured` is a measured night the lab compares with A or B (its stages and where they came
 * from, with the file's hash: the source file need not travel with the experiment); `fits` are the
 * sleepers fitted to a person's data (shared/fit), each with its data's hashes; `snapshots` are nights
 * pinned as extra lines beside A and B (SnapshotRecord). Version 1 had no
 * `events`, version 2 no `measured` or `fits`; older files are migrated on reading (migrations.ts).
 */
import type { MetricId } from '../model/metrics';
import type { ProtocolEvent } from '../model/protocolEvents';
import type { ParameterId, ParameterOverrides } from '../model/parameters';
import type { ScenarioId } from '../model/scenarios';
import type { PopulationPresetId } from '../cohort/presets';
import type { Correlation, ParameterDistribution } from '../cohort/types';
import type { DeltaThreshold } from '../cohort/thresholds';
import type { ViewSpan } from '../time/axis';

export const EXPERIMENT_FORMAT = 'nocturne-experiment';
export const EXPERIMENT_VERSION = 3;

/**
 * How experiment files are named: the one place for the saved extension, the ones that open, and
 * the installers' file association (electron-builder.ts reads it too).
 *
 * New files are saved as `*.nocturne`: Windows associates a file with an app by its last
 * extension only, so `*.nocturne.json` could not open by double-click without claiming every
 * `.json`. Older `*.nocturne.json` files, and any `.json` a user renamed, still open.
 */
export const EXPERIMENT_FILE_NAMES = {
  /** Appended to a name saved without an experiment extension. */
  save: '.nocturne',
  /** Longest first, so a name is matched by its fullest extension. */
  open: ['.nocturne.json', '.nocturne', '.json'],
} as const;

/** The extension new experiment files are saved with. */
export const EXPERIMENT_EXTENSION = EXPERIMENT_FILE_NAMES.save;

/**
 * Whether a path names an experiment file by its extension (case-insensitive: Windows and macOS
 * file systems usually are, and `X.NOCTURNE` from a zip is still ours). Only the name is looked
 * at; a caller taking command-line arguments also skips the ones that start with `-`.
 */
export function isExperimentPath(path: string): boolean {
  // The last segment, split on both separators: shared/ has no node:path, and a Windows path can
  // reach the CLI on any platform. A name must have a stem: `.json` alone is a dotfile.
  const name = (path.split(/[\\/]/).pop() ?? '').toLowerCase();
  return EXPERIMENT_FILE_NAMES.open.some((extension) => name.endsWith(extension) && name.length > extension.length);
}

/**
 * The path a save goes to: as typed when it already has an extension that opens (an existing
 * `.json` or `.nocturne.json` name is kept), else with `.nocturne` appended.
 */
export function withExperimentExtension(path: string): string {
  return isExperimentPath(path) ? path : `${path}${EXPERIMENT_FILE_NAMES.save}`;
}

/** Experiment files hold settings, not results; 5 MB is generous and keeps a stray file from hanging the app. */
export const MAX_EXPERIMENT_BYTES = 5 * 1024 * 1024;

/** Seeds are unsigned 32-bit integers: the PRNG (shared/model/random.ts) keeps 32 bits of state per word. */
export const SEED_LIMIT = 2 ** 32;

/** Lengths that keep titles and labels displayable; notes may be long. */
export const MAX_TITLE_LENGTH = 200;
export const MAX_LABEL_LENGTH = 80;
export const MAX_NOTES_LENGTH = 100_000;

/** A sweep axis has at least its two ends; a two-parameter sweep stays within MAX_SWEEP_RUNS runs per night. */
export const MIN_SWEEP_STEPS = 2;
export const MAX_SWEEP_STEPS = 1000;
export const MAX_SWEEP_RUNS = 10_000;

import type { CompareMode, NightId } from '../nights';
export { COMPARE_MODES, NIGHT_IDS, type CompareMode, type NightId } from '../nights';

export interface NightSpec {
  readonly label: string;
  readonly scenario: ScenarioId;
  /** Only the values that differ from the scenario's. */
  readonly params: ParameterOverrides;
  /**
   * Protocol events laid over the scenario's protocol (doses at clock times, naps, light, constant
   * routines), in the order they apply. The dose parameters (caffeine_mg, alcohol_gPerKg) stay
   * parameters: each is one more dose, never the same dose twice.
   */
  readonly events: readonly ProtocolEvent[];
  /** Whole number, 0 ≤ seed < 2^32. */
  readonly seed: number;
}

/** The chart window, in hours since the focal lights-off; null = the default window. */
export interface ZoomWindow {
  readonly start_h: number;
  readonly end_h: number;
}

export interface ViewState {
  readonly compareMode: CompareMode;
  readonly zoom: ZoomWindow | null;
  /** Ids of the chart panels shown, in order. */
  readonly panels: readonly string[];
  /**
   * The span the charts show unzoomed (VIEW_SPANS of shared/time/axis.ts). Optional on reading:
   * a file saved before it was kept opens on DEFAULT_VIEW_SPAN, the one span the lab showed then.
   */
  readonly span: ViewSpan;
}

/** The span a file without `view.span` opens on (and a new experiment shows). */
export const DEFAULT_VIEW_SPAN: ViewSpan = 'night';

export interface SweepAxis {
  readonly param: ParameterId;
  readonly from: number;
  readonly to: number;
  readonly steps: number;
}

export interface SweepDefinition extends SweepAxis {
  /** Which night of the pair the sweep varies. */
  readonly night: NightId;
  /** An optional second parameter, for a grid. */
  readonly second?: SweepAxis;
  readonly metrics: readonly MetricId[];
}

/**
 * A measured night kept in the file: the importer's MeasuredNight (shared/report/import/types.ts)
 * with the stages as text, one character per epoch (the REPORT_STAGE_CODE digit, 0–5), so a
 * 22-h record of 30-s epochs is 2640 characters and a diff shows which epochs changed.
 */
export interface MeasuredRecord {
  readonly label: string;
  readonly source: string;
  /** The file's name when it was opened (no directory: a path would leak the user's folders). */
  readonly fileName: string;
  /** SHA-256 of the file's bytes (hex), so a reader can tell whether the data are the ones fitted or compared. */
  readonly sha256: string;
  readonly recordingStart: string | null;
  readonly epochLength_s: number;
  /** One REPORT_STAGE_CODE digit per epoch. */
  readonly stages: string;
  readonly lightsOff: number | null;
  readonly lightsOn: number | null;
  readonly notes: readonly string[];
  /** The night it is compared with. */
  readonly against: NightId;
  /** Lights-off and lights-on as typed in the lab ("" = the file's own), read as the CLI reads its flags. */
  readonly lightsOffText: string;
  readonly lightsOnText: string;
}

/**
 * The bounds of a measured night as a file keeps it (schema.ts checks them; the lab's fields and
 * the record conversion, shared/report/import/record.ts, keep within them).
 */
export const MEASURED_LIMITS = {
  /** Seconds. Scoring epochs in use are 20 s and 30 s; wider ones would not be a hypnogram. */
  epochLength_s: { min: 1, max: 120 },
  sourceLength: 200,
  notes: 100,
  noteLength: 1000,
  /** A typed lights-off or lights-on ("23:05", "start", minutes). */
  lightsTextLength: 40,
} as const;

/** The kinds of fit shared/fit makes; each names the data it reads. */
export const FIT_KINDS = ['pvt', 'circadian'] as const;
export type FitKind = (typeof FIT_KINDS)[number];

export const FIT_STATUSES = ['identified', 'not identifiable', 'not converged'] as const;

/** One fitted parameter as kept: its estimate and 95 % interval(s), null where not identified. */
export interface FitParameterRecord {
  readonly id: ParameterId;
  readonly status: (typeof FIT_STATUSES)[number];
  readonly estimate: number | null;
  /** Profile-likelihood 95 % interval. */
  readonly interval: readonly [number, number] | null;
  /** Bootstrap 95 % interval, when the fit ran one. */
  readonly bootstrap?: readonly [number, number] | null;
  readonly note: string | null;
}

/** A data file a fit read: its name, what it held, and the SHA-256 of its bytes (hex). */
export interface FitDataRecord {
  readonly role: string;
  readonly fileName: string;
  readonly sha256: string;
}

/**
 * A fitted sleeper kept in the file: enough to show its intervals and band again and to tell,
 * by the hashes, whether the data at hand are the data it was fitted to. The fitted curve is kept
 * (a few hundred numbers) because recomputing it needs the data files.
 */
export interface FitRecord {
  readonly kind: FitKind;
  readonly night: NightId;
  /** ISO 8601 UTC time the fit finished. */
  readonly fittedAt: string;
  /** The model version it was fitted with. */
  readonly model: string;
  readonly method: string;
  readonly data: readonly FitDataRecord[];
  readonly converged: boolean;
  readonly n: number;
  readonly rss: number;
  readonly parameters: readonly FitParameterRecord[];
  readonly curve: {
    readonly slot_h: readonly number[];
    readonly fitted: readonly number[];
    readonly lower: readonly number[];
    readonly upper: readonly number[];
  } | null;
  readonly notes: readonly string[];
  /**
   * What the fit was fitted against: the SHA-256 of the night's resolved parameters, events and
   * seed at fit time (fitRecord.ts `nightFingerprint`), so the lab can say a fit is stale once the
   * night changes. Absent in fits saved before it was kept.
   */
  readonly against?: string;
  /**
   * The observed data on the curve's axes (PVT: slot hour and lapses; circadian: each DLMO's
   * day, as its noon's slot hour, and its clock hour), so a reopened fit shows its points without
   * the data files. Absent in fits saved before they were kept.
   */
  readonly points?: { readonly x: readonly number[]; readonly y: readonly number[] };
}

/** At most this many observed points a fit keeps (PVT sessions, DLMOs). */
export const MAX_FIT_POINTS = 2000;

/**
 * A classroom set-up (shared/classroom): the lesson the file opens on, and whether the teacher
 * locked the controls (parameters and scenarios cannot be changed; panels shown are the view's).
 * A lock is a teaching aid, not security: anyone may edit the file.
 */
export interface ClassroomState {
  readonly lesson: string | null;
  readonly locked: boolean;
}

/** At most this many fits in a file; a fit keeps a curve of a few hundred points. */
export const MAX_FITS = 20;

/**
 * A pinned snapshot: a night as it was when pinned (from night A or B), drawn as one more line
 * beside A and B. The night is kept whole, not its results: the lab simulates it again on opening.
 */
export interface SnapshotRecord {
  readonly name: string;
  /** The night it was pinned from: its column in side-by-side mode. */
  readonly from: NightId;
  readonly night: NightSpec;
}

/** At most this many pinned snapshots: more lines than this on one chart stop being readable. */
export const MAX_SNAPSHOTS = 5;

/** A cohort is at most this many people (a file's `cohort.n`, the CLI's --n). */
export const MAX_COHORT_SIZE = 1_000_000;
/** At most this many distributions, correlations and thresholds in a file's cohort. */
export const MAX_COHORT_DISTRIBUTIONS = 64;
export const MAX_COHORT_THRESHOLDS = 20;

/**
 * A virtual cohort (shared/cohort): the population (a preset, or its distributions as edited:
 * `distributions` and `correlations`, when present, replace the preset's whole lists), how many
 * people, the seed their parameters are drawn from, and thresholds on Δ = B − A to count people by.
 */
export interface CohortSection {
  readonly population: PopulationPresetId;
  readonly distributions?: readonly ParameterDistribution[];
  readonly correlations?: readonly Correlation[];
  readonly n: number;
  readonly seed: number;
  readonly thresholds?: readonly DeltaThreshold[];
}

export interface CreatedWith {
  readonly app: string;
  readonly model: string;
}

export interface Experiment {
  readonly format: typeof EXPERIMENT_FORMAT;
  readonly version: typeof EXPERIMENT_VERSION;
  readonly title: string;
  readonly notes: string;
  readonly createdWith?: CreatedWith;
  readonly nights: readonly [NightSpec, NightSpec];
  readonly view?: ViewState;
  readonly sweeps?: readonly SweepDefinition[];
  readonly measured?: MeasuredRecord;
  readonly fits?: readonly FitRecord[];
  readonly classroom?: ClassroomState;
  readonly snapshots?: readonly SnapshotRecord[];
  readonly cohort?: CohortSection;
}

export interface ParseError {
  readonly message: string;
  /** The field at fault, as `nights[1].params.bedtime`, when there is one. */
  readonly field?: string;
}

export type ParseResult =
  | {
      readonly ok: true;
      readonly experiment: Experiment;
      readonly notices: string[];
    }
  | { readonly ok: false; readonly error: ParseError };

export interface ParseOptions {
  /** Refuse files larger than this many bytes (UTF-8). Default MAX_EXPERIMENT_BYTES. */
  readonly maxBytes?: number;
  /** The running model's version; a file saved with another one gets a notice. */
  readonly modelVersion?: string;
}
