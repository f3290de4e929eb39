/**
 * The autosave of the browser edition, in IndexedDB: the same rules as the desktop's
 * (main/files/experimentFiles.ts, Autosave): the experiment is kept as its file's text with the
 * path it was editing and the time, read back through the file parser (a record that no longer
 * parses is no session to recover), and cleared when the work is saved or the recovery declined.
 *
 * One difference, listed in docs/WEB.md: the desktop clears it on a normal quit, but a page has no
 * dependable "closed on purpose" (pagehide fires on a reload, a killed tab fires nothing), so the
 * web edition never clears it on leaving: unsaved work left in a tab is offered back next time.
 */
import { parseExperiment, serializeExperiment, type CreatedWith, type Experiment } from '../shared/experiment';
import type { RecoveredSession } from '../shared/ipc';

const DATABASE = 'nocturne';
const STORE = 'autosave';
/** One session per origin, as the desktop keeps one per user-data folder. */
const KEY = 'session';

interface StoredSession {
  readonly text: string;
  readonly path: string | null;
  readonly savedAt: string;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

export class WebAutosave {
  private database: Promise<IDBDatabase> | null = null;

  constructor(
    private readonly factory: IDBFactory = indexedDB,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private open(): Promise<IDBDatabase> {
    this.database ??= new Promise((resolve, reject) => {
      const opening = this.factory.open(DATABASE, 1);
      opening.onupgradeneeded = () => opening.result.createObjectStore(STORE);
      opening.onsuccess = () => resolve(opening.result);
      opening.onerror = () => reject(opening.error ?? new Error('IndexedDB could not be opened'));
    });
    return this.database;
  }

  private async store(mode: IDBTransactionMode): Promise<IDBObjectStore> {
    return (await this.open()).transaction(STORE, mode).objectStore(STORE);
  }

  async write(experiment: Experiment, path: string | null, createdWith: CreatedWith): Promise<string> {
    const savedAt = this.now().toISOString();
    const record: StoredSession = { text: serializeExperiment(experiment, createdWith), path, savedAt };
    await request((await this.store('readwrite')).put(record, KEY));
    return savedAt;
  }

  /** The autosaved session, or null when there is none or it cannot be read back. */
  async read(modelVersion: string): Promise<RecoveredSession | null> {
    try {
      const record = (await request((await this.store('readonly')).get(KEY))) as Partial<StoredSession> | undefined;
      if (!record || typeof record.text !== 'string') return null;
      const parsed = parseExperiment(record.text, { modelVersion });
      if (!parsed.ok) return null;
      return {
        experiment: parsed.experiment,
        path: typeof record.path === 'string' ? record.path : null,
        savedAt: typeof record.savedAt === 'string' ? record.savedAt : '',
      };
    } catch {
      return null;
    }
  }

  async clear(): Promise<void> {
    await request((await this.store('readwrite')).delete(KEY));
  }
}
