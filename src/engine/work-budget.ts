import { CST, Lexer } from '../targets/yaml/yaml-library.js';
import type { TargetKind } from '../core/target.js';

/**
 * The work a single file may cost before it is set aside with a note instead of scanned (DESIGN.md
 * "Containment"). The parsers (yaml, toml-eslint-parser) and the model recurse over the document's
 * structure, and V8 dies outright (not with a catchable error) when it runs out of stack at the wrong
 * moment, so nesting is measured before any of them runs. Real manifests and configs nest a few dozen
 * levels; a thousand levels is an attack or a generator gone wrong.
 */
export interface WorkBudget {
  /** Deepest nesting of collections (flow brackets, block indentation levels). */
  maxNesting: number;
  /** YAML documents in one file. */
  maxDocuments: number;
  /** Milliseconds of rule work per file; the remaining rules are skipped with a note once it is spent. */
  maxRuleMs: number;
}

export const DEFAULT_WORK_BUDGET: WorkBudget = { maxNesting: 256, maxDocuments: 20_000, maxRuleMs: 20_000 };

/** Why the file is over budget, or undefined. Linear in the text; never throws. */
export function exceedsWorkBudget(
  kind: TargetKind,
  path: string,
  text: string,
  budget: WorkBudget = DEFAULT_WORK_BUDGET
): string | undefined {
  if (kind === 'dockerfile' || kind === 'image') return undefined;
  const toml = isTomlPath(path);
  if (!toml && countDocumentStarts(text) > budget.maxDocuments)
    return `it holds more than ${budget.maxDocuments} YAML documents (work budget); skipped`;
  if (roughNesting(text) <= budget.maxNesting) return undefined;
  const depth = toml ? tomlNesting(text) : yamlNesting(text);
  return depth > budget.maxNesting
    ? `it nests more than ${budget.maxNesting} levels deep (work budget); skipped`
    : undefined;
}

/**
 * Whether `exceedsWorkBudget` measures this file (not a Dockerfile) with the YAML lexer: the rare one
 * whose rough nesting is over the budget. A shell script is a fact source measured like YAML, so even
 * a scan of Dockerfiles loads the YAML parser for it (src/engine/load-document-parsers.ts).
 */
export function measuresWithYamlLexer(
  path: string,
  text: string,
  budget: WorkBudget = DEFAULT_WORK_BUDGET
): boolean {
  return !isTomlPath(path) && roughNesting(text) > budget.maxNesting;
}

/**
 * An upper bound of the nesting that ignores quoting: the running depth of unclosed `[`/`{`, plus the
 * deepest line's indentation and block indicators. Quoted brackets can only make it larger, so a file
 * under the budget here is under it for sure, and only the rare file above it is measured exactly.
 */
function roughNesting(text: string): number {
  let flow = 0;
  let deepest = 0;
  let lineDepth = 0;
  let atIndent = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lineDepth = 0;
      atIndent = true;
      continue;
    }
    if (c === 91 || c === 123) flow++;
    else if ((c === 93 || c === 125) && flow > 0) flow--;
    else if (c === 32 || c === 9) {
      if (atIndent) lineDepth++;
      continue;
    } else if ((c === 45 || c === 58 || c === 63) && isBlank(text.charCodeAt(i + 1))) lineDepth++;
    atIndent = false;
    if (flow + lineDepth > deepest) deepest = flow + lineDepth;
  }
  return deepest;
}

/** Space, tab, line break or the end of the text (NaN). */
function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || Number.isNaN(c);
}

/** registries.conf and the containerd/BuildKit configs are TOML; everything else here is YAML or JSON. */
function isTomlPath(path: string): boolean {
  return /\.(toml|conf)$/i.test(path);
}

/** Lines that start a YAML document (`---`). */
function countDocumentStarts(text: string): number {
  let count = text.startsWith('---') ? 1 : 0;
  for (let i = text.indexOf('\n---'); i >= 0; i = text.indexOf('\n---', i + 4)) count++;
  return count;
}

/** Exact collection depth from the YAML lexer (JSON is YAML too). */
function yamlNesting(text: string): number {
  let flow = 0;
  let indicators = 0;
  let indent = 0;
  let lineStart = true;
  let depth = 0;
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token);
    if (type === 'newline') {
      indicators = 0;
      indent = 0;
      lineStart = true;
      continue;
    }
    if (type === 'space' && lineStart) indent = token.length;
    else if (type === 'flow-seq-start' || type === 'flow-map-start') flow++;
    else if ((type === 'flow-seq-end' || type === 'flow-map-end') && flow > 0) flow--;
    else if (
      flow === 0 &&
      (type === 'seq-item-ind' || type === 'explicit-key-ind' || type === 'map-value-ind')
    )
      indicators++;
    if (type !== 'space') lineStart = false;
    depth = Math.max(depth, flow + indent + indicators);
  }
  return depth;
}

/** Depth of TOML arrays and inline tables, skipping strings and comments. */
function tomlNesting(text: string): number {
  let depth = 0;
  let deepest = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '#') i = lineEnd(text, i);
    else if (c === '"' || c === "'") i = stringEnd(text, i);
    else {
      if (c === '[' || c === '{') deepest = Math.max(deepest, ++depth);
      else if ((c === ']' || c === '}') && depth > 0) depth--;
      i++;
    }
  }
  return deepest;
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

/** The index after a TOML string starting at `from` (basic, literal, or their multi-line forms). */
function stringEnd(text: string, from: number): number {
  const quote = text[from]!;
  const triple = text.startsWith(quote.repeat(3), from);
  const close = triple ? quote.repeat(3) : quote;
  let i = from + close.length;
  while (i < text.length) {
    if (quote === '"' && text[i] === '\\') i += 2;
    else if (text.startsWith(close, i)) return i + close.length;
    else if (!triple && text[i] === '\n') return i;
    else i++;
  }
  return text.length;
}
