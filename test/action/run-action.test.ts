/**
 * The Action end to end (scan → SARIF → upload → poll → annotations → summary → outputs → gate) in a real
 * Git repository, against the loopback stand-in for GitHub's API that checks every request against
 * GitHub's OpenAPI description.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { resolveGateScope } from '../../src/action/inputs.js';
import { runAction } from '../../src/action/run-action.js';
import type { GitRunner } from '../../src/gate/changed-lines.js';
import { runGit } from '../../src/gate/changed-lines.js';
import { documentedExample, startFakeGitHubApi, type FakeGitHubApi } from '../github/fake-github-api.js';
import { compileSarifSchema } from '../sarif-validation.js';
import { CANARIES, createWorkspace, stubIo, visibleText, type Workspace } from './action-workspace.js';

const UPLOAD = 'code-scanning/upload-sarif';
const STATUS = 'code-scanning/get-sarif';
const SARIF_ID = '47177e22-5596-11eb-80a1-c1e54ef945c6';
const MERGE_SHA = 'c'.repeat(40);
const LIST_COMMENTS = 'pulls/list-review-comments';
const CREATE_REVIEW = 'pulls/create-review';

let api: FakeGitHubApi;
let ws: Workspace;
let temp: string;

beforeAll(async () => {
  api = await startFakeGitHubApi();
  ws = createWorkspace();
  temp = mkdtempSync(join(tmpdir(), 'bulkhead-runner-'));
});

afterAll(async () => {
  await api.close();
  ws.cleanup();
  rmSync(temp, { recursive: true, force: true });
});

afterEach(() => {
  const violations = [...api.violations];
  api.reset();
  expect(violations).toEqual([]);
});

/** actions/checkout puts the pull request's test-merge commit at HEAD. */
const onMergeCommit: GitRunner = (args, cwd) =>
  args[0] === 'rev-parse' && args[1] === 'HEAD' ? `${MERGE_SHA}\n` : runGit(args, cwd);

function eventFile(name: string, payload: unknown): string {
  const path = join(temp, `${name}-event.json`);
  writeFileSync(path, JSON.stringify(payload));
  return path;
}

function pushEnv(): Record<string, string> {
  return {
    GITHUB_REPOSITORY: 'octo/hello',
    GITHUB_API_URL: api.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '42',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: eventFile('push', { before: ws.base, after: ws.head, ref: 'refs/heads/main' }),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: ws.head,
    RUNNER_TEMP: temp
  };
}

function prEnv(): Record<string, string> {
  return {
    ...pushEnv(),
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventFile('pull_request', {
      number: 7,
      pull_request: { number: 7, base: { sha: ws.base }, head: { sha: ws.head }, merge_commit_sha: MERGE_SHA }
    }),
    GITHUB_REF: 'refs/pull/7/merge',
    GITHUB_SHA: MERGE_SHA
  };
}

const INPUTS = { path: '.', token: 'ghs_fake_installation_token', 'fail-on': 'high' };

function scriptAccepted(): void {
  api.script(UPLOAD, [{ status: 202, body: { id: SARIF_ID, url: `${api.url}/x` } }]);
  api.script(STATUS, [
    { status: 200, body: { processing_status: 'pending' } },
    { status: 200, body: { processing_status: 'complete', analyses_url: `${api.url}/analyses` } }
  ]);
}

/** The pull request has no review comments yet, and GitHub takes the review. */
function scriptReviewAccepted(): void {
  api.script(LIST_COMMENTS, [{ status: 200, body: [] }]);
  api.script(CREATE_REVIEW, [{ status: 200, body: documentedExample(CREATE_REVIEW) }]);
}

function reviews() {
  return api.requests.filter(r => r.operationId === CREATE_REVIEW);
}

function uploads() {
  return api.requests.filter(r => r.operationId === UPLOAD);
}

function decodedSarif(index = 0): { runs: { results: { ruleId: string }[] }[] } {
  const body = uploads()[index]?.body as { sarif: string };
  return JSON.parse(gunzipSync(Buffer.from(body.sarif, 'base64')).toString('utf8'));
}

