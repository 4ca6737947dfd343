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
  private head = Buffer.alloc(0);

  /**
   * `uncompressedOnly`: `expected` is a diff id (the digest of the uncompressed tar), so only a blob
   * stored uncompressed can be checked against it; a gzip or zstd blob is passed unchecked.
   */
  constructor(
    readonly expected: string,
    private readonly uncompressedOnly = false
  ) {
    super();
    this.algorithm = parseDigest(expected)?.algorithm ?? 'sha256';
    this.hash = createHash(this.algorithm);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.head.length < MAGIC_LENGTH)
      this.head = Buffer.concat([this.head, chunk.subarray(0, MAGIC_LENGTH - this.head.length)]);
    this.hash.update(chunk);
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    this.actual = `${this.algorithm}:${this.hash.digest('hex')}`;
    callback();
  }

  /** The blob's real digest when all of it passed and it is not `expected`; else undefined. */
  mismatch(): string | undefined {
    if (this.uncompressedOnly && isCompressed(this.head)) return undefined;
    return this.actual !== undefined && this.actual !== this.expected ? this.actual : undefined;
  }
}

const MAGIC_LENGTH = 4;
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);
const ZSTD_MAGIC = Buffer.from([0x28, 0xb5, 0x2f, 0xfd]);

function isCompressed(head: Buffer): boolean {
  return (
    head.subarray(0, GZIP_MAGIC.length).equals(GZIP_MAGIC) ||
    head.subarray(0, ZSTD_MAGIC.length).equals(ZSTD_MAGIC)
  );
}

/** `source` piped through a `DigestCheckStream` for `expected`; a read error reaches the check. */
export function checkDigest(
  source: NodeJS.ReadableStream,
  expected: string,
  uncompressedOnly = false
): DigestCheckStream {
  const check = new DigestCheckStream(expected, uncompressedOnly);
  source.on('error', (error: Error) => check.destroy(error));
  source.pipe(check);
  return check;
}
