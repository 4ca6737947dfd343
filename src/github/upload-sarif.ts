/**
 * Upload a SARIF log to GitHub code scanning through the public REST API and wait for it to be
 * processed (sarif-github.md §2.1–2.3). Pure Node: `fetch`, the clock and `sleep` are injectable
 * so tests run against a local fake API without real waits.
 */
import { gzipSync } from 'node:zlib';
import {
  answerMessage,
  exchange,
  repoUrl,
  retryPolicy,
  type Answer,
  type Exchange,
  type GitHubRepoOptions
} from './github-api.js';
import { isRateLimited } from './retry-policy.js';

export type { GitHubRepoOptions } from './github-api.js';
export { API_VERSION } from './github-api.js';

export interface UploadOptions extends GitHubRepoOptions {
  /** The SARIF log as JSON text (not yet compressed). */
  sarif: string;
  commitSha: string;
  ref: string;
  /** `file://` URI of the checkout, used by GitHub to relativize absolute paths. */
  checkoutUri?: string;
  /** ISO 8601 time the analysis started. */
  startedAt?: string;
  toolName?: string;
  /** Retries after the first attempt for 5xx, rate limits, network errors and timeouts (default 3). */
  retries?: number;
  /** First backoff delay in ms; doubles per retry (jittered), capped at 30 s (default 1000). */
  backoffMs?: number;
}

/**
 * `unavailable`: GitHub could not take the upload now (no answer, 5xx, rate limit, payload size):
 * a warning under `upload: auto`. `failed`: GitHub refused the request itself (400, 422…).
 */
export type UploadOutcome =
  | { kind: 'uploaded'; id: string; url?: string }
  | { kind: 'forbidden'; status: 403 | 404; message: string; hint: string }
  | { kind: 'unavailable'; status?: number; message: string; hint: string }
  | { kind: 'failed'; status?: number; message: string };

/** Per attempt: a 10 MB payload goes up in seconds from a hosted runner; 25 s is generous. */
export const UPLOAD_ATTEMPT_TIMEOUT_MS = 25_000;

export const FORBIDDEN_HINT =
  'Give the job `permissions: security-events: write` (private repositories also need ' +
  '`contents: read` and `actions: read`); make sure code scanning is enabled for the repository ' +
  '(GitHub Code Security / Advanced Security for private repositories) and that it is not archived. ' +
  'Pull requests from forks and Dependabot run with a read-only token that cannot upload: ' +
  'skip the upload for them (for example upload only on push and same-repository pull requests).';

export const NOT_FOUND_HINT =
  'GitHub answered 404: check the owner/repository, that the token can see the repository and that ' +
  'code scanning is available there. ' +
  FORBIDDEN_HINT;

export const UNREACHABLE_HINT =
  "Check that the runner can reach GitHub's API (`GITHUB_API_URL`; a proxy or firewall must allow it), " +
  'or re-run the job later (https://www.githubstatus.com). The SARIF is in the `sarif-file` output.';

export const SERVER_ERROR_HINT =
  "GitHub's API kept failing; re-run the job later (https://www.githubstatus.com). " +
  'The SARIF is in the `sarif-file` output.';

export const RATE_LIMIT_HINT =
  'The token reached a GitHub API rate limit (the upload endpoint allows 1,000 requests an hour per ' +
  'token); re-run the job later or upload less often. The SARIF is in the `sarif-file` output.';

export const TOO_LARGE_HINT =
  "Bulkhead trims the upload to GitHub's documented 10 MB, so this server has a lower limit (a GitHub " +
  'Enterprise Server setting?); narrow the scan (the `path` input, `exclude` in the config file). The full SARIF is in ' +
  'the `sarif-file` output.';

/** The `sarif` field of the upload: gzip, then Base64 (REST description of the endpoint). */
export function encodeSarif(sarif: string): string {
  return gzipSync(Buffer.from(sarif, 'utf8')).toString('base64');
}

