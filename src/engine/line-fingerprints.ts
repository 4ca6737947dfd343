/**
 * GitHub code scanning's `primaryLocationLineHash`, computed the same way github/codeql-action's
 * upload-sarif does (src/fingerprints.ts `hash`), so alerts we upload through the REST API keep their
 * identity (and dismissals) across analyses. Algorithm notes: shared research sarif-github.md §1.3.
 */

/** Characters in the rolling window: a line's hash covers this many kept characters from its start. */
const BLOCK = 100;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
/** End-of-file sentinel, hashed after the last character exactly as upstream does. */
const EOF = 0xffff;

// 37^100 mod 2^64 as int32 bit patterns; the low half is also split into 16-bit limbs. BigInt only
// runs here, once: per character it would allocate, so the loop uses int32 arithmetic instead.
const POW = (37n ** 100n) & 0xffffffffffffffffn;
const POW_HI = Number(POW >> 32n) | 0;
const POW_LO0 = Number(POW & 0xffffn);
const POW_LO1 = Number((POW >> 16n) & 0xffffn);

/**
 * Computes GitHub's `primaryLocationLineHash` for every line of a file.
 *
 * The hash of a line is a rolling polynomial hash (base 37, wrapping 64-bit) over the 100 characters
 * starting at the line's first non-blank character, with spaces and tabs dropped and CRLF / CR
 * normalised to LF, so the value survives re-indentation and line-ending changes and lines moving, but
 * changes when the line or the next ~100 non-blank characters change. Identical hashes within one file
 * are told apart by an occurrence suffix (`:1`, `:2`, …).
 *
 * @param text the file content as decoded text (walked by UTF-16 code unit, exactly like upstream; a
 *   BOM, if the caller left one in, is hashed as a character, as upstream does).
 * @param only when given, just these lines (1-based) are returned, with the same values: memory then
 *   grows with the findings, not with the file.
 * @returns line number (1-based) → `"<unpadded lowercase hex>:<occurrence>"`. A trailing newline adds
 *   one more (empty) line, as upstream; the empty text has one line.
 */
export function computeLineFingerprints(text: string, only?: Iterable<number>): Map<number, string> {
  const result = new Map<number, string>();
  if (only === undefined) {
    const seen = new Map<string, number>();
    walkLineHashes(text, (line, hi, lo) => emit(result, seen, line, hashHex(hi, lo)));
    return result;
  }
  // Only some lines (those with findings): a map of every line of a multi-megabyte file would hold
  // a string per line. The occurrence suffix still counts every earlier line with the same hash, so
  // one walk keeps each line's hash as two int32s (8 bytes a line, no string), and the count reads
  // those instead of hashing the text a second time.
  const wanted = new Set(only);
  if (wanted.size === 0) return result;
  const hashes = new LineHashes(text.length);
  walkLineHashes(text, (_line, hi, lo) => hashes.push(hi, lo));
  const targets = new Map<number, Set<number>>();
  for (const line of wanted) {
    if (line < 1 || line > hashes.count) continue;
    const hi = hashes.hi(line - 1);
    const lows = targets.get(hi) ?? new Set<number>();
    targets.set(hi, lows.add(hashes.lo(line - 1)));
  }
  const seen = new Map<string, number>();
  for (let index = 0; index < hashes.count; index++) {
    const hi = hashes.hi(index);
    const lo = hashes.lo(index);
    if (!targets.get(hi)?.has(lo)) continue;
    const hex = hashHex(hi, lo);
    const count = (seen.get(hex) ?? 0) + 1;
    seen.set(hex, count);
    if (wanted.has(index + 1)) result.set(index + 1, `${hex}:${count}`);
  }
  return result;
}

/** Every line's 64-bit hash in line order, as int32 pairs in a growing typed array. */
class LineHashes {
  private words: Int32Array;
  count = 0;

  constructor(textLength: number) {
    // About one line per 32 characters at first; doubled when a file has shorter lines.
    this.words = new Int32Array(2 * (Math.ceil(textLength / 32) + 16));
  }

  push(hi: number, lo: number): void {
    if (2 * this.count + 2 > this.words.length) {
      const grown = new Int32Array(this.words.length * 2);
      grown.set(this.words);
      this.words = grown;
    }
    this.words[2 * this.count] = hi;
    this.words[2 * this.count + 1] = lo;
    this.count++;
  }

