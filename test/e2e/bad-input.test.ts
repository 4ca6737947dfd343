import {
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  openSync,
  closeSync,
  ftruncateSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scan } from '../../src/engine/scan.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bulkhead-bad-'));
  const put = (path: string, content: string | Uint8Array) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  };
  put('malformed/Dockerfile', 'FROM alpine:3.20\nFORM ubuntu\nRUN ["unterminated\nUSER root\n');
  put('binary/Dockerfile', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3, 0, 0xff]));
  put('empty/Dockerfile', '');
  put('bom/Dockerfile', '\ufeffFROM ubuntu:24.04\nUSER root\n');
  put('crlf/Dockerfile', 'FROM ubuntu:24.04\r\nRUN echo hi\r\nUSER root\r\n');
  put('garbage/Dockerfile', '\u0000\u0001 }{ [[[ \\\n\\\n<<EOF\n');
  put(
    'invalid-utf8/Dockerfile',
    Buffer.concat([
      Buffer.from('FROM alpine:3.20\nLABEL x="'),
      Buffer.from([0xc3, 0x28, 0xa0]),
      Buffer.from('"\nUSER root\n')
    ])
  );
  put('heredoc/Dockerfile', 'FROM alpine:3.20\nRUN <<EOF\necho never closed\n');
  mkdirSync(join(dir, 'huge'));
  const fd = openSync(join(dir, 'huge', 'Dockerfile'), 'w');
  ftruncateSync(fd, 50 * 1024 * 1024);
  closeSync(fd);
  mkdirSync(join(dir, 'loop'));
  symlinkSync(join(dir, 'loop'), join(dir, 'loop', 'again'));
  symlinkSync('/etc/hostname', join(dir, 'loop', 'Dockerfile.outside'));
  put('fine/Dockerfile', 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bad input never crashes the scan', () => {
  it('reports parse errors, skips with notes, and still scans the rest', async () => {
    const { result } = await scan({ paths: [dir], cwd: dir });
    expect(result.complete).toBe(true);
    const found = result.findings.map(f => `${f.location.file}:${f.location.region.startLine} ${f.ruleId}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'malformed/Dockerfile:2 BH000',
        'empty/Dockerfile:1 BH000',
        'bom/Dockerfile:2 BH101',
        'crlf/Dockerfile:3 BH101',
        'invalid-utf8/Dockerfile:3 BH101',
        'fine/Dockerfile:1 BH102'
      ])
    );
    const notes = result.notes.map(n => `${n.kind} ${n.file ?? ''}`);
    expect(notes).toEqual(expect.arrayContaining(['binary binary/Dockerfile', 'too-large huge/Dockerfile']));
    expect(result.notes.some(n => n.kind === 'symlink')).toBe(true);
    expect(result.findings.some(f => f.location.file.includes('outside'))).toBe(false);
  });

  it('reports the BOM file at the right column', async () => {
    const { result } = await scan({ paths: [join(dir, 'bom')], cwd: dir });
    expect(result.findings[0]?.location.region).toMatchObject({ startLine: 2, startColumn: 1 });
  });
});
