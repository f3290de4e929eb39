/**
 * SHA-256 of a file's bytes, streamed: a 200-MB EDF is hashed without being held (the importer
 * reads only its annotations). node:crypto rather than shared/fit/sha256.ts because that one
 * hashes bytes already in memory; both give `sha256sum`'s hex (fileHash.test.ts checks they agree).
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
