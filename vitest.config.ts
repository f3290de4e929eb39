import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';
import { nodeWorkerEntries } from './build/node-worker-plugin.ts';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [nodeWorkerEntries()],
        test: {
          name: 'node',
          environment: 'node',
          include: ['shared/**/*.test.ts', 'main/**/*.test.ts', 'cli/**/*.test.ts', 'tests/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        plugins: [vue()],
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['renderer/**/*.test.ts'],
        },
      },
    ],
  },
});
