/**
 * What every call to GitHub's REST API shares: the repository URL (GHES-aware), the headers GitHub
 * documents, error-body parsing, and one exchange with timeouts and retries (retry-policy.ts).
 * `fetch`, `sleep`, the clock and the jitter source are injectable so tests run against a local fake
 * API without real waits.
 */
import { errorMessage } from '../core/errors.js';
import { PRODUCT_NAME, PRODUCT_VERSION } from '../core/product.js';
import {
  backoffDelay,
  decideRetry,
  DEFAULT_MAX_BACKOFF_MS,
  DEFAULT_MAX_RETRY_AFTER_MS,
  duration,
  isRateLimited,
  requestedWaitMs,
  type RetryPolicy
} from './retry-policy.js';

type Fetch = typeof fetch;

/** Where to talk to and how: shared by every call. */
export interface GitHubRepoOptions {
  /** `GITHUB_API_URL`: `https://api.github.com`, or `https://HOST/api/v3` on GHES. */
  apiUrl: string;
  token: string;
  owner: string;
  repo: string;
  fetch?: Fetch;
  sleep?: (ms: number) => Promise<void>;
  log?: (line: string) => void;
  /** Milliseconds clock (default `Date.now`); `deadline` and `x-ratelimit-reset` are read against it. */
  now?: () => number;
  /** Jitter source in [0, 1) (default `Math.random`). */
  random?: () => number;
  /**
   * No request starts and no retry waits past this instant: the Action sets it so that a GitHub
   * that accepts connections and never answers cannot hold the step for more than ~2 minutes.
   */
  deadline?: number;
  /** Overrides every call's per-attempt timeout (tests use a few ms against a silent server). */
  attemptTimeoutMs?: number;
}

export const API_VERSION = '2022-11-28';

export const defaultSleep = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms));

/** `{apiUrl}/repos/{owner}/{repo}`. */
export function repoUrl(options: GitHubRepoOptions): string {
  const api = options.apiUrl.replace(/\/+$/, '');
  return `${api}/repos/${encodeURIComponent(options.owner)}/${encodeURIComponent(options.repo)}`;
}

export function apiHeaders(token: string, json: boolean): Record<string, string> {
  return {
    Authorization: `Bearer ${token}`,
    Accept: 'application/vnd.github+json',
    'X-GitHub-Api-Version': API_VERSION,
    'User-Agent': `${PRODUCT_NAME}/${PRODUCT_VERSION}`,
    ...(json ? { 'Content-Type': 'application/json' } : {})
  };
}

/** An answer GitHub gave, body read. */
export interface Answer {
  kind: 'answered';
  status: number;
  headers: Headers;
  text: string;
  /** Why retrying stopped early (a rate-limit wait over the cap, or the deadline). */
  stopped?: string;
}

/** No answer: the connection failed or nothing came back in time. */
export interface NoAnswer {
  kind: 'unreachable';
  message: string;
  timedOut: boolean;
}

export type Exchange = Answer | NoAnswer;

/** GitHub's error bodies are `{ message, errors? }`; fall back to the text or the status. */
export function answerMessage(answer: Pick<Answer, 'status' | 'text'>): string {
  try {
    const body = JSON.parse(answer.text) as { message?: unknown; errors?: unknown };
    if (typeof body.message === 'string') {
      const details = Array.isArray(body.errors) ? body.errors.filter(e => typeof e === 'string') : [];
      return details.length ? `${body.message}: ${details.join('; ')}` : body.message;
    }
  } catch {
    // Not JSON: use the text below.
  }
  return answer.text.trim() || `HTTP ${answer.status}`;
}

/** Per-call knobs; the rest of the policy comes from the repository options. */
export interface CallPolicy {
  retries: number;
  backoffMs: number;
  attemptTimeoutMs: number;
}

export function retryPolicy(options: GitHubRepoOptions, call: CallPolicy): RetryPolicy {
  return {
    retries: Math.max(0, call.retries),
    backoffMs: call.backoffMs,
    maxBackoffMs: DEFAULT_MAX_BACKOFF_MS,
    maxRetryAfterMs: DEFAULT_MAX_RETRY_AFTER_MS,
    attemptTimeoutMs: options.attemptTimeoutMs ?? call.attemptTimeoutMs,
    ...(options.deadline === undefined ? {} : { deadline: options.deadline }),
    random: options.random ?? Math.random,
    sleep: options.sleep ?? defaultSleep,
    now: options.now ?? Date.now
  };
}

/** `fetch failed` says little; its cause names the socket error (ECONNREFUSED, ENOTFOUND…). */
function networkMessage(error: unknown): string {
  const cause = (error as { cause?: unknown } | null)?.cause;
  const code = (cause as { code?: unknown } | null)?.code;
  const detail = cause instanceof Error ? cause.message : undefined;
  if (detail) return `${errorMessage(error)}: ${detail}`;
  return typeof code === 'string' ? `${errorMessage(error)} (${code})` : errorMessage(error);
}

