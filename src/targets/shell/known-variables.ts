import { wellFormed } from './parse-bash.js';
import { withoutFinalContinuation } from './parse-posix.js';
import { parseSimplePosix } from './parse-simple-posix.js';
import type { ShellCommand, ShellParse, ShellWord } from './shell-commands.js';
import type { BuildScript } from './transport-script.js';

/** A whole word that is one parameter expansion: `$X`, `${X}`, `"$X"` or `"${X}"`. */
const EXPANSION = /^(")?\$(?:([A-Za-z_]\w*)|\{([A-Za-z_]\w*)\})\1$/;

const SETS_ANYTHING = new Set(['.', 'source', 'eval']);

/** A command with the expansions whose values are known written out, and the variables that were. */
export interface ExpandedCommand {
  command: ShellCommand;
  /** The variables expanded, in argument order, with their values. */
  variables: { name: string; value: string }[];
}

/**
 * `cmd` as the shell runs it when its arguments include `$X` expansions whose values the script
 * makes certain (see `knownValue`): an unquoted expansion is split into words at blanks as the shell
 * splits it with the default IFS, a quoted one is one word. Undefined when no argument is such an
 * expansion. POSIX scripts only.
 */
export function expandKnownVariables(script: BuildScript, cmd: ShellCommand): ExpandedCommand | undefined {
  if (script.dialect !== 'posix' || cmd.dialect !== 'posix') return undefined;
  const variables: ExpandedCommand['variables'] = [];
  // One answer per name: every argument of the command is read at the same offset.
  const values = new Map<string, string | undefined>();
  const valueOf = (name: string) => {
    if (!values.has(name)) values.set(name, knownValue(script, name, cmd.name.start));
    return values.get(name);
  };
  const args = cmd.args.flatMap((word): ShellWord[] => {
    const match = word.dynamic ? EXPANSION.exec(word.raw) : null;
    const name = match?.[2] ?? match?.[3];
    const value = name === undefined ? undefined : valueOf(name);
    if (name === undefined || value === undefined) return [word];
    variables.push({ name, value });
    const words = match?.[1] ? [value] : value.split(/[ \t\n]+/).filter(part => part !== '');
    return words.map(part => ({ ...word, value: part, dynamic: false }));
  });
  return variables.length > 0 ? { command: { ...cmd, args }, variables } : undefined;
}

/**
 * The value `$name` has at `offset` of the script, when nothing can change it: either the script
 * never names the variable (it is then the Dockerfile's ENV or ARG default, or unset), or the
 * script is a sequence of simple commands (no branch, loop, function or subshell; see
 * parseSimplePosix) that assigns it once, before `offset`, to a value without expansions, and not
 * after `||` (where the assignment runs only when the command before it fails). Any other mention of
 * the name (`export X`, `read X`, `for X in …`, `X=… cmd`, a second assignment), or a `.`, `source`
 * or `eval` anywhere in the script, leaves it unknown.
 */
export function knownValue(script: BuildScript, name: string, offset: number): string | undefined {
  const names = namesOf(script);
  // A sourced file or an `eval` may set anything.
  if (names.setsAnything) return undefined;
  const mentions = names.mentions.get(name) ?? [];
  if (mentions.length === 0) return script.outer(name);
  const [mention] = mentions;
  if (mentions.length > 1 || mention === undefined || mention > offset) return undefined;
  const parsed = simpleParse(script);
  const assignments = parsed?.assignments.filter(a => a.name === name) ?? [];
  const [assignment] = assignments;
  if (assignments.length !== 1 || assignment === undefined || assignment.value?.dynamic) return undefined;
  if (afterOr(script.text, mention)) return undefined;
  return assignment.value?.value ?? '';
}

const simpleParses = new WeakMap<BuildScript, ShellParse | undefined>();

/** The script read as a sequence of simple commands (parseSimplePosix), once per script. */
function simpleParse(script: BuildScript): ShellParse | undefined {
  if (!simpleParses.has(script))
    simpleParses.set(script, parseSimplePosix(withoutFinalContinuation(wellFormed(script.text))));
  return simpleParses.get(script);
}

/** What a script says of its variables' names, read once per script. */
interface ScriptNames {
  /** A `.`, `source` or `eval` runs somewhere in it. */
  setsAnything: boolean;
  /**
   * Where it names each variable other than to expand it: each name written as a whole word that is
   * not a `$name` or `${name}` expansion (an assignment, `export name`, `read name`, a loop).
   */
  mentions: Map<string, number[]>;
}

const scriptNames = new WeakMap<BuildScript, ScriptNames>();

/**
 * The names of a script, in one pass over its text: looking each name up in the text again for
 * every expansion of every command was quadratic (`RUN echo $A $A …` of 400 KB did not finish).
 */
function namesOf(script: BuildScript): ScriptNames {
  let names = scriptNames.get(script);
  if (!names) {
    const { text } = script;
    const mentions = new Map<string, number[]>();
    for (const match of text.matchAll(/[A-Za-z_]\w*/g)) {
      const at = match.index;
      const before = text[at - 1] ?? '';
      if (/[\w$]/.test(before) || (before === '{' && text[at - 2] === '$')) continue;
      const found = mentions.get(match[0]);
      if (found) found.push(at);
      else mentions.set(match[0], [at]);
    }
    names = { setsAnything: script.commands.some(c => SETS_ANYTHING.has(c.program)), mentions };
    scriptNames.set(script, names);
  }
  return names;
}

/** Whether the word at `at` comes right after a `||` operator (blanks and line continuations between). */
function afterOr(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[ \t\r\n\\]/.test(text[i] as string)) i--;
  return text[i] === '|' && text[i - 1] === '|';
}
