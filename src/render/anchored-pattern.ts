/**
 * Whole-string matching of a Go RE2 pattern, as kustomize matches a patch `target`'s `name`, `namespace`,
 * `kind`, `group` and `version` (`^(?:pattern)$`, api/types/selector.go). The pattern comes from the
 * scanned repository, so it is never compiled as a JavaScript RegExp: it is parsed here into a small
 * tree and matched by the set of positions each node can end at, which takes polynomial time whatever
 * the pattern (no backtracking blow-up). Literals, `.`, classes, `\d\w\s` and their negations, groups,
 * alternation, `*` `+` `?` `{n,m}` and `^` `$` are understood; anything else (flags, `\b`, Unicode
 * classes) gives `undefined`, and so does a pattern RE2 rejects.
 */

type Node =
  | { type: 'char'; test: (c: string) => boolean }
  | { type: 'seq'; items: Node[] }
  | { type: 'alt'; options: Node[] }
  | { type: 'repeat'; node: Node; min: number; max: number }
  | { type: 'start' }
  | { type: 'end' };

/** RE2's own limits on a repeat count; the pattern length and nesting are bounded like any input. */
const MAX_REPEAT = 1000;
const MAX_LENGTH = 1000;
const MAX_DEPTH = 50;

class Unsupported extends Error {}

/**
 * A test of whether a whole text matches `pattern` (parsed once, for trying many texts); undefined when
 * the pattern is not understood.
 */
export function wholeMatcher(pattern: string): ((text: string) => boolean) | undefined {
  if (pattern.length > MAX_LENGTH) return undefined;
  let tree: Node;
  try {
    tree = parsePattern(Array.from(pattern));
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
  return text => {
    const chars = Array.from(text);
    return endsOf(tree, 0, chars, new Map()).has(chars.length);
  };
}

function parsePattern(source: string[]): Node {
  let at = 0;
  const fail = (): never => {
    throw new Unsupported();
  };
  const alternation = (depth: number): Node => {
    if (depth > MAX_DEPTH) fail();
    const options = [sequence(depth)];
    while (source[at] === '|') {
      at++;
      options.push(sequence(depth));
    }
    return options.length === 1 ? (options[0] as Node) : { type: 'alt', options };
  };
  const sequence = (depth: number): Node => {
    const items: Node[] = [];
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      const node = atom(depth);
      const repeat = quantifier();
      // `a**` is an error in RE2 (a lazy `*?` is one operator, and matches the same whole strings).
      if (repeat && quantifier()) fail();
      items.push(repeat ? { type: 'repeat', node, ...repeat } : node);
    }
    return items.length === 1 ? (items[0] as Node) : { type: 'seq', items };
  };
  const quantifier = (): { min: number; max: number } | undefined => {
    const c = source[at];
    let range: { min: number; max: number } | undefined;
    if (c === '*') range = { min: 0, max: Infinity };
    else if (c === '+') range = { min: 1, max: Infinity };
    else if (c === '?') range = { min: 0, max: 1 };
    else if (c === '{') {
      const counted = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at, at + 12).join(''));
      if (!counted) return undefined; // a `{` that starts no repeat is a literal in RE2
      const min = Number(counted[1]);
      const max = counted[2] === undefined ? min : counted[3] ? Number(counted[3]) : Infinity;
      if (min > MAX_REPEAT || (max !== Infinity && (max > MAX_REPEAT || max < min))) fail();
      at += counted[0].length - 1;
      range = { min, max };
    }
    if (!range) return undefined;
    at++;
    if (source[at] === '?') at++;
    return range;
  };
  const atom = (depth: number): Node => {
    const c = source[at++] as string;
    if (c === '(') {
      if (source[at] === '?') {
        // Only a non-capturing or a named group; flags such as `(?i)` change matching.
        if (source[at + 1] === ':') at += 2;
        else if (source[at + 1] === 'P' || source[at + 1] === '<') {
          const close = source.indexOf('>', at);
          if (close < 0) fail();
          at = close + 1;
        } else fail();
      }
      const inner = alternation(depth + 1);
      if (source[at++] !== ')') fail();
      return inner;
    }
    if (c === '[') return charClass();
    if (c === '.') return { type: 'char', test: ch => ch !== '\n' };
    if (c === '^') return { type: 'start' };
    if (c === '$') return { type: 'end' };
    if (c === '*' || c === '+' || c === '?' || c === ')') fail();
    if (c === '\\') return escape();
    return literal(c);
  };
  const escape = (): Node => {
    const c = source[at++];
    if (c === undefined) fail();
    const known = classEscape(c as string);
    if (known) return { type: 'char', test: known };
    if (c === 'A') return { type: 'start' };
    if (c === 'z') return { type: 'end' };
    return literal(escapedLiteral(c as string));
  };
  const escapedLiteral = (c: string): string => {
    const control: Record<string, string> = { t: '\t', n: '\n', r: '\r', f: '\f', v: '\v' };
    if (control[c]) return control[c] as string;
    // RE2 lets any punctuation be escaped; a letter or digit escape is something else (\b, \pL, \1).
    if (/[A-Za-z0-9]/.test(c)) fail();
    return c;
  };
  const charClass = (): Node => {
    const negated = source[at] === '^';
    if (negated) at++;
    const tests: ((c: string) => boolean)[] = [];
    let first = true;
    while (source[at] !== ']' || first) {
      first = false;
      let c = source[at++];
      if (c === undefined) fail();
      if (c === '[' && source[at] === ':') fail(); // POSIX classes
      if (c === '\\') {
        const e = source[at++];
        if (e === undefined) fail();
        const known = classEscape(e as string);
        if (known) {
          tests.push(known);
          continue;
        }
        c = escapedLiteral(e as string);
      }
      const low = c as string;
      if (source[at] === '-' && source[at + 1] !== ']' && source[at + 1] !== undefined) {
        at++;
        let high = source[at++] as string;
        if (high === '\\') high = escapedLiteral(source[at++] ?? fail());
        if (high < low) fail();
        tests.push(ch => ch >= low && ch <= high);
      } else tests.push(ch => ch === low);
    }
    at++;
    return { type: 'char', test: ch => tests.some(t => t(ch)) !== negated };
  };
  const tree = alternation(0);
  if (at !== source.length) fail(); // an unmatched `)`
  return tree;
}

