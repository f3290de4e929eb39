/**
 * The app's simulation worker, unchanged, plus a heap reading on each finished job: for the load
 * test only. Before every 50th reply leaves, it collects garbage and adds the worker's
 * heap in use (this thread's V8 heap, not the process's) to the result (`workerHeap`), which the sweep ignores and the test reads.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, threadId } from 'node:worker_threads';

// A gc() without starting node with --expose-gc (the flag is read when a context is created).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const port = parentPort!;
const post = port.postMessage.bind(port);
// A full collection costs tens of milliseconds with the run-in cache's snapshots in the heap:
// after every job it tripled the sweep's time. Every 50th job samples often enough (100 samples
// per worker over 10,000 runs) to see a trend.
const SAMPLE_EVERY = 50;
let jobs = 0;

port.postMessage = (message: { type?: string; result?: object }, transfer?: Parameters<typeof post>[1]) => {
  if (message?.type === 'done' && message.result && ++jobs % SAMPLE_EVERY === 0) {
    gc();
    message = {
      ...message,
      result: { ...message.result, workerHeap: { threadId, heapUsed: getHeapStatistics().used_heap_size } },
    };
  }
  post(message, transfer);
};

await import('../../main/simulation/worker');
