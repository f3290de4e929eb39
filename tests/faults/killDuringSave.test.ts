/**
 * A process killed at a random point while saving leaves the file as the old version or the new
 * one, complete, never a mix (atomic write: temp file, fsync, rename).
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import writerPath from './saveWriter?modulePath';
import { parseExperiment } from '../../shared/experiment';

function killAfter(target: string, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writerPath, target], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), ms));
    child.once('exit', () => resolve());
    child.once('error', reject);
  });
}

describe('a save killed mid-write', () => {
  it('leaves either the old or the new file, whole, at 25 random moments', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'nocturne-kill-'));
    const target = join(folder, 'experiment.nocturne');
    try {
      // A deterministic spread of kill moments from 0 to 120 ms after the first save.
      for (let k = 0; k < 25; k++) {
        await killAfter(target, (k * 37) % 121);
        const text = readFileSync(target, 'utf8');
        const parsed = parseExperiment(text);
        expect(parsed.ok, `kill ${k}: ${parsed.ok ? '' : parsed.error.message}`).toBe(true);
        if (parsed.ok) expect(['version 0', 'version 1']).toContain(parsed.experiment.title);
      }
      // Killed processes may leave a hidden temporary file; never a visible half-written one.
      expect(readdirSync(folder).filter((f) => !f.startsWith('.'))).toEqual(['experiment.nocturne']);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 120_000);
});
