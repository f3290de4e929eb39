/**
 * A handler's refusal, carrying the LabError the page gets, and the checks every edition makes of a
 * night on its way to the engine. One file for main's handlers (handlers.ts) and the web
 * edition's LabApi (web/labApi.ts): Node-free, so the browser bundles it.
 */
import type { LabError } from '../../shared/ipc';
import type { ParameterOverrides, ParameterValues } from '../../shared/model/parameters';
import { ParameterError, resolveParameters } from '../../shared/model/scenarios';
import { ProtocolError, compileProtocol } from '../../shared/model/protocol';
import type { ProtocolEvent } from '../../shared/model/protocolEvents';

export class HandlerError extends Error {
  constructor(readonly labError: LabError) {
    super(labError.message);
    this.name = 'HandlerError';
  }
}

/**
 * A night's parameters resolved (the scenario's values under the overrides) and checked, once:
 * an unknown scenario or a value outside its declared range is an invalid-parameters reply that
 * names the field (`scenario`, `params.caffeine_mg`).
 */
export function resolveNight(scenario: string, params: ParameterOverrides): ParameterValues {
  try {
    return resolveParameters(scenario, params);
  } catch (error) {
    if (error instanceof ParameterError) {
      throw new HandlerError({ code: 'invalid-parameters', field: error.field, message: error.message });
    }
    throw error;
  }
}

/**
 * The events of a night placed on its protocol once, here: one outside the protocol is an
 * invalid-parameters reply naming `events[i].field`, not a failed job in the worker.
 */
export function checkEvents(values: ParameterValues, events: readonly ProtocolEvent[]): void {
  if (events.length === 0) return;
  try {
    compileProtocol(values, events);
  } catch (error) {
    if (error instanceof ProtocolError) {
      throw new HandlerError({ code: 'invalid-parameters', field: error.field, message: error.message });
    }
    throw error;
  }
}
