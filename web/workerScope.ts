/**
 * The global of a dedicated Web Worker, typed by what this edition's workers use of it. The web
 * project compiles against the DOM library, whose `self` is a Window; the WebWorker library
 * cannot be loaded beside it, so a worker names its scope through this one cast.
 */
export interface WorkerScope<In> {
  onmessage: ((event: MessageEvent<In>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
}

export function workerScope<In>(): WorkerScope<In> {
  return self as unknown as WorkerScope<In>;
}
