import type { Region } from './location.js';

/**
 * `safe`: the edit keeps the program's behaviour apart from the security property it fixes.
 * `review`: it may change behaviour (a process that needs admin rights, a secret that must now be
 * provided elsewhere), so a person applies it deliberately (`bulkhead fix --include-review`).
 */
export type FixSafety = 'safe' | 'review';

/**
 * Replace the text of `region` (1-based, `endColumn` exclusive, SARIF's convention) with
 * `replacement`. An empty region (start equals end) is an insertion.
 */
export interface TextEdit {
  region: Region;
  replacement: string;
}

/** One way to fix a finding: edits on the finding's own file, applied together or not at all. */
export interface Fix {
  /** What the fix does, a sentence ending with a period (SARIF `fix.description`). */
  description: string;
  safety: FixSafety;
  edits: TextEdit[];
}
