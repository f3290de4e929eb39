/**
 * The web edition's service worker (built to sw.js): on install it keeps every file of its build
 * in a cache named after the build; it then answers the page's requests from that cache first, so
 * the lab opens and runs with no network after its first load. A new build is a new sw.js (its
 * list and version differ), which the browser installs beside the old one; on activation the old
 * build's cache is deleted. The page makes no request elsewhere (its CSP allows none).
 *
 * The build prepends `const NOCTURNE_BUILD = { version, files }` (vite.web.config.ts), the only
 * way the worker learns which files its build has.
 */
declare const NOCTURNE_BUILD: { readonly version: string; readonly files: readonly string[] };

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ServiceWorkerScope {
  readonly registration: { readonly scope: string };
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

const worker = self as unknown as ServiceWorkerScope;
const CACHE = `nocturne-${NOCTURNE_BUILD.version}`;

worker.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      // Fresh from the server, not from the HTTP cache: the cache must hold this build's files.
      .then((cache) => cache.addAll(NOCTURNE_BUILD.files.map((file) => new Request(file, { cache: 'reload' }))))
      .then(() => worker.skipWaiting()),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((key) => key.startsWith('nocturne-') && key !== CACHE).map((key) => caches.delete(key)),
        ),
      )
      .then(() => worker.clients.claim()),
  );
});

worker.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== new URL(worker.registration.scope).origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      // A page load (any address under the site) is the lab's one page.
      const cached = await cache.match(request.mode === 'navigate' ? './' : request, { ignoreSearch: true });
      return cached ?? fetch(request);
    })(),
  );
});
