/** Variables visible at a point of a Dockerfile: ARG/ENV name → value (`undefined`: declared, value unknown). */
export type VariableScope = ReadonlyMap<string, string | undefined>;

/** The result of substituting variables; `resolved` is false when any reference had no known value. */
export interface Expansion {
  value: string;
  resolved: boolean;
}

const REFERENCE = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;

/**
 * Substitutes `$NAME`, `${NAME}`, `${NAME:-word}`, `${NAME-word}`, `${NAME:+word}` and `${NAME+word}`
 * the way BuildKit does for FROM, USER, ENV and friends
 * (https://docs.docker.com/reference/dockerfile/#environment-replacement). An escaped `\$`
 * (or `` `$ `` with the backtick escape) stays literal.
 */
export function expandVariables(text: string, scope: VariableScope, escapeChar = '\\'): Expansion {
  let resolved = true;
  const escaped = new RegExp(`\\${escapeChar}\\$`, 'g');
  const placeholder = '\u0000';
  const value = text
    .replace(escaped, placeholder)
    .replace(REFERENCE, (_whole, braced: string | undefined, op: string | undefined, word = '', bare) => {
      const name = (braced ?? bare) as string;
      // An ARG without a default counts as unset: we resolve from defaults, as a plain `docker build` would.
      const current = scope.get(name);
      switch (op) {
        case ':-':
          return current ? current : expandWord(word);
        case '-':
          return current ?? expandWord(word);
        case ':+':
          return current ? expandWord(word) : '';
        case '+':
          return current !== undefined ? expandWord(word) : '';
        default:
          if (current === undefined) resolved = false;
          return current ?? '';
      }
    })
    .replaceAll(placeholder, '$');
  return { value, resolved };

  function expandWord(word: string): string {
    const inner = expandVariables(word, scope, escapeChar);
    if (!inner.resolved) resolved = false;
    return inner.value;
  }
}

/** Whether the text references any variable at all. */
export function hasVariableReference(text: string): boolean {
  return /\$(\{[A-Za-z_]|[A-Za-z_])/.test(text);
}
