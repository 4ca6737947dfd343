/**
 * Upload a SARIF log to GitHub code scanning through the public REST API and wait for it to be
 * processed (sarif-github.md §2.1–2.3). Pure Node: `fetch`, the clock and `sleep` are injectable
 * so tests run against a local fake API without real waits.
 */
import { gzipSync } from 'node:zlib';
import { errorMessage } from '../core/errors.js';
import {
  apiHeaders,
  backoff,
  defaultSleep,
  repoUrl,
  responseMessage,
  type GitHubRepoOptions
} from './github-api.js';

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
  /** Retries after the first attempt for 5xx responses and network errors (default 3). */
  retries?: number;
  /** First backoff delay in ms; doubles per retry, capped at 30 s (default 1000). */
  backoffMs?: number;
}

export type UploadOutcome =
  | { kind: 'uploaded'; id: string; url?: string }
  | { kind: 'forbidden'; status: 403 | 404; message: string; hint: string }
  | { kind: 'failed'; status?: number; message: string };

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

/** The `sarif` field of the upload: gzip, then Base64 (REST description of the endpoint). */
export function encodeSarif(sarif: string): string {
  return gzipSync(Buffer.from(sarif, 'utf8')).toString('base64');
}

function isRateLimited(response: Response, message: string): boolean {
  return response.headers.get('x-ratelimit-remaining') === '0' || /rate limit/i.test(message);
}

/**
 * POST the SARIF to `/repos/{owner}/{repo}/code-scanning/sarifs`. 5xx responses and network
 * errors are retried with exponential backoff (bounded by `retries`); 4xx are not. 403/404 become
 * `forbidden` with the fix, so the caller can warn instead of failing the build.
 */
export async function uploadSarif(options: UploadOptions): Promise<UploadOutcome> {
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? defaultSleep;
  const log = options.log ?? (() => {});
  const retries = Math.max(0, options.retries ?? 3);
  const base = options.backoffMs ?? 1000;
  const body = JSON.stringify({
    commit_sha: options.commitSha,
    ref: options.ref,
    sarif: encodeSarif(options.sarif),
    ...(options.checkoutUri ? { checkout_uri: options.checkoutUri } : {}),
    ...(options.startedAt ? { started_at: options.startedAt } : {}),
    ...(options.toolName ? { tool_name: options.toolName } : {})
  });
  const url = `${repoUrl(options)}/code-scanning/sarifs`;

  let last: UploadOutcome = { kind: 'failed', message: 'The upload was not attempted.' };
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (attempt > 0) {
      const delay = backoff(base, attempt - 1);
      log(`Retrying the SARIF upload in ${delay} ms (attempt ${attempt + 1} of ${retries + 1}).`);
      await sleep(delay);
    }
    let response: Response;
    try {
      response = await doFetch(url, { method: 'POST', headers: apiHeaders(options.token, true), body });
    } catch (error) {
      last = { kind: 'failed', message: `Network error uploading SARIF: ${errorMessage(error)}` };
      log(last.message);
      continue;
    }
    if (response.ok) {
      const parsed = (await response.json().catch(() => ({}))) as { id?: unknown; url?: unknown };
      if (typeof parsed.id !== 'string' || parsed.id === '') {
        return {
          kind: 'failed',
          status: response.status,
          message: 'GitHub accepted the upload without an id.'
        };
      }
      log(`Uploaded SARIF, id ${parsed.id}.`);
      return {
        kind: 'uploaded',
        id: parsed.id,
        ...(typeof parsed.url === 'string' ? { url: parsed.url } : {})
      };
    }
    const message = await responseMessage(response);
    if (response.status >= 500) {
      last = { kind: 'failed', status: response.status, message };
      log(`SARIF upload failed with ${response.status}: ${message}`);
      continue;
    }
    if ((response.status === 403 || response.status === 404) && !isRateLimited(response, message)) {
      const hint = response.status === 403 ? FORBIDDEN_HINT : NOT_FOUND_HINT;
      return { kind: 'forbidden', status: response.status, message, hint };
    }
    if (response.status === 413) {
      return {
        kind: 'failed',
        status: 413,
        message: `${message} (GitHub accepts at most 10 MB of gzipped SARIF; see checkSarifLimits).`
      };
    }
    return { kind: 'failed', status: response.status, message };
  }
  return last;
}

export interface WaitOptions extends GitHubRepoOptions {
  /** The id `uploadSarif` returned. */
  id: string;
  /** Give up after this long (default 2 minutes). */
  timeoutMs?: number;
  /** Delay between polls (default 5 s). */
  intervalMs?: number;
  /** Milliseconds clock (default `Date.now`). */
  now?: () => number;
}

export type ProcessingOutcome =
  | { kind: 'complete'; analysesUrl?: string }
  | { kind: 'failed'; errors: string[]; hint: string }
  | { kind: 'timeout'; waitedMs: number }
  | { kind: 'error'; status?: number; message: string };

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

/**
 * Poll `GET /repos/{owner}/{repo}/code-scanning/sarifs/{id}` until processing is `complete` or
 * `failed`, or until `timeoutMs` has passed. Transient errors (5xx, network) are retried within
 * the timeout; any other error status stops polling.
 */
export async function waitForProcessing(options: WaitOptions): Promise<ProcessingOutcome> {
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? Date.now;
  const log = options.log ?? (() => {});
  const timeoutMs = options.timeoutMs ?? 120_000;
  const intervalMs = options.intervalMs ?? 5_000;
  const url = `${repoUrl(options)}/code-scanning/sarifs/${encodeURIComponent(options.id)}`;
  const start = now();

  for (;;) {
    try {
      const response = await doFetch(url, { method: 'GET', headers: apiHeaders(options.token, false) });
      if (response.ok) {
        const body = (await response.json()) as {
          processing_status?: unknown;
          analyses_url?: unknown;
          errors?: unknown;
        };
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
        log(`SARIF ${options.id} is ${String(body.processing_status)}.`);
      } else {
        const message = await responseMessage(response);
        if (response.status < 500) return { kind: 'error', status: response.status, message };
        log(`Polling SARIF ${options.id} failed with ${response.status}: ${message}`);
      }
    } catch (error) {
      log(`Polling SARIF ${options.id} failed: ${errorMessage(error)}`);
    }
    const waited = now() - start;
    if (waited + intervalMs > timeoutMs) return { kind: 'timeout', waitedMs: waited };
    await sleep(intervalMs);
  }
}
