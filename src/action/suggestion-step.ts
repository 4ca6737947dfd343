/**
 * The Action's `suggestions` step on a pull request: plan suggestions for fixable findings on the
 * lines the pull request changed, then post the new ones as one review. It only ever logs: a missing
 * permission (fork pull requests get a read-only token) is one notice, never a failed step.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Finding } from '../core/finding.js';
import { runGit, type ChangedLines, type GitRunner } from '../gate/changed-lines.js';
import type { GitHubEvent } from '../github/event-ref.js';
import { repoApi, type GitHubRepoOptions } from '../github/github-api.js';
import { postSuggestions } from '../github/post-suggestions.js';
import type { ActionIo } from './run-action.js';
import {
  MAX_SUGGESTIONS,
  planSuggestions,
  type PlannedSuggestion,
  type SuggestionMode
} from './suggestion-plan.js';

export interface SuggestionStepInput {
  io: Pick<ActionIo, 'info' | 'notice' | 'warning' | 'cwd'>;
  mode: Exclude<SuggestionMode, 'off'>;
  event: GitHubEvent;
  api: GitHubRepoOptions | undefined;
  /** Lines the pull request changed; undefined when they could not be found. */
  changes: ChangedLines | undefined;
  findings: readonly Finding[];
  git?: GitRunner;
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

// The scanner reads past a byte order mark; regions count from after it.
const withoutBom = (text: string) => text.replace(/^\uFEFF/, '');

function readText(cwd: string, path: string): string | undefined {
  try {
    return withoutBom(readFileSync(resolve(cwd, path), 'utf8'));
  } catch {
    return undefined;
  }
}

/** The file at the pull request's head: from git when the commit is here, else the contents API. */
async function textAtHead(
  input: SuggestionStepInput,
  head: string,
  path: string
): Promise<string | undefined> {
  try {
    return withoutBom((input.git ?? runGit)(['show', `${head}:./${path}`], input.io.cwd));
  } catch {
    // A shallow checkout of the test-merge commit does not have the head commit.
  }
  if (!input.api) return undefined;
  const file = path.split('/').map(encodeURIComponent).join('/');
  const result = await repoApi<{ content?: unknown; encoding?: unknown }>(
    input.api,
    'GET',
    `/contents/${file}?${new URLSearchParams({ ref: head })}`
  );
  if (!result.ok || result.body.encoding !== 'base64' || typeof result.body.content !== 'string')
    return undefined;
  return withoutBom(Buffer.from(result.body.content, 'base64').toString('utf8'));
}

/**
 * The Action scans the test-merge commit, but a suggestion replaces lines of the head commit: when
 * the base branch changed the same file the line numbers differ, and a suggestion would replace the
 * wrong lines. So only files identical at the head are kept, checked lazily up to the cap.
 */
async function sameAtHead(
  input: SuggestionStepInput,
  head: string,
  planned: readonly PlannedSuggestion[]
): Promise<PlannedSuggestion[]> {
  const verdicts = new Map<string, boolean>();
  const kept: PlannedSuggestion[] = [];
  for (const suggestion of planned) {
    if (kept.length >= MAX_SUGGESTIONS) break;
    let same = verdicts.get(suggestion.path);
    if (same === undefined) {
      const scanned = readText(input.io.cwd, suggestion.path);
      same = scanned !== undefined && (await textAtHead(input, head, suggestion.path)) === scanned;
      verdicts.set(suggestion.path, same);
    }
    if (same) kept.push(suggestion);
  }
  return kept;
}

export async function suggestionStep(input: SuggestionStepInput): Promise<void> {
  const { io } = input;
  const pull = pullRequestOf(input.event);
  if (!pull) return io.info('Suggestions: the event has no pull request number and head commit.');
  if (!input.changes)
    return io.info('Suggestions: skipped, the lines this pull request changed are unknown.');
  const candidates = planSuggestions(input.findings, {
    mode: input.mode,
    changes: input.changes,
    textOf: path => readText(io.cwd, path),
    max: Infinity
  });
  if (candidates.length === 0)
    return io.info('Suggestions: no fixable finding on the lines this pull request changed.');
  if (!input.api) return io.info("Suggestions: posting them needs the 'token' input and GITHUB_REPOSITORY.");
  const planned = await sameAtHead(input, pull.head, candidates);
  if (planned.length === 0)
    return io.info(
      'Suggestions: none posted, the files with fixable findings differ between the scanned merge commit and the head of the pull request.'
    );
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