/**
 * One attempt, aborted after `timeoutMs`: connecting, sending, waiting for the answer and reading
 * its body all count, so a server that accepts the connection and never answers cannot hold us.
 */
async function attempt(doFetch: Fetch, url: string, init: RequestInit, timeoutMs: number): Promise<Exchange> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await doFetch(url, { ...init, signal: controller.signal });
    const text = await response.text();
    return { kind: 'answered', status: response.status, headers: response.headers, text };
  } catch (error) {
    if (controller.signal.aborted) {
      return { kind: 'unreachable', timedOut: true, message: `no answer within ${duration(timeoutMs)}` };
    }
    return { kind: 'unreachable', timedOut: false, message: networkMessage(error) };
  } finally {
    clearTimeout(timer);
  }
}

export interface ExchangeRequest {
  method: 'GET' | 'PATCH' | 'POST';
  url: string;
  /** JSON text. */
  body?: string;
  /** For log lines: "the SARIF upload". */
  what: string;
}

/** Why the next retry may not run, or the wait before it. */
function nextWait(policy: RetryPolicy, retry: number, result: Exchange) {
  if (result.kind === 'unreachable') {
    return decideRetry(policy, retry, { ms: backoffDelay(policy, retry), requested: false });
  }
  const requested = requestedWaitMs(result.headers, policy.now());
  const wait =
    requested === undefined
      ? { ms: backoffDelay(policy, retry), requested: false }
      : { ms: requested, requested: true };
  return decideRetry(policy, retry, wait);
}

function isRetryable(result: Exchange): boolean {
  if (result.kind === 'unreachable') return true;
  if (result.status >= 500) return true;
  return isRateLimited(result.status, result.headers, answerMessage(result));
}

function describe(result: Exchange): string {
  return result.kind === 'unreachable'
    ? result.message
    : `${result.status}${isRateLimited(result.status, result.headers, answerMessage(result)) ? ' (rate limited)' : ''}: ${answerMessage(result)}`;
}

/**
 * Sends `request` until GitHub gives an answer worth returning: a success or a 4xx at once; 5xx,
 * rate limits (honouring `Retry-After` / `x-ratelimit-reset` up to a cap), network errors and
 * timeouts are retried with jittered exponential backoff while retries and the deadline allow.
 * The last answer (or failure) is returned; it never throws.
 */
export async function exchange(
  options: GitHubRepoOptions,
  request: ExchangeRequest,
  policy: RetryPolicy
): Promise<Exchange> {
  const doFetch = options.fetch ?? fetch;
  const log = options.log ?? (() => {});
  const init: RequestInit = {
    method: request.method,
    headers: apiHeaders(options.token, request.body !== undefined),
    ...(request.body === undefined ? {} : { body: request.body })
  };
  for (let retry = 0; ; retry++) {
    const left = policy.deadline === undefined ? Infinity : policy.deadline - policy.now();
    if (left <= 0) {
      return {
        kind: 'unreachable',
        timedOut: true,
        message: "the time this step allows for GitHub's API ran out"
      };
    }
    const result = await attempt(doFetch, request.url, init, Math.min(policy.attemptTimeoutMs, left));
    if (!isRetryable(result)) return result;
    log(`${request.what} failed (${describe(result)}).`);
    const decision = nextWait(policy, retry, result);
    if (!decision.retry) {
      if (!decision.reason) return result;
      return result.kind === 'answered'
        ? { ...result, stopped: decision.reason }
        : { ...result, message: `${result.message}; ${decision.reason}` };
    }
    log(
      `Retrying ${request.what} in ${duration(decision.waitMs)} (attempt ${retry + 2} of ${policy.retries + 1}).`
    );
    await policy.sleep(decision.waitMs);
  }
}

export type ApiResult<T> =
  { ok: true; status: number; body: T } | { ok: false; status?: number; message: string };

/**
 * One JSON call to the repository's API (`path` is relative to `/repos/{owner}/{repo}`), with
 * `exchange`'s timeouts and retries (`retries` after the first attempt, 15 s per attempt).
 */
export async function repoApi<T>(
  options: GitHubRepoOptions,
  method: 'GET' | 'PATCH' | 'POST',
  path: string,
  body?: unknown,
  retries = 2
): Promise<ApiResult<T>> {
  const policy = retryPolicy(options, { retries, backoffMs: 1000, attemptTimeoutMs: 15_000 });
  const result = await exchange(
    options,
    {
      method,
      url: `${repoUrl(options)}${path}`,
      what: `${method} ${path.split('?')[0]}`,
      ...(body === undefined ? {} : { body: JSON.stringify(body) })
    },
    policy
  );
  if (result.kind === 'unreachable') return { ok: false, message: `network error: ${result.message}` };
  if (result.status >= 200 && result.status < 300) {
    try {
      return { ok: true, status: result.status, body: JSON.parse(result.text) as T };
    } catch {
      return { ok: false, status: result.status, message: 'GitHub answered with a body that is not JSON.' };
    }
  }
  const message = answerMessage(result);
  return {
    ok: false,
    status: result.status,
    message: result.stopped ? `${message} (${result.stopped})` : message
  };
}
