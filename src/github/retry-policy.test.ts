import { describe, expect, it } from '@jest/globals';
import {
  backoffDelay,
  decideRetry,
  isRateLimited,
  requestedWaitMs,
  type RetryPolicy
} from './retry-policy.js';

const NOW = Date.UTC(2026, 11, 5, 6, 0, 0);

function policy(overrides: Partial<RetryPolicy> = {}): RetryPolicy {
  return {
    retries: 3,
    backoffMs: 1000,
    maxBackoffMs: 30_000,
    maxRetryAfterMs: 60_000,
    attemptTimeoutMs: 25_000,
    random: () => 0.5,
    sleep: async () => {},
    now: () => NOW,
    ...overrides
  };
}

describe('backoffDelay', () => {
  it('doubles per retry, jitters between half and all of it, and stops growing at the cap', () => {
    expect([0, 1, 2].map(retry => backoffDelay(policy({ random: () => 0 }), retry))).toEqual([
      500, 1000, 2000
    ]);
    expect([0, 1, 2].map(retry => backoffDelay(policy({ random: () => 0.999 }), retry))).toEqual([
      1000, 1999, 3998
    ]);
    expect(backoffDelay(policy({ random: () => 0.5 }), 10)).toBe(22_500);
  });
});

describe('requestedWaitMs', () => {
  it('reads Retry-After in seconds or as an HTTP date, then x-ratelimit-reset when nothing remains', () => {
    expect(requestedWaitMs(new Headers({ 'retry-after': '42' }), NOW)).toBe(42_000);
    expect(requestedWaitMs(new Headers({ 'retry-after': 'Sat, 05 Dec 2026 06:01:00 GMT' }), NOW)).toBe(
      60_000
    );
    const reset = String(NOW / 1000 + 90);
    expect(
      requestedWaitMs(new Headers({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }), NOW)
    ).toBe(90_000);
    // A reset time while requests remain is not a request to wait.
    expect(
      requestedWaitMs(new Headers({ 'x-ratelimit-remaining': '12', 'x-ratelimit-reset': reset }), NOW)
    ).toBeUndefined();
    expect(requestedWaitMs(new Headers({ 'retry-after': 'later' }), NOW)).toBeUndefined();
  });
});

describe('isRateLimited', () => {
  it('tells a rate-limited 403 from a permissions 403', () => {
    expect(isRateLimited(429, new Headers(), '')).toBe(true);
    expect(isRateLimited(403, new Headers({ 'x-ratelimit-remaining': '0' }), 'API rate limit exceeded')).toBe(
      true
    );
    expect(isRateLimited(403, new Headers(), 'You have exceeded a secondary rate limit.')).toBe(true);
    expect(
      isRateLimited(
        403,
        new Headers({ 'x-ratelimit-remaining': '4999' }),
        'Resource not accessible by integration'
      )
    ).toBe(false);
    expect(isRateLimited(404, new Headers({ 'retry-after': '5' }), '')).toBe(false);
  });
});

describe('decideRetry', () => {
  it('retries within the count, the Retry-After cap and the deadline', () => {
    expect(decideRetry(policy(), 0, { ms: 750, requested: false })).toEqual({ retry: true, waitMs: 750 });
    expect(decideRetry(policy(), 3, { ms: 750, requested: false })).toEqual({ retry: false });
    expect(decideRetry(policy(), 0, { ms: 61_000, requested: true })).toEqual({
      retry: false,
      reason: 'GitHub asked to wait 61 s before trying again, longer than the 60 s Bulkhead waits'
    });
    // A backoff of our own is not capped by the Retry-After limit, only by the deadline.
    expect(decideRetry(policy(), 0, { ms: 61_000, requested: false }).retry).toBe(true);
    expect(decideRetry(policy({ deadline: NOW + 5000 }), 0, { ms: 5000, requested: true })).toEqual({
      retry: false,
      reason: "waiting 5 s more would pass the time this step allows for GitHub's API"
    });
  });
});
