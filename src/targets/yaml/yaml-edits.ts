import type { TextEdit } from '../../core/fix.js';
import type { Region } from '../../core/location.js';
import type { YamlNode } from './yaml-node.js';

/**
 * Minimal text edits on YAML source: a value replaced in place, block-mapping entries inserted after
 * the last entry with its indentation, an entry's lines removed. Never a re-serialisation, so comments,
 * quoting and layout elsewhere stay as written. Every edit refuses (returns undefined) when it cannot be
 * sure of the result: a document with anchors or aliases, or a non-empty flow collection.
 */

/** One memoised split: a file's findings all edit the same text. */
let memo: { text: string; lines: string[] } | undefined;
function linesOf(text: string): string[] {
  if (memo?.text !== text) memo = { text, lines: text.split(/\r\n|\r|\n/) };
  return memo.lines;
}

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

function point(line: number, column: number): Region {
  return { startLine: line, startColumn: column, endLine: line, endColumn: column };
}

/** `lines` indented by `indent` spaces, each after a line break. */
function block(lines: readonly string[], indent: number, eol: string): string {
  return lines.map(line => eol + ' '.repeat(indent) + line).join('');
}

/** The last line of a node that holds its text (a block collection's range ends at the next line's start). */
function lastContentLine(node: YamlNode, lines: string[]): number {
  const { endLine, endColumn, startLine } = node.region;
  const before = (lines[endLine - 1] ?? '').slice(0, endColumn - 1);
  return before.trim() === '' && endLine > startLine ? endLine - 1 : endLine;
}

/** Replaces a scalar's text (quotes included) with `text`. */
export function replaceScalar(node: YamlNode, text: string): TextEdit | undefined {
  if (!node.editable || node.kind !== 'scalar') return undefined;
  return { region: node.region, replacement: text };
}

/**
 * Adds entries (`lines`, relative indentation in spaces) to a mapping: after its last entry at the
 * entries' own indentation; an empty value (`key:`) or empty flow mapping (`key: {}`) becomes a block
 * two spaces deeper than its key.
 */
export function insertEntries(map: YamlNode, lines: readonly string[]): TextEdit | undefined {
  if (!map.editable) return undefined;
  const text = map.sourceText;
  const source = linesOf(text);
  const eol = eolOf(text);
  const entries = map.entries();
  const last = entries[entries.length - 1];
  if (map.kind === 'map' && !map.isFlow && last) {
    const first = entries[0]?.[1].keyRegion;
    if (!first || !last[1].keyRegion) return undefined;
    const line = lastContentLine(last[1], source);
    const end = (source[line - 1] ?? '').length + 1;
    return { region: point(line, end), replacement: block(lines, first.startColumn - 1, eol) };
  }
  const key = map.keyRegion;
  if (!key) return undefined;
  const indent = firstNonSpace(source[key.startLine - 1] ?? '') + 2;
  if (map.kind === 'map' && map.isFlow && entries.length === 0)
    return { region: map.region, replacement: block(lines, indent, eol).trimEnd() };
  if (map.kind !== 'null' || map.region.startLine !== key.startLine) return undefined;
  const keyLine = source[key.startLine - 1] ?? '';
  const rest = keyLine.slice(key.endColumn - 1).replace(/^\s*:/, '');
  if (rest.trim() !== '' && !rest.trim().startsWith('#')) return undefined; // `key: null`, `key: ~`
  return { region: point(key.startLine, keyLine.length + 1), replacement: block(lines, indent, eol) };
}

function firstNonSpace(line: string): number {
  const match = /^[ -]*/.exec(line);
  return match ? match[0].length : 0;
}

/**
 * Sets `path` under `map` to the scalar `value`: replaces an existing scalar, or inserts the missing
 * keys below the deepest mapping that exists.
 */
export function setEntry(map: YamlNode, path: readonly string[], value: string): TextEdit | undefined {
  const edits = setEntries(map, path.slice(0, -1), [[path[path.length - 1] ?? '', value]]);
  return edits?.[0];
}

/**
 * Sets several scalar entries of the mapping at `path` under `map` (created when missing): existing
 * scalars are replaced, missing entries inserted together (two insertions at one point would conflict).
 */
export function setEntries(
  map: YamlNode,
  path: readonly string[],
  entries: readonly (readonly [string, string])[]
): TextEdit[] | undefined {
  let current = map;
  for (const [index, key] of path.entries()) {
    const next = current.get(key);
    if (!next) return one(insertEntries(current, nestedLines(path.slice(index), entries)));
    if (next.kind === 'scalar') return undefined;
    current = next;
  }
  const edits: TextEdit[] = [];
  const missing: (readonly [string, string])[] = [];
  for (const entry of entries) {
    const node = current.kind === 'map' ? current.get(entry[0]) : undefined;
    if (!node) missing.push(entry);
    else if (node.kind === 'scalar') edits.push(...one(replaceScalar(node, entry[1])));
    else return undefined;
  }
  if (missing.length) edits.push(...one(insertEntries(current, nestedLines([], missing))));
  return edits.length === entries.length - missing.length + (missing.length ? 1 : 0) ? edits : undefined;
}

function one(edit: TextEdit | undefined): TextEdit[] {
  return edit ? [edit] : [];
}

/** `a:` / `  b:` / `    key: value` lines for a missing path and its entries. */
function nestedLines(path: readonly string[], entries: readonly (readonly [string, string])[]): string[] {
  const indent = '  '.repeat(path.length);
  return [
    ...path.map((key, i) => `${'  '.repeat(i)}${key}:`),
    ...entries.map(([k, v]) => `${indent}${k}: ${v}`)
  ];
}

/**
 * Removes a block-mapping entry with its value: whole lines, from the key's line to the value's last
 * line. Refused when the key shares its line with a sequence dash (`- key:`) or another entry.
 */
export function removeEntry(map: YamlNode, key: string): TextEdit | undefined {
  const value = map.get(key);
  const keyRegion = value?.keyRegion;
  if (!value || !keyRegion || !map.editable || map.isFlow) return undefined;
  const source = linesOf(map.sourceText);
  const keyLine = source[keyRegion.startLine - 1] ?? '';
  if (keyLine.slice(0, keyRegion.startColumn - 1).trim() !== '') return undefined;
  const last = value.kind === 'null' ? keyRegion.startLine : lastContentLine(value, source);
  return {
    region: { startLine: keyRegion.startLine, startColumn: 1, endLine: last + 1, endColumn: 1 },
    replacement: ''
  };
}
