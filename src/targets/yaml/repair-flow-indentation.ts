import type { Document, Node } from 'yaml';
import { isMap, isPair, isScalar, isSeq } from './yaml-library.js';

/** Leading-whitespace edits: original line number (1-based) → columns added on that line. */
export type ColumnShifts = Map<number, number>;

/** At most this many AST nodes are walked looking for cut-off flow nodes (a huge broken file is just BH000). */
const MAX_VISITED_NODES = 200_000;

/**
 * Kubernetes (`sigs.k8s.io/yaml`, kustomize's kyaml) and Docker Compose parse YAML with go-yaml, a port
 * of libyaml. libyaml ends a quoted scalar at its closing quote and a flow collection at its closing
 * bracket whatever the indentation of the lines in between (only a `---`/`...` marker at column 1
 * stops it), while the `yaml` package follows the YAML 1.2 rule that those lines be indented deeper
 * than the enclosing block: a continuation line indented less, or with a tab, cuts the node there.
 * Such lines are common in real manifests (`command: ["sh", "-c",\n"…"]`, a long `"…\n…"` string).
 *
 * This finds the quoted scalars and flow collections the parse cut short and re-indents their
 * continuation lines with spaces. Leading white space of a continuation line is not part of any
 * value (it is folded away), so values do not change; only columns on those lines shift, which the
 * returned shifts undo. Returns undefined when nothing was cut (the errors are real ones).
 */
export function repairFlowIndentation(
  text: string,
  documents: Document.Parsed[],
  lineOf: (offset: number) => number
): { text: string; shifts: ColumnShifts } | undefined {
  const edits = new Map<number, number>(); // line start offset → new indentation width
  for (const span of cutSpans(text, documents)) {
    const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
    const width = span.start - lineStart + 1;
    for (let nl = text.indexOf('\n', span.start); nl >= 0 && nl < span.end; nl = text.indexOf('\n', nl + 1))
      edits.set(nl + 1, Math.max(edits.get(nl + 1) ?? 0, width));
  }
  if (!edits.size) return undefined;
  const shifts: ColumnShifts = new Map();
  const parts: string[] = [];
  let copied = 0;
  for (const start of [...edits.keys()].sort((a, b) => a - b)) {
    let end = start;
    while (text[end] === ' ' || text[end] === '\t') end++;
    const width = edits.get(start) ?? 0;
    if (!text.slice(start, end).includes('\t') && end - start >= width) continue;
    parts.push(text.slice(copied, start), ' '.repeat(width));
    copied = end;
    shifts.set(lineOf(start), width - (end - start));
  }
  if (!shifts.size) return undefined;
  parts.push(text.slice(copied));
  return { text: parts.join(''), shifts };
}

/**
 * Quoted scalars and flow collections whose real end (by libyaml's rule) lies past where the parse ended
 * them. Each ends within its own document: a stray quote the cut left behind (the `'` of a `']` line
 * after a cut `['…`) has no end there, and is no reason not to repair the scalars that have one, in this
 * document or another.
 */
function cutSpans(text: string, documents: Document.Parsed[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const stack: unknown[] = documents.map(d => d.contents);
  for (let visited = 0; stack.length && visited < MAX_VISITED_NODES; visited++) {
    const node = stack.pop();
    if (isPair(node)) {
      stack.push(node.key, node.value);
      continue;
    }
    if (!isScalar(node) && !isMap(node) && !isSeq(node)) continue;
    const range = (node as Node).range;
    if (isScalar(node) && range && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE')) {
      const end = closingQuote(text, range[0]);
      if (end >= range[1]) spans.push({ start: range[0], end });
    }
    if ((isMap(node) || isSeq(node)) && node.flow && range) {
      const end = closingBracket(text, range[0]);
      if (end >= range[1]) spans.push({ start: range[0], end });
    }
    if (isMap(node) || isSeq(node)) for (const item of node.items) stack.push(item);
  }
  return spans;
}

/**
 * Offset of the quote closing the quoted scalar that starts at `start`, or -1: also when a document
 * marker comes first, since libyaml ends a document there even inside a quoted scalar (an error).
 */
function closingQuote(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n' && isDocumentMarker(text, i + 1)) return -1;
    if (quote === '"' && ch === '\\') i++;
    else if (ch === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

/** Offset of the bracket closing the flow collection that starts at `start`, or -1 (as for a quote, at a document marker). */
function closingBracket(text: string, start: number): number {
  let depth = 0;
  let previous = ''; // the last character that was not white space
  for (let i = start; i < text.length; i++) {
    if (text[i] === '#' && /\s/.test(text[i - 1] ?? ' ')) {
      i = text.indexOf('\n', i);
      if (i < 0) return -1;
    }
    const ch = text[i] ?? '';
    if (ch === '\n' && isDocumentMarker(text, i + 1)) return -1;
    if ((ch === '"' || ch === "'") && '[{,:?'.includes(previous)) {
      i = closingQuote(text, i);
      if (i < 0) return -1;
    } else if (ch === '[' || ch === '{') depth++;
    else if (ch === ']' || ch === '}') {
      depth--;
      if (depth === 0) return i;
    }
    if (!/\s/.test(ch)) previous = ch === '"' || ch === "'" ? 'x' : ch;
  }
  return -1;
}

/** Whether a `---` or `...` document marker starts at `offset` (a line start). */
function isDocumentMarker(text: string, offset: number): boolean {
  return /^(---|\.\.\.)([ \t\r\n]|$)/.test(text.slice(offset, offset + 4));
}
