/**
 * A worker that speaks the pool's protocol and misbehaves on request, so the pool's recovery
 * can be tested without touching the simulation worker. Test-only.
 */
import { parentPort } from 'node:worker_threads';
import type { WorkerReply, WorkerRequest } from '../messages';

export type FaultTask =
  | { kind: 'echo'; value: number; delayMs?: number }
  | { kind: 'throw'; message: string }
  | { kind: 'crash' }
  | { kind: 'exit'; code: number }
  | { kind: 'hang' }
  | { kind: 'array'; length: number };

const port = parentPort!;

port.on('message', (request: WorkerRequest) => {
  const task = request.task as FaultTask;
  const reply = (message: WorkerReply, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
  switch (task.kind) {
    case 'echo': {
      reply({ type: 'progress', jobId: request.jobId, fraction: 0.5 });
      const done = () => reply({ type: 'done', jobId: request.jobId, result: task.value });
      if (task.delayMs) setTimeout(done, task.delayMs);
      else done();
      break;
    }
    case 'throw':
      reply({ type: 'error', jobId: request.jobId, message: task.message });
      break;
    case 'crash':
      // An uncaught exception kills the worker thread, as a bug in the engine would.
      setImmediate(() => {
        throw new Error('deliberate crash');
      });
      break;
    case 'exit':
      process.exit(task.code);
      break;
    case 'hang': {
      const until = Date.now() + 60_000;
      while (Date.now() < until) {
        /* busy loop: a hung engine never yields */
      }
      break;
    }
    case 'array': {
      const values = new Float32Array(task.length).fill(1.5);
      reply({ type: 'done', jobId: request.jobId, result: values }, [values.buffer]);
      break;
    }
  }
});
