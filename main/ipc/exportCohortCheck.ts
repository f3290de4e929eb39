/**
 * The cohort an export request carries, checked against the experiment once for both editions
 * (main's handlers.ts and the web edition's web/export/inputs.ts): a refusal is an invalid-payload
 * reply naming the field. Apart from handlerError.ts so the web edition bundles the cohort export's
 * checks with its exports, loaded on the first export, not at start.
 */
import { CohortExportError, exportCohort, type ExportCohort } from '../../shared/export/cohort';
import type { Experiment } from '../../shared/experiment';
import { HandlerError } from './handlerError';

/** The cohort part of an export request, as the request schema gives it. */
export type ExportCohortPayload = Parameters<typeof exportCohort>[0];

export function checkExportCohort(
  experiment: Pick<Experiment, 'cohort'>,
  payload: ExportCohortPayload | undefined,
): ExportCohort | undefined {
  if (!payload) return undefined;
  try {
    return exportCohort(payload, experiment);
  } catch (error) {
    if (error instanceof CohortExportError)
      throw new HandlerError({ code: 'invalid-payload', field: error.field, message: error.message });
    throw error;
  }
}
