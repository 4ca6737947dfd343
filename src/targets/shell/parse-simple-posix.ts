import { append } from '../../core/append.js';
import type {
  ShellAssignment,
  ShellCommand,
  ShellParse,
  ShellRedirect,
  ShellWord
} from './shell-commands.js';
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
/** A command name after assignments: tree-sitter-bash refuses more there (`X=1 app:app`). */
const NAME_AFTER_ASSIGNMENT = /^[A-Za-z0-9_./][A-Za-z0-9_./-]*$/;
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
/**
 * What may follow a word: a blank, an operator or the end. A redirect right after a word is left to
 * the full parser, which reads `-2>f` and `-fsSL2>&1` as redirects of the descriptors `-2` and `-fsSL2`.
 */
const WORD_END = /[ \t\r\n;&|]|$/y;
/** `NAME=` where a command name goes: an assignment, of the command's environment or on its own. */
const ASSIGNMENT = /[A-Za-z_][A-Za-z0-9_]*=/y;
/**
 * A redirect to or from a file, or a duplicated descriptor (`2>&1`), with the descriptor written
 * before it. Here-documents, here-strings, `<>` and process substitutions are left to the full
 * parser (see readRedirect).
 */
const REDIRECT = /([0-9]*)(>>|>&|>\||>|<&|<)|(&>>|&>)/y;
/** Command separators; a single `&` (background) and `|&` are left to the full parser. */
const OPERATOR = /&&|\|\||;|\||\r?\n/y;

/**
 * The commands of a script made only of simple commands (assignments, a bare command name, words of
 * the parts above, then redirects to files or descriptors) joined by `&&`, `||`, `;`, `|` and
 * newlines (`DEBIAN_FRONTEND=noninteractive apt-get install -y curl > /dev/null 2>&1 && useradd
 * --uid 10001 app`), read without the WebAssembly parser: three quarters of the distinct RUN
 * scripts of the public Dockerfiles we scan are that simple, and a repository whose scripts all are
 * never loads it (src/engine/load-shell-parser.ts). The result is the one tree-sitter-bash gives,
 * which a test checks on the repository's scripts and on generated ones; where tree-sitter-bash
 * reads a construct in its own way, the script is left to it. Undefined for anything else.
 */
