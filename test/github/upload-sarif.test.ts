import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { gunzipSync } from 'node:zlib';
import { refAndSha } from '../../src/github/event-ref.js';
import { isProblem, uploadableSarif } from '../../src/github/sarif-limits.js';
import {
  processingHint,
  uploadSarif,
  waitForProcessing,
  type GitHubRepoOptions,
  type UploadOptions
} from '../../src/github/upload-sarif.js';
import { sampleResult } from '../../src/reporters/sample-result.fixture.js';
import { compileSarifSchema } from '../sarif-validation.js';
import { startFakeGitHubApi, type FakeGitHubApi } from './fake-github-api.js';
import { closedPort, startSilentServer } from './silent-server.js';

const SHA = 'a'.repeat(40);
const MERGE_SHA = 'b'.repeat(40);
const SARIF_ID = '47177e22-5596-11eb-80a1-c1e54ef945c6';
const UPLOAD = 'code-scanning/upload-sarif';
const STATUS = 'code-scanning/get-sarif';

let api: FakeGitHubApi;
let ghes: FakeGitHubApi;

beforeAll(async () => {
  api = await startFakeGitHubApi();
  ghes = await startFakeGitHubApi({ basePath: '/api/v3' });
});

afterAll(async () => {
  await api.close();
  await ghes.close();
});

afterEach(() => {
  const violations = [...api.violations, ...ghes.violations];
  api.reset();
  ghes.reset();
  expect(violations).toEqual([]);
});

/** A fake clock (epoch ms): `sleep` advances it and remembers each delay. */
function fakeTime(start = Date.UTC(2026, 11, 5, 6, 0, 0)) {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += ms;
    }
  };
}

function repo(
  server: FakeGitHubApi,
  time = fakeTime()
): GitHubRepoOptions & { time: ReturnType<typeof fakeTime> } {
  return {
    apiUrl: server.url,
    token: 'ghs_test',
    owner: 'octo',
    repo: 'hello',
    sleep: time.sleep,
    now: time.now,
    random: () => 0.5,
    time
  };
}

function sarifText(): string {
  const uploadable = uploadableSarif(sampleResult());
  if (isProblem(uploadable)) throw new Error(uploadable.message);
  return uploadable.sarif;
}

function upload(options: GitHubRepoOptions, extra: Partial<UploadOptions> = {}) {
  return uploadSarif({ ...options, sarif: sarifText(), ref: 'refs/heads/main', commitSha: SHA, ...extra });
}

function uploadedSarif(server: FakeGitHubApi): unknown {
  const upload = server.requests.find(r => r.operationId === UPLOAD);
  const body = upload?.body as { sarif: string };
  return JSON.parse(gunzipSync(Buffer.from(body.sarif, 'base64')).toString('utf8'));
}

