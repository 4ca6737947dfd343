import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('bulkhead scan … | head', () => {
  test('ends quietly with the scan exit code when the reader closes the pipe early', async () => {
    // A real shell pipe (64 KiB buffer): the SARIF report of the examples is larger, so the CLI is
    // still writing when `head` exits. `pipefail` makes the shell's status the CLI's.
    const child = spawn(
      'bash',
      [
        '-c',
        'set -o pipefail; "$0" --import tsx src/cli/index.ts scan examples --format sarif | head -c 2',
        process.execPath
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } }
    );
    let stderr = '';
    let head = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => (head += chunk.toString()));
    const code = await new Promise<number | null>(done => child.on('close', done));
    expect(head).toBe('{\n');
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });
});
