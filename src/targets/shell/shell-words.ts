import { append } from '../../core/append.js';
import type {
  ShellAssignment,
  ShellCommand,
  ShellDialect,
  ShellParse,
  ShellRedirect,
  ShellWord
} from './shell-commands.js';

/** Deepest nesting of groups/blocks/substitutions the hand-written tokenizers recurse into. */
export const MAX_NESTING = 64;

/**
 * The lower-cased base name used for matching: directories and a `.exe` suffix stripped, so
 * `/usr/bin/sudo`, `C:\Windows\System32\net.exe` and `NET` all compare as `sudo`/`net`.
 */
export function programName(value: string): string {
  const base = value.split(/[\\/]/).pop() ?? value;
  return base.toLowerCase().replace(/\.exe$/, '');
}

/** A word whose raw text is `script.slice(start, end)`. */
export function makeWord(
  script: string,
  start: number,
  end: number,
  value: string,
  dynamic: boolean
): ShellWord {
  return { value, raw: script.slice(start, end), start, end, dynamic };
}

/** Whether `c` is one of `chars` (unlike `chars.includes(c)`, false for '' and undefined). */
export function isOneOf(chars: string, c: string | undefined): boolean {
  return !!c && chars.includes(c);
}

/** An empty result, the starting point of every parser. */
export function emptyParse(): ShellParse {
  return { commands: [], assignments: [] };
}

/**
 * Accumulates the words of one simple command while a tokenizer scans it. Each nesting level
 * (group, block, substitution) has its own builder, all writing to the same result, so inner
 * commands are complete before the command around them; `parseShell` sorts them afterwards.
 */
export class StatementBuilder {
  words: ShellWord[] = [];
  env: ShellAssignment[] = [];
  redirects: ShellRedirect[] = [];

  constructor(
    private readonly out: ShellParse,
    private readonly dialect: ShellDialect
  ) {}

  /** True until the statement has a command word (env prefixes and redirects don't count). */
  get atStart(): boolean {
    return this.words.length === 0;
  }

  /** Ends the statement: a command when it has words, otherwise its prefixes are plain assignments. */
  flush(): void {
    const [name, ...args] = this.words;
    if (name) {
      this.out.commands.push(makeCommand(this.dialect, name, args, this.env, this.redirects));
    } else {
      append(this.out.assignments, this.env);
    }
    this.words = [];
    this.env = [];
    this.redirects = [];
  }
}

/** Assembles a command, deriving `program` from the name. */
export function makeCommand(
  dialect: ShellDialect,
  name: ShellWord,
  args: ShellWord[],
  env: ShellAssignment[] = [],
  redirects: ShellRedirect[] = []
): ShellCommand {
  return { name, program: programName(name.value), args, env, redirects, dialect };
}

/** Index of the character closing the bracket opened at `open`, ignoring nesting inside quotes; -1 if none. */
export function matchingClose(script: string, open: number, quotes: string): number {
  const opener = script[open];
  const closer = opener === '(' ? ')' : opener === '{' ? '}' : ']';
  let depth = 0;
  for (let i = open; i < script.length; i++) {
    const c = script[i] as string;
    if (quotes.includes(c)) {
      const end = script.indexOf(c, i + 1);
      if (end < 0) return -1;
      i = end;
    } else if (c === opener) depth++;
    else if (c === closer && --depth === 0) return i;
  }
  return -1;
}
