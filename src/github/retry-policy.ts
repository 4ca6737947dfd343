import { equalJitter } from '../core/jitter.js';

/**
 * When and how long to wait before asking GitHub again. Pure functions over the answer's status
 * and headers, so the policy is tested without a network. GitHub's rules for rate limits:
 * https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api
 * ("If you exceed your primary rate limit … x-ratelimit-remaining is 0 … do not retry until after
 * the time specified by x-ratelimit-reset"; "if the retry-after response header is present, do not
 * retry until after that many seconds has elapsed").
 */

export interface RetryPolicy {
  /** Tries after the first one (5xx, network errors, timeouts, rate limits). */
  retries: number;
  /** First backoff delay in ms; doubles per retry. */
  backoffMs: number;
  /** Upper bound of one backoff delay. */
  maxBackoffMs: number;
  /** The longest `Retry-After` / `x-ratelimit-reset` wait we accept; beyond it we give up. */
  maxRetryAfterMs: number;
  /** Each attempt (connect, send, answer and body) is aborted after this long. */
  attemptTimeoutMs: number;
  /** No attempt starts, and no wait runs, past this instant (by `now`). */
  deadline?: number;
  /** `Math.random`-like, for jitter; injectable so tests are deterministic. */
  random: () => number;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
}

export const DEFAULT_MAX_BACKOFF_MS = 30_000;
export const DEFAULT_MAX_RETRY_AFTER_MS = 60_000;

/**
 * Exponential backoff with "equal jitter": half the delay is fixed, half random, so parallel jobs
 * hitting the same outage do not retry in lockstep while the wait still grows per retry.
 */
export function backoffDelay(
  policy: Pick<RetryPolicy, 'backoffMs' | 'maxBackoffMs' | 'random'>,
  retry: number
): number {
  return equalJitter(Math.min(policy.backoffMs * 2 ** retry, policy.maxBackoffMs), policy.random);
}

/**
 * How long GitHub asks us to wait, in ms: `Retry-After` (delta-seconds or an HTTP date, RFC 9110
 * §10.2.3), else `x-ratelimit-reset` (epoch seconds) when `x-ratelimit-remaining` is 0.
 * `undefined` when the answer names no time.
 */
export function requestedWaitMs(headers: Headers, now: number): number | undefined {
  const retryAfter = headers.get('retry-after')?.trim();
  if (retryAfter) {
    if (/^\d+$/.test(retryAfter)) return Number(retryAfter) * 1000;
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const reset = headers.get('x-ratelimit-reset')?.trim();
  if (reset && /^\d+$/.test(reset) && headers.get('x-ratelimit-remaining') === '0') {
    return Math.max(0, Number(reset) * 1000 - now);
  }
  return undefined;
}

/**
 * A 429, or a 403 that is GitHub's primary or secondary rate limit rather than a permissions
 * problem (the docs: both limits answer 403 or 429; the secondary one says so in its message).
 */
export function isRateLimited(status: number, headers: Headers, message: string): boolean {
  if (status === 429) return true;
  if (status !== 403) return false;
  return (
    headers.get('x-ratelimit-remaining') === '0' || headers.has('retry-after') || /rate limit/i.test(message)
  );
}

/** What to do after an answer that was not a success. */
export type RetryDecision = { retry: true; waitMs: number } | { retry: false; reason?: string };

/** A duration for messages: whole seconds (rounded up, so a real wait never reads "0 s"), or ms below 1 s. */
export function duration(ms: number): string {
  return ms < 1000 ? `${Math.max(0, Math.round(ms))} ms` : `${Math.ceil(ms / 1000)} s`;
}

/**
 * Whether retry number `retry` (0-based) may run after waiting `waitMs`: within the retry count,
 * under the `Retry-After` cap when GitHub named the wait, and before the deadline.
 */
export function decideRetry(
  policy: RetryPolicy,
  retry: number,
  wait: { ms: number; requested: boolean }
): RetryDecision {
  if (retry >= policy.retries) return { retry: false };
  if (wait.requested && wait.ms > policy.maxRetryAfterMs) {
    return {
      retry: false,
      reason: `GitHub asked to wait ${duration(wait.ms)} before trying again, longer than the ${duration(policy.maxRetryAfterMs)} Bulkhead waits`
    };
  }
  if (policy.deadline !== undefined && policy.now() + wait.ms >= policy.deadline) {
    return {
      retry: false,
      reason: `waiting ${duration(wait.ms)} more would pass the time this step allows for GitHub's API`
    };
  }
  return { retry: true, waitMs: wait.ms };
}
