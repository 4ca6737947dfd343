/** A Compose value with its variables resolved as far as the file itself says. */
export interface Interpolated {
  /**
   * `${VAR:-default}` and `${VAR-default}` replaced by their default (itself interpolated), `$$` by `$`;
   * any other variable stays as `${VAR}` (or `$VAR` as written): its value is unknown.
   */
  value: string;
  /** True when some variable has no default, so part of the value is unknown. */
  unknown: boolean;
}

/** Nested defaults followed (`${A:-${B:-${C:-x}}}`); deeper ones stay unknown. */
const MAX_DEPTH = 8;
const NAME = /^[_a-zA-Z][_a-zA-Z0-9]*/;
const BRACED = /^([_a-zA-Z][_a-zA-Z0-9]*)(?:(:?[-?+])([\s\S]*))?$/;

/**
 * Interpolates a Compose value the way `docker compose` would with no variable set
 * (https://docs.docker.com/reference/compose-file/interpolation/): the defaults written in the file
 * are what runs unless the user's environment says otherwise, so rules check them (RULES.md 5xx:
 * `${SOCK:-/var/run/docker.sock}` mounts the Docker socket). Compose interpolates a value before it
 * reads it, so `SRC:DST` is split afterwards and a `:` inside `${…}` never splits it.
 */
export function interpolateDefaults(text: string, depth = 0): Interpolated {
  if (!text.includes('$')) return { value: text, unknown: false };
  const parts: string[] = [];
  let unknown = false;
  let copied = 0;
  for (let i = text.indexOf('$'); i >= 0 && i < text.length; i = text.indexOf('$', i)) {
    parts.push(text.slice(copied, i));
    const next = text[i + 1];
    let end: number;
    if (next === '$') {
      parts.push('$');
      end = i + 2;
    } else if (next === '{') {
      const close = closingBrace(text, i + 1);
      if (close < 0) {
        // Compose rejects an unterminated `${`; keep it as written.
        parts.push(text.slice(i));
        copied = text.length;
        break;
      }
      const braced = BRACED.exec(text.slice(i + 2, close));
      const [, name, operator, argument] = braced ?? [];
      if ((operator === ':-' || operator === '-') && depth < MAX_DEPTH) {
        const inner = interpolateDefaults(argument ?? '', depth + 1);
        parts.push(inner.value);
        unknown ||= inner.unknown;
      } else {
        // No default, an error message (`:?`), a replacement only when set (`:+`): unknown.
        parts.push(name ? `\${${name}}` : text.slice(i, close + 1));
        unknown = true;
      }
      end = close + 1;
    } else {
      const name = NAME.exec(text.slice(i + 1, i + 257))?.[0];
      parts.push(text.slice(i, i + 1 + (name?.length ?? 0)));
      unknown ||= name !== undefined;
      end = i + 1 + (name?.length ?? 0);
    }
    copied = end;
    i = end;
  }
  parts.push(text.slice(copied));
  return { value: parts.join(''), unknown };
}

/** True when the whole value is one variable without a default (`${DATA_DIR}`, `$DATA_DIR`). */
export function isUnknownVariable(value: string): boolean {
  return /^\$(\{[_a-zA-Z][_a-zA-Z0-9]*\}|[_a-zA-Z][_a-zA-Z0-9]*)$/.test(value);
}

/** Offset of the `}` closing the `{` at `open`, counting nested braces, or -1. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}
