/**
 * The one way a request is answered, in both editions: main's `handleInvoke` (handlers.ts) and the
 * browser's `webInvoke` (web/labApi.ts) are this function over their own handler table. The
 * channel is checked, the payload checked by its zod schema (REQUEST_SCHEMAS), the handler run,
 * and any failure turned into a typed error reply, so the two editions refuse alike by
 * construction. Node-free, so the browser bundles it (tsconfig.web.json).
 */
import type { z } from 'zod';
import {
  REQUEST_SCHEMAS,
  describeZodError,
  isInvokeChannel,
  type InvokeChannel,
  type LabError,
  type Reply,
  type ResponseTypes,
} from '../../shared/ipc';
import { JobError } from '../../shared/pool/jobPool';
import { ExperimentFileError } from '../../shared/experiment/validate';
import { HypnogramImportError } from '../../shared/report/import/types';
import { SweepError } from '../sweep/grid';
import { FitTaskError } from '../fit/task';
import { HandlerError } from './handlerError';

/** Each channel's request as its schema gives it to the handler (defaults filled in). */
export type Requests = { [C in InvokeChannel]: z.output<(typeof REQUEST_SCHEMAS)[C]> };

/** A handler for every channel, typed against the contract; `Context` is what the edition passes on. */
export type HandlerTable<Context> = {
  [C in InvokeChannel]: (request: Requests[C], context: Context) => Promise<ResponseTypes[C]>;
};

/**
 * The channel and the payload checked: the channel and the parsed request, or the refusal the
 * page gets (unknown-channel; invalid-payload naming the field).
 */
export function checkRequest(
  channel: unknown,
  payload: unknown,
): { ok: true; channel: InvokeChannel; request: unknown } | { ok: false; error: LabError } {
  if (!isInvokeChannel(channel)) {
    return {
      ok: false,
      error: { code: 'unknown-channel', message: `"${String(channel)}" is not a channel of the lab` },
    };
  }
  const parsed = REQUEST_SCHEMAS[channel].safeParse(payload);
  if (!parsed.success) {
    const { message, field } = describeZodError(parsed.error);
    return {
      ok: false,
      error: { code: 'invalid-payload', message: `bad request on ${channel}: ${message}`, ...(field ? { field } : {}) },
    };
  }
  return { ok: true, channel, request: parsed.data };
}

/**
 * A request answered: checked, run by its handler, every failure a Reply. Never throws.
 * `ownError` names the failures only one edition has (main's file writes) before the shared ones.
 */
export async function invokeChecked<Context>(
  handlers: HandlerTable<Context>,
  channel: unknown,
  payload: unknown,
  context: Context,
  ownError: (error: unknown) => LabError | undefined = () => undefined,
): Promise<Reply<unknown>> {
  const checked = checkRequest(channel, payload);
  if (!checked.ok) return checked;
  try {
    const handler = handlers[checked.channel] as (request: unknown, context: Context) => Promise<unknown>;
    return { ok: true, value: await handler(checked.request, context) };
  } catch (error) {
    return { ok: false, error: ownError(error) ?? toLabError(error) };
  }
}

/** A handler's failure as the page reads it: the typed errors keep their code and field; anything else is internal. */
function toLabError(error: unknown): LabError {
  if (error instanceof HandlerError) return error.labError;
  if (error instanceof JobError || error instanceof SweepError) {
    return { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) };
  }
  if (error instanceof ExperimentFileError) {
    return { code: 'invalid-file', message: error.message, ...(error.field ? { field: error.field } : {}) };
  }
  // The importer's own message: the file, the line or record, the problem.
  if (error instanceof HypnogramImportError) return { code: 'invalid-file', message: error.message };
  if (error instanceof FitTaskError) return { code: error.code, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `internal error: ${message}` };
}
