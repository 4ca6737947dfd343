/**
 * "Random-looking" values: the signal that a value is generated key material rather than a word,
 * an identifier, a path or a checksum. Used to keep credential-shaped values literal even when
 * they contain a placeholder word, and by rules that look at unnamed values.
 */

/** Shannon entropy of `value` in bits per character (code point); 0 for ''. */
export function shannonEntropy(value: string): number {
  const chars = Array.from(value);
  if (chars.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const char of chars) counts.set(char, (counts.get(char) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / chars.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** Shortest value we call random: below this, entropy cannot separate words from keys. */
export const MIN_RANDOM_LENGTH = 16;

/**
 * Entropy a value of `length` characters must exceed. A string of n characters has at most
 * log2(n) bits/char, and a uniformly random one over base62/base64 gets close to that bound up
 * to ~40 characters (measured: mean 3.7 at n=16, 4.7 at n=40, 5.3 at n=64). We require 80 % of
 * log2(n), capped at 4.5 bits (the level detect-secrets uses for base64 strings):
 * n=16 → 3.2, n=20 → 3.46, n=32 → 4.0, n=40 → 4.26, n≥50 → 4.5. Pure hex can never exceed
 * log2(16) = 4, so hex of 32+ characters could not pass even without the hex exclusion below.
 * Sampled pass rates (entropy.test.ts): random base62 ≈ 92 % at n=16, ≈ 99 % from n=32 on;
 * base64 ≈ 90 % → 98 %; lower-case base36 ≈ 87 %. The misses are unlucky draws with few distinct
 * characters, an acceptable price: looksRandom only ever turns a finding *on*.
 */
export function randomEntropyThreshold(length: number): number {
  return Math.min(4.5, 0.8 * Math.log2(Math.max(length, 2)));
}

const UUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i;

/** A UUID/GUID, braced or not: an identifier, never random-looking (see {@link looksRandom}). */
export function isUuid(text: string): boolean {
  return UUID.test(text);
}
const VERSION = /^v?\d+(\.\d+){1,3}([-+~][0-9A-Za-z.+~-]*)?$/;
// `sha256:…` image digests and `sha512-…` Subresource Integrity strings (npm lockfiles).
const DIGEST_PREFIX = /^(sha(1|224|256|384|512)|md5)[:-]/i;

/**
 * Random-looking: at least 16 characters without whitespace, letters AND digits (generated keys
 * almost always have both: the chance that 16 random base62 characters hold no digit is 6 %),
 * entropy above {@link randomEntropyThreshold}, and not structured text a human wrote.
 * Not random-looking: pure hex of any length (sha256/sha1/md5 checksums are everywhere in
 * Dockerfiles, GPG key IDs and fingerprints too; a rule that knows the name says "secret" decides
 * on its own), UUIDs/GUIDs (IDs, e.g. gMSA credential specs), digests, paths, URLs, version
 * strings, sequential runs (`abcdef…`, `0123…`), identifiers built from words
 * (`com.example.MyApp2`) and separator-joined names (`node-v20.11.1-linux-x64`).
 */
export function looksRandom(value: string): boolean {
  const text = value.trim();
  if (text.length < MIN_RANDOM_LENGTH || /\s/.test(text)) return false;
  if (!/[A-Za-z]/.test(text) || !/\d/.test(text)) return false;
  if (/^(0x)?[0-9a-f]+$/i.test(text)) return false;
  if (UUID.test(text) || VERSION.test(text) || DIGEST_PREFIX.test(text)) return false;
  if (isPathOrUrl(text) || isSequential(text) || isWordLike(text) || isStructured(text)) return false;
  if (isWordsAroundServiceName(text)) return false;
  return shannonEntropy(text) > randomEntropyThreshold(Array.from(text).length);
}

function isPathOrUrl(text: string): boolean {
  return (
    /^[a-z][a-z0-9+.-]*:\/\//i.test(text) || /^(~|\.{1,2})?\//.test(text) || /^[A-Za-z]:[\\/]/.test(text)
  );
}

/** `abcdefgh12345678`: most neighbours are consecutive characters (detect-secrets' filter). */
function isSequential(text: string): boolean {
  let steps = 0;
  for (let i = 1; i < text.length; i++) {
    if (Math.abs(text.charCodeAt(i) - text.charCodeAt(i - 1)) === 1) steps++;
  }
  return steps / (text.length - 1) > 0.5;
}

/**
 * Human-made identifiers split into long pieces at separators, camelCase and letter/digit
 * boundaries (`com.example.MyApplication2` → com, example, My, Application, 2: mean 4.6), while
 * random text splits into short ones (mean ≈ 1.5–2.5). Mean ≥ 4 means words.
 */
function isWordLike(text: string): boolean {
  const pieces = text
    .split(/[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])/)
    .filter(piece => piece.length > 0);
  const letters = pieces.reduce((sum, piece) => sum + piece.length, 0);
  return pieces.length > 0 && letters / pieces.length >= 4;
}

/**
 * A camelCase or PascalCase setting name whose only digit is in a short service name such as `S3`,
 * `EC2` or `K8s` (Mattermost's `AmazonS3SecretAccessKey`, `MinioS3AccessKey`): the letter/digit split
 * above cuts it into pieces as short as a random string's.
 */
function isWordsAroundServiceName(text: string): boolean {
  const pieces = text.split(/(?<=[a-z0-9])(?=[A-Z])/);
  const words = pieces.filter(piece => /^[A-Za-z][a-z]{2,}$/.test(piece)).length;
  const services = pieces.filter(piece => /^[A-Za-z]{1,2}\d[a-z]?$/.test(piece)).length;
  return services === 1 && words >= 2 && words + services === pieces.length;
}

/**
 * Package, file, image and algorithm names: separator-joined pieces that are each a number, a word
 * in one case (`linux`, `SDK`, `Debian`), a lower-case word and its number (`sha256`, `debian12`) or
 * at most 3 characters (`x64`, `v20`): Longhorn's `aes-cbc-essiv:sha256` cipher. Random keys that hold
 * a separator (`+`, `/`, `-`, `_` in base64/base64url) have mixed pieces such as `aZ3kQ9`, `x7k2m9`.
 */
function isStructured(text: string): boolean {
  const pieces = text.split(/[-._/:+@]+/).filter(piece => piece.length > 0);
  if (pieces.length < 2) return false;
  return pieces.every(piece => piece.length <= 3 || /^(\d+|[a-z]+\d*|[A-Z]+|[A-Z][a-z]+)$/.test(piece));
}
