import { describe, expect, it } from 'vitest';
import { EXPERIMENT_EXTENSION, EXPERIMENT_FILE_NAMES, isExperimentPath, withExperimentExtension } from './format';

describe('experiment file names', () => {
  it('saves as .nocturne, the one extension Windows can associate without claiming every .json', () => {
    expect(EXPERIMENT_EXTENSION).toBe('.nocturne');
    expect(EXPERIMENT_FILE_NAMES.open).toEqual(expect.arrayContaining(['.nocturne', '.nocturne.json', '.json']));
  });

  it.each([
    'study.nocturne',
    'study.nocturne.json',
    'export.json',
    '/home/ada/Sleep Study.NOCTURNE',
    'C:\\Users\\ada\\old.Nocturne.Json',
    './relative/dir.with.dots/x.nocturne',
  ])('opens %s', (path) => {
    expect(isExperimentPath(path)).toBe(true);
  });

  it.each([
    'notes.txt',
    'study.nocturne.bak',
    'figure.png',
    'nocturne',
    // A folder named like a file does not make its contents ours.
    '/data/x.nocturne/readme.md',
    // Bare dotfiles have no name in front of the extension.
    '.json',
    '/home/ada/.nocturne',
    'C:\\Users\\ada\\.nocturne',
    '',
  ])('does not open %s', (path) => {
    expect(isExperimentPath(path)).toBe(false);
  });

  it('appends .nocturne to a name typed without an extension, and keeps one that opens', () => {
    expect(withExperimentExtension('/tmp/baseline')).toBe('/tmp/baseline.nocturne');
    expect(withExperimentExtension('/tmp/notes.txt')).toBe('/tmp/notes.txt.nocturne');
    expect(withExperimentExtension('/tmp/baseline.nocturne')).toBe('/tmp/baseline.nocturne');
    expect(withExperimentExtension('/tmp/old.nocturne.json')).toBe('/tmp/old.nocturne.json');
    expect(withExperimentExtension('/tmp/shared.json')).toBe('/tmp/shared.json');
    expect(withExperimentExtension('/tmp/UPPER.JSON')).toBe('/tmp/UPPER.JSON');
  });
});
