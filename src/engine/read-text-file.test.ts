import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MAX_PARSE_BYTES, decodeText, readTextFile } from './read-text-file.js';

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bulkhead-read-'));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Writes bytes to a fresh file and reads it back through readTextFile. */
async function roundTrip(name: string, bytes: Uint8Array | string) {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, bytes);
  return readTextFile(file);
}

const utf16le = (text: string): Buffer =>
  Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string): Buffer => {
  const body = Buffer.from(text, 'utf16le').swap16();
  return Buffer.concat([Buffer.from([0xfe, 0xff]), body]);
};

describe('readTextFile', () => {
  it('refuses a file over MAX_PARSE_BYTES with a note, and reads one at the limit', async () => {
    // A generated all-in-one manifest (kubectl get all -A -o yaml), padded to the byte.
    const doc = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: prod\n---\n';
    const atLimit = doc.repeat(Math.ceil(MAX_PARSE_BYTES / doc.length)).slice(0, MAX_PARSE_BYTES);
    const read = await roundTrip('at-limit.yaml', atLimit);
    expect(read.kind).toBe('text');
    expect(await roundTrip('over-limit.yaml', `${atLimit}#`)).toEqual({
      kind: 'too-large',
      message:
        'Not scanned: 8.0 MiB is over the 8 MiB a file can have to be parsed in about 1 GB of memory, ' +
        'whatever --max-file-size allows; split the file.'
    });
  });

  it('reads UTF-8 text as is, CRLF line endings included', async () => {
    expect(await roundTrip('crlf', 'FROM nginx\r\nUSER 1000\r\n')).toEqual({
      kind: 'text',
      text: 'FROM nginx\r\nUSER 1000\r\n',
      hadBom: false
    });
  });

  it('strips and reports a UTF-8 BOM', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('FROM nginx\n')]);
    expect(await roundTrip('bom', bytes)).toEqual({ kind: 'text', text: 'FROM nginx\n', hadBom: true });
  });

  it('decodes a UTF-16 LE file with a BOM, as PowerShell 5 writes it', async () => {
    const text = 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\r\nUSER ContainerAdministrator — é\r\n';
    expect(await roundTrip('utf16le', utf16le(text))).toEqual({ kind: 'text', text, hadBom: true });
  });

  it('decodes a UTF-16 BE file with a BOM', async () => {
    expect(await roundTrip('utf16be', utf16be('kind: Pod\n'))).toEqual({
      kind: 'text',
      text: 'kind: Pod\n',
      hadBom: true
    });
  });

  it('detects binary content by a NUL byte', async () => {
    expect(await roundTrip('binary', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00]))).toEqual({
      kind: 'binary'
    });
  });

  it('replaces invalid UTF-8 bytes and keeps the rest', async () => {
    const bytes = Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9]), Buffer.from('\nFROM alpine\n')]);
    expect(await roundTrip('latin1', bytes)).toEqual({
      kind: 'text',
      text: '# caf\uFFFD\nFROM alpine\n',
      hadBom: false
    });
  });

  it('reads an empty file as empty text', async () => {
    expect(await roundTrip('empty', '')).toEqual({ kind: 'text', text: '', hadBom: false });
  });

  it('returns an error, never throws, for a missing file or a directory', async () => {
    expect(readTextFile(path.join(tmp, 'missing'))).toEqual({
      kind: 'error',
      message: 'Cannot read the file (ENOENT).'
    });
    expect(readTextFile(tmp)).toEqual({ kind: 'error', message: 'Cannot read the file (EISDIR).' });
  });
});

describe('decodeText', () => {
  it('treats mostly invalid UTF-8 without NUL bytes as binary', () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => 0x80 + ((i * 37) % 0x7f));
    expect(decodeText(bytes)).toEqual({ kind: 'binary' });
  });

  it('only sniffs the first 8 KiB for NUL bytes', () => {
    const bytes = Buffer.concat([Buffer.alloc(9000, 'a'), Buffer.from([0])]);
    expect(decodeText(bytes)).toMatchObject({ kind: 'text', hadBom: false });
  });

  it('does not count a multi-byte character cut by the sample boundary as invalid', () => {
    const text = 'é'.repeat(5000);
    expect(decodeText(Buffer.from(text))).toEqual({ kind: 'text', text, hadBom: false });
  });

  it('reads a lone BOM as empty text', () => {
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf]))).toEqual({ kind: 'text', text: '', hadBom: true });
    expect(decodeText(Uint8Array.from([0xff, 0xfe]))).toEqual({ kind: 'text', text: '', hadBom: true });
  });

  it('treats UTF-32 LE (FF FE 00 00) as binary rather than UTF-16 garbage', () => {
    expect(decodeText(Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]))).toEqual({ kind: 'binary' });
  });

  it('keeps an odd trailing byte of UTF-16 as a replacement character', () => {
    expect(decodeText(Buffer.concat([utf16le('ab'), Buffer.from([0x63])]))).toEqual({
      kind: 'text',
      text: 'ab\uFFFD',
      hadBom: true
    });
  });
});
