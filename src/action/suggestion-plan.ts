/**
 * `suggestions`: which fixable findings become GitHub suggestion comments on a pull request, and
 * what each comment says. GitHub replaces whole lines with a suggestion, so a fix's edits are turned
 * into the full new text of the lines they touch. Pure: the caller reads files and talks to GitHub.
 */
import { applyEdits, lineStarts, toOffsets } from '../core/apply-edits.js';
import type { Finding } from '../core/finding.js';
import type { Fix } from '../core/fix.js';
import { compareSeverity } from '../core/severity.js';
import type { ChangedLines } from '../gate/changed-lines.js';
import {
  markersIn,
  suggestionMarker,
  type LineReplacement,
  type PlannedSuggestion
} from '../github/suggestion-comment.js';
import { partitionPoint } from '../core/partition-point.js';

export { markersIn, suggestionMarker, type LineReplacement, type PlannedSuggestion };

export type SuggestionMode = 'off' | 'safe' | 'all';

/** GitHub shows every comment of a review at once; more than this buries the pull request. */
export const MAX_SUGGESTIONS = 20;

/** Rule and fingerprint: stable when unrelated lines move; the location when there is no fingerprint. */
function findingKey(finding: Finding): string {
  const raw = finding.fingerprint
    ? `${finding.ruleId}:${finding.fingerprint}`
    : `${finding.ruleId}:${finding.location.file}:${finding.location.region.startLine}`;
  // Nothing that could end the HTML comment early.
  return raw.replace(/[^A-Za-z0-9:._/+=-]/g, '_').replace(/-{2,}/g, '-');
}

/** 1-based line holding string offset `offset`. */
function lineAt(starts: readonly number[], offset: number): number {
  // The last line starting at or before the offset (the first when none does).
  return Math.max(
    1,
    partitionPoint(starts.length, i => (starts[i] as number) <= offset)
  );
}

const LINE_END = /\r\n|\r|\n/;

/** The whole lines `fix` touches in `text` and their new text; undefined when the fix changes nothing. */
export function wholeLineReplacement(text: string, fix: Fix): LineReplacement | undefined {
  if (fix.edits.length === 0) return undefined;
  const starts = lineStarts(text);
  const spans = fix.edits.map(edit => toOffsets(starts, text.length, edit.region));
  const from = spans.reduce((least, span) => Math.min(least, span.start), text.length);
  const to = spans.reduce((most, span) => Math.max(most, span.end), 0);
  // After a final line end git and GitHub see no further line: an edit there anchors on the last one.
  const lastLine =
    starts.length > 1 && starts[starts.length - 1] === text.length ? starts.length - 1 : starts.length;
  const startLine = Math.min(lineAt(starts, from), lastLine);
  const endLine = Math.max(startLine, Math.min(lineAt(starts, Math.max(from, to - 1)), lastLine));
  const segmentStart = starts[startLine - 1] as number;
  const segmentEnd = starts[endLine] ?? text.length;
  let fixed: string;
  try {
    fixed = applyEdits(text, fix.edits);
  } catch {
    return undefined;
  }
  const before = text.slice(segmentStart, segmentEnd);
  const after = fixed.slice(segmentStart, fixed.length - (text.length - segmentEnd));
  if (after === before) return undefined;
  const lines = after.split(LINE_END);
  // The segment's own final line end is not part of the suggestion (GitHub keeps it).
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return { startLine, endLine, text: lines.join('\n') };
}

function onChangedLines(changes: ChangedLines, path: string, start: number, end: number): boolean {
  const ranges = changes.get(path.replace(/^(?:\.\/)+/, '')) ?? [];
  for (let line = start; line <= end; line++) {
    if (!ranges.some(range => range.start <= line && range.end >= line)) return false;
  }
  return true;
}

/** A fence longer than any run of backticks in `text`, so the suggestion cannot close it early. */
function fenceFor(text: string): string {
  let longest = 0;
  let run = 0;
  for (const char of text) {
    run = char === '`' ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return '`'.repeat(Math.max(3, longest + 1));
}

function commentBody(finding: Finding, fix: Fix, replacement: LineReplacement, key: string): string {
  const fence = fenceFor(replacement.text);
  const review = fix.safety === 'review' ? ' This fix may change behaviour: check it before committing.' : '';
  return [
    `**${finding.ruleId}** (${finding.severity}): ${finding.message}`,
    '',
    `${fix.description}${review}`,
    '',
    `${fence}suggestion`,
    ...(replacement.text === '' ? [] : [replacement.text]),
    fence,
    suggestionMarker(key)
  ].join('\n');
}

/** 2xx rules are secret leakage: a suggestion must never quote a line that still holds a secret. */
const isSecretRule = (finding: Finding) => /^BH2\d\d$/.test(finding.ruleId);

function textOfRegion(text: string, finding: Finding): string {
  const starts = lineStarts(text);
  const { start, end } = toOffsets(starts, text.length, finding.location.region);
  return text.slice(start, end);
}

function leaksSecret(
  text: string,
  path: string,
  finding: Finding,
  replacement: LineReplacement,
  findings: readonly Finding[]
): boolean {
  return findings.some(other => {
    if (!isSecretRule(other) || other.location.file !== path) return false;
    const { startLine, endLine } = other.location.region;
    if (endLine < replacement.startLine || startLine > replacement.endLine) return false;
    // The finding's own fix removes its secret; anything else on these lines stays and is quoted.
    if (other !== finding) return true;
    const secret = textOfRegion(text, other).trim();
    return secret === '' || replacement.text.includes(secret);
  });
}

export interface SuggestionPlanOptions {
  mode: SuggestionMode;
  /** Lines the pull request added or changed: suggestions go only there. */
  changes: ChangedLines;
  /** The file's text as scanned, or undefined when it cannot be read. */
  textOf: (path: string) => string | undefined;
  max?: number;
}

/**
 * Most severe first: one suggestion per fixable, unsuppressed finding on changed lines, the first fix
 * the mode allows, none overlapping an earlier one's lines, at most `max`.
 */
export function planSuggestions(
  findings: readonly Finding[],
  options: SuggestionPlanOptions
): PlannedSuggestion[] {
  if (options.mode === 'off') return [];
  const max = options.max ?? MAX_SUGGESTIONS;
  const ordered = findings
    .filter(finding => !finding.suppression && finding.fixes?.length)
    .sort((a, b) => compareSeverity(a.severity, b.severity));
  const planned: PlannedSuggestion[] = [];
  const seen = new Set<string>();
  for (const finding of ordered) {
    if (planned.length >= max) break;
    const path = finding.location.file;
    const fix = finding.fixes?.find(f => options.mode === 'all' || f.safety === 'safe');
    const text = fix ? options.textOf(path) : undefined;
    if (!fix || text === undefined) continue;
    const replacement = wholeLineReplacement(text, fix);
    if (!replacement || !onChangedLines(options.changes, path, replacement.startLine, replacement.endLine))
      continue;
    const overlaps = planned.some(
      p => p.path === path && p.startLine <= replacement.endLine && p.endLine >= replacement.startLine
    );
    const key = findingKey(finding);
    if (overlaps || seen.has(key) || leaksSecret(text, path, finding, replacement, findings)) continue;
    seen.add(key);
    planned.push({ ...replacement, path, key, body: commentBody(finding, fix, replacement, key) });
  }
  return planned;
}
