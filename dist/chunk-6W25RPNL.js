#!/usr/bin/env node
import { createRequire as __bulkheadRequire } from 'node:module';
const require = __bulkheadRequire(import.meta.url);
import {
  equalJitter
} from "./chunk-2UU5XWJP.js";
import {
  PRODUCT_NAME,
  PRODUCT_VERSION
} from "./chunk-2KH2CT37.js";
import {
  errorMessage
} from "./chunk-FYCLPXZE.js";

// src/github/retry-policy.ts
var DEFAULT_MAX_BACKOFF_MS = 3e4;
var DEFAULT_MAX_RETRY_AFTER_MS = 6e4;
function backoffDelay(policy, retry) {
  return equalJitter(Math.min(policy.backoffMs * 2 ** retry, policy.maxBackoffMs), policy.random);
}
function requestedWaitMs(headers, now) {
  const retryAfter = headers.get("retry-after")?.trim();
  if (retryAfter) {
    if (/^\d+$/.test(retryAfter)) return Number(retryAfter) * 1e3;
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const reset = headers.get("x-ratelimit-reset")?.trim();
  if (reset && /^\d+$/.test(reset) && headers.get("x-ratelimit-remaining") === "0") {
    return Math.max(0, Number(reset) * 1e3 - now);
  }
  return void 0;
}
function isRateLimited(status, headers, message) {
  if (status === 429) return true;
  if (status !== 403) return false;
  return headers.get("x-ratelimit-remaining") === "0" || headers.has("retry-after") || /rate limit/i.test(message);
}
function duration(ms) {
  return ms < 1e3 ? `${Math.max(0, Math.round(ms))} ms` : `${Math.ceil(ms / 1e3)} s`;
}
function decideRetry(policy, retry, wait) {
  if (retry >= policy.retries) return { retry: false };
  if (wait.requested && wait.ms > policy.maxRetryAfterMs) {
    return {
      retry: false,
      reason: `GitHub asked to wait ${duration(wait.ms)} before trying again, longer than the ${duration(policy.maxRetryAfterMs)} Bulkhead waits`
    };
  }
  if (policy.deadline !== void 0 && policy.now() + wait.ms >= policy.deadline) {
    return {
      retry: false,
      reason: `waiting ${duration(wait.ms)} more would pass the time this step allows for GitHub's API`
    };
  }
  return { retry: true, waitMs: wait.ms };
}

// src/github/github-api.ts
var API_VERSION = "2022-11-28";
var defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function repoUrl(options) {
  const api = options.apiUrl.replace(/\/+$/, "");
  return `${api}/repos/${encodeURIComponent(options.owner)}/${encodeURIComponent(options.repo)}`;
}
function apiHeaders(token, json) {
  return {
    Authorization: `Bearer ${token}`,
    Accept: "application/vnd.github+json",
    "X-GitHub-Api-Version": API_VERSION,
    "User-Agent": `${PRODUCT_NAME}/${PRODUCT_VERSION}`,
    ...json ? { "Content-Type": "application/json" } : {}
  };
}
function answerMessage(answer) {
  try {
    const body = JSON.parse(answer.text);
    if (typeof body.message === "string") {
      const details = Array.isArray(body.errors) ? body.errors.filter((e) => typeof e === "string") : [];
      return details.length ? `${body.message}: ${details.join("; ")}` : body.message;
    }
  } catch {
  }
  return answer.text.trim() || `HTTP ${answer.status}`;
}
function retryPolicy(options, call) {
  return {
    retries: Math.max(0, call.retries),
    backoffMs: call.backoffMs,
    maxBackoffMs: DEFAULT_MAX_BACKOFF_MS,
    maxRetryAfterMs: DEFAULT_MAX_RETRY_AFTER_MS,
    attemptTimeoutMs: options.attemptTimeoutMs ?? call.attemptTimeoutMs,
    ...options.deadline === void 0 ? {} : { deadline: options.deadline },
    random: options.random ?? Math.random,
    sleep: options.sleep ?? defaultSleep,
    now: options.now ?? Date.now
  };
}
function networkMessage(error) {
  const cause = error?.cause;
  const code = cause?.code;
  const detail = cause instanceof Error ? cause.message : void 0;
  if (detail) return `${errorMessage(error)}: ${detail}`;
  return typeof code === "string" ? `${errorMessage(error)} (${code})` : errorMessage(error);
}
async function attempt(doFetch, url, init, timeoutMs) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await doFetch(url, { ...init, signal: controller.signal });
    const text = await response.text();
    return { kind: "answered", status: response.status, headers: response.headers, text };
  } catch (error) {
    if (controller.signal.aborted) {
      return { kind: "unreachable", timedOut: true, message: `no answer within ${duration(timeoutMs)}` };
    }
    return { kind: "unreachable", timedOut: false, message: networkMessage(error) };
  } finally {
    clearTimeout(timer);
  }
}
function nextWait(policy, retry, result) {
  if (result.kind === "unreachable") {
    return decideRetry(policy, retry, { ms: backoffDelay(policy, retry), requested: false });
  }
  const requested = requestedWaitMs(result.headers, policy.now());
  const wait = requested === void 0 ? { ms: backoffDelay(policy, retry), requested: false } : { ms: requested, requested: true };
  return decideRetry(policy, retry, wait);
}
function isRetryable(result) {
  if (result.kind === "unreachable") return true;
  if (result.status >= 500) return true;
  return isRateLimited(result.status, result.headers, answerMessage(result));
}
function describe(result) {
  return result.kind === "unreachable" ? result.message : `${result.status}${isRateLimited(result.status, result.headers, answerMessage(result)) ? " (rate limited)" : ""}: ${answerMessage(result)}`;
}
async function exchange(options, request, policy) {
  const doFetch = options.fetch ?? fetch;
  const log = options.log ?? (() => {
  });
  const init = {
    method: request.method,
    headers: apiHeaders(options.token, request.body !== void 0),
    ...request.body === void 0 ? {} : { body: request.body }
  };
  for (let retry = 0; ; retry++) {
    const left = policy.deadline === void 0 ? Infinity : policy.deadline - policy.now();
    if (left <= 0) {
      return {
        kind: "unreachable",
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
      return result.kind === "answered" ? { ...result, stopped: decision.reason } : { ...result, message: `${result.message}; ${decision.reason}` };
    }
    log(
      `Retrying ${request.what} in ${duration(decision.waitMs)} (attempt ${retry + 2} of ${policy.retries + 1}).`
    );
    await policy.sleep(decision.waitMs);
  }
}
async function repoApi(options, method, path, body, retries = 2) {
  const policy = retryPolicy(options, { retries, backoffMs: 1e3, attemptTimeoutMs: 15e3 });
  const result = await exchange(
    options,
    {
      method,
      url: `${repoUrl(options)}${path}`,
      what: `${method} ${path.split("?")[0]}`,
      ...body === void 0 ? {} : { body: JSON.stringify(body) }
    },
    policy
  );
  if (result.kind === "unreachable") return { ok: false, message: `network error: ${result.message}` };
  if (result.status >= 200 && result.status < 300) {
    try {
      return { ok: true, status: result.status, body: JSON.parse(result.text) };
    } catch {
      return { ok: false, status: result.status, message: "GitHub answered with a body that is not JSON." };
    }
  }
  const message = answerMessage(result);
  return {
    ok: false,
    status: result.status,
    message: result.stopped ? `${message} (${result.stopped})` : message
  };
}

export {
  isRateLimited,
  API_VERSION,
  repoUrl,
  answerMessage,
  retryPolicy,
  exchange,
  repoApi
};
