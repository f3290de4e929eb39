import { describe, expect, it } from 'vitest';
import { whyUnreadable } from './io';

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
