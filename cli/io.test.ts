import { describe, expect, it } from 'vitest';
import { CliError, EXIT_FAILURE, EXIT_USAGE, cannotSimulate, whyUnreadable } from './io';
import { ParameterError } from '../shared/model/scenarios';
import { ProtocolError } from '../shared/model/protocol';

describe('whyUnreadable', () => {
  it('says why a file could not be read, from the error code when there is one', () => {
    const coded = (code: string) => Object.assign(new Error(`${code}: raw`), { code });
    expect(whyUnreadable(coded('ENOENT'))).toBe('no such file');
    expect(whyUnreadable(coded('EISDIR'))).toBe('it is a folder');
    expect(whyUnreadable(coded('EACCES'))).toBe('permission denied');
    expect(whyUnreadable(coded('EPERM'))).toBe('permission denied');
    expect(whyUnreadable(new Error('disk on fire'))).toBe('disk on fire');
    expect(whyUnreadable('plain')).toBe('plain');
    expect(whyUnreadable(null)).toBe('null');
  });
});

describe('cannotSimulate', () => {
  it("names what was refused and why; the input's fault exits 2, the engine's 1", () => {
    const night = 'night B ("Late")';
    const refused = cannotSimulate('nocturne simulate', night, new ProtocolError('time in bed runs on', 'events.0'));
    expect(refused).toBeInstanceOf(CliError);
    expect(refused.message).toBe('nocturne simulate: night B ("Late") cannot be simulated: time in bed runs on');
    expect(refused.exitCode).toBe(EXIT_USAGE);
    expect(cannotSimulate('x', night, new ParameterError('bedtime off', 'bedtime')).exitCode).toBe(EXIT_USAGE);
    const bug = cannotSimulate('nocturne drive', "the diary's protocol", new TypeError('y is undefined'));
    expect(bug.message).toBe("nocturne drive: the diary's protocol cannot be simulated: y is undefined");
    expect(bug.exitCode).toBe(EXIT_FAILURE);
    expect(cannotSimulate('x', night, 'thrown text')).toMatchObject({ exitCode: EXIT_FAILURE });
  });
});