function accepted(answer: Answer): UploadOutcome {
  let parsed: { id?: unknown; url?: unknown } = {};
  try {
    parsed = JSON.parse(answer.text) as typeof parsed;
  } catch {
    // Checked below.
  }
  if (typeof parsed.id !== 'string' || parsed.id === '') {
    return { kind: 'failed', status: answer.status, message: 'GitHub accepted the upload without an id.' };
  }
  return {
    kind: 'uploaded',
    id: parsed.id,
    ...(typeof parsed.url === 'string' ? { url: parsed.url } : {})
  };
}

/** What an upload's final answer (or its absence) means for the step. */
export function uploadOutcome(result: Exchange): UploadOutcome {
  if (result.kind === 'unreachable') {
    return { kind: 'unavailable', message: result.message, hint: UNREACHABLE_HINT };
  }
  const { status } = result;
  if (status >= 200 && status < 300) return accepted(result);
  const message = result.stopped ? `${answerMessage(result)} (${result.stopped})` : answerMessage(result);
  if (isRateLimited(status, result.headers, answerMessage(result))) {
    return { kind: 'unavailable', status, message, hint: RATE_LIMIT_HINT };
  }
  if (status >= 500) return { kind: 'unavailable', status, message, hint: SERVER_ERROR_HINT };
  if (status === 403 || status === 404) {
    return { kind: 'forbidden', status, message, hint: status === 403 ? FORBIDDEN_HINT : NOT_FOUND_HINT };
  }
  if (status === 413) return { kind: 'unavailable', status, message, hint: TOO_LARGE_HINT };
  return { kind: 'failed', status, message };
}

/**
 * POST the SARIF to `/repos/{owner}/{repo}/code-scanning/sarifs`. 5xx, rate limits, network
 * errors and timeouts are retried (github-api.ts `exchange`); other 4xx are not. 403/404 become
 * `forbidden` with the fix, so the caller can warn instead of failing the build.
 */
export async function uploadSarif(options: UploadOptions): Promise<UploadOutcome> {
  const log = options.log ?? (() => {});
  const body = JSON.stringify({
    commit_sha: options.commitSha,
    ref: options.ref,
    sarif: encodeSarif(options.sarif),
    ...(options.checkoutUri ? { checkout_uri: options.checkoutUri } : {}),
    ...(options.startedAt ? { started_at: options.startedAt } : {}),
    ...(options.toolName ? { tool_name: options.toolName } : {})
  });
  const policy = retryPolicy(options, {
    retries: options.retries ?? 3,
    backoffMs: options.backoffMs ?? 1000,
    attemptTimeoutMs: UPLOAD_ATTEMPT_TIMEOUT_MS
  });
  const result = await exchange(
    options,
    { method: 'POST', url: `${repoUrl(options)}/code-scanning/sarifs`, body, what: 'The SARIF upload' },
    policy
  );
  const outcome = uploadOutcome(result);
  if (outcome.kind === 'uploaded') log(`Uploaded SARIF, id ${outcome.id}.`);
  return outcome;
}

export interface WaitOptions extends GitHubRepoOptions {
  /** The id `uploadSarif` returned. */
  id: string;
  /** Give up after this long (default 2 minutes; `deadline` may end it sooner). */
  timeoutMs?: number;
  /** Delay between polls (default 5 s). */
  intervalMs?: number;
}

export type ProcessingOutcome =
  | { kind: 'complete'; analysesUrl?: string }
  | { kind: 'failed'; errors: string[]; hint: string }
  | { kind: 'timeout'; waitedMs: number; lastError?: string }
  | { kind: 'error'; status?: number; message: string };

/** Per poll: the status request is tiny. */
export const POLL_ATTEMPT_TIMEOUT_MS = 15_000;

