import type { ShellCommand, ShellParse, ShellWord } from './shell-commands.js';
import { emptyParse, makeCommand, makeWord } from './shell-words.js';

/**
 * The parts a word is made of: bare characters that need no quoting (globs included, which stay as
 * written), `$NAME` and `${NAME}` (kept as written, and the word is then dynamic), and single- or
 * double-quoted text on one line (in double quotes, no escape, substitution or other expansion).
 */
const PART =
  /[A-Za-z0-9_./:,+@%=*?-]+|\$[A-Za-z_]\w*|\$\{[A-Za-z_]\w*\}|'[^'\n]*'|"(?:[^"$`\\\n]|\$[A-Za-z_]\w*|\$\{[A-Za-z_]\w*\})*"/y;
/**
 * A command name: a bare word; tree-sitter-bash reads a first word with `=` as an assignment (even
 * `--a=b`), refuses some characters there (`a%b`, `user@host`), and reads the words after a lone `-`
 * in its own way.
 */
const COMMAND_NAME = /^[A-Za-z0-9_./:,+][A-Za-z0-9_./:,+-]*$/;
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
/** What may follow a word: a blank, an operator or the end. */
const WORD_END = /[ \t\r\n;&|]|$/y;
/** Command separators; a single `&` (background) and `|&` are left to the full parser. */
const OPERATOR = /&&|\|\||;|\||\r?\n/y;

/**
 * The commands of a script made only of simple commands (a bare command name, then words of the
 * parts above) joined by `&&`, `||`, `;`, `|` and newlines (`pip install -r requirements.txt &&
 * useradd --uid 10001 app`), read without the WebAssembly parser: about half the RUN scripts of
 * public Dockerfiles are that simple, and a repository whose scripts all are never loads it
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
    if (!name || SPECIAL_NAMES.has(name.raw) || !COMMAND_NAME.test(name.raw)) return false;
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
    const word = readWord(script, at);
    if (word === null) return undefined;
    if (word) {
      words.push(word);
      at = skipGap(script, word.end);
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

/**
 * The word at `at`, undefined when an operator is there, or null when the word is more than parts
 * (a redirect, a continuation inside it, `$(…)`, …).
 */
function readWord(script: string, at: number): ShellWord | null | undefined {
  let end = at;
  let value = '';
  let dynamic = false;
  let quoted = false;
  for (;;) {
    PART.lastIndex = end;
    const part = PART.exec(script)?.[0];
    if (!part) break;
    end += part.length;
    const quote = part[0] === "'" || part[0] === '"';
    // tree-sitter-bash reads bare text after a quoted part as one plain word: `"x"=$Y` is not dynamic.
    if (quoted && part[0] === '$') return null;
    quoted ||= quote;
    value += quote ? part.slice(1, -1) : part;
    dynamic ||= part[0] !== "'" && part.includes('$');
  }
  if (end === at) return undefined;
  // tree-sitter-bash reads `==` and `=~` as test operators, even as arguments.
  if (script[at] === '=') return null;
  WORD_END.lastIndex = end;
  return WORD_END.test(script) ? makeWord(script, at, end, value, dynamic) : null;
}

function skipGap(script: string, at: number): number {
  GAP.lastIndex = at;
  return GAP.exec(script) ? GAP.lastIndex : at;
}
