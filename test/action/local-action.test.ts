/**
 * The Action run the way the README documents for local debugging:
 * `npx @github/local-action run . src/action/main.ts <env file>`, with `@actions/core` stubbed by
 * local-action itself, uploading to the GitHub API stand-in.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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
