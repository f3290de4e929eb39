/**
 * What every browser export is drawn from, made as main's `exportInputs` makes it
 * (main/ipc/handlers.ts): the experiment checked by writing it out and reading it back, both
 * nights' parameters resolved and their events placed once (a refusal names the field), both
 * nights simulated over the whole protocol, and the versions.
 */
import type { ExportSource } from '../../shared/export/source';
import type { AppVersion } from '../../shared/export/provenance';
import { parseExperiment, serializeExperiment, type Experiment } from '../../shared/experiment';
import type { LabError } from '../../shared/ipc';
import { MODEL_INFO } from '../../shared/model/engine';
import type { ParameterValues } from '../../shared/model/parameters';
import { ProtocolError, compileProtocol } from '../../shared/model/protocol';
import type { ProtocolEvent } from '../../shared/model/protocolEvents';
import type { SimulationResult } from '../../shared/model/result';
import { ParameterError, resolveParameters } from '../../shared/model/scenarios';
import { SERIES } from '../../shared/model/series';
import { CohortExportError, exportCohort, type ExportCohort } from '../../shared/export/cohort';

/** An export refused or failed, with the LabError its reply carries. */
export class WebExportError extends Error {
  constructor(readonly labError: LabError) {
    super(labError.message);
    this.name = 'WebExportError';
  }
}

/** One night over its whole protocol, as the desktop's pool runs it with `window: 'protocol'`. */
export type SimulateProtocol = (task: {
  readonly values: ParameterValues;
  readonly events: readonly ProtocolEvent[];
  readonly seed: number;
}) => Promise<SimulationResult>;

/** The experiment as main's validateExperiment checks it: what cannot be written and read back is refused. */
export function checkedExperiment(value: unknown, app: AppVersion): Experiment {
  let text: string;
  try {
    text = serializeExperiment(value as Experiment, { app: app.version, model: MODEL_INFO.version });
  } catch (error) {
    throw new WebExportError({
      code: 'invalid-file',
      message: `the experiment is malformed: ${(error as Error).message}`,
    });
  }
  const parsed = parseExperiment(text, { modelVersion: MODEL_INFO.version });
  if (!parsed.ok) {
    const { message, field } = parsed.error;
    throw new WebExportError({ code: 'invalid-file', message, ...(field ? { field } : {}) });
  }
  return parsed.experiment;
}

function resolvedNight(night: Experiment['nights'][number]): ParameterValues {
  try {
    const values = resolveParameters(night.scenario, night.params);
    if (night.events.length > 0) compileProtocol(values, night.events);
    return values;
  } catch (error) {
    if (error instanceof ParameterError || error instanceof ProtocolError) {
      throw new WebExportError({ code: 'invalid-parameters', field: error.field, message: error.message });
    }
    throw error;
  }
}

/** The cohort an export request carries, checked against the experiment as main checks it (handlers.ts cohortOf). */
export function checkedCohort(
  experiment: Experiment,
  payload: Parameters<typeof exportCohort>[0] | undefined,
): ExportCohort | undefined {
  if (!payload) return undefined;
  try {
    return exportCohort(payload, experiment);
  } catch (error) {
    if (error instanceof CohortExportError)
      throw new WebExportError({ code: 'invalid-payload', field: error.field, message: error.message });
    throw error;
  }
}

export async function exportSource(
  value: unknown,
  deps: { readonly simulate: SimulateProtocol; readonly app: AppVersion; readonly now: () => Date },
  cohortPayload?: Parameters<typeof exportCohort>[0],
): Promise<ExportSource> {
  const experiment = checkedExperiment(value, deps.app);
  const cohort = checkedCohort(experiment, cohortPayload);
  const params = [resolvedNight(experiment.nights[0]), resolvedNight(experiment.nights[1])] as const;
  const results = await Promise.all(
    experiment.nights.map((night, i) => deps.simulate({ values: params[i]!, events: night.events, seed: night.seed })),
  );
  return {
    experiment,
    params,
    results: [results[0]!, results[1]!],
    series: SERIES,
    app: deps.app,
    model: MODEL_INFO,
    created: deps.now(),
    ...(cohort ? { cohort } : {}),
  };
}
