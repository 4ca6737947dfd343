/**
 * Where each character of a YAML string scalar's value is written in its source. A finding inside a
 * text embedded in YAML (a Compose `dockerfile_inline`) is reported where the user wrote that text:
 * the value is the source after YAML has removed indentation, folded line breaks and decoded escapes,
 * so its positions are traced back by redoing those steps (https://yaml.org/spec/1.2.2/#chapter-7-flow-style-productions,
 * #chapter-8-block-style-productions) and checking the result against the value the parser gave.
 */

/** A value rebuilt from the source, with the source offset of each of its characters. */
interface Traced {
  text: string[];
  offsets: number[];
}

/**
 * The offset in `source` (the scalar's own text, from its first character, or for a block scalar its
 * `|`/`>` header, to its end) of each character of `value`; undefined when the rebuilt value does not
 * match it (then only the scalar's own position is known).
 */
export function scalarValueOffsets(
  source: string,
  type: string | undefined,
  value: string
): number[] | undefined {
  const traced =
    type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED'
      ? blockScalar(source, type === 'BLOCK_FOLDED', value)
      : flowScalar(source, type);
  // Chomping drops a block scalar's final line breaks; what is kept must be what was rebuilt.
  return traced && matches(traced, value) ? traced.offsets.slice(0, value.length) : undefined;
}

function emit(traced: Traced, text: string, offset: number): void {
  for (const char of text.split('')) {
    traced.text.push(char);
    traced.offsets.push(offset);
  }
}

interface SourceLine {
  start: number;
  text: string;
}

/** Lines without their break (`\n` or `\r\n`), each with its start offset. */
function sourceLines(source: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  for (;;) {
    const end = source.indexOf('\n', start);
    const line = source.slice(start, end < 0 ? undefined : end);
    lines.push({ start, text: line.endsWith('\r') ? line.slice(0, -1) : line });
    if (end < 0) return lines;
    start = end + 1;
  }
}

/** Leading spaces: indentation is spaces only (a tab after them is content). */
function leadingSpaces(text: string): number {
  let count = 0;
  while (text[count] === ' ') count++;
  return count;
}

/**
 * `|` and `>` scalars: the header line, then content lines indented by one amount. That amount (an
 * indentation indicator counts from the parent's, which is not known here) is read off the first line
 * with text: its value line is its source line less the indentation. A block of blank lines only has
 * no text to place.
 */
function blockScalar(source: string, folded: boolean, value: string): Traced | undefined {
  const lines = sourceLines(source).slice(1);
  // The first line with more than spaces: a tab after the indentation is text.
  const first = lines.find(line => /[^ ]/.test(line.text));
  const valueFirst = value.split('\n').find(line => /[^ ]/.test(line)) ?? '';
  const indent = first
    ? leadingSpaces(first.text) - leadingSpaces(valueFirst)
    : Math.max(0, ...lines.map(line => line.text.length));
  return indent < 0 ? undefined : rebuildBlock(lines, indent, folded);
}

function matches(traced: Traced, value: string): boolean {
  if (traced.text.length < value.length) return false;
  for (let i = 0; i < value.length; i++) if (traced.text[i] !== value[i]) return false;
  return true;
}

function rebuildBlock(lines: SourceLine[], indent: number, folded: boolean): Traced {
  const traced: Traced = { text: [], offsets: [] };
  const content = lines.map(line => ({
    // An empty line may be shorter than the indentation: its offset stays on it.
    start: line.start + Math.min(indent, line.text.length),
    end: line.start + line.text.length,
    text: line.text.length > indent ? line.text.slice(indent) : ''
  }));
  if (folded) return foldedScalar(traced, content);
  content.forEach((line, index) => {
    for (let i = 0; i < line.text.length; i++) emit(traced, line.text[i] as string, line.start + i);
    if (index < content.length - 1) emit(traced, '\n', line.end);
  });
  return traced;
}

/**
 * `>`: a line break between two lines that start with no white space becomes a space; between them,
 * empty lines become line breaks (the first break is dropped); around a more-indented line every
 * break is kept (https://yaml.org/spec/1.2.2/#813-folded-style).
 */
