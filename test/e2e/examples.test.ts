import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { runCli } from './run-cli.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const GOLDEN = join(ROOT, 'test', 'golden', 'examples-findings.json');

interface JsonFinding {
  ruleId: string;
  file: string;
  line: number;
  severity: string;
  message: string;
  suppressed?: unknown;
}

describe('bulkhead scan examples/', () => {
  it('reports exactly the known findings (golden file)', async () => {
    const { code, stdout, stderr } = await runCli(['scan', 'examples/', '--format', 'json'], { cwd: ROOT });
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { findings: JsonFinding[]; complete: boolean };
    expect(report.complete).toBe(true);
    const actual = report.findings.map(f => ({
      ruleId: f.ruleId,
      file: f.file,
      line: f.line,
      severity: f.severity,
      message: f.message,
      suppressed: f.suppressed !== undefined
    }));
    expect(actual).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
  });

  it('prints readable text grouped by file with a summary, without colours when not a terminal', async () => {
    const { code, stdout } = await runCli(['scan', 'examples'], { cwd: ROOT });
    expect(code).toBe(1);
    expect(stdout).toContain('examples/windows/iis-site/Dockerfile');
    expect(stdout).toContain('BH102');
    expect(stdout).not.toContain('\u001b[');
    expect(stdout.trimEnd().split('\n').at(-1)).toMatch(/findings?/);
  });

  it('uses colours on a terminal unless NO_COLOR is set', async () => {
    expect((await runCli(['scan', 'examples'], { cwd: ROOT, tty: true })).stdout).toContain('\u001b[');
    expect(
      (await runCli(['scan', 'examples'], { cwd: ROOT, tty: true, env: { NO_COLOR: '1' } })).stdout
    ).not.toContain('\u001b[');
  });

  it('exits 0 when nothing reaches --fail-on', async () => {
    expect((await runCli(['scan', 'examples', '--fail-on', 'none'], { cwd: ROOT })).code).toBe(0);
    expect((await runCli(['scan', 'examples/linux/api'], { cwd: ROOT })).code).toBe(0);
    expect((await runCli(['scan', 'examples/windows/nanoserver-api/Dockerfile'], { cwd: ROOT })).code).toBe(
      0
    );
  });

  it('reports the restricted-only Pod Security controls at --pod-security-level restricted', async () => {
    const file = 'examples/kubernetes/reports-restricted.yaml';
    const scan = async (level: string) => {
      const { stdout } = await runCli(
        ['scan', file, '--pod-security-level', level, '--format', 'json', '--fail-on', 'none'],
        { cwd: ROOT }
      );
      const report = JSON.parse(stdout) as { findings: JsonFinding[] };
      return report.findings.map(f => `${f.ruleId} ${f.line} ${f.severity}`);
    };
    expect(await scan('baseline')).toEqual([]);
    expect(await scan('restricted')).toEqual(['BH517 24 low', 'BH511 32 low', 'BH515 46 low']);
  });

  it('fails on low findings when asked to', async () => {
    const { code } = await runCli(
      ['scan', 'examples/windows/nanoserver-api', '--fail-on', 'low', '--require-digest'],
      { cwd: ROOT }
    );
    expect(code).toBe(1);
  });
});
