/**
 * Writes an experiment as the text of a version-3 file: fixed key order, 2-space indent and a
 * trailing newline, so the same experiment always gives the same bytes (diffable, reproducible).
 */
import { PARAMETERS } from '../model/parameters';
import { normaliseEvent } from '../model/protocolEvents';
import { overridesAgainst, resolveParameters, scenarioById } from '../model/scenarios';
import {
  EXPERIMENT_FORMAT,
  EXPERIMENT_VERSION,
  type CohortSection,
  type CreatedWith,
  type Experiment,
  type FitRecord,
  type MeasuredRecord,
  type NightSpec,
  type SweepAxis,
  type SweepDefinition,
  type ViewState,
} from './format';

/**
 * Keeps only the overrides that differ from the scenario, in the order parameters are declared.
 * Throws a ParameterError if an override is unknown or out of range (a parsed file never is).
 */
function nightOut(night: NightSpec): Record<string, unknown> {
  const overrides = overridesAgainst(night.scenario, resolveParameters(night.scenario, night.params));
  const params: Record<string, unknown> = {};
  for (const { id } of PARAMETERS) if (id in overrides) params[id] = overrides[id];
  return {
    label: night.label,
    scenario: night.scenario,
    params,
    events: (night.events ?? []).map(normaliseEvent),
    seed: night.seed,
  };
}

function viewOut(view: ViewState): Record<string, unknown> {
  return {
    compareMode: view.compareMode,
    zoom: view.zoom ? { start_h: view.zoom.start_h, end_h: view.zoom.end_h } : null,
    panels: [...view.panels],
    span: view.span,
  };
}

const axisOut = (axis: SweepAxis) => ({
  param: axis.param,
  from: axis.from,
  to: axis.to,
  steps: axis.steps,
});

function sweepOut(sweep: SweepDefinition): Record<string, unknown> {
  return {
    night: sweep.night,
    ...axisOut(sweep),
    ...(sweep.second ? { second: axisOut(sweep.second) } : {}),
    metrics: [...sweep.metrics],
  };
}

function measuredOut(m: MeasuredRecord): Record<string, unknown> {
  return {
    label: m.label,
    source: m.source,
    fileName: m.fileName,
    sha256: m.sha256,
    recordingStart: m.recordingStart,
    epochLength_s: m.epochLength_s,
    stages: m.stages,
    lightsOff: m.lightsOff,
    lightsOn: m.lightsOn,
    notes: [...m.notes],
    against: m.against,
    lightsOffText: m.lightsOffText,
    lightsOnText: m.lightsOnText,
  };
}

function fitOut(fit: FitRecord): Record<string, unknown> {
  return {
    kind: fit.kind,
    night: fit.night,
    fittedAt: fit.fittedAt,
    model: fit.model,
    method: fit.method,
    data: fit.data.map((d) => ({ role: d.role, fileName: d.fileName, sha256: d.sha256 })),
    converged: fit.converged,
    n: fit.n,
    rss: fit.rss,
    parameters: fit.parameters.map((p) => ({
      id: p.id,
      status: p.status,
      estimate: p.estimate,
      interval: p.interval ? [p.interval[0], p.interval[1]] : null,
      ...(p.bootstrap !== undefined ? { bootstrap: p.bootstrap ? [p.bootstrap[0], p.bootstrap[1]] : null } : {}),
      note: p.note,
    })),
    curve: fit.curve
      ? {
          slot_h: [...fit.curve.slot_h],
          fitted: [...fit.curve.fitted],
          lower: [...fit.curve.lower],
          upper: [...fit.curve.upper],
        }
      : null,
    notes: [...fit.notes],
    ...(fit.against !== undefined ? { against: fit.against } : {}),
    ...(fit.points !== undefined ? { points: { x: [...fit.points.x], y: [...fit.points.y] } } : {}),
  };
}

/** The cohort section with its keys in the documented order (plain JSON already: copied, not shared). */
function cohortOut(c: CohortSection): Record<string, unknown> {
  return JSON.parse(
    JSON.stringify({
      population: c.population,
      ...(c.distributions !== undefined ? { distributions: c.distributions } : {}),
      ...(c.correlations !== undefined ? { correlations: c.correlations } : {}),
      n: c.n,
      seed: c.seed,
      ...(c.thresholds !== undefined ? { thresholds: c.thresholds } : {}),
    }),
  ) as Record<string, unknown>;
}

export function serializeExperiment(experiment: Experiment, createdWith: CreatedWith): string {
  const file: Record<string, unknown> = {
    format: EXPERIMENT_FORMAT,
    version: EXPERIMENT_VERSION,
    title: experiment.title,
    notes: experiment.notes,
    createdWith: { app: createdWith.app, model: createdWith.model },
    nights: experiment.nights.map(nightOut),
  };
  if (experiment.view) file.view = viewOut(experiment.view);
  if (experiment.sweeps) file.sweeps = experiment.sweeps.map(sweepOut);
  if (experiment.measured) file.measured = measuredOut(experiment.measured);
  if (experiment.fits && experiment.fits.length > 0) file.fits = experiment.fits.map(fitOut);
  if (experiment.classroom) {
    file.classroom = { lesson: experiment.classroom.lesson, locked: experiment.classroom.locked };
  }
  if (experiment.snapshots && experiment.snapshots.length > 0) {
    file.snapshots = experiment.snapshots.map((s) => ({ name: s.name, from: s.from, night: nightOut(s.night) }));
  }
  if (experiment.cohort) file.cohort = cohortOut(experiment.cohort);
  // U+FFFD only appears inside strings; escaped, it cannot be mistaken for a decoding failure on reading.
  return `${JSON.stringify(file, null, 2).replaceAll('\ufffd', '\\ufffd')}\n`;
}

/** Seed shared by both default nights: common random numbers, so A and B differ by their parameters alone. */
export const DEFAULT_SEED = 20_260_101;

/** A new experiment: the baseline night against the same night with evening caffeine. */
export function defaultExperiment(): Experiment {
  const night = (scenario: 'baseline' | 'evening-caffeine'): NightSpec => ({
    label: scenarioById(scenario)?.label ?? scenario,
    scenario,
    params: {},
    events: [],
    seed: DEFAULT_SEED,
  });
  return {
    format: EXPERIMENT_FORMAT,
    version: EXPERIMENT_VERSION,
    title: 'Baseline night vs evening caffeine',
    notes: '',
    nights: [night('baseline'), night('evening-caffeine')],
  };
}