function foldedScalar(traced: Traced, content: { start: number; end: number; text: string }[]): Traced {
  let index = 0;
  for (; index < content.length && content[index]?.text === ''; index++)
    emit(traced, '\n', content[index]?.start ?? 0);
  while (index < content.length) {
    const line = content[index] as (typeof content)[number];
    for (let i = 0; i < line.text.length; i++) emit(traced, line.text[i] as string, line.start + i);
    let next = index + 1;
    while (next < content.length && content[next]?.text === '') next++;
    const empty = next - index - 1;
    const following = content[next];
    const folds = following !== undefined && !/^[ \t]/.test(line.text) && !/^[ \t]/.test(following.text);
    if (folds && empty === 0) emit(traced, ' ', line.end);
    else {
      if (!folds) emit(traced, '\n', line.end);
      for (let e = index + 1; e < next; e++) emit(traced, '\n', content[e]?.start ?? line.end);
    }
    index = next;
  }
  return traced;
}

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\x85',
  _: '\xa0',
  L: '\u2028',
  P: '\u2029'
};
const HEX_DIGITS: Record<string, number> = { x: 2, u: 4, U: 8 };

/**
 * Plain, single- and double-quoted scalars: white space around a line break is dropped and the break
 * becomes a space, or one line break per empty line after it; `''` is a quote in single quotes;
 * double quotes decode escapes, and an escaped line break joins the lines with nothing.
 */
function flowScalar(source: string, type: string | undefined): Traced | undefined {
  const traced: Traced = { text: [], offsets: [] };
  const quote = type === 'QUOTE_DOUBLE' ? '"' : type === 'QUOTE_SINGLE' ? "'" : '';
  let i = quote ? 1 : 0;
  const end = quote ? source.lastIndexOf(quote) : source.length;
  if (end < i) return undefined;
  while (i < end) {
    const char = source[i] as string;
    if (char === '\n' || char === '\r') {
      i = fold(source, i, end, traced, false);
    } else if (char === ' ' || char === '\t') {
      let run = i;
      while (run < end && (source[run] === ' ' || source[run] === '\t')) run++;
      // White space before a line break is not part of the value.
      if (run < end && (source[run] === '\n' || source[run] === '\r')) i = run;
      else for (; i < run; i++) emit(traced, source[i] as string, i);
    } else if (quote === '"' && char === '\\') {
      const next = source[i + 1] ?? '';
      if (next === '\n' || next === '\r') {
        i = fold(source, i + 1, end, traced, true);
      } else if (next in HEX_DIGITS) {
        const digits = source.slice(i + 2, i + 2 + (HEX_DIGITS[next] as number));
        if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length !== HEX_DIGITS[next]) return undefined;
        emit(traced, String.fromCodePoint(parseInt(digits, 16)), i);
        i += 2 + digits.length;
      } else if (next in ESCAPES) {
        emit(traced, ESCAPES[next] as string, i);
        i += 2;
      } else return undefined;
    } else if (quote === "'" && char === "'" && source[i + 1] === "'") {
      emit(traced, "'", i);
      i += 2;
    } else {
      emit(traced, char, i);
      i++;
    }
  }
  return traced;
}

/**
 * Folds the line break at `at`: skips it, the empty lines after it and the next line's leading white
 * space. It becomes a space, or a line break per empty line; an escaped break adds no space.
 */
function fold(source: string, at: number, end: number, traced: Traced, escaped: boolean): number {
  let i = at + (source[at] === '\r' && source[at + 1] === '\n' ? 2 : 1);
  let empty = 0;
  for (;;) {
    let run = i;
    while (run < end && (source[run] === ' ' || source[run] === '\t')) run++;
    if (run < end && (source[run] === '\n' || source[run] === '\r')) {
      emit(traced, '\n', run);
      empty++;
      i = run + (source[run] === '\r' && source[run + 1] === '\n' ? 2 : 1);
      continue;
    }
    i = run;
    break;
  }
  if (empty === 0 && !escaped) emit(traced, ' ', at);
  return i;
}