  hi(index: number): number {
    return this.words[2 * index] ?? 0;
  }

  lo(index: number): number {
    return this.words[2 * index + 1] ?? 0;
  }
}

/** Calls `onLine` with each line's 64-bit hash (two int32 bit patterns), in line order. */
function walkLineHashes(text: string, onLine: (line: number, hi: number, lo: number) => void): void {
  const window = new Uint16Array(BLOCK);
  // Line number whose first kept character sits in this window slot; 0 = none (lines start at 1).
  const lineAt = new Uint32Array(BLOCK);
  // The 64-bit hash as two int32 bit patterns. Plain locals in one loop, no closures, so V8 keeps
  // them in registers; int32 also avoids its slow double-to-uint32 truncation of `x >>> 0`.
  let hi = 0;
  let lo = 0;
  let index = 0;
  let line = 0;
  let atLineStart = true;
  let prevCR = false;
  const length = text.length;
  // One pass over the text, then the EOF sentinel, then BLOCK zeros that complete the last windows.
  for (let i = 0, end = length + 1 + BLOCK; i < end; i++) {
    let c = 0;
    if (i < length) {
      c = text.charCodeAt(i);
      // Upstream resets prevCR on a skipped blank too, so "\r \n" is two line breaks: keep that.
      if (c === SPACE || c === TAB || (prevCR && c === LF)) {
        prevCR = false;
        continue;
      }
      prevCR = c === CR;
      if (prevCR) c = LF;
    } else if (i === length) {
      c = EOF;
    }
    // The slot about to be overwritten got a line start 100 kept characters ago: its window is complete.
    const owner = lineAt[index] ?? 0;
    if (owner !== 0) {
      onLine(owner, hi, lo);
      lineAt[index] = 0;
    }
    // The sentinel opens a line too (the empty one after a trailing newline, or line 1 of ""); the
    // zeros never do, since atLineStart is false once the sentinel has been consumed.
    if (atLineStart) {
      atLineStart = false;
      lineAt[index] = ++line;
    }
    if (c === LF) atLineStart = true;
    const leaving = window[index] ?? 0;
    window[index] = c;
    // hash = 37 * hash + c - 37^100 * leaving (mod 2^64). The low word is summed in two 16-bit columns
    // with signed carries (`>> 16` floors); every term stays far below 2^31. Math.imul(limb, leaving)
    // is a 16x16-bit product, so its uint32 reading (`& 0xffff`, `>>> 16`) is exact.
    const p0 = Math.imul(POW_LO0, leaving);
    const p1 = Math.imul(POW_LO1, leaving);
    const col0 = 37 * (lo & 0xffff) + c - (p0 & 0xffff);
    const col1 = 37 * (lo >>> 16) + (col0 >> 16) - (p0 >>> 16) - (p1 & 0xffff);
    hi = (Math.imul(37, hi) - Math.imul(POW_HI, leaving) + (col1 >> 16) - (p1 >>> 16)) | 0;
    lo = (col1 << 16) | (col0 & 0xffff);
    index = index === BLOCK - 1 ? 0 : index + 1;
  }
}

// Number#toString(16) is slow for values outside V8's small-integer range (it was half the run time);
// a byte table is several times faster and reads int32 bit patterns as unsigned directly.
const BYTE_HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));
const hex8 = (x: number): string =>
  `${BYTE_HEX[x >>> 24]}${BYTE_HEX[(x >>> 16) & 255]}${BYTE_HEX[(x >>> 8) & 255]}${BYTE_HEX[x & 255]}`;

/** Unpadded lowercase hex of the unsigned 64-bit hash, as upstream prints it (no leading zeros). */
function hashHex(hi: number, lo: number): string {
  const padded = hex8(hi) + hex8(lo);
  let skip = 0;
  while (skip < 15 && padded.charCodeAt(skip) === 0x30) skip++;
  return padded.slice(skip);
}

/** Records one line's value: its hash, then its occurrence count. */
function emit(result: Map<number, string>, seen: Map<string, number>, line: number, hex: string) {
  const count = (seen.get(hex) ?? 0) + 1;
  seen.set(hex, count);
  result.set(line, `${hex}:${count}`);
}
