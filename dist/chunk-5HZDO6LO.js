#!/usr/bin/env node
import { createRequire as __bulkheadRequire } from 'node:module';
const require = __bulkheadRequire(import.meta.url);
import {
  API_VERSION,
  answerMessage,
  exchange,
  isRateLimited,
  repoUrl,
  retryPolicy
} from "./chunk-6W25RPNL.js";
import "./chunk-2UU5XWJP.js";
import "./chunk-2KH2CT37.js";
import "./chunk-FYCLPXZE.js";
import "./chunk-QLIY3PYG.js";

// src/github/upload-sarif.ts
import { gzipSync } from "node:zlib";
var UPLOAD_ATTEMPT_TIMEOUT_MS = 25e3;
var FORBIDDEN_HINT = "Give the job `permissions: security-events: write` (private repositories also need `contents: read` and `actions: read`); make sure code scanning is enabled for the repository (GitHub Code Security / Advanced Security for private repositories) and that it is not archived. Pull requests from forks and Dependabot run with a read-only token that cannot upload: skip the upload for them (for example upload only on push and same-repository pull requests).";
var NOT_FOUND_HINT = "GitHub answered 404: check the owner/repository, that the token can see the repository and that code scanning is available there. " + FORBIDDEN_HINT;
var UNREACHABLE_HINT = "Check that the runner can reach GitHub's API (`GITHUB_API_URL`; a proxy or firewall must allow it), or re-run the job later (https://www.githubstatus.com). The SARIF is in the `sarif-file` output.";
var SERVER_ERROR_HINT = "GitHub's API kept failing; re-run the job later (https://www.githubstatus.com). The SARIF is in the `sarif-file` output.";
var RATE_LIMIT_HINT = "The token reached a GitHub API rate limit (the upload endpoint allows 1,000 requests an hour per token); re-run the job later or upload less often. The SARIF is in the `sarif-file` output.";
var TOO_LARGE_HINT = "Bulkhead trims the upload to GitHub's documented 10 MB, so this server has a lower limit (a GitHub Enterprise Server setting?); narrow the scan (the `path` input, `exclude` in the config file). The full SARIF is in the `sarif-file` output.";
function encodeSarif(sarif) {
  return gzipSync(Buffer.from(sarif, "utf8")).toString("base64");
}
function accepted(answer) {
  let parsed = {};
  try {
    parsed = JSON.parse(answer.text);
  } catch {
  }
  if (typeof parsed.id !== "string" || parsed.id === "") {
    return { kind: "failed", status: answer.status, message: "GitHub accepted the upload without an id." };
  }
  return {
    kind: "uploaded",
    id: parsed.id,
    ...typeof parsed.url === "string" ? { url: parsed.url } : {}
  };
}
function uploadOutcome(result) {
  if (result.kind === "unreachable") {
    return { kind: "unavailable", message: result.message, hint: UNREACHABLE_HINT };
  }
  const { status } = result;
  if (status >= 200 && status < 300) return accepted(result);
  const message = result.stopped ? `${answerMessage(result)} (${result.stopped})` : answerMessage(result);
  if (isRateLimited(status, result.headers, answerMessage(result))) {
    return { kind: "unavailable", status, message, hint: RATE_LIMIT_HINT };
  }
  if (status >= 500) return { kind: "unavailable", status, message, hint: SERVER_ERROR_HINT };
  if (status === 403 || status === 404) {
    return { kind: "forbidden", status, message, hint: status === 403 ? FORBIDDEN_HINT : NOT_FOUND_HINT };
  }
  if (status === 413) return { kind: "unavailable", status, message, hint: TOO_LARGE_HINT };
  return { kind: "failed", status, message };
}
async function uploadSarif(options) {
  const log = options.log ?? (() => {
  });
  const body = JSON.stringify({
    commit_sha: options.commitSha,
    ref: options.ref,
    sarif: encodeSarif(options.sarif),
    ...options.checkoutUri ? { checkout_uri: options.checkoutUri } : {},
    ...options.startedAt ? { started_at: options.startedAt } : {},
    ...options.toolName ? { tool_name: options.toolName } : {}
  });
  const policy = retryPolicy(options, {
    retries: options.retries ?? 3,
    backoffMs: options.backoffMs ?? 1e3,
    attemptTimeoutMs: UPLOAD_ATTEMPT_TIMEOUT_MS
  });
  const result = await exchange(
    options,
    { method: "POST", url: `${repoUrl(options)}/code-scanning/sarifs`, body, what: "The SARIF upload" },
    policy
  );
  const outcome = uploadOutcome(result);
  if (outcome.kind === "uploaded") log(`Uploaded SARIF, id ${outcome.id}.`);
  return outcome;
}
var POLL_ATTEMPT_TIMEOUT_MS = 15e3;
var CONFIGURATION_ERRORS = [
  /default setup is enabled/i,
  /too many logical alerts/i,
  /multiple runs with the same category/i
];
function processingHint(errors) {
  if (errors.some((error) => /default setup is enabled/i.test(error))) {
    return "Code scanning default setup is enabled for this repository; switch it to advanced setup to accept uploads from Bulkhead.";
  }
  if (errors.some((error) => /multiple runs with the same category/i.test(error))) {
    return "Give each upload of Bulkhead its own `category` input, and upload one run per category.";
  }
  if (errors.some((error) => /too many logical alerts/i.test(error))) {
    return "The repository has reached GitHub\u2019s limit of alerts; close or dismiss old alerts or narrow the scan.";
  }
  if (errors.some((error) => !CONFIGURATION_ERRORS.some((pattern) => pattern.test(error)))) {
    return "GitHub rejected the SARIF itself; this is a Bulkhead bug, please report it with the `sarif-file` output attached.";
  }
  return "See the errors GitHub reported.";
}
function processingStatus(text) {
  let body = {};
  try {
    body = JSON.parse(text);
  } catch {
    return { kind: "error", message: "GitHub answered the status request with a body that is not JSON." };
  }
  if (body.processing_status === "complete") {
    return {
      kind: "complete",
      ...typeof body.analyses_url === "string" ? { analysesUrl: body.analyses_url } : {}
    };
  }
  if (body.processing_status === "failed") {
    const errors = Array.isArray(body.errors) ? body.errors.filter((e) => typeof e === "string") : [];
    return { kind: "failed", errors, hint: processingHint(errors) };
  }
  return void 0;
}
async function waitForProcessing(options) {
  const now = options.now ?? Date.now;
  const log = options.log ?? (() => {
  });
  const timeoutMs = options.timeoutMs ?? 12e4;
  const intervalMs = options.intervalMs ?? 5e3;
  const url = `${repoUrl(options)}/code-scanning/sarifs/${encodeURIComponent(options.id)}`;
  const start = now();
  const end = Math.min(start + timeoutMs, options.deadline ?? Infinity);
  const policy = retryPolicy(
    { ...options, deadline: end },
    { retries: 1, backoffMs: 1e3, attemptTimeoutMs: POLL_ATTEMPT_TIMEOUT_MS }
  );
  let lastError;
  for (; ; ) {
    const result = await exchange(
      options,
      { method: "GET", url, what: `Polling SARIF ${options.id}` },
      policy
    );
    if (result.kind === "answered" && result.status >= 200 && result.status < 300) {
      const verdict = processingStatus(result.text);
      if (verdict) return verdict;
      log(`SARIF ${options.id} is still being processed.`);
    } else if (result.kind === "answered" && result.status < 500 && !isRateLimited(result.status, result.headers, answerMessage(result))) {
      return { kind: "error", status: result.status, message: answerMessage(result) };
    } else {
      lastError = result.kind === "answered" ? `${result.status}: ${answerMessage(result)}` : result.message;
    }
    const waited = now() - start;
    if (now() + intervalMs >= end) {
      return { kind: "timeout", waitedMs: waited, ...lastError ? { lastError } : {} };
    }
    await policy.sleep(intervalMs);
  }
}
export {
  API_VERSION,
  FORBIDDEN_HINT,
  NOT_FOUND_HINT,
  POLL_ATTEMPT_TIMEOUT_MS,
  RATE_LIMIT_HINT,
  SERVER_ERROR_HINT,
  TOO_LARGE_HINT,
  UNREACHABLE_HINT,
  UPLOAD_ATTEMPT_TIMEOUT_MS,
  encodeSarif,
  processingHint,
  uploadOutcome,
  uploadSarif,
  waitForProcessing
};
