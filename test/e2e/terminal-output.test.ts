import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scan } from '../../src/engine/scan.js';
import { runCli } from './run-cli.js';

let dir: string;
beforeAll(() => {
  // A small monorepo: five services whose images all run as root, as in the issue's `examples/` count.
  dir = mkdtempSync(join(tmpdir(), 'bulkhead-terminal-'));
  for (const service of ['api', 'web', 'worker', 'billing', 'search']) {
    mkdirSync(join(dir, 'services', service), { recursive: true });
    writeFileSync(
      join(dir, 'services', service, 'Dockerfile'),
      'FROM node:22-bookworm-slim\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]\n'
    );
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('terminal output', () => {
  it('prints the fix once per rule by default, and under every finding with --verbose', async () => {
    const compact = await runCli(['scan', '.', '--no-color'], { cwd: dir });
    expect(compact.code).toBe(1);
    // Five findings, then the rule once in "How to fix" with its docs link.
    expect(compact.stdout.match(/BH101/g)).toHaveLength(5 + 2);
    expect(compact.stdout).toContain('How to fix:\n  BH101 image-runs-as-root (5 findings)\n');
    expect(compact.stdout.match(/useradd/g)).toHaveLength(1);

    const verbose = await runCli(['scan', '.', '--no-color', '--verbose'], { cwd: dir });
    expect(verbose.code).toBe(1);
    expect(verbose.stdout).not.toContain('How to fix:');
    expect(verbose.stdout.match(/→ .*\(image-runs-as-root\)/g)).toHaveLength(5);
    expect(verbose.stdout.match(/useradd/g)).toHaveLength(5);
  });

  it('lets timers run between batches of files, so the progress line can appear during a long scan', async () => {
    const big = mkdtempSync(join(tmpdir(), 'bulkhead-progress-'));
    try {
      for (let i = 0; i < 300; i++)
        writeFileSync(join(big, `svc${i}.Dockerfile`), 'FROM alpine:3.20\nUSER 10001\n');
      // A callback queued during the first batch must run before the next batch is reported: the
      // engine yields to the event loop between batches (it used to run every rule in one go).
      let ranBetweenBatches = false;
      const seen: boolean[] = [];
      await scan({
        paths: ['.'],
        cwd: big,
        onProgress: () => {
          seen.push(ranBetweenBatches);
          if (seen.length === 1) setImmediate(() => (ranBetweenBatches = true));
        }
      });
      expect(seen.length).toBeGreaterThan(1);
      expect(seen.slice(0, 2)).toEqual([false, true]);
    } finally {
      rmSync(big, { recursive: true, force: true });
    }
  });

  it('bulkhead explain renders for the terminal, and gives the raw Markdown with --format markdown', async () => {
    const text = await runCli(['explain', 'BH102']);
    expect(text.code).toBe(0);
    const lines = text.stdout.split('\n');
    expect(lines[0]).toBe('BH102: Windows image runs as an administrator');
    expect(lines).toContain('Remediation');
    expect(text.stdout).not.toMatch(/^#|\]\(/m);
    // Prose wraps at 80 columns; only a URL, which must stay whole, may be longer.
    expect(lines.filter(line => line.length > 80 && !/https:\/\/\S+$/.test(line))).toEqual([]);

    const tty = await runCli(['explain', 'BH102'], { tty: true });
    expect(tty.stdout.startsWith('\u001b[1m\u001b[4mBH102')).toBe(true);

    const markdown = await runCli(['explain', 'BH102', '--format', 'markdown']);
    expect(markdown.stdout).toMatch(/^# BH102: /);
    expect(markdown.stdout).toContain('## Remediation');
  });
});
