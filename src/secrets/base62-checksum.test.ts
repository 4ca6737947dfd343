import { base62Checksum, crc32, hasValidBase62Checksum, toBase62 } from './base62-checksum.js';
import { makeGithubToken, makeNpmToken, pseudoRandom } from '../../test/builders/credentials.js';

/**
 * Revoked GitHub tokens published as "actual, real-world GitHub tokens" in the test suite of
 * therootcompany/base62-token.js (test.js); split so that this file holds no token-shaped string.
 */
const PUBLISHED = [
  ['zQWBuTSOoRi4A9spHcVY5ncnsDkxkJ', '0mLq17'],
  ['adE7dp8rHP6gUTuPwxLTZjZdtya3sV', '0UQzQM'],
  ['H3xbiBdlzffNx7Y56iNsPw3joObj7U', '2nO29h'],
  ['Ul6eIUhXOWE75DeLfPndUU0GbceBq8', '0KIha4'],
  ['krLZ8fJtWbM6VhZVvXxLhocgw8JcfR', '2dBDWy'],
  ['rcECphp5g0lsT6dRwIiDCVbDQox6HL', '1HMj9z'],
  ['qZUDkTSrClTlGY6xZLXI3YySyJcDav', '0u0Nw4'],
  ['VUBNjI6qyUfLH0TzIOSAQvTi4BK6eo', '3Swomb'],
  ['A45pcUWyxpD3Clof4uvqtItiX3q0RH', '0OI2G4'],
  ['TU1MHRc9zg8H3ZejZna3vxiXu8Ce81', '0JsMGK']
].map(([body, checksum]) => ['ghp', '_', body, checksum].join(''));

/** 0-9A-Za-z digits → 0-9a-zA-Z digits of the same value. */
function swapCase(digits: string): string {
  return [...digits].map(c => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('');
}

describe('crc32', () => {
  it('matches the CRC-32/ISO-HDLC check value (as zlib computes it)', () => {
    expect(crc32('123456789')).toBe(0xcbf43926);
    expect(crc32('')).toBe(0);
    expect(crc32('The quick brown fox jumps over the lazy dog')).toBe(0x414fa339);
  });
});

describe('toBase62', () => {
  it('uses 0-9A-Za-z and pads to 6 characters', () => {
    expect(toBase62(0)).toBe('000000');
    expect(toBase62(61)).toBe('00000z');
    expect(toBase62(62)).toBe('000010');
    expect(toBase62(0xffffffff)).toBe('4gfFC3');
  });
});

describe('hasValidBase62Checksum', () => {
  it('accepts published real tokens: CRC32 of the 30 random characters, prefix excluded', () => {
    for (const token of PUBLISHED) {
      expect(hasValidBase62Checksum(token, 4)).toBe(true);
      // The alternatives do not reproduce them: prefix included, or the 0-9a-zA-Z alphabet.
      expect(toBase62(crc32(token.slice(0, -6)))).not.toBe(token.slice(-6));
      expect(swapCase(toBase62(crc32(token.slice(4, -6))))).not.toBe(token.slice(-6));
    }
  });

  it('accepts tokens built by the fixtures', () => {
    for (let seed = 1; seed <= 50; seed++) {
      expect(hasValidBase62Checksum(makeGithubToken('ghp_', pseudoRandom(30, seed)), 4)).toBe(true);
      expect(hasValidBase62Checksum(makeNpmToken(pseudoRandom(30, seed)), 4)).toBe(true);
    }
  });

  it('rejects any changed character', () => {
    const token = PUBLISHED[0] ?? '';
    for (const i of [4, 10, 33, 34, 39]) {
      const changed = token.slice(0, i) + (token[i] === 'A' ? 'B' : 'A') + token.slice(i + 1);
      expect(hasValidBase62Checksum(changed, 4)).toBe(false);
    }
  });

  it('rejects hand-written fixtures and too-short input', () => {
    expect(hasValidBase62Checksum('ghp_' + 'a'.repeat(36), 4)).toBe(false);
    expect(hasValidBase62Checksum('ghp_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ', 4)).toBe(false);
    expect(hasValidBase62Checksum('ghp_123456', 4)).toBe(false);
  });

  it('computes the checksum suffix', () => {
    expect(base62Checksum('zQWBuTSOoRi4A9spHcVY5ncnsDkxkJ')).toBe('0mLq17');
  });
});
