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
  const args = cmd.args.flatMap((word): ShellWord[] => {
    const match = word.dynamic ? EXPANSION.exec(word.raw) : null;
    const name = match?.[2] ?? match?.[3];
    const value = name === undefined ? undefined : knownValue(script, name, cmd.name.start);
    if (name === undefined || value === undefined) return [word];
    variables.push({ name, value });
    const values = match?.[1] ? [value] : value.split(/[ \t\n]+/).filter(part => part !== '');
    return values.map(part => ({ ...word, value: part, dynamic: false }));
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
  // A sourced file or an `eval` may set anything.
  if (script.commands.some(c => SETS_ANYTHING.has(c.program))) return undefined;
  const mentions = nameMentions(script.text, name);
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

/**
 * Where the script names the variable other than to expand it: each `name` written as a whole word
 * that is not a `$name` or `${name}` expansion (an assignment, `export name`, `read name`, a loop).
 */
function nameMentions(text: string, name: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = text[at - 1] ?? '';
    const after = text[at + name.length] ?? '';
    if (/\w/.test(after) || /[\w$]/.test(before)) continue;
    if (before === '{' && text[at - 2] === '$') continue;
    found.push(at);
  }
  return found;
}

/** Whether the word at `at` comes right after a `||` operator (blanks and line continuations between). */
function afterOr(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[ \t\r\n\\]/.test(text[i] as string)) i--;
  return text[i] === '|' && text[i - 1] === '|';
}
