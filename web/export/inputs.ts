/**
 * What every browser export is drawn from, made as main's `exportInputs` makes it
 * (main/ipc/handlers.ts): the experiment checked by writing it out and reading it back, both
 * nights' parameters resolved and their events placed once (a refusal names the field), both
 * nights simulated over the whole protocol, and the versions.
 */
import type { ExportSource } from '../../shared/export/source';
import type { AppVersion } from '../../shared/export/provenance';
import { parseExperiment, serializeExperiment, type Experiment } from '../../shared/experiment';
import { MODEL_INFO } from '../../shared/model/engine';
import type { ParameterValues } from '../../shared/model/parameters';
import type { ProtocolEvent } from '../../shared/model/protocolEvents';
import type { SimulationResult } from '../../shared/model/result';
import { SERIES } from '../../shared/model/series';
import { HandlerError, checkEvents, resolveNight } from '../../main/ipc/handlerError';
import { checkExportCohort, type ExportCohortPayload } from '../../main/ipc/exportCohortCheck';

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
    throw new HandlerError({
      code: 'invalid-file',
      message: `the experiment is malformed: ${(error as Error).message}`,
    });
  }
  const parsed = parseExperiment(text, { modelVersion: MODEL_INFO.version });
  if (!parsed.ok) {
    const { message, field } = parsed.error;
    throw new HandlerError({ code: 'invalid-file', message, ...(field ? { field } : {}) });
  }
  return parsed.experiment;
}

/** A night's parameters, then its events, checked as main checks them (handlerError.ts). */
function resolvedNight(night: Experiment['nights'][number]): ParameterValues {
  const values = resolveNight(night.scenario, night.params);
  checkEvents(values, night.events);
  return values;
}

export async function exportSource(
  value: unknown,
  deps: { readonly simulate: SimulateProtocol; readonly app: AppVersion; readonly now: () => Date },
  cohortPayload?: ExportCohortPayload,
): Promise<ExportSource> {
  const experiment = checkedExperiment(value, deps.app);
  const cohort = checkExportCohort(experiment, cohortPayload);
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