function literal(c: string): Node {
  return { type: 'char', test: ch => ch === c };
}

function classEscape(c: string): ((ch: string) => boolean) | undefined {
  const digit = (ch: string) => ch >= '0' && ch <= '9';
  const word = (ch: string) => /^[A-Za-z0-9_]$/.test(ch);
  const space = (ch: string) => /^[\t\n\f\r ]$/.test(ch);
  const classes: Record<string, (ch: string) => boolean> = {
    d: digit,
    D: ch => !digit(ch),
    w: word,
    W: ch => !word(ch),
    s: space,
    S: ch => !space(ch)
  };
  return classes[c];
}

/** The positions of `text` a node can end at when it starts at `start` (memoized per node and start). */
function endsOf(
  node: Node,
  start: number,
  text: string[],
  memo: Map<Node, Map<number, Set<number>>>
): Set<number> {
  let byStart = memo.get(node);
  if (!byStart) memo.set(node, (byStart = new Map()));
  const known = byStart.get(start);
  if (known) return known;
  const ends = new Set<number>();
  // Set before the work: a repeat of something that matches nothing asks for its own start again.
  byStart.set(start, ends);
  const from = (positions: Iterable<number>, inner: Node) => {
    const next = new Set<number>();
    for (const position of positions) for (const end of endsOf(inner, position, text, memo)) next.add(end);
    return next;
  };
  switch (node.type) {
    case 'char':
      if (start < text.length && node.test(text[start] as string)) ends.add(start + 1);
      break;
    case 'start':
      if (start === 0) ends.add(start);
      break;
    case 'end':
      if (start === text.length) ends.add(start);
      break;
    case 'seq': {
      let positions = new Set([start]);
      for (const item of node.items) positions = from(positions, item);
      for (const position of positions) ends.add(position);
      break;
    }
    case 'alt':
      for (const option of node.options) for (const end of endsOf(option, start, text, memo)) ends.add(end);
      break;
    case 'repeat': {
      let positions = new Set([start]);
      for (let count = 0; count < node.min && positions.size; count++) positions = from(positions, node.node);
      // Past the minimum, a position first reached with fewer repeats has the most repeats left.
      for (const position of positions) ends.add(position);
      let frontier = positions;
      for (let count = node.min; count < node.max && frontier.size; count++) {
        frontier = new Set([...from(frontier, node.node)].filter(p => !ends.has(p)));
        for (const position of frontier) ends.add(position);
      }
      break;
    }
  }
  return ends;
}
