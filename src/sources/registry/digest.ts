import { createHash, type Hash } from 'node:crypto';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { RegistryError } from './errors.js';

const DIGEST = /^(sha256|sha512):([a-f0-9]+)$/;
const HEX_LENGTH = { sha256: 64, sha512: 128 } as const;

type Algorithm = keyof typeof HEX_LENGTH;

/** The algorithm of a digest we can verify, or undefined (unknown algorithm, malformed). */
export function digestAlgorithm(digest: string): Algorithm | undefined {
  const match = DIGEST.exec(digest);
  if (match === null) return undefined;
  const algorithm = match[1] as Algorithm;
  return match[2]?.length === HEX_LENGTH[algorithm] ? algorithm : undefined;
}

/** `sha256:<hex>` (or the given algorithm) of `data`. */
export function digestOf(data: Buffer, algorithm: Algorithm = 'sha256'): string {
  return `${algorithm}:${createHash(algorithm).update(data).digest('hex')}`;
}

/** Throws unless `data` hashes to `expected` (and has `size` bytes, when given). */
export function verifyContent(data: Buffer, expected: string, size: number | undefined, what: string): void {
  const algorithm = digestAlgorithm(expected);
  if (algorithm === undefined) {
    throw new RegistryError(
      'unsupported',
      `${what}: cannot verify digest "${expected}" (sha256 and sha512 are supported)`
    );
  }
  const actual = digestOf(data, algorithm);
  if (actual !== expected) {
    throw new RegistryError('digest-mismatch', `${what}: content has digest ${actual}, expected ${expected}`);
  }
  if (size !== undefined && data.length !== size) {
    throw new RegistryError(
      'digest-mismatch',
      `${what}: content is ${data.length} bytes, the descriptor says ${size}`
    );
  }
}

/**
 * Reads a whole response body, refusing more than `maxBytes` (the stream is destroyed as soon as
 * the limit is passed, so an endless body costs at most `maxBytes`).
 */
export async function readLimited(stream: Readable, maxBytes: number, what: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    total += buffer.length;
    if (total > maxBytes) {
      stream.destroy();
      throw tooLarge(what, maxBytes);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, total);
}

export function tooLarge(what: string, maxBytes: number): RegistryError {
  return new RegistryError('too-large', `${what} is larger than the limit of ${maxBytes} bytes`);
}

/**
 * Passes bytes through while hashing them; at the end it fails the stream (so the consumer sees
 * the error) when the digest or the size differs from the descriptor, and it fails as soon as
 * more than `maxBytes` have passed.
 */
export class VerifyingStream extends Transform {
  private readonly hash: Hash;
  private readonly algorithm: Algorithm;
  private bytes = 0;
  /** The verification error, once one happened. */
  failure: RegistryError | undefined;

  constructor(
    private readonly expected: string,
    private readonly size: number | undefined,
    private readonly maxBytes: number,
    private readonly what: string
  ) {
    super();
    const algorithm = digestAlgorithm(expected);
    if (algorithm === undefined) {
      throw new RegistryError(
        'unsupported',
        `${what}: cannot verify digest "${expected}" (sha256 and sha512 are supported)`
      );
    }
    this.algorithm = algorithm;
    this.hash = createHash(algorithm);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) return callback(this.fail(tooLarge(this.what, this.maxBytes)));
    if (this.size !== undefined && this.bytes > this.size) {
      return callback(this.fail(this.sizeError()));
    }
    this.hash.update(chunk);
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    const actual = `${this.algorithm}:${this.hash.digest('hex')}`;
    if (actual !== this.expected) {
      return callback(
        this.fail(
          new RegistryError(
            'digest-mismatch',
            `${this.what}: content has digest ${actual}, expected ${this.expected}`
          )
        )
      );
    }
    if (this.size !== undefined && this.bytes !== this.size) return callback(this.fail(this.sizeError()));
    callback();
  }

  private sizeError(): RegistryError {
    return new RegistryError(
      'digest-mismatch',
      `${this.what}: content is ${this.bytes > (this.size ?? 0) ? 'longer' : 'shorter'} than the ${this.size} bytes the descriptor says`
    );
  }

  private fail(error: RegistryError): RegistryError {
    this.failure = error;
    return error;
  }
}
