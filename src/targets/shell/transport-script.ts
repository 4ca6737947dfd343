import { parseShell, type ShellCommand, type ShellDialect, type ShellParse } from './shell-commands.js';

/**
 * One build step as the transport checks (BH3xx) read it: a Dockerfile RUN now, an image history
 * `created_by` line later. The commands come from the shared parse; the text is kept for the
 * PowerShell .NET calls the tokenizer leaves as expressions, and for variables the step sets.
 */
export interface BuildScript {
  /** The script the commands were parsed from. */
  text: string;
  dialect: ShellDialect;
  commands: ShellCommand[];
  /** The standalone assignments of the same parse, when the caller has it (else parsed again on first use). */
  assignments?: ShellParse['assignments'];
  /** A variable set before the step runs (Dockerfile ARG/ENV defaults, an image's `Env`). */
  outer(name: string): string | undefined;
}

/** A variable the script sets; `exported` when child processes see it (not a plain `X=1` or PowerShell `$x`). */
export interface ScriptVariable {
  name: string;
  value: string | undefined;
  exported: boolean;
}

const variables = new WeakMap<BuildScript, ScriptVariable[]>();

/** A build script from its text (image history, tests). */
export function scriptOfText(
  text: string,
  dialect: ShellDialect,
  outer: (name: string) => string | undefined = () => undefined
): BuildScript {
  const { commands, assignments } = parseShell(text, dialect);
  return { text, dialect, commands, assignments, outer };
}

/**
 * Variables the script sets: `X=1`, `export X=1`, `X=1 cmd`, `env X=1 cmd`, cmd `set X=1` and
 * `setx X 1`, PowerShell `$env:X = 1`, `$x = …` and `[Environment]::SetEnvironmentVariable('X', '1')`.
 * Names are as written without `env:`. Computed on first use, from the script's own parse.
 */
export function scriptVariables(script: BuildScript): ScriptVariable[] {
  let found = variables.get(script);
  if (found) return found;
  const parsed = script.assignments
    ? { commands: script.commands, assignments: script.assignments }
    : parseShell(script.text, script.dialect);
  found = parsed.assignments.map(a => ({
    name: a.name.replace(/^env:/i, ''),
    value: a.value?.value,
    // A plain `X=1` changes the environment only when X is already exported (e.g. by ENV).
    exported: /^env:/i.test(a.name) || (script.dialect === 'posix' && script.outer(a.name) !== undefined)
  }));
  for (const command of parsed.commands) {
    for (const e of command.env) found.push({ name: e.name, value: e.value?.value ?? '', exported: true });
    const args = command.args.map(a => a.value);
    if (['export', 'declare', 'typeset', 'env'].includes(command.program) || isCmdSet(command))
      for (const arg of args) {
        const [, name, value] = /^([A-Za-z_]\w*)=(.*)$/s.exec(arg) ?? [];
        if (name)
          found.push({
            name,
            value,
            exported: !/^(declare|typeset)$/.test(command.program) || args.includes('-x')
          });
      }
    if (command.program === 'setx' && args[0] && !args[0].startsWith('/'))
      found.push({ name: args[0], value: args[1] ?? '', exported: true });
  }
  for (const m of script.text.matchAll(
    /\bEnvironment\]::SetEnvironmentVariable\(\s*(['"])([\w.]+)\1\s*,\s*(['"])(.*?)\3/gi
  ))
    found.push({ name: m[2] as string, value: m[4], exported: true });
  variables.set(script, found);
  return found;
}

/** The value of `$X`/`${X}` (POSIX), `$env:X`/`$x` (PowerShell) or `%X%` (cmd) as the script last set it, else from outside. */
export function variableValue(script: BuildScript, reference: string): string | undefined {
  const match = /^\$\{?(env:)?(\w+)\}?$|^%(\w+)%$/i.exec(reference);
  if (!match) return undefined;
  const name = (match[2] ?? match[3]) as string;
  const env = script.dialect !== 'powershell' || !!match[1];
  const insensitive = script.dialect !== 'posix';
  const same = (a: string): boolean => (insensitive ? a.toLowerCase() === name.toLowerCase() : a === name);
  // PowerShell keeps `$x` and `$env:X` apart; POSIX and cmd expand any variable the script set.
  const set = scriptVariables(script).filter(
    v => same(v.name) && (script.dialect !== 'powershell' || v.exported === env)
  );
  return set.length > 0 ? set.at(-1)?.value : env ? script.outer(name) : undefined;
}

function isCmdSet(command: ShellCommand): boolean {
  return command.program === 'set' && command.dialect === 'cmd';
}
