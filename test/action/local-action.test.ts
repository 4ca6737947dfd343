/**
 * The Action run the way the README documents for local debugging:
 * `npx @github/local-action run . src/action/main.ts <env file>`, with `@actions/core` stubbed by
 * local-action itself, uploading to the GitHub API stand-in.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { startFakeGitHubApi, type FakeGitHubApi } from '../github/fake-github-api.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const SARIF_ID = '6b5a1c1e-0000-4000-8000-000000000001';
let api: FakeGitHubApi;
let temp: string;

beforeAll(async () => {
  api = await startFakeGitHubApi();
  temp = mkdtempSync(join(tmpdir(), 'bulkhead-local-action-'));
});

afterAll(async () => {
  await api.close();
  rmSync(temp, { recursive: true, force: true });
});

describe('npx @github/local-action run . src/action/main.ts <env file>', () => {
  it('scans, uploads once, sets the outputs and fails on the gate', async () => {
    api.script('code-scanning/upload-sarif', [{ status: 202, body: { id: SARIF_ID } }]);
    api.script('code-scanning/get-sarif', [{ status: 200, body: { processing_status: 'complete' } }]);
    // The documented example file, pointed at the stand-in and a temporary SARIF/summary location.
    const example = readFileSync(join(ROOT, 'action.local.env.example'), 'utf8');
    const envFile = join(temp, 'local.env');
    writeFileSync(
      envFile,
      example
        .replace(/^INPUT_PATH=.*$/m, 'INPUT_PATH=examples/linux')
        .replace(/^INPUT_UPLOAD=.*$/m, 'INPUT_UPLOAD=true')
        .replace(/^INPUT_TOKEN=.*$/m, 'INPUT_TOKEN=ghs_local_action_token')
        .replace(/^INPUT_SARIF-FILE=.*$/m, `INPUT_SARIF-FILE=${join(temp, 'out.sarif')}`)
        .replace(/^GITHUB_STEP_SUMMARY=.*$/m, `GITHUB_STEP_SUMMARY=${join(temp, 'summary.md')}`) +
        `GITHUB_API_URL=${api.url}\nRUNNER_TEMP=${temp}\n`
    );
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        join(ROOT, 'node_modules/@github/local-action/bin/local-action.js'),
        'run',
        '.',
        'src/action/main.ts',
        envFile
      ],
      {
        cwd: ROOT,
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
        maxBuffer: 64 * 1024 * 1024,
        timeout: 120_000
      }
    );

    expect(api.violations).toEqual([]);
    const uploads = api.requests.filter(r => r.operationId === 'code-scanning/upload-sarif');
    expect(uploads).toHaveLength(1);
    const body = uploads[0]?.body as { ref: string; commit_sha: string; sarif: string };
    expect([body.ref, body.commit_sha]).toEqual([
      'refs/heads/main',
      '0000000000000000000000000000000000000001'
    ]);
    const sarif = JSON.parse(gunzipSync(Buffer.from(body.sarif, 'base64')).toString('utf8'));
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);
    expect(stdout).toMatch(/set-output name=gate::fail/);
    expect(stdout).toMatch(new RegExp(`set-output name=sarif-id::${SARIF_ID}`));
    expect(stdout).toMatch(/::error title=BH101: image-runs-as-root,file=examples\/linux\//);
    expect(readFileSync(join(temp, 'summary.md'), 'utf8')).toContain('**Gate: failed**');
    expect(stdout).not.toContain('ghs_local_action_token');
  }, 180_000);
});

/**
 * A repository adopting the gate: `main` already has a high finding (a worker image that runs as
 * root). One pull request touches only a clean service; another adds a Dockerfile that runs as root.
 */
function pullRequestRepository(): { dir: string; base: string; clean: string; risky: string } {
  const dir = join(temp, 'repo');
  mkdirSync(dir);
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'ci@example.com');
  git('config', 'user.name', 'CI');
  write(
    'services/worker/Dockerfile',
    'FROM python:3.12-slim\nWORKDIR /srv\nCOPY . .\nCMD ["python", "worker.py"]\n'
  );
  write(
    'services/web/Dockerfile',
    'FROM node:22.11-alpine\nWORKDIR /app\nCOPY . .\nUSER node\nCMD ["node", "server.js"]\n'
  );
  git('add', '.');
  git('commit', '-q', '-m', 'main');
  // local-action starts itself with `npm exec tsx` from the working directory; npm finds tsx through
  // the nearest node_modules. Excluded from git, so it is in no commit or diff.
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, '.git/info/exclude'), 'node_modules\n');
  const base = git('rev-parse', 'HEAD');
  git('checkout', '-q', '-b', 'clean-change');
  write(
    'services/web/Dockerfile',
    'FROM node:22.11-alpine\nWORKDIR /app\nCOPY . .\nENV PORT=8080\nUSER node\nCMD ["node", "server.js"]\n'
  );
  git('commit', '-q', '-am', 'web: port');
  const clean = git('rev-parse', 'HEAD');
  git('checkout', '-q', '-b', 'risky-change', base);
  write(
    'services/billing/Dockerfile',
    'FROM ruby:3.3-slim\nWORKDIR /app\nCOPY . .\nCMD ["bundle", "exec", "puma"]\n'
  );
  git('add', '.');
  git('commit', '-q', '-m', 'billing service');
  const risky = git('rev-parse', 'HEAD');
  return { dir, base, clean, risky };
}

