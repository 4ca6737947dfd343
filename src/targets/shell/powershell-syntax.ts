import type { ShellWord } from './shell-commands.js';
import { isOneOf, makeWord } from './shell-words.js';

// The vocabulary of PowerShell that its tokenizer needs: keywords, quote characters (PowerShell
// also accepts typographic quotes), and how tokens and assignments are classified.

/** Keywords after which PowerShell is still at the start of a statement. */
export const KEYWORDS = new Set(
  'if elseif else switch default foreach for while do until try catch finally trap return throw exit break continue param begin process end clean dynamicparam data'.split(
    ' '
  )
);
/** Keywords followed by a name that is not a command. */
export const NAMED = new Set(['function', 'filter', 'workflow', 'configuration', 'class', 'enum']);
export const SINGLE_QUOTES = "'\u2018\u2019\u201a\u201b";
export const DOUBLE_QUOTES = '"\u201c\u201d\u201e';
export const QUOTES = SINGLE_QUOTES + DOUBLE_QUOTES;
export const ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '0': '\0',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
  e: '\x1b'
};
export const ASSIGN_OP = /^[ \t]*(?:[+\-*/%]|\?\?)?=(?!=)[ \t]*/;
export const REDIRECT = /^([*\d]?)(>>|>|<)(?:&(\d))?/;
export const VARIABLE = /^\$(?:\{[^}]*\}|[\w?^$]+(?::\w+)?)/;

export type Kind = 'bare' | 'variable' | 'string' | 'group' | 'block' | 'type' | 'other';

/** Whether a bare word is a keyword rather than a command name. */
export function isKeyword(word: string): boolean {
  return KEYWORDS.has(word.toLowerCase()) || NAMED.has(word.toLowerCase());
}

/** What a token is, from how it starts: only a `bare` token can name a command. */
export function kindOf(raw: string): Kind {
  const [first = '', second = ''] = raw;
  if (first === '$' || first === '@')
    return second === '(' ? 'group' : second === '{' ? 'block' : first === '$' ? 'variable' : 'string';
  if (first === '(') return 'group';
  if (first === '{') return 'block';
  if (first === '[') return 'type';
  if (isOneOf(QUOTES, first)) return 'string';
  // Parameters/operators (`-not`) and numbers (`1`, `1..10`, `0x1F`, `5MB`) are expressions; `7z` is a command.
  if (first === '-' || /^(?:\d[\d.]*(?:e[+-]?\d+)?(?:[kmgtp]b)?|0x[\da-f]+)$/i.test(raw)) return 'other';
  return 'bare';
}

/** `$x`/`${x}`/`[Type]$x` name `x`; `[Type]::Property` keeps its name; anything else (hashtable keys) isn't recorded. */
export function assignmentName(raw: string, kind: Kind): string | undefined {
  const variable = /^(?:\[[^\]]*\])*\$\{?([^}]*?)\}?$/.exec(raw);
  if (variable && (kind === 'variable' || kind === 'type')) return variable[1];
  return kind === 'type' && raw.includes(']::') ? raw : undefined;
}

/** The right-hand side of an assignment: the token itself when it is one, else its text as written. */
export function rhsWord(script: string, rhs: ShellWord[]): ShellWord | undefined {
  const [first] = rhs;
  const last = rhs.at(-1);
  if (!first || !last || rhs.length === 1) return first;
  return makeWord(script, first.start, last.end, script.slice(first.start, last.end), true);
}
