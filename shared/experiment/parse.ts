/**
 * Reads an experiment file's text. Never throws: a file is either accepted (with notices about
 * anything ignored or updated) or refused with one message that names the field and the reason.
 */
import { describeValue, fieldName } from './describe';
import {
  EXPERIMENT_FORMAT,
  EXPERIMENT_VERSION,
  MAX_EXPERIMENT_BYTES,
  type Experiment,
  type ParseError,
  type ParseOptions,
  type ParseResult,
} from './format';
import { findSyntaxFault, formatBytes, positionAt, textProblem, utf8Length } from './jsonText';
import { OLDEST_READABLE_VERSION, migrateToCurrent } from './migrations';
import { KNOWN_FIELDS, experimentSchema, firstIssue, issueToError } from './schema';

type Json = Record<string, unknown>;

const refuse = (message: string, field?: string): ParseResult => ({
  ok: false,
  error: field === undefined ? { message } : { message, field },
});

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

export function parseExperiment(text: string, options: ParseOptions = {}): ParseResult {
  try {
    return parseUnguarded(text, options);
  } catch (error) {
    // Only a bug can land here; the promise to callers is a message, never an exception.
    return refuse(`the file could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function parseUnguarded(text: string, options: ParseOptions): ParseResult {
  if (typeof text !== 'string') return refuse(`expected the text of a file, got ${describeValue(text)}`);
  const maxBytes = options.maxBytes ?? MAX_EXPERIMENT_BYTES;
  // Length in UTF-16 units never exceeds the UTF-8 byte count, so a huge text is refused before counting.
  const bytes = text.length > maxBytes ? text.length : utf8Length(text);
  if (bytes > maxBytes) {
    return refuse(
      `the file is too large (${formatBytes(bytes)}); experiment files are at most ${formatBytes(maxBytes)}`,
    );
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return refuse('the file is empty');
  const problem = textProblem(body);
  if (problem === 'binary') return refuse('not a Nocturne experiment: the file holds binary data, not JSON text');
  if (problem === 'encoding') {
    return refuse('the file is not UTF-8 text (saved in another encoding?); experiment files are UTF-8 JSON');
  }

  let data: unknown;
  let protoKey = false;
  try {
    // JSON.parse keeps "__proto__" as an own key, but copying it into a fresh object (as the schema
    // does) would set that object's prototype instead; no field of the format has that name.
    data = JSON.parse(body, (key, value: unknown) => {
      if (key === '__proto__') protoKey = true;
      return value;
    });
  } catch {
    return refuse(syntaxMessage(body));
  }
  if (protoKey) return refuse('the file has a field named "__proto__", which no experiment file may have');
  if (!isObject(data)) {
    return refuse(`not a Nocturne experiment: the file holds ${describeValue(data)}, not an object { … }`);
  }

  if (data.format !== EXPERIMENT_FORMAT) {
    const found = data.format === undefined ? 'format is missing' : `format is ${describeValue(data.format)}`;
    return refuse(`not a Nocturne experiment: ${found}, expected "${EXPERIMENT_FORMAT}"`, 'format');
  }
  const version = data.version;
  if (version === undefined) return refuse('version is missing', 'version');
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return refuse(`version must be a whole number, got ${describeValue(version)}`, 'version');
  }
  if (version > EXPERIMENT_VERSION) {
    return refuse(`made by a newer Nocturne; version ${version}, this app reads ≤ ${EXPERIMENT_VERSION}`, 'version');
  }
  if (version < OLDEST_READABLE_VERSION) {
    return refuse(
      `version ${version} is unknown; this app reads versions ${OLDEST_READABLE_VERSION} to ${EXPERIMENT_VERSION}`,
      'version',
    );
  }

  const migrated = migrateToCurrent(data, version);
  if (!migrated.ok) return { ok: false, error: migrated.error };

  const checked = experimentSchema.safeParse(migrated.file);
  if (!checked.success) {
    const issue = firstIssue(checked.error.issues);
    const error: ParseError = issue ? issueToError(issue, migrated.file) : { message: checked.error.message };
    return { ok: false, error };
  }

  const notices = [...migrated.notices, ...unknownFieldNotices(migrated.file)];
  // The refinements checked what the schema's types cannot say: known ids, ranges, exactly two nights.
  const experiment = checked.data as unknown as Experiment;
  const savedModel = experiment.createdWith?.model;
  // A migrated file says which model made it, so a researcher knows where its results came from.
  if (migrated.notices.length > 0) {
    notices.push(
      savedModel === undefined
        ? `made by Nocturne before version ${EXPERIMENT_VERSION} of the file format; the file does not say which model version`
        : `made by Nocturne ${experiment.createdWith!.app} with model ${savedModel}`,
    );
  }
  if (options.modelVersion !== undefined && savedModel !== undefined && savedModel !== options.modelVersion) {
    notices.push(
      `saved with model ${savedModel}; this app runs model ${options.modelVersion}, so results may differ from when it was saved`,
    );
  }
  return { ok: true, experiment, notices };
}

function syntaxMessage(text: string): string {
  const fault = findSyntaxFault(text);
  // JSON.parse refused it, so the validator finds a fault; the fallback only guards a disagreement.
  if (!fault) return 'not valid JSON';
  const { line, column } = positionAt(text, fault.offset);
  const hint = fault.atEnd ? ' (is the file truncated?)' : '';
  return `not valid JSON at line ${line}, column ${column}: ${fault.reason}${hint}`;
}

/** Fields the format does not know are dropped on reading; say so, since saving will lose them. */
function unknownFieldNotices(file: Json): string[] {
  const notices: string[] = [];
  const check = (node: unknown, known: readonly string[], path: PropertyKey[]): void => {
    if (!isObject(node)) return;
    for (const key of Object.keys(node)) {
      if (!known.includes(key)) notices.push(`ignored an unknown field: ${fieldName([...path, key])}`);
    }
  };
  check(file, KNOWN_FIELDS.top, []);
  check(file.createdWith, KNOWN_FIELDS.createdWith, ['createdWith']);
  if (Array.isArray(file.nights)) file.nights.forEach((night, i) => check(night, KNOWN_FIELDS.night, ['nights', i]));
  if (isObject(file.view)) {
    check(file.view, KNOWN_FIELDS.view, ['view']);
    check(file.view.zoom, KNOWN_FIELDS.zoom, ['view', 'zoom']);
  }
  if (Array.isArray(file.sweeps)) {
    file.sweeps.forEach((sweep, i) => {
      check(sweep, KNOWN_FIELDS.sweep, ['sweeps', i]);
      if (isObject(sweep)) check(sweep.second, KNOWN_FIELDS.axis, ['sweeps', i, 'second']);
    });
  }
  check(file.measured, KNOWN_FIELDS.measured, ['measured']);
  check(file.classroom, KNOWN_FIELDS.classroom, ['classroom']);
  if (Array.isArray(file.snapshots)) {
    file.snapshots.forEach((snapshot, i) => {
      check(snapshot, KNOWN_FIELDS.snapshot, ['snapshots', i]);
      if (isObject(snapshot)) check(snapshot.night, KNOWN_FIELDS.night, ['snapshots', i, 'night']);
    });
  }
  if (isObject(file.cohort)) {
    const cohort = file.cohort;
    check(cohort, KNOWN_FIELDS.cohort, ['cohort']);
    const each = (key: 'distributions' | 'correlations' | 'thresholds', known: readonly string[]) => {
      const list = cohort[key];
      if (Array.isArray(list)) list.forEach((item, i) => check(item, known, ['cohort', key, i]));
    };
    each('distributions', KNOWN_FIELDS.distribution);
    each('correlations', KNOWN_FIELDS.correlation);
    each('thresholds', KNOWN_FIELDS.threshold);
  }
  if (Array.isArray(file.fits)) {
    file.fits.forEach((fit, i) => {
      check(fit, KNOWN_FIELDS.fit, ['fits', i]);
      if (isObject(fit) && Array.isArray(fit.parameters)) {
        fit.parameters.forEach((p, j) => check(p, KNOWN_FIELDS.fitParameter, ['fits', i, 'parameters', j]));
      }
    });
  }
  return notices;
}