async function runLocalAction(cwd: string, envFile: string): Promise<string> {
  // `npm run jest` leaves npm_config_* (local prefix, …) in the environment; they would point npm
  // exec at another project than the working directory's.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
  const args = [
    join(ROOT, 'node_modules/@github/local-action/bin/local-action.js'),
    'run',
    ROOT,
    'src/action/main.ts',
    envFile
  ];
  try {
    const { stdout } = await promisify(execFile)(process.execPath, args, {
      cwd,
      env: { ...env, NO_COLOR: '1', FORCE_COLOR: '0' },
      maxBuffer: 64 * 1024 * 1024,
      timeout: 120_000
    });
    return stdout;
  } catch (error) {
    // A failed step may end local-action with a non-zero exit; what it printed is what counts.
    const stdout = (error as { stdout?: unknown }).stdout;
    if (typeof stdout === 'string' && stdout.includes('::set-output name=gate::')) return stdout;
    throw error;
  }
}

describe('local-action on a pull_request event (fail-on-scope: auto)', () => {
  it('passes with only existing findings and fails with a new one', async () => {
    const repo = pullRequestRepository();
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo.dir, stdio: 'ignore' });
    const envFor = (name: string, head: string) => {
      const event = join(temp, `${name}-event.json`);
      writeFileSync(
        event,
        JSON.stringify({
          number: 12,
          pull_request: {
            number: 12,
            base: { sha: repo.base },
            head: { sha: head },
            merge_commit_sha: 'f'.repeat(40)
          }
        })
      );
      // The runner creates the step summary file before the step starts.
      writeFileSync(join(temp, `${name}-summary.md`), '');
      const envFile = join(temp, `${name}.env`);
      writeFileSync(
        envFile,
        [
          'INPUT_PATH=services',
          'INPUT_FAIL-ON=high',
          'INPUT_TOKEN=ghs_local_action_pr_token',
          `INPUT_SARIF-FILE=${join(temp, `${name}.sarif`)}`,
          'INPUT_MATRIX=null',
          'GITHUB_EVENT_NAME=pull_request',
          `GITHUB_EVENT_PATH=${event}`,
          'GITHUB_REF=refs/pull/12/merge',
          `GITHUB_SHA=${head}`,
          'GITHUB_REPOSITORY=octo-org/platform',
          'GITHUB_SERVER_URL=https://github.com',
          'GITHUB_WORKFLOW_REF=octo-org/platform/.github/workflows/bulkhead.yml@refs/pull/12/merge',
          'GITHUB_JOB=scan',
          `GITHUB_STEP_SUMMARY=${join(temp, `${name}-summary.md`)}`,
          `GITHUB_API_URL=${api.url}`,
          `RUNNER_TEMP=${temp}`,
          ''
        ].join('\n')
      );
      return envFile;
    };
    const accept = () => {
      api.script('code-scanning/upload-sarif', [{ status: 202, body: { id: SARIF_ID } }]);
      api.script('code-scanning/get-sarif', [{ status: 200, body: { processing_status: 'complete' } }]);
    };

    // Only the old finding (worker runs as root): the gate passes and says what did not block.
    api.reset();
    git('checkout', '-q', 'clean-change');
    accept();
    const clean = await runLocalAction(repo.dir, envFor('clean', repo.clean));
    expect(clean).toMatch(/set-output name=gate::pass/);
    expect(clean).toMatch(/set-output name=findings::1/);
    expect(clean).toMatch(/set-output name=new-findings::0/);
    expect(clean).not.toMatch(/::error::/);
    expect(readFileSync(join(temp, 'clean-summary.md'), 'utf8')).toContain(
      '**Gate: passed** — no new findings at or above `high`. 1 existing finding at or above it did not block this change.'
    );
    const cleanUpload = api.requests.find(r => r.operationId === 'code-scanning/upload-sarif')?.body as {
      ref: string;
      sarif: string;
    };
    // The PR head is checked out (not GitHub's test-merge commit), so results go to its head ref.
    expect(cleanUpload.ref).toBe('refs/pull/12/head');
    const sarif = JSON.parse(gunzipSync(Buffer.from(cleanUpload.sarif, 'base64')).toString('utf8'));
    expect(sarif.runs[0].automationDetails.id).toBe('.github/workflows/bulkhead.yml:scan/path:services/');

    // A new Dockerfile that runs as root: the gate fails on it alone.
    api.reset();
    git('checkout', '-q', 'risky-change');
    accept();
    const risky = await runLocalAction(repo.dir, envFor('risky', repo.risky));
    expect(risky).toMatch(/set-output name=gate::fail/);
    expect(risky).toMatch(/set-output name=new-findings::1/);
    expect(risky).toMatch(/::error::Bulkhead: 1 new finding at or above 'high'\./);
    expect(readFileSync(join(temp, 'risky-summary.md'), 'utf8')).toContain(
      '**Gate: failed** — 1 new finding at or above `high`. 1 existing finding at or above it did not block this change.'
    );
    expect(api.violations).toEqual([]);
    // The token is only ever registered as a mask, never printed.
    expect(risky.split('\n').filter(line => line.includes('ghs_local_action_pr_token'))).toEqual([
      '::add-mask::ghs_local_action_pr_token'
    ]);
  }, 300_000);
});
