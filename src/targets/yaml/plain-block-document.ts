/**
 * A line-by-line check that a YAML document is written in a plain block style the `yaml` parser
 * reads without error, so a document no rule reads can be left unparsed without hiding a syntax
 * error (BH000). It accepts a strict subset of YAML, the style of generated manifests (controller-gen
 * CRDs): block mappings and sequences, plain keys, plain and quoted scalars (also over several
 * lines), literal and folded block scalars, `[]`, `{}` and `[a, b]`. Anything else (anchors, tags,
 * flow mappings, tabs, an escape it does not know, an odd indentation) says "not proven", and the
 * caller parses the document as before. It never says "valid" for text the parser rejects: the
 * differential test in plain-block-document.test.ts holds it to that.
 */

/** Tabs, control characters, byte-order marks and separators the YAML lexer treats specially. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const BAD_CHARACTER = /[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;
const KEY = /^[A-Za-z0-9_$][A-Za-z0-9_./$-]{0,199}:(?: +|$)/;
/** A value that cannot start a plain scalar: an indicator, or `-` alone or before a space. */
const NOT_PLAIN_START = /^(?:[?:,[\]{}#&*!|>'"%@`]|-(?: |$))/;
const BLOCK_HEADER = /^[|>][-+]?(?: +#.*)?$/;
const FLOW_VALUE =
  /^(?:\[\]|\{\}|\[[A-Za-z0-9_][A-Za-z0-9_./-]*(?:, [A-Za-z0-9_][A-Za-z0-9_./-]*)*\])(?: +#.*)?$/;
/** After a closing quote: nothing, or spaces and a comment. */
const AFTER_QUOTE = /^(?: *| +#.*)$/;
/** The escapes of a double-quoted scalar this check knows the parser accepts. */
const KNOWN_ESCAPES = '\\"/nt';

interface Frame {
  indent: number;
  seq: boolean;
}

/** What the previous lines left open. */
type Open =
  | { kind: 'none' }
  /** A `key:` with nothing after it: children are more indented, or a sequence at the map's column. */
  | { kind: 'children'; mapIndent: number }
  /** An inline value; `plain` ones may go on over more indented lines. */
  | { kind: 'inline'; indent: number; plain: boolean }
  | { kind: 'block'; indent: number; contentIndent?: number }
  | { kind: 'quoted'; indent: number; quote: string };

/** Whether lines `start` to `end` (exclusive) are one document this check proves the parser accepts. */
export function isPlainBlockDocument(lines: readonly string[], start: number, end: number): boolean {
  const stack: Frame[] = [];
  let open: Open = { kind: 'none' };
  for (let i = start; i < end; i++) {
    const raw = lines[i] as string;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (BAD_CHARACTER.test(line)) return false;
    const body = line.trimStart();
    const indent = line.length - body.length;
    if (open.kind === 'block') {
      if (body === '') {
        if (open.contentIndent === undefined) return false;
        continue;
      }
      if (indent > open.indent) {
        open.contentIndent ??= indent;
        if (indent < open.contentIndent) return false;
        continue;
      }
      open = { kind: 'none' };
    }
    if (open.kind === 'quoted') {
      if (body === '') continue;
      if (indent <= open.indent) return false;
      const after = closeQuoted(body, open.quote, open.indent);
      if (!after) return false;
      open = after;
      continue;
    }
    if (body === '') continue;
    if (body.startsWith('#')) {
      if (open.kind === 'inline') open.plain = false;
      continue;
    }
    if (open.kind === 'inline' && indent > open.indent) {
      const more = open.plain ? plainLine(body, true) : undefined;
      if (!more) return false;
      open.plain = more === 'open';
      continue;
    }
    const item = body.startsWith('-');
    if (open.kind === 'children' && (indent > open.mapIndent || (indent === open.mapIndent && item)))
      stack.push({ indent, seq: item });
    else {
      if (!stack.length) {
        if (indent !== 0 || item) return false;
        stack.push({ indent: 0, seq: false });
      }
      while (stack.length && (stack[stack.length - 1] as Frame).indent > indent) stack.pop();
      let top = stack[stack.length - 1];
      if (top && top.seq && !item && top.indent === indent) {
        stack.pop();
        top = stack[stack.length - 1];
      }
      if (!top || top.indent !== indent || top.seq !== item) return false;
    }
    const next = readEntry(body, indent, stack);
    if (!next) return false;
    open = next;
  }
  return open.kind !== 'quoted';
}

/** The entry on a line whose frame is on the stack: `- ` items, then a `key:` or a value. */
function readEntry(body: string, indent: number, stack: Frame[]): Open | undefined {
  let rest = body;
  let column = indent;
  let frame = stack[stack.length - 1] as Frame;
  const mapLine = !rest.startsWith('-');
  while (rest.startsWith('-')) {
    const content = rest.slice(1).trimStart();
    if (content.length === rest.length - 1 || content === '') return undefined;
    column += rest.length - content.length;
    rest = content;
    if (rest.startsWith('-') || KEY.test(rest)) {
      frame = { indent: column, seq: rest.startsWith('-') };
      stack.push(frame);
    }
  }
  const key = KEY.exec(rest);
  // A collection's line holds a key or an item; a scalar alone there (`key:` then a value on the next line) is not proven.
  if (!key) return mapLine ? undefined : readValue(rest, frame.indent);
  const value = rest.slice(key[0].length);
  if (value === '' || value.startsWith('#')) return { kind: 'children', mapIndent: frame.indent };
  return readValue(value, frame.indent);
}

/** An inline value of a collection at `indent`. */
function readValue(value: string, indent: number): Open | undefined {
  if (BLOCK_HEADER.test(value)) return { kind: 'block', indent };
  if (FLOW_VALUE.test(value)) return { kind: 'inline', indent, plain: false };
  if (value.startsWith("'") || value.startsWith('"'))
    return closeQuoted(value.slice(1), value.charAt(0), indent);
  const plain = plainLine(value, false);
  return plain && { kind: 'inline', indent, plain: plain === 'open' };
}

/**
 * Reads a quoted scalar's text on one line: the scalar closed (and nothing but a comment after it),
 * still open, or undefined for what this check does not prove.
 */
function closeQuoted(text: string, quote: string, indent: number): Open | undefined {
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (quote === '"' && c === '\\') {
      if (!KNOWN_ESCAPES.includes(text.charAt(i + 1)) || i + 1 >= text.length) return undefined;
      i++;
    } else if (c === quote) {
      if (quote === "'" && text.charAt(i + 1) === "'") i++;
      else return AFTER_QUOTE.test(text.slice(i + 1)) ? { kind: 'inline', indent, plain: false } : undefined;
    }
  }
  return { kind: 'quoted', indent, quote };
}

/**
 * A line of a plain scalar: `open` when the next more indented line may go on with it, `closed` when
 * a comment ends it (a line after that is an error), undefined when not proven.
 */
function plainLine(text: string, continuation: boolean): 'open' | 'closed' | undefined {
  if (NOT_PLAIN_START.test(text) || (continuation && text.startsWith('-'))) return undefined;
  const comment = text.indexOf(' #');
  const scalar = (comment < 0 ? text : text.slice(0, comment)).trimEnd();
  if (scalar.includes(': ') || scalar.endsWith(':')) return undefined;
  return comment < 0 ? 'open' : 'closed';
}
