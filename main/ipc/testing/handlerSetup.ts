/**
 * The set-up the handler tests share: main's handlers (handlers.ts) over a real simulation pool,
 * dialogs that answer as a person who cancels unless a test scripts them, the recent list and
 * autosave in a fresh folder, and one kind of progress event collected. Test-only: the pool is
 * closed and the folder removed after the test file that asked for them.
 */
import { afterAll, expect } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import workerPath from '../../simulation/worker?modulePath';
import fitWorkerPath from '../../fit/worker?modulePath';
import { SimulationPool } from '../../simulation/pool';
import { Autosave, RecentFiles } from '../../files/experimentFiles';
import { FONT_FILES } from '../../export/fonts';
import { createHandlers, handleInvoke, type ClipboardPort, type FileDeps, type FileDialogs } from '../handlers';
import type { AppInfo, EventName, EventPayloads, InvokeChannel } from '../../../shared/ipc';

export const TEST_APP_INFO: AppInfo = {
  app: { name: 'Nocturne', version: '0.0.0' },
  model: { name: 'm', version: '1' },
  platform: 'test',
};

/** A folder of the test file's own, removed after its tests. */
function testFolder(name: string): string {
  const folder = mkdtempSync(join(tmpdir(), `nocturne-${name}-`));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

/**
 * The handlers' file ports: every dialog cancelled, the clipboard a sink, the recent list and
 * the autosave in `folder`, unless `over` gives its own.
 */
export function testFileDeps(
  folder: string,
  over: { dialogs?: Partial<FileDialogs>; clipboard?: ClipboardPort; autosave?: Autosave } = {},
): FileDeps {
  const none = async () => null;
  return {
    dialogs: {
      chooseOpenPath: none,
      chooseHypnogramPath: none,
      choosePvtPath: none,
      chooseDataPath: none,
      chooseSavePath: none,
      chooseFolder: none,
      chooseExportPath: none,
      ...over.dialogs,
    },
    fonts: FONT_FILES,
    clipboard: over.clipboard ?? { writeImage: async () => undefined, writeText: async () => undefined },
    recent: new RecentFiles(join(folder, 'recent.json')),
    autosave: over.autosave ?? new Autosave(join(folder, 'autosave')),
  };
}

/**
 * Main's handlers on a real two-worker pool and the real fit worker, collecting the payloads of
 * one progress event (the analysis channels: cohort, global sensitivity).
 */
export function handlersWithProgress<E extends EventName>(event: E, name: string) {
  const pool = new SimulationPool({ workerPath, size: 2 });
  afterAll(() => pool.close());
  const progress: EventPayloads[E][] = [];
  const handlers = createHandlers({
    pool,
    fitWorkerPath,
    appInfo: TEST_APP_INFO,
    emit: (emitted: EventName, payload: unknown) => {
      if (emitted === event) progress.push(payload as EventPayloads[E]);
    },
    files: testFileDeps(testFolder(name)),
  });
  return { handlers, progress };
}

/**
 * A long run cancelled once its first progress arrived: the cancel finds it, its reply is
 * cancelled, and a second cancel finds nothing.
 */
export async function expectCancelOfRunning(
  handlers: ReturnType<typeof createHandlers>,
  progress: readonly unknown[],
  run: { channel: InvokeChannel; payload: unknown },
  cancel: InvokeChannel,
): Promise<void> {
  const running = handleInvoke(handlers, run.channel, run.payload);
  while (progress.length === 0) await new Promise((r) => setTimeout(r, 10));
  await expect(handleInvoke(handlers, cancel, undefined)).resolves.toEqual({
    ok: true,
    value: { cancelled: true },
  });
  await expect(running).resolves.toMatchObject({ ok: false, error: { code: 'cancelled' } });
  await expect(handleInvoke(handlers, cancel, undefined)).resolves.toEqual({
    ok: true,
    value: { cancelled: false },
  });
}
