import { readFileSync } from 'node:fs';
import { errorMessage } from '../core/errors.js';

/** What reading a file as text produced: its text, the fact that it is binary, or why it could not be read. */
export type ReadText =
  | { kind: 'text'; text: string; hadBom: boolean }
  | { kind: 'binary' }
  | { kind: 'error'; message: string }
  | { kind: 'too-large'; message: string };

/**
 * Largest file handed to the parsers, whatever `--max-file-size` allows. Parsing holds about 100
 * times a file's size in memory (measured peaks: a 4.8 MiB Kubernetes YAML 480 MB RSS on Node 20 and
 * 570 MB on Node 24, a 4.8 MiB Dockerfile 430 / 620 MB, a 48 MiB YAML 3.7 GB on Node 20; the YAML
 * documents with their source tokens, the shell syntax of each RUN). Past this, a file is refused
 * with a note instead of taking the scan past ~1 GB.
 */
export const MAX_PARSE_BYTES = 8 * 1024 * 1024;

/** How much of the start of a file is sniffed for binary content (git's own heuristic looks at 8000 bytes). */
const SNIFF_BYTES = 8 * 1024;
/** Above this share of replacement characters in the sniffed part, the bytes are not text in any UTF... */
const MAX_INVALID_SHARE = 0.3;
/** ...unless there are only a few: a two-byte Latin-1 file is still text. */
const MIN_INVALID_FOR_BINARY = 8;

/**
 * Reads a file as UTF-8 text: strips a UTF-8 BOM (reporting it), detects binary content (a NUL byte in
 * the first 8 KiB, or mostly invalid UTF-8), decodes invalid UTF-8 with replacement characters (and
 * UTF-16 LE/BE BOM files by decoding them — Windows tools write those). A file over `MAX_PARSE_BYTES`
 * is `too-large`. Never throws.
 *
 * Synchronous on purpose: the scan reads every candidate before any rule runs, on the thread that then
 * builds the facts, and `fs/promises` `readFile` cost that thread three to four times the CPU of
 * `readFileSync` (an open, fstat, read and close each through the thread pool and a promise; 0.7-1.0 s
 * against 0.2 s for 10,000 small files in the page cache).
 */
export function readTextFile(absolutePath: string): ReadText {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(absolutePath);
  } catch (error) {
    // The code, not Node's message: that one holds the absolute path, which notes should not leak.
    const reason = (error as NodeJS.ErrnoException).code ?? errorMessage(error);
    return { kind: 'error', message: `Cannot read the file (${reason}).` };
  }
  if (bytes.length > MAX_PARSE_BYTES) {
    const mib = (bytes.length / (1024 * 1024)).toFixed(1);
    return {
      kind: 'too-large',
      message:
        `Not scanned: ${mib} MiB is over the ${MAX_PARSE_BYTES / (1024 * 1024)} MiB a file can have to be ` +
        'parsed in about 1 GB of memory, whatever --max-file-size allows; split the file.'
    };
  }
  return decodeText(bytes);
}

/**
 * Decodes bytes the way {@link readTextFile} does (the pure part, for stdin and tests): UTF-8 with or
 * without a BOM, UTF-16 LE/BE with a BOM; line endings are kept exactly as they are.
 */
export function decodeText(bytes: Uint8Array): ReadText {
  // PowerShell 5 (`Out-File`, `>`) and Notepad's "Unicode" write UTF-16 with a BOM; it is full of NUL
  // bytes, so it has to be recognised before the NUL test.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), false);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), true);

  const hadBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hadBom ? bytes.subarray(3) : bytes;
  const head = body.subarray(0, SNIFF_BYTES);
  if (head.includes(0)) return { kind: 'binary' };
  // `stream: true` keeps a multi-byte character cut at the end of the sample from counting as invalid.
  const sample = new TextDecoder('utf-8', { ignoreBOM: true }).decode(head, { stream: true });
  if (isMostlyInvalid(sample)) return { kind: 'binary' };
  // Lenient decoding: a Latin-1 `é` in a comment must not cost the whole file.
  return { kind: 'text', text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(body), hadBom };
}

function decodeUtf16(body: Uint8Array, bigEndian: boolean): ReadText {
  // Node's TextDecoder only knows UTF-16 BE with full ICU, so big-endian input is byte-swapped instead.
  let littleEndian = body;
  if (bigEndian) {
    littleEndian = new Uint8Array(body.length);
    for (let i = 0; i + 1 < body.length; i += 2) {
      littleEndian[i] = body[i + 1] ?? 0;
      littleEndian[i + 1] = body[i] ?? 0;
    }
    if (body.length % 2 === 1) littleEndian[body.length - 1] = body[body.length - 1] ?? 0;
  }
  const text = new TextDecoder('utf-16le', { ignoreBOM: true }).decode(littleEndian);
  // A NUL character is still binary (UTF-32 LE also starts with FF FE, and decodes to NULs here).
  const head = text.slice(0, SNIFF_BYTES / 2);
  if (head.includes('\u0000') || isMostlyInvalid(head)) return { kind: 'binary' };
  return { kind: 'text', text, hadBom: true };
}

/** Whether the text is mostly replacement characters, i.e. the bytes were not this encoding at all. */
function isMostlyInvalid(text: string): boolean {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) count++;
  return count >= MIN_INVALID_FOR_BINARY && count > text.length * MAX_INVALID_SHARE;
}
