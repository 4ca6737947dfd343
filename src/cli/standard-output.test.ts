import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Runs standardOutput(1) in a child whose stdout is `stdout`, writes a line through it, and tells
 * (on stderr) what it got: Node's stream, or the writer of the file descriptor.
 */
function run(stdout: 'pipe' | number): { kind: string; written: string } {
  const module = JSON.stringify(new URL('./standard-output.ts', import.meta.url).href);
  const script =
    "import { writeSync } from 'node:fs';" +
    `const { standardOutput } = await import(${module});` +
    'const out = standardOutput(1);' +
    "out.write('a line\\n');" +
    "writeSync(2, typeof out.on === 'function' ? 'stream' : 'descriptor');";
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    encoding: 'utf8',
    stdio: ['ignore', stdout, 'pipe']
  });
  expect(child.status).toBe(0);
  return { kind: child.stderr, written: child.stdout ?? '' };
}

describe('standardOutput', () => {
  it('writes to a pipe or a file through the descriptor, and keeps Node stream for a device', () => {
    expect(run('pipe')).toEqual({ kind: 'descriptor', written: 'a line\n' });
    const dir = mkdtempSync(join(tmpdir(), 'bulkhead-stdout-'));
    try {
      const file = join(dir, 'out');
      const fd = openSync(file, 'w');
      expect(run(fd).kind).toBe('descriptor');
      closeSync(fd);
      expect(readFileSync(file, 'utf8')).toBe('a line\n');
      // A character device, as a terminal is (here /dev/null).
      const devNull = openSync('/dev/null', 'w');
      expect(run(devNull).kind).toBe('stream');
      closeSync(devNull);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
