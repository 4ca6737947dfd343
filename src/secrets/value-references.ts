/**
 * Variable references inside a value: what the value will be replaced with at build or deploy
 * time, so not a literal (RULES.md). Covers the syntaxes found in Dockerfiles, Compose,
 * Kubernetes, shells and CI files: `$X`, `${X}` (with `${X:-default}` defaults, which ARE
 * literals — https://docs.docker.com/reference/dockerfile/#environment-replacement), `$(…)` and
 * backticks, `$env:X` (PowerShell), `%X%` (cmd), `{{ … }}` (Helm/Go/Jinja templates),
 * `${{ secrets.X }}` (GitHub Actions), `#{X}` (Azure DevOps/Octopus token replacement) and Symfony's
 * container parameters (`%kernel.project_dir%`, `%env(resolve:DATABASE_URL)%`).
 */

export interface ReferenceScan {
  /** The reference spans found, in order. */
  references: string[];
  /** Defaults/alternatives of `${X:-d}`, `${X-d}`, `${X:=d}`, `${X=d}`, `${X:+a}`, `${X+a}`. */
  defaults: string[];
  /** `text` with every reference replaced by a space. */
  remainder: string;
}

/** Longest reference we look for; bounds the work on hostile input (`${${${…`). */
const MAX_REFERENCE_LENGTH = 1024;
const PARAMETER_OPERATOR = /^([A-Za-z_][A-Za-z0-9_]*|\d+)(:?[-=+])([\s\S]*)$/;
/**
 * A name in lower-case words joined by dashes (`${chart-admin-password}`): Jenkins Configuration as
 * Code, Spring and Terraform name secrets so, and a shell reads it as `${chart}` defaulting to
 * `admin-password`. Such a reference has no default.
 */
const DASHED_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/;

/** Finds the references in `text`; an unterminated one (`${X`) is left as plain text. */
export function scanReferences(text: string): ReferenceScan {
  const scan: ReferenceScan = { references: [], defaults: [], remainder: '' };
  let i = 0;
  while (i < text.length) {
    // `$${X}` is Compose's way to hand `${X}` to the container's shell: a reference expanded there.
    if (text.startsWith('$${', i)) {
      scan.remainder += '$';
      i += 1;
      continue;
    }
    // `$$` is an escaped `$` in Compose and in Kubernetes `$(…)` expansion: literal text.
    if (text.startsWith('$$', i)) {
      scan.remainder += '$$';
      i += 2;
      continue;
    }
    const end = referenceEnd(text, i);
    if (end === undefined) {
      scan.remainder += text.charAt(i);
      i++;
      continue;
    }
    const reference = text.slice(i, end);
    scan.references.push(reference);
    const fallback =
      reference.startsWith('${') && !reference.startsWith('${{') ? defaultOf(reference) : undefined;
    if (fallback) scan.defaults.push(fallback);
    scan.remainder += ' ';
    i = end;
  }
  return scan;
}

/** The default or alternative of a `${…}` reference (`${X:-d}` → `d`), if it has one. */
function defaultOf(reference: string): string | undefined {
  const inner = reference.slice(2, -1);
  return DASHED_NAME.test(inner) ? undefined : PARAMETER_OPERATOR.exec(inner)?.[3];
}

/** Nested defaults followed by {@link expandDefaults} (`${A:-${B:-x}}`); deeper ones stay as written. */
const MAX_DEFAULT_DEPTH = 8;

/**
 * `text` with every `${X:-d}`, `${X-d}`, `${X:=d}`, `${X=d}`, `${X:+a}` and `${X+a}` replaced by its
 * default or alternative (itself expanded), and everything else as written, references included. The
 * same defaults {@link scanReferences} gives the literal check, in place, so that credential formats
 * are found in them: in `${BROKER_URL:-redis://:pw@redis:6379/1}` the `-` before `redis` would
 * otherwise read as part of a word, and a URL or token never starts inside a word.
 */
