import { defineConfig } from 'electron-vite';
import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';
import { developmentCsp } from './build/devCsp';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        // The workers are their own entries so their built paths are stable (out/main/worker.js,
        // exportWorker.js): main passes them on, and the browser test harness starts the same files.
        // The entry lives in main/electron/ (the only folder that may import electron) but keeps
        // the name `index`, so it still builds to out/main/index.js: package.json's main, the
        // preload path (../preload/index.cjs) and the worker paths are computed from that folder.
        input: {
          index: here('main/electron/index.ts'),
          worker: here('main/simulation/worker.ts'),
          // Figures render here, off main's event loop (main/export/runner.ts).
          exportWorker: here('main/export/worker.ts'),
          // A fit runs here, one thread per fit, terminated to cancel it (main/fit/runner.ts).
          fitWorker: here('main/fit/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A CommonJS preload is what a sandboxed renderer can load.
      rolldownOptions: {
        input: { index: here('preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: here('renderer'),
    plugins: [vue(), developmentCsp()],
    build: {
      outDir: here('out/renderer'),
      // Minified as the web edition is (electron-vite leaves a renderer unminified): the page
      // parses ≈ 1.6 MB of script before its first chart, and about half of it before its first
      // request; less text is less parse and compile on the start's critical path.
      minify: true,
      rolldownOptions: { input: { index: here('renderer/index.html') } },
    },
  },
});
