/**
 * Changed lines from GitHub's compare API (`GET /repos/{owner}/{repo}/compare/{base}...{head}`), the
 * fallback when the checkout is too shallow for `git merge-base`. The three-dot compare diffs `head`
 * against the merge base, like a pull request's "Files changed". Paths are repository-relative.
 */
import { type ChangedLines, parseUnifiedDiff } from '../gate/changed-lines.js';
import { type GitHubRepoOptions, repoApi } from './github-api.js';

interface CompareFile {
  filename: string;
  status: string;
  patch?: string;
}

/** GitHub lists at most 3,000 files per comparison, 100 per page at most. */
const PER_PAGE = 100;
const MAX_PAGES = 30;

/** A file GitHub lists without a patch (too large, or binary) counts as changed throughout. */
const WHOLE_FILE = { start: 1, end: Number.MAX_SAFE_INTEGER };

function changesOf(file: CompareFile): ChangedLines {
  if (file.status === 'removed') return new Map();
  if (file.patch === undefined) return new Map([[file.filename, [WHOLE_FILE]]]);
  // The patch is the hunks only; name the file so the unified-diff parser keys it.
  return parseUnifiedDiff(`+++ b/${file.filename}\n${file.patch}`);
}

/** Lines `head` adds on top of its merge base with `base`, per repository-relative path. */
export async function changedLinesFromCompare(
  options: GitHubRepoOptions,
  base: string,
  head: string
): Promise<ChangedLines> {
  const changes: ChangedLines = new Map();
  const basehead = `${encodeURIComponent(base)}...${encodeURIComponent(head)}`;
  for (let page = 1; page <= MAX_PAGES; page++) {
    const result = await repoApi<{ files?: CompareFile[] }>(
      options,
      'GET',
      `/compare/${basehead}?per_page=${PER_PAGE}&page=${page}`
    );
    if (!result.ok) {
      throw new Error(`GitHub's compare API answered ${result.status ?? 'nothing'}: ${result.message}`);
    }
    const files = result.body.files ?? [];
    for (const file of files) {
      for (const [path, ranges] of changesOf(file))
        changes.set(path, [...(changes.get(path) ?? []), ...ranges]);
    }
    if (files.length < PER_PAGE) break;
  }
  return changes;
}
