/** Variables visible at a point of a Dockerfile: ARG/ENV name → value (`undefined`: unset, or value unknown). */
export interface VariableScope {
  get(name: string): string | undefined;
}

/** The result of substituting variables; `resolved` is false when any reference had no known value. */
export interface Expansion {
  value: string;
  resolved: boolean;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

export interface ExpandOptions {
  /** What an unresolved reference expands to (default: nothing), e.g. a marker to find it again. */
  unknown?: string;
  /** Nesting of the word being expanded (internal). */
  depth?: number;
}

/**
 * Substitutes `$NAME`, `${NAME}`, `${NAME:-word}`, `${NAME-word}`, `${NAME:+word}` and `${NAME+word}`
 * (words may nest references) the way BuildKit does for FROM, USER, ENV and friends
 * (https://docs.docker.com/reference/dockerfile/#environment-replacement). An escaped `\$`
 * (`` `$ `` with the backtick escape) stays literal. An ARG without a default counts as unset:
 * we resolve from defaults, as a plain `docker build` would.
 */
export function expandVariables(
  text: string,
  scope: VariableScope,
  escapeChar = '\\',
  options: ExpandOptions = {}
): Expansion {
  const depth = options.depth ?? 0;
  // Words nest (`${A:-${B:-x}}`); past a depth no real Dockerfile reaches, the value is simply unknown.
  if (depth > MAX_NESTING) return { value: options.unknown ?? '', resolved: false };
  const closing = matchingBraces(text);
  let resolved = true;
  let value = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === escapeChar && text[i + 1] === '$') {
      value += '$';
      i += 2;
      continue;
    }
    if (c !== '$') {
      value += c;
      i++;
      continue;
    }
    if (text[i + 1] === '{') {
      const close = closing.get(i + 1) ?? -1;
      const inner = close < 0 ? undefined : text.slice(i + 2, close);
      const name = inner !== undefined ? NAME.exec(inner)?.[0] : undefined;
      if (inner === undefined || name === undefined) {
        value += c;
        i++;
        continue;
      }
      const operator = /^:?[-+]/.exec(inner.slice(name.length))?.[0];
      const word = operator ? inner.slice(name.length + operator.length) : undefined;
      value += substitute(name, operator, word);
      i = close + 1;
      continue;
    }
    const name = NAME.exec(text.slice(i + 1))?.[0];
    if (!name) {
      value += c;
      i++;
      continue;
    }
    value += substitute(name, undefined, undefined);
    i += 1 + name.length;
  }
  return { value, resolved };

  function substitute(name: string, operator: string | undefined, word: string | undefined): string {
    const current = scope.get(name);
    const expandWord = (): string => {
      const inner = expandVariables(word ?? '', scope, escapeChar, { ...options, depth: depth + 1 });
      if (!inner.resolved) resolved = false;
      return inner.value;
    };
    switch (operator) {
      case ':-':
        return current ? current : expandWord();
      case '-':
        return current ?? expandWord();
      case ':+':
        return current ? expandWord() : '';
      case '+':
        return current !== undefined ? expandWord() : '';
      default:
        if (current === undefined) resolved = false;
        return current ?? options.unknown ?? '';
    }
  }
}

const MAX_NESTING = 32;

/**
 * A word with its shell quotes removed, as BuildKit's word processing removes them from a FROM image
 * (`FROM servercore:"${TAG}"` pulls `servercore:ltsc2022`; Jenkins' official images are built so):
 * double quotes go; single-quoted text stays literal, so its `$` is escaped from substitution. An
 * escaped quote stays a quote.
 */
export function removeWordQuotes(text: string, escapeChar = '\\'): string {
  if (!text.includes('"') && !text.includes("'")) return text;
  let out = '';
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === escapeChar && quote !== "'" && (text[i + 1] === '"' || text[i + 1] === "'")) {
      out += text[++i];
      continue;
    }
    if (quote === undefined && (c === '"' || c === "'")) quote = c;
    else if (c === quote) quote = undefined;
    else out += quote === "'" && c === '$' ? `${escapeChar}$` : c;
  }
  return out;
}

/**
 * Each `{` → the index of the `}` that closes it, in one pass: looking for the closing brace from every
 * `${` separately is quadratic on a line of thousands of unclosed `${`.
 */
function matchingBraces(text: string): Map<number, number> {
  const closing = new Map<number, number>();
  const open: number[] = [];
  for (let i = text.indexOf('{'); i >= 0 && i < text.length; i++) {
    if (text[i] === '{') open.push(i);
    else if (text[i] === '}' && open.length > 0) closing.set(open.pop()!, i);
  }
  return closing;
}
