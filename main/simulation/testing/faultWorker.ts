/**
 * A worker that speaks the pool's protocol and misbehaves on request, so the pool's recovery
 * can be tested without touching the simulation worker. Test-only.
 */
import { parentPort } from 'node:worker_threads';
import type { WorkerReply, WorkerRequest } from '../messages';

/** What the fault worker runs, by kind: echo answers its value, array a typed array, the rest misbehave. */
export type FaultProtocol = {
  readonly echo: { readonly task: { value: number; delayMs?: number }; readonly result: number };
  readonly throw: { readonly task: { message: string }; readonly result: never };
  readonly crash: { readonly task: Record<string, never>; readonly result: never };
  readonly exit: { readonly task: { code: number }; readonly result: never };
  readonly hang: { readonly task: Record<string, never>; readonly result: never };
  readonly array: { readonly task: { length: number }; readonly result: Float32Array };
};

const port = parentPort!;

port.on('message', (request: WorkerRequest<FaultProtocol>) => {
  const reply = (message: WorkerReply<FaultProtocol>, transfer: ArrayBuffer[] = []) =>
    port.postMessage(message, transfer);
  switch (request.kind) {
    case 'echo': {
      reply({ type: 'progress', jobId: request.jobId, fraction: 0.5 });
      const done = () => reply({ type: 'done', jobId: request.jobId, result: request.task.value });
      if (request.task.delayMs) setTimeout(done, request.task.delayMs);
      else done();
      break;
    }
    case 'throw':
      reply({ type: 'error', jobId: request.jobId, message: request.task.message });
      break;
    case 'crash':
      // An uncaught exception kills the worker thread, as a bug in the engine would.
      setImmediate(() => {
        throw new Error('deliberate crash');
      });
      break;
    case 'exit':
      process.exit(request.task.code);
      break;
    case 'hang': {
      const until = Date.now() + 60_000;
      while (Date.now() < until) {
        /* busy loop: a hung engine never yields */
      }
      break;
    }
    case 'array': {
      const values = new Float32Array(request.task.length).fill(1.5);
      reply({ type: 'done', jobId: request.jobId, result: values }, [values.buffer]);
      break;
    }
  }
});
