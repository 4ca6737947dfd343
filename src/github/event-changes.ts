/**
 * The lines a workflow run's change touched, for `fail-on-scope: new` and for marking findings new:
 * a pull request's changes against its base, or a push's changes since `before`. `git diff` against
 * the merge base comes first; when the checkout is too shallow for that, GitHub's compare API.
 */
import { errorMessage } from '../core/errors.js';
import { changedLinesSince, runGit, type ChangedLines, type GitRunner } from '../gate/changed-lines.js';
import { changedLinesFromCompare } from './compare-changes.js';
import type { GitHubEvent } from './event-ref.js';
import type { GitHubRepoOptions } from './github-api.js';

export interface EventChanges {
  /** Undefined when the event has no "before" (a new branch, a schedule): every finding is new. */
  changes?: ChangedLines;
  /** How the changes were found, for the log. */
  source: string;
  /** Why git could not be used, when the compare API was the fallback. */
  fallbackReason?: string;
}

const ZERO_SHA = /^0+$/;

function field(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** `base`/`head` commits of the event's change, when it has one. */
export function eventRange(event: GitHubEvent): { base: string; head: string } | undefined {
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  if (event.name === 'pull_request' || event.name === 'pull_request_target') {
    const base = text(field(event.payload, 'pull_request', 'base', 'sha'));
    const head = text(field(event.payload, 'pull_request', 'head', 'sha'));
    return base && head ? { base, head } : undefined;
  }
  if (event.name === 'merge_group') {
    // The queued merge: base_sha is the target branch tip, head_sha the temporary merge-queue commit
    // (docs.github.com/en/webhooks/webhook-events-and-payloads#merge_group).
    const base = text(field(event.payload, 'merge_group', 'base_sha'));
    const head = text(field(event.payload, 'merge_group', 'head_sha'));
    return base && head ? { base, head } : undefined;
  }
  if (event.name === 'push') {
    const base = text(field(event.payload, 'before'));
    const head = text(field(event.payload, 'after'));
    return base && head && !ZERO_SHA.test(base) ? { base, head } : undefined;
  }
  return undefined;
}

/** Changed lines for the event: `git diff` from the merge base, else the compare API. */
export async function changesForEvent(
  event: GitHubEvent,
  cwd: string,
  api: GitHubRepoOptions | undefined,
  git: GitRunner = runGit
): Promise<EventChanges> {
  const range = eventRange(event);
  if (!range) return { source: `the ${event.name || 'current'} event has no earlier commit to compare with` };
  let reason: string;
  try {
    return {
      changes: changedLinesSince(range.base, cwd, git),
      source: `git diff from ${range.base.slice(0, 12)}`
    };
  } catch (error) {
    reason = errorMessage(error);
  }
  if (!api) throw new Error(`${reason} (and no token for GitHub's compare API)`);
  const changes = await changedLinesFromCompare(api, range.base, range.head);
  return {
    changes,
    source: `GitHub's compare API ${range.base.slice(0, 12)}...${range.head.slice(0, 12)}`,
    fallbackReason: reason
  };
}
