/**
 * The browser edition's store of the first nights' answers (main/simulation/firstNights.ts,
 * startFirstNights): one IndexedDB record, kept by structured clone (typed arrays as bytes). Its
 * build key is the simulation worker's script address, which carries the hash of its content
 * (the whole engine is bundled into it), with the browser that runs it.
 */
import type { SavedNights, SavedNightsStore } from '../main/simulation/firstNights';

/** Its own database, so the autosave's (web/autosave.ts) never needs a version upgrade for it. */
const DATABASE = 'nocturne-first-nights';
const STORE = 'answers';
const KEY = 'first-nights';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

export function savedNightsDatabase(factory: IDBFactory = indexedDB): SavedNightsStore {
  let database: Promise<IDBDatabase> | null = null;
  const open = () =>
    (database ??= new Promise((resolve, reject) => {
      const opening = factory.open(DATABASE, 1);
      opening.onupgradeneeded = () => opening.result.createObjectStore(STORE);
      opening.onsuccess = () => resolve(opening.result);
      opening.onerror = () => reject(opening.error ?? new Error('IndexedDB could not be opened'));
    }));
  const store = async (mode: IDBTransactionMode) => (await open()).transaction(STORE, mode).objectStore(STORE);
  return {
    read: async () => (await request((await store('readonly')).get(KEY))) as unknown,
    write: async (record: SavedNights) => void (await request((await store('readwrite')).put(record, KEY))),
  };
}

/** The engine build of this page's simulation worker: its hashed script name and the browser. */
export function webWorkerBuild(workerUrl: URL, userAgent = navigator.userAgent): string {
  return `${workerUrl.pathname.split('/').pop() ?? ''} ${userAgent}`;
}
