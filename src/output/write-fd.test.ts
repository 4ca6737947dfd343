import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeAll } from './write-fd.js';

describe('writeAll', () => {
  it('writes all of a text to a file descriptor, in UTF-8, in order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bulkhead-stdout-'));
    try {
      const file = join(dir, 'out');
      const fd = openSync(file, 'w');
      const long = `${'\u00e9\u2014x'.repeat(200_000)}\n`;
      writeAll(fd, '::notice::caf\u00e9\n');
      writeAll(fd, long);
      writeAll(fd, '');
      closeSync(fd);
      expect(readFileSync(file, 'utf8')).toBe(`::notice::caf\u00e9\n${long}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes more than a pipe holds, as the reader takes it, through a real pipe', () => {
    // A child process writes 1 MB (a pipe holds 64 KB) and a closing line through writeAll.
    const module = JSON.stringify(new URL('./write-fd.ts', import.meta.url).href);
    const script =
      `const { writeAll } = await import(${module});` +
      "writeAll(1, 'x'.repeat(1 << 20)); writeAll(1, '\\u00e9nd\\n');";
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
      maxBuffer: 4 << 20
    });
    expect([child.status, child.stderr]).toEqual([0, '']);
    expect(child.stdout).toBe(`${'x'.repeat(1 << 20)}\u00e9nd\n`);
  });

  it('ends quietly when the reader goes away (EPIPE), and the process keeps its exit code', () => {
    const module = JSON.stringify(new URL('./write-fd.ts', import.meta.url).href);
    const script =
      `const { writeAll } = await import(${module});` +
      "for (let i = 0; i < 64; i++) writeAll(1, 'x'.repeat(1 << 16));" +
      'process.exitCode = 7;';
    const run = spawnSync(
      'bash',
      [
        '-o',
        'pipefail',
        '-c',
        '"$0" --import tsx --input-type=module -e "$1" | head -c 10 >/dev/null',
        process.execPath,
        script
      ],
      { encoding: 'utf8' }
    );
    expect([run.status, run.stderr]).toEqual([7, '']);
  });
});
