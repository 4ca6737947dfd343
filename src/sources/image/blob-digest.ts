import { createHash } from 'node:crypto';

/** A content digest split into algorithm and hex, e.g. `sha256` and 64 hex digits. */
export interface ParsedDigest {
  algorithm: 'sha256' | 'sha512';
  hex: string;
}

const DIGEST = /^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;

/**
 * The parts of a well-formed digest, else undefined. Only the registered algorithms with their exact
 * hex length pass (image-spec `descriptor.md`), so a digest can never name a path outside `blobs/`.
 */
export function parseDigest(digest: string): ParsedDigest | undefined {
  if (!DIGEST.test(digest)) return undefined;
  const [algorithm, hex] = digest.split(':') as [ParsedDigest['algorithm'], string];
  return { algorithm, hex };
}

/** The digest of `bytes` with `algorithm` (default sha256), as `algorithm:hex`. */
export function digestOf(bytes: Uint8Array, algorithm: ParsedDigest['algorithm'] = 'sha256'): string {
  return `${algorithm}:${createHash(algorithm).update(bytes).digest('hex')}`;
}

/** Whether `bytes` hash to `digest` (an unparseable digest never matches). */
export function matchesDigest(bytes: Uint8Array, digest: string): boolean {
  const parsed = parseDigest(digest);
  return parsed !== undefined && digestOf(bytes, parsed.algorithm) === digest;
}
