/**
 * Byte- and line-level mutations of a seed file: flips, interesting tokens, line duplication, deletion
 * and swaps, splicing with another seed, truncation, repetition, line-ending and encoding changes.
 * Every mutation is a pure function of its inputs and the Random it is given.
 */
import type { Random } from './random.js';

/** Tokens that tend to matter to the parsers we feed: quoting, escapes, YAML/TOML/JSON syntax, heredocs. */
const INTERESTING = [
  '\\',
  '`',
  '\r',
  '\r\n',
  '\n',
  '\t',
  '\u0000',
  '\ufeff',
  '"',
  "'",
  '${',
  '${A:-',
  '}',
  '$(',
  '[',
  ']',
  '{',
  '[[',
  ']]',
  '<<EOF\n',
  '<<-"EOT" ',
  '# escape=`\n',
  '# escape=\\\n',
  '# syntax=docker/dockerfile:1\n',
  '&a ',
  '*a',
  '<<: *a\n',
  '!!binary ',
  '!!python/object ',
  '---\n',
  '...\n',
  '? ',
  ': ',
  '- ',
  '|-\n',
  '>+\n',
  '%YAML 1.1\n',
  '%TAG ! tag:x,2000:\n',
  '=',
  '"""',
  "'''",
  '\\u00',
  '\\U0010FFFF',
  '1e99999',
  '-0',
  '0x',
  '1979-05-27T07:32:00Z',
  'inf',
  'nan',
  '__proto__',
  'constructor',
  'null',
  '-H tcp://0.0.0.0:2375 ',
  '--insecure-registry ',
  'http://',
  'FROM ',
  'USER ',
  'ARG ',
  'COPY [ "',
  'RUN [',
  'ONBUILD ',
  '\u2028',
  '\ud83d\ude00',
  '\u0130',
  '\u212a'
];

/** Invalid or odd UTF-8 sequences (lone surrogate, overlong, truncated multibyte, raw high bytes). */
const ODD_BYTES = [
  [0xed, 0xa0, 0x80],
  [0xc0, 0xaf],
  [0xe2, 0x82],
  [0xff],
  [0xfe, 0xff],
  [0xef, 0xbb, 0xbf],
  [0x80, 0x80, 0x80]
];

export type Mutation = (bytes: Buffer, random: Random, others: readonly Buffer[]) => Buffer;

function splitLines(bytes: Buffer): Buffer[] {
  const lines: Buffer[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      lines.push(bytes.subarray(start, i + 1));
      start = i + 1;
    }
  }
  if (start < bytes.length) lines.push(bytes.subarray(start));
  return lines;
}

/**
 * The largest input a mutation returns: a little over the scan's default 5 MiB limit, so oversized
 * files still come up, while stacked mutations never build a buffer too large to be a string.
 */
const MAX_INPUT = 6 * 1024 * 1024;

function insertAt(bytes: Buffer, offset: number, insert: Buffer): Buffer {
  return Buffer.concat([bytes.subarray(0, offset), insert, bytes.subarray(offset)]);
}

const flipBytes: Mutation = (bytes, random) => {
  if (bytes.length === 0) return Buffer.from([random.below(256)]);
  const out = Buffer.from(bytes);
  const count = random.between(1, 8);
  for (let i = 0; i < count; i++) {
    const at = random.below(out.length);
    out[at] = random.chance(0.5) ? (out[at] ?? 0) ^ (1 << random.below(8)) : random.below(256);
  }
  return out;
};

const insertToken: Mutation = (bytes, random) => {
  let out = bytes;
  const count = random.between(1, 4);
  for (let i = 0; i < count; i++) {
    const token = random.chance(0.85)
      ? Buffer.from(random.pick(INTERESTING))
      : Buffer.from(random.pick(ODD_BYTES));
    out = insertAt(out, random.below(out.length + 1), token);
  }
  return out;
};

const duplicateLines: Mutation = (bytes, random) => {
  const lines = splitLines(bytes);
  if (lines.length === 0) return bytes;
  const at = random.below(lines.length);
  const span = random.between(1, Math.min(8, lines.length - at));
  const times = random.chance(0.2) ? random.between(100, 3000) : random.between(1, 4);
  const block = Buffer.concat(lines.slice(at, at + span));
  // Stacked rounds multiply: 3,000 copies of 3,000 copies outgrow what a string can hold.
  const copies = new Array<Buffer>(Math.min(times, Math.floor(MAX_INPUT / Math.max(block.length, 1)))).fill(
    block
  );
  return Buffer.concat([...lines.slice(0, at + span), ...copies, ...lines.slice(at + span)]);
};

