/**
 * Posts planned suggestions as ONE pull-request review (event COMMENT), skipping those whose hidden
 * marker is already in one of the pull request's review comments, so later pushes add no duplicates.
 * Never throws: a token without `pull-requests: write` (fork pull requests) is an outcome to report.
 */
import { markersIn, type PlannedSuggestion } from './suggestion-comment.js';
import { type GitHubRepoOptions, repoApi } from './github-api.js';

interface ReviewComment {
  body?: string;
}

export interface SuggestionOutcome {
  posted: number;
  /** Already suggested by an earlier run. */
  skipped: number;
  /** Why nothing was posted, when GitHub refused or could not be reached. */
  problem?: string;
  /** The problem is a missing permission (403/404): expected on fork pull requests. */
  forbidden?: boolean;
}

const PER_PAGE = 100;
/** 30 pages of 100 review comments: far more than a reviewable pull request holds. */
const MAX_PAGES = 30;

async function existingMarkers(
  options: GitHubRepoOptions,
  pull: number
): Promise<Set<string> | { status?: number; message: string }> {
  const markers = new Set<string>();
  for (let page = 1; page <= MAX_PAGES; page++) {
    const query = new URLSearchParams({ per_page: String(PER_PAGE), page: String(page) });
    const result = await repoApi<ReviewComment[]>(options, 'GET', `/pulls/${pull}/comments?${query}`);
    if (!result.ok) return { status: result.status, message: `listing review comments: ${result.message}` };
    for (const comment of result.body) for (const key of markersIn(comment.body ?? '')) markers.add(key);
    if (result.body.length < PER_PAGE) break;
  }
  return markers;
}

function refused(status: number | undefined, message: string): SuggestionOutcome {
  return {
    posted: 0,
    skipped: 0,
    problem: `${status ?? 'network error'}: ${message}`,
    forbidden: status === 403 || status === 404
  };
}

/** Posts the suggestions not made before as one review on `commitId` (the pull request's head). */
export async function postSuggestions(
  options: GitHubRepoOptions,
  pull: number,
  commitId: string,
  suggestions: readonly PlannedSuggestion[]
): Promise<SuggestionOutcome> {
  if (suggestions.length === 0) return { posted: 0, skipped: 0 };
  const markers = await existingMarkers(options, pull);
  if (!(markers instanceof Set)) return refused(markers.status, markers.message);
  const fresh = suggestions.filter(s => !markers.has(s.key));
  const skipped = suggestions.length - fresh.length;
  if (fresh.length === 0) return { posted: 0, skipped };
  const comments = fresh.map(s => ({
    path: s.path,
    line: s.endLine,
    side: 'RIGHT',
    ...(s.startLine < s.endLine ? { start_line: s.startLine, start_side: 'RIGHT' } : {}),
    body: s.body
  }));
  const count = fresh.length;
  // One attempt: a retried POST that GitHub did take would post the review twice.
  const result = await repoApi(
    options,
    'POST',
    `/pulls/${pull}/reviews`,
    {
      commit_id: commitId,
      event: 'COMMENT',
      body: `Bulkhead suggests ${count} fix${count === 1 ? '' : 'es'} for findings on lines this pull request changes.`,
      comments
    },
    0
  );
  if (!result.ok) return { ...refused(result.status, `posting the review: ${result.message}`), skipped };
  return { posted: count, skipped };
}
