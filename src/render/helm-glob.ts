/**
 * Helm's `.Files.Glob` patterns: gobwas/glob compiled with `/` as the separator, matched against a
 * chart's file names relative to the chart directory (`files/kserve/*-patch.yaml`). `*` and `?` stay
 * within one path segment, `**` crosses them, `[a-z]`/`[!x]` are one character, `{a,b}` alternatives
 * and `\` escapes the next character. The pattern comes from the scanned chart: it is never compiled
 * as a RegExp but matched by a table of (pattern position, name position), which takes polynomial time
 * whatever it holds.
 */

type Token =
  | { type: 'literal'; char: string }
  | { type: 'one' }
  | { type: 'segment' }
  | { type: 'any' }
  | { type: 'class'; negated: boolean; test: (char: string) => boolean };

const MAX_PATTERN = 500;
/** Alternatives multiply: a pattern that expands to more plain patterns than this is not understood. */
const MAX_EXPANSIONS = 64;

/** A test of a chart-relative file name against a `.Files.Glob` pattern; undefined when the pattern is not understood. */
export function helmGlobMatcher(pattern: string): ((name: string) => boolean) | undefined {
  if (pattern.length > MAX_PATTERN) return undefined;
  const plain = expandAlternatives(pattern);
  if (!plain) return undefined;
  const compiled: Token[][] = [];
  for (const each of plain) {
    const tokens = tokenize(each);
    if (!tokens) return undefined;
    compiled.push(tokens);
  }
  return name => compiled.some(tokens => matches(tokens, Array.from(name)));
}

/** `{a,b}` (nested too) spelled out as plain patterns; undefined when unbalanced or too many. */
function expandAlternatives(pattern: string): string[] | undefined {
  let open = -1;
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if (pattern[i] === '[') {
      const close = classEnd(pattern, i);
      if (close < 0) return undefined;
      i = close;
    } else if (pattern[i] === '{') {
      open = i;
      break;
    } else if (pattern[i] === '}') return undefined;
  }
  if (open < 0) return [pattern];
  // The matching close and the top-level commas of this group.
  const options: string[] = [];
  let depth = 0;
  let start = open + 1;
  let close = -1;
  for (let i = open + 1; i < pattern.length && close < 0; i++) {
    const char = pattern[i];
    if (char === '\\') i++;
    else if (char === '[') {
      const end = classEnd(pattern, i);
      if (end < 0) return undefined;
      i = end;
    } else if (char === '{') depth++;
    else if (char === '}' && depth > 0) depth--;
    else if (char === '}') {
      options.push(pattern.slice(start, i));
      close = i;
    } else if (char === ',' && depth === 0) {
      options.push(pattern.slice(start, i));
      start = i + 1;
    }
  }
  if (close < 0) return undefined;
  const before = pattern.slice(0, open);
  const after = pattern.slice(close + 1);
  const expanded: string[] = [];
  for (const option of options) {
    const each = expandAlternatives(`${before}${option}${after}`);
    if (!each) return undefined;
    expanded.push(...each);
    if (expanded.length > MAX_EXPANSIONS) return undefined;
  }
  return expanded;
}

/** The index of the `]` that closes the class opened at `open`; -1 when none does. */
function classEnd(pattern: string, open: number): number {
  let i = open + 1;
  if (pattern[i] === '!') i++;
  for (; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if (pattern[i] === ']') return i;
  }
  return -1;
}

function tokenize(pattern: string): Token[] | undefined {
  const chars = Array.from(pattern);
  const tokens: Token[] = [];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] as string;
    if (char === '\\') {
      const next = chars[++i];
      if (next === undefined) return undefined;
      tokens.push({ type: 'literal', char: next });
    } else if (char === '*') {
      if (chars[i + 1] === '*') {
        i++;
        tokens.push({ type: 'any' });
      } else tokens.push({ type: 'segment' });
    } else if (char === '?') tokens.push({ type: 'one' });
    else if (char === '[') {
      const parsed = parseClass(chars, i);
      if (!parsed) return undefined;
      tokens.push(parsed.token);
      i = parsed.end;
    } else tokens.push({ type: 'literal', char });
  }
  return tokens;
}

function parseClass(chars: string[], open: number): { token: Token; end: number } | undefined {
  let i = open + 1;
  const negated = chars[i] === '!';
  if (negated) i++;
  const ranges: [string, string][] = [];
  for (; i < chars.length && chars[i] !== ']'; i++) {
    let low = chars[i] as string;
    if (low === '\\') low = chars[++i] ?? '';
    if (chars[i + 1] === '-' && chars[i + 2] !== undefined && chars[i + 2] !== ']') {
      let high = chars[i + 2] as string;
      i += 2;
      if (high === '\\') high = chars[++i] ?? '';
      ranges.push([low, high]);
    } else ranges.push([low, low]);
  }
  if (chars[i] !== ']' || ranges.length === 0) return undefined;
  const test = (char: string) => ranges.some(([low, high]) => char >= low && char <= high);
  return { token: { type: 'class', negated, test }, end: i };
}

/** Whether the whole name matches: `reach[p]` says the tokens so far can end at name position `p`. */
function matches(tokens: Token[], name: string[]): boolean {
  let reach = new Array<boolean>(name.length + 1).fill(false);
  reach[0] = true;
  for (const token of tokens) {
    const next = new Array<boolean>(name.length + 1).fill(false);
    for (let p = 0; p <= name.length; p++) {
      if (!reach[p]) continue;
      if (token.type === 'any' || token.type === 'segment') {
        next[p] = true;
        for (let q = p; q < name.length && (token.type === 'any' || name[q] !== '/'); q++) next[q + 1] = true;
        continue;
      }
      const char = name[p];
      if (char === undefined) continue;
      const fits =
        token.type === 'literal'
          ? char === token.char
          : token.type === 'one'
            ? char !== '/'
            : token.test(char) !== token.negated;
      if (fits) next[p + 1] = true;
    }
    reach = next;
  }
  return reach[name.length] === true;
}
