#!/usr/bin/env node
import { createRequire as __bulkheadRequire } from 'node:module';
const require = __bulkheadRequire(import.meta.url);

// src/core/apply-edits.ts
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}
function toOffsets(starts, length, region) {
  const at = (line, column) => Math.min((starts[line - 1] ?? length) + Math.max(0, column - 1), length);
  const start = at(region.startLine, region.startColumn);
  return { start, end: Math.max(start, at(region.endLine, region.endColumn)) };
}
function conflicts(a, b) {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}
function selectFixes(text, fixes) {
  const starts = lineStarts(text);
  const taken = [];
  const picked = [];
  for (const fix of fixes) {
    const edits = fix.edits.map((e) => ({
      ...toOffsets(starts, text.length, e.region),
      replacement: e.replacement
    }));
    const clash = edits.some(
      (e, i) => taken.some((t) => conflicts(t, e)) || edits.some((o, j) => j < i && conflicts(o, e))
    );
    if (clash || edits.length === 0) continue;
    for (const e of edits) taken.push(e);
    picked.push(fix);
  }
  return picked;
}
function applyEdits(text, edits) {
  const starts = lineStarts(text);
  const spans = edits.map((e) => ({ ...toOffsets(starts, text.length, e.region), replacement: e.replacement })).sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < spans.length; i++)
    if (conflicts(spans[i - 1], spans[i]))
      throw new Error("Overlapping edits cannot be applied together.");
  let out = "";
  let cursor = 0;
  for (const span of spans) {
    out += text.slice(cursor, span.start) + span.replacement;
    cursor = span.end;
  }
  return out + text.slice(cursor);
}
function applyFixes(text, fixes) {
  const applied = selectFixes(text, fixes);
  return {
    text: applyEdits(
      text,
      applied.flatMap((f) => f.edits)
    ),
    applied
  };
}

export {
  lineStarts,
  toOffsets,
  applyEdits,
  applyFixes
};
