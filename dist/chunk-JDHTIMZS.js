#!/usr/bin/env node
import { createRequire as __bulkheadRequire } from 'node:module';
const require = __bulkheadRequire(import.meta.url);
import {
  ConfigurationError
} from "./chunk-FYCLPXZE.js";
import "./chunk-QLIY3PYG.js";

// src/github/event-ref.ts
var REF = /^refs\/(heads|tags|pull)\/.+$/;
var SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
function isValidRef(ref) {
  return REF.test(ref);
}
function isValidSha(sha) {
  return SHA.test(sha);
}
function record(value) {
  return typeof value === "object" && value !== null ? value : void 0;
}
function pullRequest(payload) {
  const event = record(payload);
  const pr = record(event?.pull_request);
  const number = pr?.number ?? event?.number;
  if (typeof number !== "number" || !Number.isInteger(number) || number <= 0) return void 0;
  const head = record(pr?.head);
  return {
    number,
    ...typeof head?.sha === "string" ? { headSha: head.sha } : {},
    ...typeof pr?.merge_commit_sha === "string" ? { mergeSha: pr.merge_commit_sha } : {}
  };
}
function sameSha(a, b) {
  return a !== void 0 && b !== void 0 && a.toLowerCase() === b.toLowerCase();
}
function validated(ref, sha, source) {
  if (!isValidRef(ref)) {
    throw new ConfigurationError(
      `${source} ref "${ref}" is not a full Git ref (refs/heads/\u2026, refs/tags/\u2026 or refs/pull/\u2026).`
    );
  }
  if (!isValidSha(sha)) {
    throw new ConfigurationError(`${source} commit "${sha}" is not a 40- or 64-character hex SHA.`);
  }
  return { ref, sha: sha.toLowerCase() };
}
function fromEnvironment(env) {
  if (!env.GITHUB_REF || !env.GITHUB_SHA) {
    throw new ConfigurationError(
      "GITHUB_REF and GITHUB_SHA are not set; pass the `ref` and `sha` inputs to upload outside GitHub Actions."
    );
  }
  return validated(env.GITHUB_REF, env.GITHUB_SHA, "GITHUB_REF/GITHUB_SHA");
}
function refAndSha(event, env, inputs = {}) {
  const { ref, sha, checkedOut } = inputs;
  if (ref || sha) {
    if (!ref || !sha) throw new ConfigurationError("The `ref` and `sha` inputs must be given together.");
    return validated(ref, sha, "The input");
  }
  if (event.name !== "pull_request" && event.name !== "pull_request_target") return fromEnvironment(env);
  const pr = pullRequest(event.payload);
  if (!pr) throw new ConfigurationError(`The ${event.name} event payload has no pull request number.`);
  const merge = `refs/pull/${pr.number}/merge`;
  const head = `refs/pull/${pr.number}/head`;
  if (checkedOut !== void 0 && sameSha(checkedOut, pr.headSha)) {
    return validated(head, checkedOut, "The checked-out pull request head");
  }
  if (event.name === "pull_request") {
    const { sha: mergeSha } = fromEnvironment(env);
    return validated(merge, mergeSha, "The pull request merge");
  }
  if (checkedOut !== void 0 && sameSha(checkedOut, pr.mergeSha)) {
    return validated(merge, checkedOut, "The checked-out merge commit");
  }
  return fromEnvironment(env);
}
export {
  isValidRef,
  isValidSha,
  refAndSha
};
