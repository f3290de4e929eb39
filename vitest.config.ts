import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';
import { aliases } from './build/aliases';
import { nodeWorkerEntries } from './build/node-worker-plugin';

export default defineConfig({
  resolve: { alias: aliases },
  test: {
    projects: [
      {
        plugins: [nodeWorkerEntries()],
        resolve: { alias: aliases },
        test: {
          name: 'node',
          environment: 'node',
          include: ['shared/**/*.test.ts', 'main/**/*.test.ts', 'cli/**/*.test.ts', 'tests/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        plugins: [vue()],
        resolve: { alias: aliases },
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['renderer/**/*.test.ts'],
        },
      },
    ],
  },
});
