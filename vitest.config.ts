import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';
import { nodeWorkerEntries } from './build/nodeWorkerPlugin.ts';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [nodeWorkerEntries()],
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'shared/**/*.test.ts',
            'main/**/*.test.ts',
            'cli/**/*.test.ts',
            'tests/**/*.test.ts',
            'build/**/*.test.ts',
            'scripts/**/*.test.ts',
            // Read by the web build (Node), not the page.
            'web/csp.test.ts',
          ],
          exclude: [
            'tests/load/**',
            'tests/slurm/**',
            'tests/desktop/**',
            'build/packaging.test.ts',
            'build/builderConfig.test.ts',
          ],
          testTimeout: 30_000,
        },
      },
      {
        plugins: [vue()],
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          // The web edition's modules run in a page too (its Web Workers stand in-process in its tests).
          include: ['renderer/**/*.test.ts', 'web/**/*.test.ts'],
          exclude: ['web/csp.test.ts'],
        },
      },
      {
        // Tests of the built artefacts (out/preload, out/main): they build first (globalSetup).
        test: {
          name: 'desktop',
          environment: 'node',
          include: ['tests/desktop/**/*.test.ts', 'build/packaging.test.ts', 'build/builderConfig.test.ts'],
          globalSetup: ['tests/desktop/globalSetup.ts'],
          testTimeout: 30_000,
        },
      },
      {
        // The load test keeps both cores busy for minutes: run it after the other projects (a
        // higher group order), so it neither slows them nor trips their timing-sensitive tests.
        plugins: [nodeWorkerEntries()],
        test: {
          name: 'load',
          environment: 'node',
          include: ['tests/load/**/*.test.ts'],
          sequence: { groupOrder: 1 },
        },
      },
      {
        // The Slurm route (docs/SCALE.md): a local cluster's daemons and a job array on both cores.
        // Last, alone, so its jobs neither slow the other projects nor share the cores with them.
        test: {
          name: 'slurm',
          environment: 'node',
          include: ['tests/slurm/**/*.test.ts'],
          sequence: { groupOrder: 2 },
          testTimeout: 30_000,
        },
      },
    ],
  },
});
