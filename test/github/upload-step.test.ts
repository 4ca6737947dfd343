/**
 * The Action's upload step under GitHub's faults: what is a warning under `upload: auto`, what
 * fails the step under `upload: true`, and the truncated upload of a scan over code scanning's
 * limits (docs/upload.md lists the same cases).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { gunzipSync } from 'node:zlib';
import type * as Sarif from 'sarif';
import { readActionInputs } from '../../src/action/inputs.js';
import { uploadStep, type UploadStepContext } from '../../src/action/upload-step.js';
import type { ScanResult } from '../../src/core/scan-result.js';
import type { GitHubRepoOptions } from '../../src/github/github-api.js';
import { sampleResult } from '../../src/reporters/sample-result.fixture.js';
import { startFakeGitHubApi, type FakeGitHubApi } from './fake-github-api.js';
import { closedPort, startSilentServer } from './silent-server.js';

const SHA = 'a'.repeat(40);
const SARIF_ID = '47177e22-5596-11eb-80a1-c1e54ef945c6';
const UPLOAD = 'code-scanning/upload-sarif';
const STATUS = 'code-scanning/get-sarif';

let api: FakeGitHubApi;

beforeAll(async () => {
  api = await startFakeGitHubApi();
});

afterAll(async () => {
  await api.close();
});

afterEach(() => {
  const violations = [...api.violations];
  api.reset();
  expect(violations).toEqual([]);
});

/** The step's GitHub options; `log` collects its lines. A silent server gets 50 ms attempts. */
function github(url: string, log: string[] = [], attemptTimeoutMs?: number): GitHubRepoOptions {
  let now = Date.UTC(2026, 11, 5, 6);
  return {
    log: line => log.push(line),
    apiUrl: url,
    token: 'ghs_test',
    owner: 'octo',
    repo: 'hello',
    now: () => now,
    sleep: async ms => {
      now += ms;
    },
    random: () => 0.5,
    ...(attemptTimeoutMs ? { attemptTimeoutMs } : {})
  };
}

function step(upload: 'auto' | 'true', repo: GitHubRepoOptions, result: ScanResult = sampleResult()) {
  const warnings: string[] = [];
  const inputs = readActionInputs(name => (name === 'upload' ? upload : ''), '/tmp/bulkhead.sarif');
  const context: UploadStepContext = {
    inputs,
    result,
    event: { name: 'push', payload: {} },
    env: { GITHUB_REF: 'refs/heads/main', GITHUB_SHA: SHA },
    api: repo,
    checkoutUri: 'file:///github/workspace/',
    warning: message => warnings.push(message),
    info: () => {}
  };
  return { run: () => uploadStep(context), warnings };
}

