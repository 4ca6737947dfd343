import { createHash, type Hash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { parseDigest } from './blob-digest.js';

/**
 * Passes a layer blob through unchanged while hashing it with the algorithm of `expected` (a
 * digest `parseDigest` accepts). It never fails the stream over a mismatch: once the blob has
 * passed to its end, `mismatch()` gives the digest it really has, and the source drops that one
 * layer with a note; a corrupt blob in a local layout or archive costs that layer, not the scan.
 */
export class DigestCheckStream extends Transform {
  private readonly hash: Hash;
  private readonly algorithm: string;
  private actual: string | undefined;

  constructor(readonly expected: string) {
    super();
    this.algorithm = parseDigest(expected)?.algorithm ?? 'sha256';
    this.hash = createHash(this.algorithm);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.hash.update(chunk);
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    this.actual = `${this.algorithm}:${this.hash.digest('hex')}`;
    callback();
  }

  /** The blob's real digest when all of it passed and it is not `expected`; else undefined. */
  mismatch(): string | undefined {
    return this.actual !== undefined && this.actual !== this.expected ? this.actual : undefined;
  }
}

/** `source` piped through a `DigestCheckStream` for `expected`; a read error reaches the check. */
export function checkDigest(source: NodeJS.ReadableStream, expected: string): DigestCheckStream {
  const check = new DigestCheckStream(expected);
  source.on('error', (error: Error) => check.destroy(error));
  source.pipe(check);
  return check;
}
