/**
 * The main-process IPC handlers, as plain functions of plain data. Created with what they need
 * (the pool, app info, an event sink); the Electron edge (register.ts) and the browser test
 * harness both call them through `handleInvoke`, which validates every payload first and turns
 * every failure into a typed error reply. Nothing here throws across IPC.
 */
import { z } from 'zod';
import {
  REQUEST_SCHEMAS,
  describeZodError,
  isInvokeChannel,
  type AppInfo,
  type EventName,
  type EventPayloads,
  type InvokeChannel,
  type LabError,
  type Reply,
  type ResponseTypes,
  type SimulateResponse,
} from '../../shared/ipc';
import { checkParameterValue } from '../../shared/model/parameters';
import { isScenarioId, SCENARIOS } from '../../shared/model/scenarios';
import { JobError, type SimulationPool } from '../simulation/pool';
import type { SimulationTask, TaskOutcome } from '../simulation/task';

export interface HandlerDeps {
  readonly pool: SimulationPool;
  readonly appInfo: AppInfo;
  /** Sends a main-to-renderer event to the window that asked. */
  readonly emit: <E extends EventName>(event: E, payload: EventPayloads[E]) => void;
}

type Requests = { [C in InvokeChannel]: z.output<(typeof REQUEST_SCHEMAS)[C]> };
type Handlers = { [C in InvokeChannel]: (request: Requests[C]) => Promise<ResponseTypes[C]> };

class HandlerError extends Error {
  constructor(readonly labError: LabError) {
    super(labError.message);
  }
}

export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    'lab:info': async () => deps.appInfo,

    'sim:run': async (request) => {
      if (!isScenarioId(request.scenario)) {
        throw new HandlerError({
          code: 'invalid-parameters',
          field: 'scenario',
          message: `unknown scenario "${request.scenario}"; known: ${SCENARIOS.map((s) => s.id).join(', ')}`,
        });
      }
      for (const [id, value] of Object.entries(request.params)) {
        const problem = checkParameterValue(id, value);
        if (problem) throw new HandlerError({ code: 'invalid-parameters', field: `params.${id}`, message: problem });
      }
      const task: SimulationTask = {
        scenario: request.scenario,
        params: request.params,
        seed: request.seed,
        window: request.window,
      };
      const job = deps.pool.run<TaskOutcome>(task, {
        key: request.night,
        onProgress: (fraction) => deps.emit('progress', { jobId: job.jobId, night: request.night, fraction }),
      });
      const outcome = await job.result;
      const response: SimulateResponse = {
        jobId: job.jobId,
        night: request.night,
        result: outcome.result,
        elapsed_ms: outcome.elapsed_ms,
      };
      return response;
    },

    'sim:cancel': async (request) => ({ cancelled: deps.pool.cancelKey(request.night) }),
  };
}

/**
 * The one entry point for a request from the renderer: checks the channel and the payload, runs
 * the handler, and answers with a Reply. Never throws.
 */
export async function handleInvoke(handlers: Handlers, channel: unknown, payload: unknown): Promise<Reply<unknown>> {
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
  try {
    const handler = handlers[channel] as (request: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    return { ok: false, error: toLabError(error) };
  }
}

function toLabError(error: unknown): LabError {
  if (error instanceof HandlerError) return error.labError;
  if (error instanceof JobError)
    return { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `internal error: ${message}` };
}
