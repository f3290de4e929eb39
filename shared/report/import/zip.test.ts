import { describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import { singleFileOfZip } from './zip';

describe('singleFileOfZip', () => {
  it('gives the one data file of an archive, skipping folders and resource forks', () => {
    const zip = zipSync({
      'log/': new Uint8Array(),
      'log/Log_1020.txt': strToU8('Date/Time;LUX\n04/09/2023 10:17:07;12.5\n'),
      '__MACOSX/log/._Log_1020.txt': strToU8('x'),
    });
    const inner = singleFileOfZip('a.zip', zip);
    expect(inner.name).toBe('log/Log_1020.txt');
    expect(new TextDecoder().decode(inner.bytes)).toContain('LUX');
  });

  it('refuses an unreadable archive, an empty one and one with several files, naming the file', () => {
    expect(() => singleFileOfZip('bad.zip', new Uint8Array([0x50, 0x4b, 3, 4, 1, 2]))).toThrow(
      /bad\.zip.*not a readable zip/,
    );
    expect(() => singleFileOfZip('empty.zip', zipSync({}))).toThrow(/empty\.zip.*holds no file/);
    const two = zipSync({ 'a.csv': strToU8('a'), 'b.csv': strToU8('b') });
    expect(() => singleFileOfZip('two.zip', two)).toThrow(/two\.zip.*holds 2 files \(a\.csv, b\.csv\)/);
  });
});
