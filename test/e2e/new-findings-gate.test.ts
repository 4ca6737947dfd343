import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli.js';

let dir: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bulkhead-gate-'));
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'ci@example.com');
  git('config', 'user.name', 'CI');
  mkdirSync(join(dir, 'old'));
  writeFileSync(join(dir, 'old', 'Dockerfile'), 'FROM ubuntu:24.04\nUSER root\n');
  git('add', '.');
  git('commit', '-q', '-m', 'existing');
  mkdirSync(join(dir, 'new'));
  writeFileSync(
    join(dir, 'new', 'Dockerfile'),
    'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN echo hi\n'
  );
  git('add', '.');
  git('commit', '-q', '-m', 'change');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--new-since and --baseline', () => {
  it('fails on all findings by default', async () => {
    expect((await runCli(['scan', 'old'], { cwd: dir })).code).toBe(1);
  });

  it('only counts findings on lines changed since the ref', async () => {
    expect((await runCli(['scan', 'old', '--new-since', 'HEAD~1'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['scan', '.', '--new-since', 'HEAD~1'], { cwd: dir })).code).toBe(1);
  });

  it('does not count findings already in a baseline SARIF', async () => {
    await runCli(['scan', '.', '--format', 'sarif', '--output', 'baseline.sarif', '--fail-on', 'none'], {
      cwd: dir
    });
    expect((await runCli(['scan', '.', '--baseline', 'baseline.sarif'], { cwd: dir })).code).toBe(0);
    writeFileSync(
      join(dir, 'new', 'Dockerfile'),
      'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER ContainerAdministrator\n'
    );
    expect((await runCli(['scan', '.', '--baseline', 'baseline.sarif'], { cwd: dir })).code).toBe(1);
  });

  it('explains a bad ref or baseline with exit 2', async () => {
    const ref = await runCli(['scan', '.', '--new-since', 'no-such-ref'], { cwd: dir });
    expect(ref.code).toBe(2);
    expect(ref.stderr).toContain('--new-since no-such-ref: cannot find the merge base');
    expect(ref.stderr).not.toContain('--new-since: ');
    // The error comes before the scan: no report on stdout.
    expect(ref.stdout).toBe('');
    writeFileSync(join(dir, 'broken.sarif'), 'not json');
    const baseline = await runCli(['scan', '.', '--baseline', 'broken.sarif'], { cwd: dir });
    expect(baseline.code).toBe(2);
    expect(baseline.stderr).toContain('--baseline broken.sarif');
    expect(baseline.stdout).toBe('');
  });

  it('--new-since outside a git repository is one clear error before the scan', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'bulkhead-no-git-'));
    try {
      writeFileSync(join(outside, 'Dockerfile'), 'FROM ubuntu:24.04\nUSER root\n');
      const result = await runCli(['scan', '.', '--new-since', 'origin/main'], { cwd: outside });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(
        `bulkhead: --new-since origin/main needs a git repository, and '${outside}' is not inside one. Run it in a clone, or use --baseline with an earlier SARIF.\n`
      );
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
