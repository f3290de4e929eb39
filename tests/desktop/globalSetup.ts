/**
 * The desktop tests test the BUILT artefacts (out/preload, out/main), so they build them first:
 * testing a stale out/ would prove nothing about the sources. `npm test` has just built, and says
 * so with NOCTURNE_BUILT=1, so the build is not done twice.
 */
import { spawnSync } from 'node:child_process';

export default function setup(): void {
  if (process.env.NOCTURNE_BUILT === '1') return;
  // npx is npx.cmd on Windows, which only a shell finds.
  const result = spawnSync('npx', ['electron-vite', 'build'], {
    stdio: 'pipe',
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) {
    throw new Error(`electron-vite build failed before the desktop tests:\n${result.stderr || result.stdout}`);
  }
}
