import type { ShellCommand, ShellParse, ShellWord } from './shell-commands.js';
import { emptyParse, makeCommand, makeWord } from './shell-words.js';

/**
 * Characters of a plain word: no quote, expansion, glob, brace, comment, redirect or operator, so
 * the word's value is its text. `*` is left out: `a*` next to `(` or `[` starts other syntax.
 */
const PLAIN_WORD = /^[A-Za-z0-9_./:,+@%=-]+$/;
/**
 * A command name: tree-sitter-bash reads a first word with `=` as an assignment (even `--a=b`), and
 * refuses some characters there (`a%b`, `user@host`).
 */
const COMMAND_NAME = /^[A-Za-z0-9_./:,+-]+$/;
/**
 * Words with a meaning of their own where a command name goes: reserved words, and the declaration
 * commands whose arguments may be assignments. A script that has one goes to the full parser.
 */
const SPECIAL_NAMES = new Set([
  'if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'case', 'esac', 'while', 'until', 'for', 'in',
  'select', 'function', 'time', 'coproc', 'export', 'declare', 'local', 'readonly', 'typeset', 'unset'
]); // prettier-ignore
/** Between words: blanks, and a backslash-newline (a line continuation joins as a blank). */
const GAP = /(?:[ \t]|\\\r?\n)+/y;
const WORD = /[^\s;&|\\]+/y;
/** Command separators; a single `&` (background) and `|&` are left to the full parser. */
const OPERATOR = /&&|\|\||;|\||\r?\n/y;

/**
 * The commands of a script made only of plain words joined by `&&`, `||`, `;`, `|` and newlines
 * (`pip install -r requirements.txt && useradd --uid 10001 app`), read without the WebAssembly
 * parser: many RUN steps are that simple, and a repository whose scripts all are then never loads it
 * (src/engine/load-shell-parser.ts). The result is the one tree-sitter-bash gives, which a test
 * checks on the repository's scripts and on generated ones. Undefined for anything else.
 */
export function parseSimplePosix(script: string): ShellParse | undefined {
  const out = emptyParse();
  let words: ShellWord[] = [];
  let pipeline: ShellCommand[] = [];
  let pipelines = 0;
  /** The last operator: a command must follow `&&`, `||` and `|`, while a script may end after `;`. */
  let last = ';';
  const endCommand = (): boolean => {
    const [name, ...args] = words;
    if (!name || SPECIAL_NAMES.has(name.value) || !COMMAND_NAME.test(name.value)) return false;
    pipeline.push(makeCommand('posix', name, args));
    words = [];
    return true;
  };
  const endPipeline = (): void => {
    if (pipeline.length > 1) {
      const id = pipelines++;
      pipeline.forEach((command, index) => (command.pipeline = { id, index }));
    }
    for (const command of pipeline) out.commands.push(command);
    pipeline = [];
  };
  let at = skipGap(script, 0);
  while (at < script.length) {
    WORD.lastIndex = at;
    const word = WORD.exec(script)?.[0];
    if (word) {
      // `a\<newline>b` is one word to the shell: a continuation right after a word is not a gap.
      if (!PLAIN_WORD.test(word) || script[at + word.length] === '\\') return undefined;
      words.push(makeWord(script, at, at + word.length, word, false));
      at = skipGap(script, at + word.length);
      continue;
    }
    OPERATOR.lastIndex = at;
    const operator = OPERATOR.exec(script)?.[0];
    if (!operator) return undefined;
    const newline = operator.endsWith('\n');
    // A blank line, or the newline after `;`, separates nothing.
    if (newline && words.length === 0 && pipeline.length === 0 && last === ';') {
      at = skipGap(script, at + operator.length);
      continue;
    }
    if (!endCommand()) return undefined;
    if (operator !== '|') endPipeline();
    last = newline ? ';' : operator;
    at = skipGap(script, at + operator.length);
  }
  if (words.length === 0 && pipeline.length === 0 && last === ';') return out;
  if (!endCommand()) return undefined;
  endPipeline();
  return out;
}

function skipGap(script: string, at: number): number {
  GAP.lastIndex = at;
  return GAP.exec(script) ? GAP.lastIndex : at;
}