const deleteLines: Mutation = (bytes, random) => {
  const lines = splitLines(bytes);
  if (lines.length < 2) return bytes.subarray(0, Math.floor(bytes.length / 2));
  const at = random.below(lines.length);
  const span = random.between(1, Math.min(5, lines.length - at));
  return Buffer.concat([...lines.slice(0, at), ...lines.slice(at + span)]);
};

const swapLines: Mutation = (bytes, random) => {
  const lines = splitLines(bytes);
  if (lines.length < 2) return bytes;
  const a = random.below(lines.length);
  const b = random.below(lines.length);
  [lines[a], lines[b]] = [lines[b] as Buffer, lines[a] as Buffer];
  return Buffer.concat(lines);
};

/** Cuts a chunk of another seed (or this one) into a random place: cross-format grafts. */
const splice: Mutation = (bytes, random, others) => {
  const donor = random.chance(0.3) || others.length === 0 ? bytes : random.pick(others);
  if (donor.length === 0) return bytes;
  const start = random.below(donor.length);
  const chunk = donor.subarray(start, start + random.between(1, 400));
  if (random.chance(0.5)) return insertAt(bytes, random.below(bytes.length + 1), chunk);
  const at = random.below(bytes.length + 1);
  return Buffer.concat([bytes.subarray(0, at), chunk, bytes.subarray(at + random.below(200))]);
};

const truncate: Mutation = (bytes, random) => bytes.subarray(0, random.below(bytes.length + 1));

/** Repeats a short slice many times in place: long tokens, long lines, runs of one character. */
const repeatSlice: Mutation = (bytes, random) => {
  if (bytes.length === 0) return bytes;
  const start = random.below(bytes.length);
  const slice = bytes.subarray(start, start + random.between(1, 16));
  const times = random.pick([50, 1000, 10_000, 50_000]);
  const run = Buffer.alloc(Math.min(slice.length * times, 600_000));
  for (let i = 0; i < run.length; i += slice.length) slice.copy(run, i);
  return insertAt(bytes, start, run);
};

/** CRLF, CR-only, mixed or no line endings: Windows editors and broken converters write all of these. */
const changeLineEndings: Mutation = (bytes, random) => {
  const text = bytes.toString('latin1');
  const style = random.pick(['crlf', 'cr', 'mixed', 'none', 'lfcr']);
  const lines = text.split(/\r\n|\n/);
  if (style === 'mixed') {
    return Buffer.from(lines.map(line => line + random.pick(['\n', '\r\n', '\r'])).join(''), 'latin1');
  }
  const separator = { crlf: '\r\n', cr: '\r', none: ' ', lfcr: '\n\r' }[style] ?? '\n';
  return Buffer.from(lines.join(separator), 'latin1');
};

/** A UTF-8 BOM, UTF-16 LE/BE with a BOM (what PowerShell writes), or UTF-16 without one. */
const changeEncoding: Mutation = (bytes, random) => {
  const text = bytes.toString('utf8');
  switch (random.below(5)) {
    case 0:
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
    case 1:
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 2:
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    case 3:
      return Buffer.from(text, 'utf16le');
    default:
      // A BOM in the middle of the file (files concatenated by a build step).
      return insertAt(bytes, random.below(bytes.length + 1), Buffer.from([0xef, 0xbb, 0xbf]));
  }
};

export const MUTATIONS: Readonly<Record<string, Mutation>> = {
  flipBytes,
  insertToken,
  duplicateLines,
  deleteLines,
  swapLines,
  splice,
  truncate,
  repeatSlice,
  changeLineEndings,
  changeEncoding
};

/** Applies 1–4 random mutations (stacked, like AFL's havoc stage) and returns the result with their names. */
export function mutateBytes(
  bytes: Buffer,
  random: Random,
  others: readonly Buffer[]
): { bytes: Buffer; applied: string[] } {
  const names = Object.keys(MUTATIONS);
  const applied: string[] = [];
  let out = bytes;
  const rounds = random.chance(0.6) ? 1 : random.between(2, 4);
  for (let i = 0; i < rounds; i++) {
    const name = random.pick(names);
    out = (MUTATIONS[name] as Mutation)(out, random, others);
    if (out.length > MAX_INPUT) out = out.subarray(0, MAX_INPUT);
    applied.push(name);
  }
  return { bytes: out, applied };
}
