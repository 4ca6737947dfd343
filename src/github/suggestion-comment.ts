/**
 * A suggestion comment as Bulkhead writes it on a pull request: the whole lines it replaces, and the
 * hidden marker that names the finding, so a later push does not suggest the same fix again. Shared
 * by the Action's plan (src/action/suggestion-plan.ts) and the poster (post-suggestions.ts).
 */

/** Whole lines `startLine`..`endLine` (1-based) of the file and their text once the fix is applied. */
export interface LineReplacement {
  startLine: number;
  endLine: number;
  /** The new lines, `\n`-separated, without a final line end; empty deletes the lines. */
  text: string;
}

export interface PlannedSuggestion extends LineReplacement {
  path: string;
  /** Identifies the finding across pushes: the hidden marker in the comment holds it. */
  key: string;
  body: string;
}

const MARKER_PREFIX = '<!-- bulkhead-suggestion: ';

/** The hidden marker for `key` (HTML comments do not show in a rendered review comment). */
export function suggestionMarker(key: string): string {
  return `${MARKER_PREFIX}${key} -->`;
}

/** The keys of every marker in a comment body (read with indexOf: bodies are other people's text). */
export function markersIn(body: string): string[] {
  const keys: string[] = [];
  for (let at = body.indexOf(MARKER_PREFIX); at !== -1; at = body.indexOf(MARKER_PREFIX, at + 1)) {
    const start = at + MARKER_PREFIX.length;
    const end = body.indexOf(' -->', start);
    if (end === -1) break;
    keys.push(body.slice(start, end));
  }
  return keys;
}
