import type { Fix, TextEdit } from './fix.js';
import type { Region } from './location.js';

/** String offsets of each line start; line ends LF, CRLF or CR, as the parsers count them. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

interface OffsetEdit {
  start: number;
  end: number;
  replacement: string;
}

/** A region's start and end as string offsets into the text whose `lineStarts` are given. */
export function toOffsets(starts: number[], length: number, region: Region): { start: number; end: number } {
  const at = (line: number, column: number) =>
    Math.min((starts[line - 1] ?? length) + Math.max(0, column - 1), length);
  const start = at(region.startLine, region.startColumn);
  return { start, end: Math.max(start, at(region.endLine, region.endColumn)) };
}

/**
 * Two edits conflict when their spans overlap, or when both insert at the same point (their order
 * would be a guess). Touching spans are fine: one ends where the other starts.
 */
function conflicts(a: OffsetEdit, b: OffsetEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

/**
 * Picks fixes in the given order (callers put the most severe finding first), skipping any fix that
 * conflicts with one already picked or with itself, so every picked edit applies to the original text.
 */
export function selectFixes(text: string, fixes: readonly Fix[]): Fix[] {
  const starts = lineStarts(text);
  const taken: OffsetEdit[] = [];
  const picked: Fix[] = [];
  for (const fix of fixes) {
    const edits = fix.edits.map(e => ({
      ...toOffsets(starts, text.length, e.region),
      replacement: e.replacement
    }));
    const clash = edits.some(
      (e, i) => taken.some(t => conflicts(t, e)) || edits.some((o, j) => j < i && conflicts(o, e))
    );
    if (clash || edits.length === 0) continue;
    for (const e of edits) taken.push(e);
    picked.push(fix);
  }
  return picked;
}

/** Applies non-conflicting edits to `text` (regions refer to `text`); throws on a conflict. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = lineStarts(text);
  const spans = edits
    .map(e => ({ ...toOffsets(starts, text.length, e.region), replacement: e.replacement }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < spans.length; i++)
    if (conflicts(spans[i - 1] as OffsetEdit, spans[i] as OffsetEdit))
      throw new Error('Overlapping edits cannot be applied together.');
  let out = '';
  let cursor = 0;
  for (const span of spans) {
    out += text.slice(cursor, span.start) + span.replacement;
    cursor = span.end;
  }
  return out + text.slice(cursor);
}

/** Applies the fixes that do not conflict (see {@link selectFixes}); returns the new text and the fixes applied. */
export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: Fix[] } {
  const applied = selectFixes(text, fixes);
  return {
    text: applyEdits(
      text,
      applied.flatMap(f => f.edits)
    ),
    applied
  };
}
