/** A handler's refusal with the LabError the page gets, as main's handlers throw it. */
import type { LabError } from '../shared/ipc';

export class HandlerError extends Error {
  constructor(readonly labError: LabError) {
    super(labError.message);
    this.name = 'HandlerError';
  }
}
