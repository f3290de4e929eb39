/**
 * Every worker thread main starts (the simulation pool, the fits, the exports) is started here, so
 * that none of them optimises its code on a background thread.
 *
 * Why: Node 20 tears a worker down by unregistering its isolate from the platform and only then
 * disposing it. A TurboFan job still compiling that isolate's hot code on a background thread in
 * between, if it asks for the isolate's task runner (it does when its allocation starts incremental
 * marking), finds the isolate gone and aborts the whole process: "NodePlatform::ForIsolate …
 * Assertion failed: (data.first) != nullptr", under OptimizingCompileDispatcher::CompileTask. CI
 * saw it twice in three runs of the Playwright suite, each time just after a test closed a pool
 * whose workers had run 200 cohort persons. Waiting for a task's answer before terminating
 * (stopThread.ts) narrows the window but cannot close it: an idle worker may still have jobs in
 * flight, and on a loaded machine they linger. Later Node lines dispose before they unregister
 * (v8/node#208, 2025).
 *
 * The cure here removes the background job: `--no-concurrent-recompilation` makes an isolate
 * created after it is set compile its optimised code on its own thread (V8 reads the flag when an
 * isolate starts; main's own isolate, already running, keeps its background compiler). Measured on
 * this 2-core machine: a fresh worker's first night ~50 ms slower (≈270 → 320 ms; the compile no
 * longer overlaps the run), the lab's 200-person cohort unchanged (3.98/3.94 s → 3.84/3.91 s);
 * `scripts/bench-cohort.ts` and the first-chart bench measure both. The abort itself, reproduced
 * here with `npx playwright test e2e/browser/cohortRunReach.spec.ts --project browser
 * --repeat-each 6` four times each, alternating: before, 2 aborts in 72 tests; with this, none in
 * 72 (rare, so the test below checks the cause, that no background compile happens, not the abort).
 */
import { setFlagsFromString } from 'node:v8';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** The V8 flag every worker thread starts under; the test reads it from here. */
export const THREAD_V8_FLAG = '--no-concurrent-recompilation';

let flagSet = false;

/** `new Worker(path, options)`, with its isolate compiling on its own thread (see above). */
export function spawnThread(path: string | URL, options?: WorkerOptions): Worker {
  if (!flagSet) {
    setFlagsFromString(THREAD_V8_FLAG);
    flagSet = true;
  }
  return new Worker(path, options);
}
