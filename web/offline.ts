/**
 * Offline after the first load: a service worker (serviceWorker.ts, built to sw.js beside
 * index.html) keeps every file of this build and answers from them when the network is gone.
 * Where service workers are unavailable (a page not served over https or from localhost, or a
 * browser's private mode) the lab works as well, only not offline.
 */
import { SERVICE_WORKER_FILE } from './offlineFiles';

export function registerOffline(): void {
  if (!('serviceWorker' in navigator)) return;
  // sw.js sits beside index.html, so the page's own address finds it wherever the site is hosted.
  navigator.serviceWorker.register(new URL(SERVICE_WORKER_FILE, document.baseURI)).catch(() => undefined);
}
