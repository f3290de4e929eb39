/**
 * The web edition (`npm run build:web` → out/web): the same renderer as the desktop, entered
 * through web/main.ts, which gives it the browser's LabApi. A static site: any static host serves
 * it (docs/WEB.md). The page carries the web CSP (web/csp.ts) in a meta tag, and sw.js, the
 * service worker that keeps the build's files for offline use, gets its build's file list.
 */
import { defineConfig, type Plugin } from 'vite';
import vue from '@vitejs/plugin-vue';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { WEB_CONTENT_SECURITY_POLICY } from './web/csp';
import { SERVICE_WORKER_FILE, precachedFiles } from './web/offlineFiles';
import { preloadFirstScreen } from './build/preloadFirstScreen';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
export const WEB_OUT_DIR = here('out/web');

/** The CSP as the first thing in <head>, before any script the build adds. */
function webCsp(): Plugin {
  return {
    name: 'nocturne-web-csp',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: WEB_CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** Writes the build's version and file list at the top of sw.js (web/serviceWorker.ts reads them). */
function offlineFiles(): Plugin {
  return {
    name: 'nocturne-offline-files',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const worker = bundle[SERVICE_WORKER_FILE];
      if (!worker || worker.type !== 'chunk') throw new Error(`the build has no ${SERVICE_WORKER_FILE}`);
      const files = precachedFiles(Object.keys(bundle));
      const hash = createHash('sha256');
      for (const name of Object.keys(bundle).sort()) {
        const item = bundle[name]!;
        hash.update(name).update(item.type === 'chunk' ? item.code : item.source);
      }
      const build = { version: hash.digest('hex').slice(0, 16), files };
      worker.code = `const NOCTURNE_BUILD = ${JSON.stringify(build)};\n${worker.code}`;
    },
  };
}

export default defineConfig({
  root: here('web'),
  // Relative addresses, so the site works from any folder of a host (e.g. https://x.github.io/nocturne/).
  base: './',
  publicDir: false,
  plugins: [vue(), webCsp(), offlineFiles(), preloadFirstScreen()],
  worker: { format: 'es' },
  build: {
    outDir: WEB_OUT_DIR,
    emptyOutDir: true,
    // Budgets as the desktop's: the first chart within a second of the page starting.
    chunkSizeWarningLimit: 2048,
    rolldownOptions: {
      input: { index: here('web/index.html'), sw: here('web/serviceWorker.ts') },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'sw' ? SERVICE_WORKER_FILE : 'assets/[name]-[hash].js'),
      },
    },
  },
});