export function expandDefaults(text: string, depth = 0): string {
  if (!text.includes('${')) return text;
  let expanded = '';
  let i = 0;
  while (i < text.length) {
    // `$$` is an escaped `$`; `$${X}` hands `${X}` to the container's shell, as in scanReferences.
    if (text.startsWith('$$', i) && !text.startsWith('$${', i)) {
      expanded += '$$';
      i += 2;
      continue;
    }
    const end = text.startsWith('${', i) && !text.startsWith('${{', i) ? referenceEnd(text, i) : undefined;
    if (end === undefined) {
      expanded += text.charAt(i);
      i++;
      continue;
    }
    const reference = text.slice(i, end);
    const fallback = defaultOf(reference);
    expanded +=
      fallback !== undefined && depth < MAX_DEFAULT_DEPTH ? expandDefaults(fallback, depth + 1) : reference;
    i = end;
  }
  return expanded;
}

/**
 * Whether `text` starts a command substitution (`$(…` or a backtick) that it does not close: a
 * value read up to its first space out of `_authToken=$(cat /run/secrets/npm_token)` is `$(cat`.
 * What follows the opening is a command whose output becomes the value, so the text is a
 * reference cut short, not a literal.
 */
export function opensCommandSubstitution(text: string): boolean {
  // A quote opened before the substitution is cut off with it: `"$(cat`.
  const start = /^["']/.test(text) ? 1 : 0;
  const opens = text.startsWith('$(', start) || text.startsWith('`', start);
  return opens && referenceEnd(text, start) === undefined;
}

/** End offset of a reference starting at `start`, or undefined when none starts there. */
export function referenceEnd(text: string, start: number): number | undefined {
  const at = (prefix: string) => text.startsWith(prefix, start);
  if (at('${{')) return closing(text, start, '}}');
  if (at('${')) return balanced(text, start + 1, '{', '}');
  if (at('$(')) return balanced(text, start + 1, '(', ')');
  if (at('{{')) return closing(text, start, '}}');
  if (at('#{')) return closing(text, start, '}');
  if (at('`')) return closing(text, start, '`');
  if (at('$')) return matchEnd(POWERSHELL_ENV, text, start) ?? matchEnd(SHELL_VARIABLE, text, start);
  if (at('%')) return matchEnd(CMD_VARIABLE, text, start) ?? matchEnd(SYMFONY_PARAMETER, text, start);
  return undefined;
}

// Sticky patterns match at `lastIndex` only, so no substring is copied per character.
const POWERSHELL_ENV = /\$env:[A-Za-z_][A-Za-z0-9_]*/iy;
const SHELL_VARIABLE = /\$(?:[A-Za-z_][A-Za-z0-9_]*|[0-9@*#?!])/y;
const CMD_VARIABLE = /%[A-Za-z_][A-Za-z0-9_()]*%/y;
/**
 * A Symfony container parameter, which the framework resolves when it reads its configuration:
 * a dotted name (`%kernel.project_dir%/config/jwt/private.pem`, LexikJWTAuthenticationBundle's
 * recipe default for `JWT_SECRET_KEY`, or `%kernel.secret%`) or an environment lookup through
 * processors (`%env(resolve:DATABASE_URL)%`, `%env(base64:APP_SECRET)%`; `%env(X)%` is a
 * {@link CMD_VARIABLE} already). A name without a dot or `env(…:…)` stays cmd's `%X%` only.
 */
const SYMFONY_PARAMETER =
  /%(?:[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)+|env\((?:[A-Za-z0-9_.-]*:)+[A-Za-z_][A-Za-z0-9_]*\))%/y;

function matchEnd(pattern: RegExp, text: string, start: number): number | undefined {
  pattern.lastIndex = start;
  return pattern.test(text) ? pattern.lastIndex : undefined;
}

function closing(text: string, from: number, terminator: string): number | undefined {
  const at = text.slice(from + 1, from + MAX_REFERENCE_LENGTH).indexOf(terminator);
  return at < 0 ? undefined : from + 1 + at + terminator.length;
}

/** Index after the bracket that closes the one at `open`, counting nesting. */
function balanced(text: string, open: number, opener: string, closer: string): number | undefined {
  let depth = 0;
  for (let i = open; i < Math.min(text.length, open + MAX_REFERENCE_LENGTH); i++) {
    if (text[i] === opener) depth++;
    else if (text[i] === closer && --depth === 0) return i + 1;
  }
  return undefined;
}