describe('the Action against the GitHub API stand-in', () => {
  it('push: one upload with a valid gzip+base64 SARIF for the pushed ref and commit, polled until processed', async () => {
    scriptAccepted();
    const { io, recorded } = stubIo(ws.dir, INPUTS, pushEnv());
    const outcome = await runAction(io);

    expect(uploads()).toHaveLength(1);
    const body = uploads()[0]?.body as Record<string, string>;
    expect(body.commit_sha).toBe(ws.head);
    expect(body.ref).toBe('refs/heads/main');
    expect(body.tool_name).toBe('bulkhead');
    expect(body.checkout_uri).toBe(`file://${ws.dir}/`);
    expect(body.started_at).toMatch(/^\d{4}-\d\d-\d\dT/);
    const sarif = decodedSarif();
    expect(compileSarifSchema()(sarif)).toBe(true);
    expect(sarif.runs[0]?.results.map(r => r.ruleId).sort()).toEqual(['BH101', 'BH201', 'BH201', 'BH301']);
    expect(api.requests.filter(r => r.operationId === STATUS)).toHaveLength(2);

    expect(recorded.outputs).toEqual({
      'sarif-file': join(temp, 'bulkhead.sarif'),
      findings: '4',
      'new-findings': '3',
      'highest-severity': 'high',
      gate: 'fail',
      'sarif-id': SARIF_ID
    });
    expect(outcome.gate).toBe('fail');
    expect(recorded.failed).toEqual(["Bulkhead: 4 findings at or above 'high'."]);
    expect(recorded.secrets).toEqual(['ghs_fake_installation_token']);
    // Push: no pull request, so every finding is annotated, with "BHxxx: slug" titles and lines.
    expect(
      recorded.annotations
        .map(
          a =>
            `${a.level} ${String(a.properties?.title)} ${String(a.properties?.file)}:${String(a.properties?.startLine)}`
        )
        .sort()
    ).toEqual([
      'error BH101: image-runs-as-root legacy/Dockerfile:1',
      'error BH201: secret-in-env-or-arg app/Dockerfile:3',
      'error BH201: secret-in-env-or-arg app/Dockerfile:4',
      'error BH301: tls-verification-disabled app/Dockerfile:5'
    ]);
    const summary = recorded.summary.join('');
    expect(summary).toContain('**Gate: failed** — 4 findings at or above `high`.');
    expect(summary).toContain('3 new · 1 existing');
    expect(summary).toContain(`https://github.com/octo/hello/blob/${ws.head}/app/Dockerfile#L3`);
    expect(summary).toContain('docs/rules/BH201.md');
    expect(summary).toContain(`\`${SARIF_ID}\``);
  });

  it('pull request: uploads to refs/pull/N/merge with the merge commit; `fail-on-scope` (auto) gates on changed lines only', async () => {
    scriptAccepted();
    scriptReviewAccepted();
    const { io, recorded } = stubIo(ws.dir, INPUTS, prEnv());
    await runAction({ ...io, git: onMergeCommit });

    expect(uploads()).toHaveLength(1);
    const body = uploads()[0]?.body as Record<string, string>;
    expect([body.ref, body.commit_sha]).toEqual(['refs/pull/7/merge', MERGE_SHA]);
    expect(recorded.outputs.gate).toBe('fail');
    expect(recorded.outputs['new-findings']).toBe('3');
    expect(recorded.failed).toEqual(["Bulkhead: 3 new findings at or above 'high'."]);
    // annotations: auto on a PR whose upload worked: code scanning shows the new ones; only the old one here.
    expect(recorded.annotations.map(a => a.properties?.file)).toEqual(['legacy/Dockerfile']);
    expect(recorded.logs.join('\n')).toContain('3 new findings are annotated by code scanning');
    // The existing high finding did not block, and the summary and the log say so, verdict first.
    const summary = recorded.summary.join('');
    expect(summary).toContain(
      '**Gate: failed** — 3 new findings at or above `high`. 1 existing finding at or above it did not block this change.'
    );
    const verdictAt = recorded.logs.findIndex(line =>
      line.startsWith('Bulkhead: gate failed: 3 new findings')
    );
    expect(verdictAt).toBeGreaterThanOrEqual(0);
    expect(recorded.logs[verdictAt + 1]).toBe('4 findings in 2 files · 2 files scanned · 3 new · 1 existing');
    expect(recorded.logs.slice(verdictAt)).toContain('📄 legacy/Dockerfile');
    // No fix paragraphs in the log: the summary and the alerts carry them.
    expect(recorded.logs.join('\n')).not.toContain('useradd');
  });

  it('pull request: one review of suggestion blocks on changed lines, and none repeated on the next push', async () => {
    scriptAccepted();
    scriptReviewAccepted();
    const first = stubIo(ws.dir, INPUTS, prEnv());
    await runAction({ ...first.io, git: onMergeCommit });

    expect(reviews()).toHaveLength(1);
    const review = reviews()[0];
    expect(review?.path).toBe('/repos/octo/hello/pulls/7/reviews');
    const body = review?.body as { commit_id: string; event: string; comments: Record<string, unknown>[] };
    // Review comments anchor on the pull request's head commit, not the test-merge commit that was scanned.
    expect([body.commit_id, body.event]).toEqual([ws.head, 'COMMENT']);
    // BH301 (curl -k) on the added line 5 has a safe fix; the secrets on lines 3-4 have none; the
    // existing BH101 in legacy/Dockerfile is not on a changed line.
    expect(body.comments.map(c => [c.path, c.line, c.side, c.start_line])).toEqual([
      ['app/Dockerfile', 5, 'RIGHT', undefined]
    ]);
    const comment = String(body.comments[0]?.body);
    expect(comment).toMatch(/^\*\*BH301\*\* \(high\): /);
    expect(comment).toContain(
      '```suggestion\nRUN curl https://example.com/install.sh -o /tmp/install.sh\n```'
    );
    expect(comment).toMatch(/<!-- bulkhead-suggestion: BH301:[^ ]+ -->$/);
    expect(JSON.stringify(review?.body)).not.toContain(CANARIES.githubToken.slice(4));
    expect(JSON.stringify(review?.body)).not.toContain(CANARIES.dbPassword.slice(4));
    expect(first.recorded.logs).toContain('Suggestions: posted a review with 1 fix suggestion(s).');
    expect(api.violations).toEqual([]);
    api.reset();

    // The next push: GitHub lists the comment made before (with its marker), so nothing is posted.
    scriptAccepted();
    const existing = documentedExample<Record<string, unknown>[]>(LIST_COMMENTS);
    api.script(LIST_COMMENTS, [{ status: 200, body: [{ ...existing[0], body: `${comment}\n\nThanks!` }] }]);
    const second = stubIo(ws.dir, INPUTS, prEnv());
    await runAction({ ...second.io, git: onMergeCommit });
    expect(reviews()).toHaveLength(0);
    expect(api.requests.find(r => r.operationId === LIST_COMMENTS)?.path).toBe(
      '/repos/octo/hello/pulls/7/comments'
    );
    expect(second.recorded.logs.join('\n')).toContain('1 already suggested by an earlier run');
    expect(api.violations).toEqual([]);
    api.reset();

    // `suggestions: off`: the pull request's comments are not even listed.
    scriptAccepted();
    const off = stubIo(ws.dir, { ...INPUTS, suggestions: 'off' }, prEnv());
    await runAction({ ...off.io, git: onMergeCommit });
    expect(api.requests.filter(r => r.operationId.startsWith('pulls/'))).toEqual([]);
  });

  it('suggestions only for files that are the same at the head commit (git, else the contents API)', async () => {
    const scanned = readFileSync(join(ws.dir, 'app/Dockerfile'), 'utf8');
    // The base branch added a line above: at the head, line 5 is another line, so no suggestion.
    scriptAccepted();
    const moved = stubIo(ws.dir, INPUTS, prEnv());
    await runAction({
      ...moved.io,
      git: (args, cwd) =>
        args[0] === 'show' ? `# moved by the base branch\n${scanned}` : onMergeCommit(args, cwd)
    });
    expect(api.requests.filter(r => r.operationId.startsWith('pulls/'))).toEqual([]);
    expect(moved.recorded.logs.join('\n')).toContain('differ between the scanned merge commit and the head');
    expect(api.violations).toEqual([]);
    api.reset();

    // A shallow checkout without the head commit: the contents API gives the file at the head.
    scriptAccepted();
    const content = documentedExample<Record<string, unknown>>('repos/get-content');
    api.script('repos/get-content', [
      {
        status: 200,
        body: { ...content, encoding: 'base64', content: Buffer.from(scanned).toString('base64') }
      }
    ]);
    scriptReviewAccepted();
    const shallow = stubIo(ws.dir, INPUTS, prEnv());
    await runAction({
      ...shallow.io,
      git: (args, cwd) => {
        if (args[0] === 'show') throw new Error(`fatal: invalid object name '${ws.head}'`);
        return onMergeCommit(args, cwd);
      }
    });
    const read = api.requests.find(r => r.operationId === 'repos/get-content');
    expect(read?.path).toBe('/repos/octo/hello/contents/app/Dockerfile');
    expect(reviews()).toHaveLength(1);
  });

  it('push: `fail-on-scope` (auto) counts every finding, and a clean push is one summary line', async () => {
    expect(resolveGateScope('auto', 'push')).toBe('all');
    expect(resolveGateScope('auto', 'schedule')).toBe('all');
    expect(resolveGateScope('auto', 'workflow_dispatch')).toBe('all');
    expect(resolveGateScope('auto', 'merge_group')).toBe('new');
    expect(resolveGateScope('auto', 'pull_request_target')).toBe('new');
    expect(resolveGateScope('all', 'pull_request')).toBe('all');

    scriptAccepted();
    // A service with a clean Dockerfile, scanned on its own.
    mkdirSync(join(ws.dir, 'clean'));
    writeFileSync(join(ws.dir, 'clean/Dockerfile'), 'FROM node:20.11-alpine\nWORKDIR /app\nUSER node\n');
    const { io, recorded } = stubIo(ws.dir, { ...INPUTS, path: 'clean' }, pushEnv());
    let outcome;
    try {
      outcome = await runAction(io);
    } finally {
      rmSync(join(ws.dir, 'clean'), { recursive: true, force: true });
    }
    expect(outcome.gate).toBe('pass');
    expect(recorded.summary).toEqual([
      `✅ **Bulkhead**: no findings · 1 file scanned · Code scanning upload: \`${SARIF_ID}\` for \`refs/heads/main\` at \`${ws.head.slice(0, 12)}\`. Processing: complete.\n`
    ]);
    expect(recorded.logs.join('\n')).not.toContain('every finding counts as new');
  });

  it('a 403 on upload is one warning with the fix, and the gate still applies', async () => {
    api.script(UPLOAD, [{ status: 403, body: { message: 'Resource not accessible by integration' } }]);
    // A fork's read-only token: listing review comments works, posting a review does not.
    api.script(LIST_COMMENTS, [{ status: 200, body: [] }]);
    api.script(CREATE_REVIEW, [{ status: 403, body: { message: 'Resource not accessible by integration' } }]);
    const { io, recorded } = stubIo(ws.dir, INPUTS, prEnv());
    await runAction(io);

    expect(uploads()).toHaveLength(1);
    const warnings = recorded.annotations.filter(a => a.level === 'warning' && !a.properties);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toMatch(
      /refused \(403: Resource not accessible by integration\).*security-events: write/
    );
    expect(recorded.outputs['sarif-id']).toBe('');
    expect(recorded.outputs.gate).toBe('fail');
    // fail-on-scope defaults to auto: on a pull request only new findings count.
    expect(recorded.failed).toEqual(["Bulkhead: 3 new findings at or above 'high'."]);
    // The upload did not happen, so annotations cannot be left to code scanning: all four are here.
    expect(recorded.annotations.filter(a => a.properties?.file)).toHaveLength(4);
    // The refused suggestions are one notice without a location, and do not fail the step.
    const notices = recorded.annotations.filter(a => a.level === 'notice' && !a.properties);
    expect(notices.map(n => n.message)).toEqual([
      expect.stringMatching(/could not post 1 fix suggestion.*403.*'pull-requests: write'.*forks/)
    ]);
    expect(reviews()).toHaveLength(1);
  });

  it('a 403 fails the step when `upload: true`', async () => {
    api.script(UPLOAD, [{ status: 403, body: { message: 'Advanced Security must be enabled' } }]);
    const { io, recorded } = stubIo(ws.dir, { ...INPUTS, upload: 'true', 'fail-on': 'none' }, pushEnv());
    await runAction(io);
    expect(recorded.outputs.gate).toBe('pass');
    expect(recorded.failed).toHaveLength(1);
    expect(recorded.failed[0]).toMatch(/refused \(403: Advanced Security must be enabled\)/);
  });

  it('retries a 5xx and then succeeds with exactly one accepted upload', async () => {
    api.script(UPLOAD, [
      { status: 503, body: { message: 'Service unavailable' } },
      { status: 202, body: { id: SARIF_ID } }
    ]);
    api.script(STATUS, [{ status: 200, body: { processing_status: 'complete' } }]);
    const { io, recorded } = stubIo(ws.dir, { ...INPUTS, 'fail-on': 'none' }, pushEnv());
    await runAction(io);
    expect(uploads()).toHaveLength(2);
    expect(decodedSarif(0)).toEqual(decodedSarif(1));
    expect(recorded.outputs['sarif-id']).toBe(SARIF_ID);
    expect(recorded.failed).toEqual([]);
  });

  it('derives the category from workflow, job, matrix and paths when none is given', async () => {
    scriptAccepted();
    const env = {
      ...pushEnv(),
      GITHUB_WORKFLOW_REF: 'octo/hello/.github/workflows/containers.yml@refs/heads/main',
      GITHUB_JOB: 'bulkhead'
    };
    const { io } = stubIo(ws.dir, { ...INPUTS, path: 'app', matrix: '{"service":"app","node":20}' }, env);
    await runAction(io);
    const sarif = decodedSarif() as { runs: { automationDetails?: { id: string } }[] };
    expect(sarif.runs[0]?.automationDetails?.id).toBe(
      '.github/workflows/containers.yml:bulkhead/node:/service:app/path:app/'
    );
  });

  it('`exclude`, `severity`, `format`/`output`, `pod-security-level` and `require-digest` reach the scan', async () => {
    // A Kubernetes workload that passes `baseline` but not `restricted`, with a tag instead of a digest.
    writeFileSync(
      join(ws.dir, 'legacy/worker.yaml'),
      [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata: { name: worker }',
        'spec:',
        '  selector: { matchLabels: { app: worker } }',
        '  template:',
        '    metadata: { labels: { app: worker } }',
        '    spec:',
        '      containers:',
        '        - name: worker',
        '          image: ghcr.io/octo/worker:2.3.1',
        ''
      ].join('\n')
    );
    try {
      const base = { ...INPUTS, upload: 'false', 'fail-on': 'none' };
      const plain = stubIo(ws.dir, base, pushEnv());
      await runAction(plain.io);
      const strict = stubIo(
        ws.dir,
        {
          ...base,
          exclude: 'app/**',
          'pod-security-level': 'restricted',
          'require-digest': 'true',
          output: 'reports/bulkhead.json'
        },
        pushEnv()
      );
      await runAction(strict.io);
      const report = JSON.parse(readFileSync(join(ws.dir, 'reports/bulkhead.json'), 'utf8')) as {
        findings: { ruleId: string; file: string }[];
      };
      const rulesIn = (file: string) =>
        report.findings
          .filter(f => f.file === file)
          .map(f => f.ruleId)
          .sort();
      // Defaults (baseline, no digest required): one finding on the worker.
      expect(plain.recorded.outputs.findings).toBe('5');
      expect(rulesIn('app/Dockerfile')).toEqual([]);
      expect(rulesIn('legacy/Dockerfile')).toEqual(['BH101', 'BH403']);
      // restricted adds BH502/BH503/BH509/BH511/BH517, require-digest adds BH403.
      expect(rulesIn('legacy/worker.yaml')).toEqual([
        'BH403',
        'BH502',
        'BH503',
        'BH508',
        'BH509',
        'BH511',
        'BH517'
      ]);

      // `severity: high` leaves the medium and low ones out of everything, the report included.
      const high = stubIo(ws.dir, { ...base, severity: 'high', output: 'reports/high.md' }, pushEnv());
      await runAction(high.io);
      expect(high.recorded.outputs.findings).toBe('4');
      const markdown = readFileSync(join(ws.dir, 'reports/high.md'), 'utf8');
      expect(markdown).toMatch(/^## ❌ Bulkhead: 4 findings in 2 files\n/);
      expect(markdown).not.toContain('BH508');
    } finally {
      rmSync(join(ws.dir, 'legacy/worker.yaml'), { force: true });
      rmSync(join(ws.dir, 'reports'), { recursive: true, force: true });
    }
  });

  it('shows GitHub processing errors with a hint and fails the step', async () => {
    api.script(UPLOAD, [{ status: 202, body: { id: SARIF_ID } }]);
    api.script(STATUS, [
      {
        status: 200,
        body: {
          processing_status: 'failed',
          errors: ['A delivery cannot contain multiple runs with the same category']
        }
      }
    ]);
    const { io, recorded } = stubIo(ws.dir, { ...INPUTS, 'fail-on': 'none' }, pushEnv());
    await runAction(io);
    expect(recorded.outputs.gate).toBe('pass');
    expect(recorded.failed).toHaveLength(1);
    expect(recorded.failed[0]).toContain('multiple runs with the same category');
    expect(recorded.failed[0]).toContain('its own `category` input');
  });

  it('passes `category` through runAutomationDetails', async () => {
    scriptAccepted();
    const { io } = stubIo(ws.dir, { ...INPUTS, category: 'windows-images', 'fail-on': 'none' }, pushEnv());
    await runAction(io);
    const sarif = decodedSarif() as unknown as { runs: { automationDetails?: { id?: string } }[] };
    expect(sarif.runs[0]?.automationDetails?.id).toBe('windows-images/');
  });

  it('no secret reaches logs, annotations, the summary, outputs, the SARIF file or the uploaded SARIF', async () => {
    scriptAccepted();
    const { io, recorded } = stubIo(ws.dir, { ...INPUTS, annotations: 'on' }, pushEnv());
    const outcome = await runAction(io);
    const uploaded = JSON.stringify(decodedSarif());
    const visible = `${visibleText(recorded, outcome.sarifFile)}\n${uploaded}`;
    for (const [name, canary] of Object.entries(CANARIES)) {
      expect({ name, leaked: visible.includes(canary.slice(4, 9)) }).toEqual({ name, leaked: false });
    }
    expect(visible).toContain(`'${CANARIES.githubToken.slice(0, 4)}…'`);
  });

  it('falls back to the compare API when git cannot find the merge base (shallow checkout)', async () => {
    scriptAccepted();
    const compare = documentedExample<{ files: Record<string, unknown>[] }>('repos/compare-commits');
    const template = compare.files[0] ?? {};
    compare.files = [
      {
        ...template,
        filename: 'app/Dockerfile',
        status: 'modified',
        patch: '@@ -2,0 +3,2 @@\n+ENV A=1\n+ENV B=2'
      }
    ];
    api.script('repos/compare-commits', [{ status: 200, body: compare }]);
    const shallow: GitRunner = (args, cwd) => {
      if (args[0] === 'rev-parse') return `${MERGE_SHA}\n`;
      if (args[0] === 'merge-base')
        throw Object.assign(new Error('fatal'), { stderr: 'fatal: Not a valid object name' });
      return runGit(args, cwd);
    };
    const { io, recorded } = stubIo(ws.dir, { ...INPUTS, 'fail-on-scope': 'new' }, prEnv());
    await runAction({ ...io, git: shallow });
    const comparison = api.requests.find(r => r.operationId === 'repos/compare-commits');
    expect(comparison?.path).toBe(`/repos/octo/hello/compare/${ws.base}...${ws.head}`);
    expect(recorded.outputs['new-findings']).toBe('2');
    expect(recorded.logs.join('\n')).toMatch(/git could not diff .*used GitHub's compare API/);
  });

  it('`suppressed: dismiss` uploads suppressed results and dismisses their open alerts with the reason', async () => {
    writeFileSync(
      join(ws.dir, '.bulkhead.yml'),
      'ignore:\n  - rules: [BH101]\n    paths: ["legacy/**"]\n    reason: Legacy image, retired in Q3\n'
    );
    try {
      scriptAccepted();
      const alerts = documentedExample<Record<string, unknown>[]>('code-scanning/list-alerts-for-repo');
      const alert = alerts[0] as Record<string, Record<string, unknown>>;
      alert.rule = { ...alert.rule, id: 'BH101' };
      alert.most_recent_instance = {
        ...alert.most_recent_instance,
        location: { path: 'legacy/Dockerfile', start_line: 1, end_line: 1, start_column: 1, end_column: 18 }
      };
      api.script('code-scanning/list-alerts-for-repo', [{ status: 200, body: [alert] }]);
      api.script('code-scanning/update-alert', [
        { status: 200, body: documentedExample('code-scanning/update-alert') }
      ]);
      const { io, recorded } = stubIo(
        ws.dir,
        { ...INPUTS, suppressed: 'dismiss', 'fail-on': 'none' },
        pushEnv()
      );
      await runAction(io);
      const results = decodedSarif().runs[0]?.results as { ruleId: string; suppressions?: unknown[] }[];
      expect(results.filter(r => r.suppressions?.length).map(r => r.ruleId)).toEqual(['BH101']);
      const patch = api.requests.find(r => r.operationId === 'code-scanning/update-alert');
      expect(patch?.path).toBe(`/repos/octo/hello/code-scanning/alerts/${String(alert.number)}`);
      expect(patch?.body).toEqual({
        state: 'dismissed',
        dismissed_reason: "won't fix",
        dismissed_comment: 'Suppressed in the Bulkhead config: Legacy image, retired in Q3'
      });
      expect(recorded.summary.join('')).toContain('1 alert(s) dismissed');
    } finally {
      rmSync(join(ws.dir, '.bulkhead.yml'));
    }
  });

  it('`trusted-registries` turns BH402 on and the SARIF message names the input', async () => {
    const { io } = stubIo(
      ws.dir,
      { path: 'legacy', 'fail-on': 'none', 'trusted-registries': 'mcr.microsoft.com,\nghcr.io/octo/*' },
      { RUNNER_TEMP: temp }
    );
    await runAction(io);
    const sarif = JSON.parse(readFileSync(join(temp, 'bulkhead.sarif'), 'utf8')) as {
      runs: { results: { ruleId: string; message: { text: string } }[] }[];
    };
    const bh402 = sarif.runs[0]?.results.filter(r => r.ruleId === 'BH402').map(r => r.message.text);
    expect(bh402).toEqual([
      "FROM pulls 'ubuntu:22.04' from registry 'docker.io' ('docker.io/library/ubuntu'), which is not on the trusted-registries list set by the Action input 'trusted-registries'."
    ]);
  });

  it('without a token or repository it scans, annotates and gates, but does not upload', async () => {
    const { io, recorded } = stubIo(ws.dir, { path: 'legacy' }, { RUNNER_TEMP: temp });
    await runAction(io);
    expect(api.requests).toEqual([]);
    expect(recorded.outputs.findings).toBe('1');
    expect(recorded.failed).toEqual(["Bulkhead: 1 finding at or above 'high'."]);
    expect(JSON.parse(readFileSync(join(temp, 'bulkhead.sarif'), 'utf8')).runs[0].results).toHaveLength(1);
  });

  it('asks git for the checked-out commit only when it uploads', async () => {
    // A scheduled run (no earlier commit to diff with), once with `upload: false` and once uploading.
    const env = { ...pushEnv(), GITHUB_EVENT_NAME: 'schedule', GITHUB_EVENT_PATH: eventFile('schedule', {}) };
    const calls: string[] = [];
    const recordingGit: GitRunner = (args, cwd) => {
      calls.push(args.join(' '));
      return onMergeCommit(args, cwd);
    };
    const off = stubIo(ws.dir, { ...INPUTS, path: 'legacy', upload: 'false' }, env);
    await runAction({ ...off.io, git: recordingGit });
    expect(off.recorded.outputs.findings).toBe('1');
    expect(calls).toEqual([]);

    scriptAccepted();
    const on = stubIo(ws.dir, { ...INPUTS, path: 'legacy' }, env);
    await runAction({ ...on.io, git: recordingGit });
    expect(calls).toEqual(['rev-parse HEAD']);
    expect(api.requests.filter(r => r.operationId === UPLOAD)).toHaveLength(1);
  });
});
