import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExperimentFileError, readExperimentFile, writeExperimentFile } from './experimentFiles';
import { EXPERIMENT_VERSION } from '../../shared/experiment';

const fixture = (path: string) => fileURLToPath(new URL(`../../tests/${path}`, import.meta.url));

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nocturne-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('experiment files with protocol events', () => {
  it('refuses a file with a bad event, naming night, event and field, and leaves its bytes as they were', async () => {
    const path = join(dir, 'bad.nocturne');
    await copyFile(fixture('corpus/bad-experiments/event-kind-unknown.nocturne.json'), path);
    const before = await readFile(path);
    const refusal = await readExperimentFile(path, '0.1.0').catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ExperimentFileError);
    expect((refusal as ExperimentFileError).message).toBe(
      'nights[0].events[1].kind must be one of caffeine, alcohol, melatonin, nap, light, constantRoutine, got "coffee" (night A, event 2)',
    );
    expect((refusal as ExperimentFileError).field).toBe('nights[0].events[1].kind');
    expect((await readFile(path)).equals(before)).toBe(true);
  });

  it('opens a version-1 file in memory only, and writes the current version when saved', async () => {
    const path = join(dir, 'old.nocturne');
    await copyFile(fixture('fixtures/v1/dose-sweep.nocturne'), path);
    const before = await readFile(path);
    const opened = await readExperimentFile(path, '0.1.0');
    expect(opened.notices).toContain('made by Nocturne 0.1.0 with model 0.1.0');
    expect((await readFile(path)).equals(before)).toBe(true);
    const events = [{ kind: 'caffeine', at: 15, day: 0, mg: 200 }] as const;
    const edited = {
      ...opened.experiment,
      nights: [opened.experiment.nights[0], { ...opened.experiment.nights[1], events }] as const,
    };
    await writeExperimentFile(path, edited, { app: '0.2.0', model: '0.1.0' });
    const saved = JSON.parse(await readFile(path, 'utf8'));
    expect(saved.version).toBe(EXPERIMENT_VERSION);
    expect(saved.nights[1].events).toEqual(events);
    const again = await readExperimentFile(path, '0.1.0');
    expect(again.experiment.nights[1].events).toEqual(events);
    expect(again.notices).toEqual([]);
  });
});