describe('uploadStep under faults', () => {
  it('a silent GitHub: a warning with the fix under `upload: auto`, the step goes on', async () => {
    const silent = await startSilentServer();
    try {
      const log: string[] = [];
      const { run, warnings } = step('auto', github(silent.url, log, 50));
      const outcome = await run();
      expect(outcome.status).toBe('unavailable');
      expect(outcome.failure).toBeUndefined();
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/^Code scanning upload did not go through \(no answer within 50 ms\)\./);
      expect(warnings[0]).toMatch(/GITHUB_API_URL/);
      // The first try and 3 retries, each cut off after 50 ms.
      expect(log.filter(line => line === 'The SARIF upload failed (no answer within 50 ms).')).toHaveLength(
        4
      );
      expect(silent.requests).toBeGreaterThan(0);
    } finally {
      await silent.close();
    }
  });

  it('a silent GitHub fails the step under `upload: true`', async () => {
    const silent = await startSilentServer();
    try {
      const { run, warnings } = step('true', github(silent.url, [], 50));
      const outcome = await run();
      expect(outcome.status).toBe('failed');
      expect(outcome.failure).toMatch(/no answer within 50 ms/);
      expect(warnings).toEqual([]);
    } finally {
      await silent.close();
    }
  });

  it('connection refused is a warning under `upload: auto`', async () => {
    const { run, warnings } = step('auto', github(`http://127.0.0.1:${await closedPort()}`));
    expect((await run()).status).toBe('unavailable');
    expect(warnings[0]).toMatch(/ECONNREFUSED/);
  });

  it('5xx forever is a warning under `upload: auto` and a failure under `upload: true`', async () => {
    const down = { status: 503, body: { message: 'Service unavailable', documentation_url: 'https://x' } };
    api.script(UPLOAD, [down, down, down, down]);
    const auto = step('auto', github(api.url));
    expect((await auto.run()).status).toBe('unavailable');
    expect(auto.warnings[0]).toMatch(/\(503: Service unavailable\).*githubstatus/);
    api.script(UPLOAD, [down, down, down, down]);
    const required = await step('true', github(api.url)).run();
    expect(required.failure).toMatch(/503: Service unavailable/);
  });

  it('a 422 fails the step even under `upload: auto`', async () => {
    api.script(UPLOAD, [{ status: 422, undocumented: true, body: { message: 'Validation Failed' } }]);
    const { run, warnings } = step('auto', github(api.url));
    const outcome = await run();
    expect(outcome).toMatchObject({
      status: 'failed',
      failure: 'Code scanning upload failed (422): Validation Failed'
    });
    expect(warnings).toEqual([]);
  });

  it('processing failed: the step fails with GitHub’s errors and the hint', async () => {
    api.script(UPLOAD, [{ status: 202, body: { id: SARIF_ID } }]);
    api.script(STATUS, [
      {
        status: 200,
        body: { processing_status: 'failed', errors: ['an invalid URI was provided as a SARIF location'] }
      }
    ]);
    const outcome = await step('auto', github(api.url)).run();
    expect(outcome.status).toBe('uploaded');
    expect(outcome.truncated).toBeUndefined();
    expect(outcome.failure).toMatch(/invalid URI was provided.*Bulkhead bug/);
  });

  it('an incomplete scan is never uploaded, whatever `upload` says', async () => {
    const outcome = await step('auto', github(api.url), { ...sampleResult(), complete: false }).run();
    expect(outcome.failure).toMatch(/did not complete/);
    expect(api.requests).toEqual([]);
  });
});

describe('uploadStep over the limits', () => {
  it('uploads the 25,000 most severe results and says how many were left out, in a warning and the summary', async () => {
    const scan = sampleResult();
    const [first] = scan.findings;
    if (!first) throw new Error('sample has findings');
    const finding = (severity: 'critical' | 'low', line: number) => ({
      ...first,
      severity,
      suppression: undefined,
      location: { ...first.location, region: { ...first.location.region, startLine: line, endLine: line } }
    });
    // A generated manifest with one low finding per line, and three critical ones at the end.
    const findings = [
      ...Array.from({ length: 25_100 }, (_, i) => finding('low', i + 1)),
      ...[30_001, 30_002, 30_003].map(line => finding('critical', line))
    ];
    api.script(UPLOAD, [{ status: 202, body: { id: SARIF_ID } }]);
    api.script(STATUS, [{ status: 200, body: { processing_status: 'complete' } }]);
    const { run, warnings } = step('auto', github(api.url), { ...scan, findings });
    const outcome = await run();
    const expected =
      'Code scanning accepts at most 25,000 results per run. Uploaded the 25,000 most severe of 25,103 ' +
      'results; 103 left out (103 low). The full SARIF is in the `sarif-file` output.';
    expect(outcome).toMatchObject({ status: 'uploaded', truncated: true });
    expect(outcome.failure).toBeUndefined();
    expect(warnings).toEqual([expected]);
    expect(outcome.lines).toContain(expected);
    const body = api.requests.find(r => r.operationId === UPLOAD)?.body as { sarif: string };
    const sent = JSON.parse(gunzipSync(Buffer.from(body.sarif, 'base64')).toString('utf8')) as Sarif.Log;
    const results = sent.runs[0]?.results ?? [];
    expect(results).toHaveLength(25_000);
    expect(results.filter(r => r.level === 'error')).toHaveLength(3);
  });
});
