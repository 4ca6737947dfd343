import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PRODUCT_VERSION } from '../../src/core/product.js';
import { helpFor } from '../../src/cli/help-text.js';

const ROOT = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..');
// A marker of the GopherJS runtime that mvdan-sh is built with.
const GOPHERJS = '$curGoroutine';

describe('the shipped bundles', () => {
  it('leave mvdan-sh out of the start-up bundles and ship it beside them', () => {
    expect(readFileSync(join(ROOT, 'dist', 'cli.js'), 'utf8')).not.toContain(GOPHERJS);
    expect(readFileSync(join(ROOT, 'dist', 'cli-main.js'), 'utf8')).not.toContain(GOPHERJS);
    expect(readFileSync(join(ROOT, 'dist', 'index.js'), 'utf8')).not.toContain(GOPHERJS);
    expect(readFileSync(join(ROOT, 'dist', 'mvdan-sh.cjs'), 'utf8')).toContain(GOPHERJS);
  });

  it('parse RUN scripts with the shipped mvdan-sh, with no node_modules in reach (as the Action runs)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bulkhead-dist-'));
    try {
      mkdirSync(join(dir, 'bundle'));
      for (const file of ['cli.js', 'cli-main.js', 'mvdan-sh.cjs'])
        copyFileSync(join(ROOT, 'dist', file), join(dir, 'bundle', file));
      writeFileSync(
        join(dir, 'Dockerfile'),
        'FROM debian:bookworm\nRUN if [ -f /etc/debian_version ]; then sudo apt-get update; fi\nUSER 10001\n'
      );
      const run = spawnSync(
        process.execPath,
        [join(dir, 'bundle', 'cli.js'), 'scan', 'Dockerfile', '--format', 'json', '--fail-on', 'none'],
        { cwd: dir, encoding: 'utf8' }
      );
      expect(run.status).toBe(0);
      const result = JSON.parse(run.stdout) as { findings: { ruleId: string; message: string }[] };
      expect(result.findings.filter(f => f.ruleId === 'BH103').map(f => f.message)).toEqual([
        "RUN invokes 'sudo apt-get update'."
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answer --version and --help from dist/cli.js alone, and load the scanner for anything else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bulkhead-dist-'));
    try {
      copyFileSync(join(ROOT, 'dist', 'cli.js'), join(dir, 'cli.js'));
      const cli = (...args: string[]) =>
        spawnSync(process.execPath, [join(dir, 'cli.js'), ...args], { cwd: dir, encoding: 'utf8' });
      const version = cli('--version');
      expect([version.status, version.stdout]).toEqual([0, `${PRODUCT_VERSION}\n`]);
      const help = cli('help', 'scan');
      expect([help.status, help.stdout]).toEqual([0, helpFor('scan')]);
      // The scanner is dist/cli-main.js: without it beside cli.js, `rules` cannot load.
      const rules = cli('rules');
      expect(rules.status).not.toBe(0);
      expect(rules.stderr).toContain('cli-main.js');
      expect(readFileSync(join(ROOT, 'dist', 'cli.js'), 'utf8').length).toBeLessThan(64 * 1024);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
