/** Variables visible at a point of a Dockerfile: ARG/ENV name → value (`undefined`: declared, value unknown). */
export type VariableScope = ReadonlyMap<string, string | undefined>;

/** The result of substituting variables; `resolved` is false when any reference had no known value. */
export interface Expansion {
  value: string;
  resolved: boolean;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/**
 * Substitutes `$NAME`, `${NAME}`, `${NAME:-word}`, `${NAME-word}`, `${NAME:+word}` and `${NAME+word}`
 * (words may nest references) the way BuildKit does for FROM, USER, ENV and friends
 * (https://docs.docker.com/reference/dockerfile/#environment-replacement). An escaped `\$`
 * (`` `$ `` with the backtick escape) stays literal. An ARG without a default counts as unset:
 * we resolve from defaults, as a plain `docker build` would.
 */
export function expandVariables(text: string, scope: VariableScope, escapeChar = '\\'): Expansion {
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
      const close = matchingBrace(text, i + 1);
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
      const inner = expandVariables(word ?? '', scope, escapeChar);
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
        return current ?? '';
    }
  }
}

/** Index of the `}` closing the `{` at `open`, counting nested `${…}`; -1 when unbalanced. */
function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}
