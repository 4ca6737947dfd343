/**
 * Which Git ref and commit a code scanning upload belongs to, from the workflow event
 * (sarif-github.md §2.4, after codeql-action's `getRef`).
 *
 * - Explicit `ref` + `sha` inputs win; they must be given together (a ref without its commit
 *   would attach results to the wrong code).
 * - `pull_request`: `refs/pull/<n>/merge` and `GITHUB_SHA`, the test-merge commit that
 *   actions/checkout checks out by default. If the caller reports that the PR head was checked
 *   out instead (`checkedOut` = `pull_request.head.sha`), the ref becomes `refs/pull/<n>/head`
 *   with that commit, as codeql-action does.
 * - `pull_request_target`: the workflow runs on, and by default checks out, the **base** branch
 *   (`GITHUB_REF` = `refs/heads/<base>`, `GITHUB_SHA` = its tip). Bulkhead uploads what it
 *   scanned, so by default the results go to the base branch ref. `refs/pull/<n>/merge` is used
 *   only when the merge commit was checked out (`checkedOut` = `pull_request.merge_commit_sha`),
 *   and `refs/pull/<n>/head` when the PR head was (`checkedOut` = `pull_request.head.sha`).
 * - Everything else (`push`, `workflow_dispatch`, `schedule`, `merge_group`, `release`, …):
 *   `GITHUB_REF` and `GITHUB_SHA`.
 */
import { ConfigurationError } from '../core/errors.js';

export interface GitHubEvent {
  /** `GITHUB_EVENT_NAME`. */
  name: string;
  /** The parsed JSON of `GITHUB_EVENT_PATH`. */
  payload: unknown;
}

export interface RefInputs {
  ref?: string;
  sha?: string;
  /** The commit the workspace has checked out (`git rev-parse HEAD`), when known. */
  checkedOut?: string;
}

const REF = /^refs\/(heads|tags|pull)\/.+$/;
const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;

export function isValidRef(ref: string): boolean {
  return REF.test(ref);
}

export function isValidSha(sha: string): boolean {
  return SHA.test(sha);
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}

interface PullRequestInfo {
  number: number;
  headSha?: string;
  mergeSha?: string;
}

function pullRequest(payload: unknown): PullRequestInfo | undefined {
  const event = record(payload);
  const pr = record(event?.pull_request);
  const number = pr?.number ?? event?.number;
  if (typeof number !== 'number' || !Number.isInteger(number) || number <= 0) return undefined;
  const head = record(pr?.head);
  return {
    number,
    ...(typeof head?.sha === 'string' ? { headSha: head.sha } : {}),
    ...(typeof pr?.merge_commit_sha === 'string' ? { mergeSha: pr.merge_commit_sha } : {})
  };
}

function sameSha(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
}

function validated(ref: string, sha: string, source: string): { ref: string; sha: string } {
  if (!isValidRef(ref)) {
    throw new ConfigurationError(
      `${source} ref "${ref}" is not a full Git ref (refs/heads/…, refs/tags/… or refs/pull/…).`
    );
  }
  if (!isValidSha(sha)) {
    throw new ConfigurationError(`${source} commit "${sha}" is not a 40- or 64-character hex SHA.`);
  }
  return { ref, sha: sha.toLowerCase() };
}

function fromEnvironment(env: { GITHUB_REF?: string; GITHUB_SHA?: string }): { ref: string; sha: string } {
  if (!env.GITHUB_REF || !env.GITHUB_SHA) {
    throw new ConfigurationError(
      'GITHUB_REF and GITHUB_SHA are not set; pass the `ref` and `sha` inputs to upload outside GitHub Actions.'
    );
  }
  return validated(env.GITHUB_REF, env.GITHUB_SHA, 'GITHUB_REF/GITHUB_SHA');
}

/** The `ref` and `commit_sha` for `POST /repos/{owner}/{repo}/code-scanning/sarifs`. */
export function refAndSha(
  event: GitHubEvent,
  env: { GITHUB_REF?: string; GITHUB_SHA?: string },
  inputs: RefInputs = {}
): { ref: string; sha: string } {
  const { ref, sha, checkedOut } = inputs;
  if (ref || sha) {
    if (!ref || !sha) throw new ConfigurationError('The `ref` and `sha` inputs must be given together.');
    return validated(ref, sha, 'The input');
  }
  if (event.name !== 'pull_request' && event.name !== 'pull_request_target') return fromEnvironment(env);

  const pr = pullRequest(event.payload);
  if (!pr) throw new ConfigurationError(`The ${event.name} event payload has no pull request number.`);
  const merge = `refs/pull/${pr.number}/merge`;
  const head = `refs/pull/${pr.number}/head`;

  if (checkedOut !== undefined && sameSha(checkedOut, pr.headSha)) {
    return validated(head, checkedOut, 'The checked-out pull request head');
  }
  if (event.name === 'pull_request') {
    const { sha: mergeSha } = fromEnvironment(env);
    return validated(merge, mergeSha, 'The pull request merge');
  }
  // pull_request_target: the base branch, unless the merge commit itself was checked out.
  if (checkedOut !== undefined && sameSha(checkedOut, pr.mergeSha)) {
    return validated(merge, checkedOut, 'The checked-out merge commit');
  }
  return fromEnvironment(env);
}