/** Processing errors that come from the repository's setup, not from our SARIF (codeql-action's split). */
const CONFIGURATION_ERRORS = [
  /default setup is enabled/i,
  /too many logical alerts/i,
  /multiple runs with the same category/i
];

/** The fix for errors GitHub reported while processing an upload. */
export function processingHint(errors: readonly string[]): string {
  if (errors.some(error => /default setup is enabled/i.test(error))) {
    return 'Code scanning default setup is enabled for this repository; switch it to advanced setup to accept uploads from Bulkhead.';
  }
  if (errors.some(error => /multiple runs with the same category/i.test(error))) {
    return 'Give each upload of Bulkhead its own `category` input, and upload one run per category.';
  }
  if (errors.some(error => /too many logical alerts/i.test(error))) {
    return 'The repository has reached GitHub’s limit of alerts; close or dismiss old alerts or narrow the scan.';
  }
  if (errors.some(error => !CONFIGURATION_ERRORS.some(pattern => pattern.test(error)))) {
    return 'GitHub rejected the SARIF itself; this is a Bulkhead bug, please report it with the `sarif-file` output attached.';
  }
  return 'See the errors GitHub reported.';
}

/** A status answer's verdict, or `undefined` while processing is pending. */
function processingStatus(text: string): ProcessingOutcome | undefined {
  let body: { processing_status?: unknown; analyses_url?: unknown; errors?: unknown } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    return { kind: 'error', message: 'GitHub answered the status request with a body that is not JSON.' };
  }
  if (body.processing_status === 'complete') {
    return {
      kind: 'complete',
      ...(typeof body.analyses_url === 'string' ? { analysesUrl: body.analyses_url } : {})
    };
  }
  if (body.processing_status === 'failed') {
    const errors = Array.isArray(body.errors)
      ? body.errors.filter((e): e is string => typeof e === 'string')
      : [];
    return { kind: 'failed', errors, hint: processingHint(errors) };
  }
  return undefined;
}

/**
 * Poll `GET /repos/{owner}/{repo}/code-scanning/sarifs/{id}` until processing is `complete` or
 * `failed`, or until `timeoutMs` (or the `deadline`) has passed. Transient failures (5xx, rate
 * limits, network errors, timeouts) are retried within that time; any other 4xx stops polling.
 */
export async function waitForProcessing(options: WaitOptions): Promise<ProcessingOutcome> {
  const now = options.now ?? Date.now;
  const log = options.log ?? (() => {});
  const timeoutMs = options.timeoutMs ?? 120_000;
  const intervalMs = options.intervalMs ?? 5_000;
  const url = `${repoUrl(options)}/code-scanning/sarifs/${encodeURIComponent(options.id)}`;
  const start = now();
  const end = Math.min(start + timeoutMs, options.deadline ?? Infinity);
  const policy = retryPolicy(
    { ...options, deadline: end },
    { retries: 1, backoffMs: 1000, attemptTimeoutMs: POLL_ATTEMPT_TIMEOUT_MS }
  );
  let lastError: string | undefined;

  for (;;) {
    const result = await exchange(
      options,
      { method: 'GET', url, what: `Polling SARIF ${options.id}` },
      policy
    );
    if (result.kind === 'answered' && result.status >= 200 && result.status < 300) {
      const verdict = processingStatus(result.text);
      if (verdict) return verdict;
      log(`SARIF ${options.id} is still being processed.`);
    } else if (
      result.kind === 'answered' &&
      result.status < 500 &&
      !isRateLimited(result.status, result.headers, answerMessage(result))
    ) {
      return { kind: 'error', status: result.status, message: answerMessage(result) };
    } else {
      lastError = result.kind === 'answered' ? `${result.status}: ${answerMessage(result)}` : result.message;
    }
    const waited = now() - start;
    if (now() + intervalMs >= end) {
      return { kind: 'timeout', waitedMs: waited, ...(lastError ? { lastError } : {}) };
    }
    await policy.sleep(intervalMs);
  }
}