describe('uploadSarif + waitForProcessing against the fake GitHub API', () => {
  it('uploads a push analysis and polls until processing is complete', async () => {
    api.script(UPLOAD, [{ status: 202, body: { id: SARIF_ID, url: `${api.url}/repos/octo/hello/x` } }]);
    api.script(STATUS, [
      { status: 200, body: { processing_status: 'pending', analyses_url: null, errors: null } },
      { status: 200, body: { processing_status: 'pending' } },
      {
        status: 200,
        body: { processing_status: 'complete', analyses_url: 'https://api.github.com/repos/octo/hello/a' }
      }
    ]);
    const options = repo(api);
    const { ref, sha } = refAndSha(
      { name: 'push', payload: {} },
      { GITHUB_REF: 'refs/heads/main', GITHUB_SHA: SHA }
    );
    const sarif = sarifText();
    const outcome = await uploadSarif({
      ...options,
      sarif,
      ref,
      commitSha: sha,
      checkoutUri: 'file:///github/workspace/',
      startedAt: '2026-01-02T03:04:05Z',
      toolName: 'bulkhead'
    });
    expect(outcome).toEqual({ kind: 'uploaded', id: SARIF_ID, url: `${api.url}/repos/octo/hello/x` });
    if (outcome.kind !== 'uploaded') return;

    const processed = await waitForProcessing({
      ...options,
      id: outcome.id,
      now: options.time.now,
      intervalMs: 5000,
      timeoutMs: 60_000
    });
    expect(processed).toEqual({ kind: 'complete', analysesUrl: 'https://api.github.com/repos/octo/hello/a' });
    expect(options.time.sleeps).toEqual([5000, 5000]);
    expect(api.requests.map(r => `${r.method} ${r.path}`)).toEqual([
      'POST /repos/octo/hello/code-scanning/sarifs',
      `GET /repos/octo/hello/code-scanning/sarifs/${SARIF_ID}`,
      `GET /repos/octo/hello/code-scanning/sarifs/${SARIF_ID}`,
      `GET /repos/octo/hello/code-scanning/sarifs/${SARIF_ID}`
    ]);
    const [upload] = api.requests;
    expect(upload?.body).toMatchObject({
      commit_sha: SHA,
      ref: 'refs/heads/main',
      checkout_uri: 'file:///github/workspace/',
      started_at: '2026-01-02T03:04:05Z',
      tool_name: 'bulkhead'
    });
    expect(upload?.headers).toMatchObject({
      authorization: 'Bearer ghs_test',
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28'
    });
    expect(upload?.headers['user-agent']).toMatch(/^bulkhead\//);
  });

  it('sends the gzip+base64 SARIF that decodes back to the same log, with suppressed results left out', async () => {
    api.script(UPLOAD, [{ status: 202, body: { id: SARIF_ID } }]);
    const sarif = sarifText();
    await uploadSarif({ ...repo(api), sarif, ref: 'refs/heads/main', commitSha: SHA });
    const decoded = uploadedSarif(api) as { runs: { results: { suppressions?: unknown }[] }[] };
    expect(decoded).toEqual(JSON.parse(sarif));
    const validate = compileSarifSchema();
    expect(validate(decoded)).toBe(true);
    const results = decoded.runs[0]?.results ?? [];
    expect(results.length).toBeGreaterThan(0);
    expect(results.some(r => r.suppressions)).toBe(false);
    expect(results.length).toBe(sampleResult().findings.filter(f => !f.suppression).length);
  });

  it('uploads a pull request analysis to refs/pull/N/merge with the merge commit', async () => {
    api.script(UPLOAD, [{ status: 202, body: { id: SARIF_ID } }]);
    const { ref, sha } = refAndSha(
      { name: 'pull_request', payload: { number: 42, pull_request: { number: 42, head: { sha: SHA } } } },
      { GITHUB_REF: 'refs/pull/42/merge', GITHUB_SHA: MERGE_SHA }
    );
    const outcome = await uploadSarif({ ...repo(api), sarif: sarifText(), ref, commitSha: sha });
    expect(outcome.kind).toBe('uploaded');
    expect(api.requests[0]?.body).toMatchObject({ ref: 'refs/pull/42/merge', commit_sha: MERGE_SHA });
  });

  it('turns a 403 into `forbidden` with the fix, without retrying', async () => {
    api.script(UPLOAD, [
      {
        status: 403,
        body: {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest'
        }
      }
    ]);
    const options = repo(api);
    const outcome = await uploadSarif({
      ...options,
      sarif: sarifText(),
      ref: 'refs/heads/main',
      commitSha: SHA
    });
    expect(outcome).toMatchObject({
      kind: 'forbidden',
      status: 403,
      message: 'Resource not accessible by integration'
    });
    if (outcome.kind !== 'forbidden') return;
    expect(outcome.hint).toMatch(/security-events: write/);
    expect(outcome.hint).toMatch(/code scanning is enabled/);
    expect(outcome.hint).toMatch(/forks and Dependabot/);
    expect(api.requests).toHaveLength(1);
    expect(options.time.sleeps).toEqual([]);
  });

  it('turns a 404 into `forbidden` too', async () => {
    api.script(UPLOAD, [{ status: 404, body: { message: 'Not Found', documentation_url: 'https://x' } }]);
    const outcome = await uploadSarif({
      ...repo(api),
      sarif: sarifText(),
      ref: 'refs/heads/main',
      commitSha: SHA
    });
    expect(outcome).toMatchObject({ kind: 'forbidden', status: 404 });
    expect(api.requests).toHaveLength(1);
  });

  it('413: GitHub refused the size; unavailable with the fix, not retried', async () => {
    api.script(UPLOAD, [{ status: 413, body: { message: 'Payload Too Large' } }]);
    const outcome = await upload(repo(api));
    expect(outcome).toMatchObject({ kind: 'unavailable', status: 413, message: 'Payload Too Large' });
    if (outcome.kind === 'unavailable') expect(outcome.hint).toMatch(/10 MB.*Enterprise Server/);
    expect(api.requests).toHaveLength(1);
  });

  it('422: a request GitHub cannot process fails, not retried', async () => {
    api.script(UPLOAD, [
      {
        status: 422,
        undocumented: true,
        body: { message: 'Validation Failed', errors: ['ref refs/heads/gone does not exist'] }
      }
    ]);
    const options = repo(api);
    const outcome = await upload(options);
    expect(outcome).toEqual({
      kind: 'failed',
      status: 422,
      message: 'Validation Failed: ref refs/heads/gone does not exist'
    });
    expect(api.requests).toHaveLength(1);
    expect(options.time.sleeps).toEqual([]);
  });

  it('429: waits the seconds Retry-After asks, then uploads', async () => {
    api.script(UPLOAD, [
      {
        status: 429,
        undocumented: true,
        headers: { 'retry-after': '7' },
        body: { message: 'You have exceeded a secondary rate limit.' }
      },
      { status: 202, body: { id: SARIF_ID } }
    ]);
    const options = repo(api);
    const lines: string[] = [];
    const outcome = await upload(options, { log: line => lines.push(line) });
    expect(outcome).toEqual({ kind: 'uploaded', id: SARIF_ID });
    expect(options.time.sleeps).toEqual([7000]);
    expect(lines).toContain('Retrying The SARIF upload in 7 s (attempt 2 of 4).');
  });

  it('429: honours Retry-After given as an HTTP date', async () => {
    const time = fakeTime();
    const at = new Date(time.now() + 12_000).toUTCString();
    api.script(UPLOAD, [
      { status: 429, undocumented: true, headers: { 'retry-after': at }, body: { message: 'slow down' } },
      { status: 202, body: { id: SARIF_ID } }
    ]);
    const options = repo(api, time);
    expect(await upload(options)).toEqual({ kind: 'uploaded', id: SARIF_ID });
    expect(options.time.sleeps).toEqual([12_000]);
  });

  it('rate-limited 403: waits until x-ratelimit-reset, then uploads', async () => {
    const time = fakeTime();
    const reset = Math.floor(time.now() / 1000) + 30;
    api.script(UPLOAD, [
      {
        status: 403,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
        body: { message: 'API rate limit exceeded for installation.', documentation_url: 'https://x' }
      },
      { status: 202, body: { id: SARIF_ID } }
    ]);
    const options = repo(api, time);
    expect(await upload(options)).toEqual({ kind: 'uploaded', id: SARIF_ID });
    expect(options.time.sleeps).toEqual([30_000]);
  });

  it('a rate-limit wait over the 60 s cap is given up at once with a clear message', async () => {
    api.script(UPLOAD, [
      {
        status: 403,
        headers: { 'retry-after': '3600' },
        body: { message: 'API rate limit exceeded for installation.', documentation_url: 'https://x' }
      }
    ]);
    const options = repo(api);
    const outcome = await upload(options);
    expect(outcome).toMatchObject({
      kind: 'unavailable',
      status: 403,
      message:
        'API rate limit exceeded for installation. (GitHub asked to wait 3600 s before trying again, longer than the 60 s Bulkhead waits)'
    });
    if (outcome.kind === 'unavailable') expect(outcome.hint).toMatch(/rate limit/);
    expect(options.time.sleeps).toEqual([]);
    expect(api.requests).toHaveLength(1);
  });

  it('5xx then OK: retries with jittered exponential backoff, one accepted upload', async () => {
    api.script(UPLOAD, [
      { status: 503, body: { message: 'Service unavailable', documentation_url: 'https://x' } },
      { status: 0, dropConnection: true },
      { status: 202, body: { id: SARIF_ID } }
    ]);
    const options = repo(api);
    const lines: string[] = [];
    const outcome = await upload(options, { retries: 3, log: line => lines.push(line) });
    expect(outcome).toEqual({ kind: 'uploaded', id: SARIF_ID });
    // Equal jitter with random() = 0.5: 3/4 of 1 s, then of 2 s.
    expect(options.time.sleeps).toEqual([750, 1500]);
    expect(api.requests).toHaveLength(3);
    expect(lines.some(line => line.includes('503'))).toBe(true);
  });

  it('jitter spreads the backoff between half and all of the exponential delay', async () => {
    api.script(UPLOAD, [
      { status: 503, body: { message: 'down', documentation_url: 'https://x' } },
      { status: 503, body: { message: 'down', documentation_url: 'https://x' } },
      { status: 202, body: { id: SARIF_ID } }
    ]);
    const low = repo(api);
    await upload({ ...low, random: () => 0 });
    expect(low.time.sleeps).toEqual([500, 1000]);
  });

  it('5xx forever: gives up after the retry budget; unavailable with the fix', async () => {
    api.script(UPLOAD, [
      { status: 503, body: { message: 'down', documentation_url: 'https://x' } },
      { status: 503, body: { message: 'still down', documentation_url: 'https://x' } },
      { status: 503, body: { message: 'really down', documentation_url: 'https://x' } }
    ]);
    const options = repo(api);
    const outcome = await upload(options, { retries: 2 });
    expect(outcome).toMatchObject({ kind: 'unavailable', status: 503, message: 'really down' });
    if (outcome.kind === 'unavailable') expect(outcome.hint).toMatch(/githubstatus/);
    expect(options.time.sleeps).toEqual([750, 1500]);
    expect(api.requests).toHaveLength(3);
  });

  it('stops retrying when the next wait would pass the deadline', async () => {
    api.script(UPLOAD, [
      { status: 503, body: { message: 'down', documentation_url: 'https://x' } },
      { status: 503, body: { message: 'still down', documentation_url: 'https://x' } }
    ]);
    const options = repo(api);
    const outcome = await upload({ ...options, deadline: options.time.now() + 2000 });
    expect(outcome).toMatchObject({ kind: 'unavailable', status: 503 });
    if (outcome.kind === 'unavailable')
      expect(outcome.message).toMatch(/would pass the time this step allows/);
    expect(options.time.sleeps).toEqual([750]);
    expect(api.requests).toHaveLength(2);
  });

  it('surfaces processing errors with a hint', async () => {
    const errors = ['A delivery cannot contain multiple runs with the same category'];
    api.script(STATUS, [{ status: 200, body: { processing_status: 'failed', analyses_url: null, errors } }]);
    const options = repo(api);
    const outcome = await waitForProcessing({ ...options, id: SARIF_ID, now: options.time.now });
    expect(outcome).toMatchObject({ kind: 'failed', errors });
    if (outcome.kind === 'failed') expect(outcome.hint).toMatch(/category/);
  });

  it('stops polling at the timeout', async () => {
    api.script(
      STATUS,
      Array.from({ length: 3 }, () => ({ status: 200, body: { processing_status: 'pending' } }))
    );
    const options = repo(api);
    const outcome = await waitForProcessing({
      ...options,
      id: SARIF_ID,
      intervalMs: 1000,
      timeoutMs: 3000
    });
    // Polls at 0, 1 and 2 s; none starts at or past the 3 s timeout.
    expect(outcome).toEqual({ kind: 'timeout', waitedMs: 2000 });
    expect(api.requests).toHaveLength(3);
  });

  it('stops polling on a 4xx', async () => {
    api.script(STATUS, [{ status: 404, body: { message: 'Not Found', documentation_url: 'https://x' } }]);
    const options = repo(api);
    const outcome = await waitForProcessing({ ...options, id: SARIF_ID, now: options.time.now });
    expect(outcome).toEqual({ kind: 'error', status: 404, message: 'Not Found' });
  });

  it('works against a GHES API URL with a path prefix', async () => {
    ghes.script(UPLOAD, [{ status: 202, body: { id: SARIF_ID } }]);
    const outcome = await uploadSarif({
      ...repo(ghes),
      apiUrl: `${ghes.url}/`,
      sarif: sarifText(),
      ref: 'refs/tags/v1.0.0',
      commitSha: 'c'.repeat(64)
    });
    expect(outcome.kind).toBe('uploaded');
    expect(ghes.requests.map(r => r.path)).toEqual(['/repos/octo/hello/code-scanning/sarifs']);
  });

  it('makes exactly one upload per run', async () => {
    api.script(UPLOAD, [{ status: 202, body: { id: SARIF_ID } }]);
    api.script(STATUS, [{ status: 200, body: { processing_status: 'complete' } }]);
    const options = repo(api);
    const outcome = await uploadSarif({
      ...options,
      sarif: sarifText(),
      ref: 'refs/heads/main',
      commitSha: SHA
    });
    if (outcome.kind === 'uploaded')
      await waitForProcessing({ ...options, id: outcome.id, now: options.time.now });
    expect(api.requests.filter(r => r.operationId === UPLOAD)).toHaveLength(1);
  });
});

describe('network faults', () => {
  function against(url: string) {
    const time = fakeTime();
    const options: GitHubRepoOptions = {
      apiUrl: url,
      token: 'ghs_test',
      owner: 'octo',
      repo: 'hello',
      sleep: time.sleep,
      now: time.now,
      random: () => 0.5,
      // Real milliseconds: the server below really never answers.
      attemptTimeoutMs: 50
    };
    return { options, time };
  }

  it('a server that accepts the connection and never answers: every attempt times out, then unavailable', async () => {
    const silent = await startSilentServer();
    try {
      const { options, time } = against(silent.url);
      const lines: string[] = [];
      const outcome = await upload({ ...options, log: line => lines.push(line) }, { retries: 2 });
      expect(outcome).toMatchObject({ kind: 'unavailable', message: 'no answer within 50 ms' });
      if (outcome.kind === 'unavailable') expect(outcome.hint).toMatch(/GITHUB_API_URL/);
      expect(lines.filter(line => line === 'The SARIF upload failed (no answer within 50 ms).')).toHaveLength(
        3
      );
      expect(silent.requests).toBeGreaterThan(0);
      expect(time.sleeps).toEqual([750, 1500]);
    } finally {
      await silent.close();
    }
  });

  it('a silent server cannot hold the upload past the deadline', async () => {
    const silent = await startSilentServer();
    try {
      const { options, time } = against(silent.url);
      const lines: string[] = [];
      const outcome = await upload(
        { ...options, deadline: time.now() + 1000, log: line => lines.push(line) },
        { retries: 10 }
      );
      expect(outcome).toMatchObject({ kind: 'unavailable' });
      if (outcome.kind === 'unavailable') {
        expect(outcome.message).toBe(
          "no answer within 50 ms; waiting 2 s more would pass the time this step allows for GitHub's API"
        );
      }
      expect(lines.filter(line => line.startsWith('The SARIF upload failed'))).toHaveLength(2);
    } finally {
      await silent.close();
    }
  });

  it('connection refused: retried, then unavailable naming the cause', async () => {
    const port = await closedPort();
    const { options, time } = against(`http://127.0.0.1:${port}`);
    const outcome = await upload(options, { retries: 1 });
    expect(outcome).toMatchObject({ kind: 'unavailable' });
    if (outcome.kind === 'unavailable') expect(outcome.message).toMatch(/ECONNREFUSED/);
    expect(time.sleeps).toEqual([750]);
  });

  it('polling a silent server ends at the timeout with the last error', async () => {
    const silent = await startSilentServer();
    try {
      const { options } = against(silent.url);
      const outcome = await waitForProcessing({
        ...options,
        id: SARIF_ID,
        intervalMs: 5000,
        timeoutMs: 12_000
      });
      expect(outcome).toMatchObject({ kind: 'timeout' });
      if (outcome.kind === 'timeout') expect(outcome.lastError).toMatch(/^no answer within 50 ms/);
      expect(silent.requests).toBeGreaterThan(1);
    } finally {
      await silent.close();
    }
  });

  it('polling rides out a 5xx and a rate limit, then sees the processing complete', async () => {
    api.script(STATUS, [
      { status: 503, body: { message: 'Service unavailable', documentation_url: 'https://x' } },
      { status: 200, body: { processing_status: 'pending' } },
      {
        status: 403,
        headers: { 'retry-after': '3' },
        body: { message: 'You have exceeded a secondary rate limit.', documentation_url: 'https://x' }
      },
      { status: 200, body: { processing_status: 'complete' } }
    ]);
    const options = repo(api);
    const outcome = await waitForProcessing({ ...options, id: SARIF_ID });
    expect(outcome).toEqual({ kind: 'complete' });
    expect(options.time.sleeps).toEqual([750, 5000, 3000]);
  });
});

describe('processingHint', () => {
  it('tells configuration problems from invalid SARIF', () => {
    expect(
      processingHint([
        'analyses from advanced configurations cannot be processed when the default setup is enabled'
      ])
    ).toMatch(/advanced setup/);
    expect(processingHint(['rejecting delivery as the repository has too many logical alerts'])).toMatch(
      /limit/
    );
    expect(processingHint(['an invalid URI was provided as a SARIF location'])).toMatch(/Bulkhead bug/);
  });
});

describe('the fake GitHub API itself', () => {
  it('rejects undocumented paths and invalid bodies', async () => {
    const headers = {
      Authorization: 'Bearer x',
      Accept: 'application/vnd.github+json',
      'X-GitHub-Api-Version': '2022-11-28',
      'User-Agent': 'test',
      'Content-Type': 'application/json'
    };
    const unknown = await fetch(`${api.url}/repos/octo/hello/code-scanning/sarif-uploads`, { headers });
    expect(unknown.status).toBe(404);
    const invalid = await fetch(`${api.url}/repos/octo/hello/code-scanning/sarifs`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ commit_sha: 'nope', ref: 'main', sarif: 'x', extra: true })
    });
    expect(invalid.status).toBe(422);
    expect(api.violations).toHaveLength(2);
    expect(api.violations[1]).toMatch(/commit_sha|ref|extra/);
    api.violations.length = 0;
  });
});