export function parseSimplePosix(script: string): ShellParse | undefined {
  const out = emptyParse();
  let words: ShellWord[] = [];
  let env: ShellAssignment[] = [];
  let redirects: ShellRedirect[] = [];
  let pipeline: ShellCommand[] = [];
  let pipelines = 0;
  /** The last operator: a command must follow `&&`, `||` and `|`, while a script may end after `;`. */
  let last = ';';
  /** Whether the statement is an `&&`/`||` list so far. */
  let inList = false;
  const empty = (): boolean => words.length === 0 && env.length === 0 && pipeline.length === 0;
  /** Ends a statement, before `operator` ('' at the end of the script). */
  const endCommand = (operator: string): boolean => {
    const [name, ...args] = words;
    if (!name) {
      // An assignment alone (`X=1 && …`) is the script's. Several in a row, or one in a pipeline, are
      // left to the full parser: tree-sitter-bash gives `X=1 Y=2` then a newline to the next command.
      if (env.length !== 1 || pipeline.length > 0 || operator === '|') return false;
      append(out.assignments, env);
      env = [];
      return true;
    }
    if (
      SPECIAL_NAMES.has(name.raw) ||
      !(env.length > 0 ? NAME_AFTER_ASSIGNMENT : COMMAND_NAME).test(name.raw)
    )
      return false;
    pipeline.push(makeCommand('posix', name, args, env, redirects));
    words = [];
    env = [];
    redirects = [];
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
  /** Where the last word or redirect ended. */
  let wordEnd = -1;
  while (at < script.length) {
    if (words.length === 0) {
      const assignment = readAssignment(script, at);
      if (assignment === null) return undefined;
      if (assignment) {
        env.push(assignment.assignment);
        at = skipGap(script, assignment.end);
        continue;
      }
    }
    const redirect = readRedirect(script, at);
    // A redirect before the command name, right after a word (see WORD_END) or after a lone `-` (which
    // tree-sitter-bash drops from `cat - 2>&1`) is left to the full parser.
    if (
      redirect === null ||
      (redirect && (words.length === 0 || at === wordEnd || words.at(-1)?.raw === '-'))
    )
      return undefined;
    if (redirect) {
      redirects.push(redirect.redirect);
      wordEnd = redirect.end;
      at = skipGap(script, wordEnd);
      continue;
    }
    const word = readWord(script, at);
    if (word === null) return undefined;
    if (word) {
      // tree-sitter-bash adds the words after a redirect to its target (`> f b` writes to "f b").
      if (redirects.length > 0) return undefined;
      words.push(word);
      wordEnd = word.end;
      at = skipGap(script, wordEnd);
      continue;
    }
    OPERATOR.lastIndex = at;
    const operator = OPERATOR.exec(script)?.[0];
    if (!operator) return undefined;
    const newline = operator.endsWith('\n');
    // A blank line, or the newline after `;`, separates nothing.
    if (newline && empty() && last === ';') {
      at = skipGap(script, at + operator.length);
      continue;
    }
    // A redirect before a pipe is read on the command only when the command starts the statement:
    // tree-sitter-bash reads `a && b > f | c` as `{ a && b > f; } | c`, and `a | b > f | c` alike.
    if (operator === '|' && redirects.length > 0 && (inList || pipeline.length > 0)) return undefined;
    if (!endCommand(operator)) return undefined;
    if (operator !== '|') endPipeline();
    last = newline ? ';' : operator;
    if (last === '&&' || last === '||') inList = true;
    else if (last === ';') inList = false;
    at = skipGap(script, at + operator.length);
  }
  if (empty() && last === ';') return out;
  if (!endCommand('')) return undefined;
  endPipeline();
  return out;
}

/**
 * `NAME=value` (or `NAME=` with no value) at `at`, undefined when there is none, or null when its
 * value is more than the parts of a word.
 */
function readAssignment(
  script: string,
  at: number
): { assignment: ShellAssignment; end: number } | null | undefined {
  ASSIGNMENT.lastIndex = at;
  const head = ASSIGNMENT.exec(script)?.[0];
  if (!head) return undefined;
  const name = head.slice(0, -1);
  const valueAt = at + head.length;
  const value = readWord(script, valueAt);
  // tree-sitter-bash misreads some values with a second expansion (`P=$X/$Y/bin` as `P=$X/$` and a
  // command `Y/bin`): those are left to it, so both readers agree.
  if (value === null || (value && value.raw.indexOf('$') !== value.raw.lastIndexOf('$'))) return null;
  if (value) return { assignment: { name, value }, end: value.end };
  WORD_END.lastIndex = valueAt;
  return WORD_END.test(script) ? { assignment: { name, value: undefined }, end: valueAt } : null;
}

/**
 * The redirect at `at` and where it ends, undefined when there is none, or null when it is one the
 * full parser reads: a here-document or here-string (`<<`, `<<<`), `<>`, a process substitution
 * (`<(…)`, `>(…)`), a target that is more than the parts of a word, or a duplicated descriptor
 * other than a number (`>&-`).
 */
function readRedirect(
  script: string,
  at: number
): { redirect: ShellRedirect; end: number } | null | undefined {
  REDIRECT.lastIndex = at;
  const match = REDIRECT.exec(script);
  if (!match) return undefined;
  const [text, fd, fileOp, bothOp] = match;
  const op = (fileOp ?? bothOp) as string;
  const next = script[at + text.length];
  if (next === '<' || next === '>' || next === '(') return null;
  const target = readWord(script, skipGap(script, at + text.length));
  if (!target || (op.endsWith('&') && !/^[0-9]+$/.test(target.raw))) return null;
  const redirect: ShellRedirect = fd ? { op, fd, target } : { op, target };
  return { redirect, end: target.end };
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
