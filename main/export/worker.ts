/**
 * The export worker: renders figures, CSVs and the pdf-lib report off main's event loop. Jobs
 * arrive as { id, job, fonts } and are answered as { id, ok, value } or { id, ok: false, failure }.
 * Never imports electron.
 */
import { parentPort } from 'node:worker_threads';
import { toJobFailure } from './errors';
import { resultBuffers, runExportJob, type ExportJob, type Fonts } from './jobs';

if (!parentPort) throw new Error('the export worker must run as a worker thread');
const port = parentPort;

port.on('message', (message: { id: number; job: ExportJob; fonts: Fonts }) => {
  runExportJob(message.job, message.fonts).then(
    (value) => port.postMessage({ id: message.id, ok: true, value }, resultBuffers(value)),
    (error: unknown) => port.postMessage({ id: message.id, ok: false, failure: toJobFailure(error) }),
  );
});
