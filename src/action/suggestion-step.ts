/**
 * The Action's `suggestions` step on a pull request: plan suggestions for fixable findings on the
 * lines the pull request changed, then post the new ones as one review. It only ever logs: a missing
 * permission (fork pull requests get a read-only token) is one notice, never a failed step.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Finding } from '../core/finding.js';
import type { ChangedLines } from '../gate/changed-lines.js';
import type { GitHubEvent } from '../github/event-ref.js';
import type { GitHubRepoOptions } from '../github/github-api.js';
import { postSuggestions } from '../github/post-suggestions.js';
import type { ActionIo } from './run-action.js';
import { planSuggestions, type SuggestionMode } from './suggestion-plan.js';

export interface SuggestionStepInput {
  io: Pick<ActionIo, 'info' | 'notice' | 'warning' | 'cwd'>;
  mode: Exclude<SuggestionMode, 'off'>;
  event: GitHubEvent;
  api: GitHubRepoOptions | undefined;
  /** Lines the pull request changed; undefined when they could not be found. */
  changes: ChangedLines | undefined;
  findings: readonly Finding[];
}

/** The pull request's number and head commit (review comments anchor on the head, not the test merge). */
function pullRequestOf(event: GitHubEvent): { number: number; head: string } | undefined {
  const pr = (event.payload as { pull_request?: { number?: unknown; head?: { sha?: unknown } } } | null)
    ?.pull_request;
  const number = pr?.number;
  const head = pr?.head?.sha;
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1) return undefined;
  return typeof head === 'string' && /^[0-9a-f]{40,64}$/i.test(head) ? { number, head } : undefined;
}

function readText(cwd: string, path: string): string | undefined {
  try {
    // The scanner reads past a byte order mark; regions count from after it.
    return readFileSync(resolve(cwd, path), 'utf8').replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}

export async function suggestionStep(input: SuggestionStepInput): Promise<void> {
  const { io } = input;
  const pull = pullRequestOf(input.event);
  if (!pull) return io.info('Suggestions: the event has no pull request number and head commit.');
  if (!input.changes)
    return io.info('Suggestions: skipped, the lines this pull request changed are unknown.');
  const planned = planSuggestions(input.findings, {
    mode: input.mode,
    changes: input.changes,
    textOf: path => readText(io.cwd, path)
  });
  if (planned.length === 0)
    return io.info('Suggestions: no fixable finding on the lines this pull request changed.');
  if (!input.api) return io.info("Suggestions: posting them needs the 'token' input and GITHUB_REPOSITORY.");
  const outcome = await postSuggestions(input.api, pull.number, pull.head, planned);
  if (outcome.forbidden) {
    return io.notice(
      `Bulkhead could not post ${planned.length} fix suggestion(s) (${outcome.problem}). Give the job ` +
        "'pull-requests: write' to get them; pull requests from forks only get a read-only token."
    );
  }
  if (outcome.problem) return io.warning(`Bulkhead could not post fix suggestions (${outcome.problem}).`);
  const earlier = outcome.skipped ? ` (${outcome.skipped} already suggested by an earlier run)` : '';
  io.info(`Suggestions: posted a review with ${outcome.posted} fix suggestion(s)${earlier}.`);
}
