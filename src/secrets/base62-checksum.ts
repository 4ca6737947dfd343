/**
 * Offline validity check of GitHub (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`) and npm (`npm_`)
 * tokens: prefix + 30 random base62 characters + 6 characters of checksum.
 * https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/ says the last
 * six characters are a CRC32 checksum; https://github.blog/2021-09-23-announcing-npms-new-access-token-format/
 * says npm uses the same format ("CRC32 checksum … encoded in our Base62 implementation").
 * The exact definition — CRC32 (IEEE/zlib) of the 30 random characters only (not the prefix),
 * written in base62 with the alphabet 0-9A-Za-z and left-padded with '0' to 6 characters — is
 * not in GitHub's post; it was established from 20 published real (revoked) tokens, all of which
 * verify under exactly this definition and none with the prefix hashed or the 0-9a-zA-Z alphabet
 * (see base62-checksum.test.ts; the same definition is used by CredSweeper and base62-token).
 */

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const CHECKSUM_LENGTH = 6;

// Standard reflected CRC-32 (polynomial 0xEDB88320), as in zlib/PNG/Ethernet. Built on the first
// checksum, not at load: every run loads this module, few meet a token to check.
let crcTable: Uint32Array | undefined;

function crcTableOnce(): Uint32Array {
  if (crcTable) return crcTable;
  crcTable = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crcTable[n] = c >>> 0;
  }
  return crcTable;
}

/** CRC-32 (IEEE, as zlib computes it) of the UTF-8 bytes of `text`. */
export function crc32(text: string): number {
  const table = crcTableOnce();
  let crc = 0xffffffff;
  for (const byte of new TextEncoder().encode(text)) {
    crc = (table[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** `value` in base62 (0-9A-Za-z), left-padded with '0' to `width` characters. */
export function toBase62(value: number, width = CHECKSUM_LENGTH): string {
  let digits = '';
  let rest = value;
  do {
    digits = BASE62.charAt(rest % 62) + digits;
    rest = Math.floor(rest / 62);
  } while (rest > 0);
  return digits.padStart(width, '0');
}

/** The 6-character checksum GitHub and npm append to the random part of a token. */
export function base62Checksum(randomPart: string): string {
  return toBase62(crc32(randomPart));
}

/**
 * Whether `token` (prefix of `prefixLength` characters, then random part, then 6 checksum
 * characters) carries a valid checksum. A token whose checksum fails is not a real token:
 * typos, truncations and hand-written fixtures such as `ghp_aaaa…`.
 */
export function hasValidBase62Checksum(token: string, prefixLength: number): boolean {
  if (token.length <= prefixLength + CHECKSUM_LENGTH) return false;
  const randomPart = token.slice(prefixLength, -CHECKSUM_LENGTH);
  return base62Checksum(randomPart) === token.slice(-CHECKSUM_LENGTH);
}
