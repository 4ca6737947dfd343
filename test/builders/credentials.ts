/**
 * Test fixtures for every target's secret tests: checksum-valid tokens built at run time, so the
 * repository never contains a string that secret scanners (GitHub push protection, our own
 * BH201) would take for a real credential. Deterministic: same input, same token.
 */
import { base62Checksum } from '../../src/secrets/base62-checksum.js';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** A checksum-valid GitHub token: `prefix` (e.g. 'ghp_') + `body30` + its base62 CRC32. */
export function makeGithubToken(prefix: string, body30: string): string {
  if (body30.length !== 30) throw new Error(`body must be 30 characters, got ${body30.length}`);
  return prefix + body30 + base62Checksum(body30);
}

/** A checksum-valid npm access token (`npm_` + 30 + checksum). */
export function makeNpmToken(body30: string): string {
  return makeGithubToken('npm_', body30);
}

/** `length` base62 characters from a fixed-seed generator (mulberry32), e.g. a token body. */
export function pseudoRandom(length: number, seed = 1, alphabet = BASE62): string {
  let state = seed >>> 0;
  let out = '';
  for (let i = 0; i < length; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const unit = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    out += alphabet.charAt(Math.floor(unit * alphabet.length));
  }
  return out;
}

/** An unsigned-looking but well-formed HS256 JWT for `payload` (signature is random text). */
export function makeJwt(payload: Record<string, unknown>, seed = 7): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part(payload)}.${pseudoRandom(43, seed)}`;
}

/** A random-looking AWS key pair that is not AWS's documentation example. */
export function makeAwsKeyPair(seed = 3): { id: string; secret: string } {
  const upper = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return {
    id: 'AKIA' + pseudoRandom(16, seed, upper),
    secret: pseudoRandom(40, seed + 1, BASE62 + '+/')
  };
}
