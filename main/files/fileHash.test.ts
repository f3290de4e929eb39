import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../shared/fit/sha256';
import { sha256OfFile } from './fileHash';

describe('sha256OfFile', () => {
  it('streams a file larger than one read chunk to the hash shared/fit computes of its bytes', async () => {
    const bytes = new Uint8Array(300_000).map((_, i) => (i * 7919) % 251);
    const path = join(mkdtempSync(join(tmpdir(), 'nocturne-hash-')), 'big.edf');
    writeFileSync(path, bytes);
    expect(await sha256OfFile(path)).toBe(sha256Hex(bytes));
  });
});
