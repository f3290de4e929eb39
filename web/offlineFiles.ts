/**
 * What the service worker is called and what it keeps: every file the build wrote, except the
 * service worker itself and source maps. Read by the build (vite.web.config.ts, which writes the
 * list into sw.js) and by the page (offline.ts, which registers it), so both name the same file.
 */
export const SERVICE_WORKER_FILE = 'sw.js';

export function precachedFiles(outputFiles: readonly string[]): string[] {
  return outputFiles
    .filter((file) => file !== SERVICE_WORKER_FILE && !file.endsWith('.map'))
    .map((file) => (file === 'index.html' ? './' : `./${file}`))
    .sort();
}
