import type { ShellCommand } from './shell-commands.js';
import { unwrapCommand } from './unwrap-command.js';

/**
 * What a command reads on standard input when that is visible: a here-string, a here-document, or
 * what `echo`/`printf`/`cat <<EOF` pipe into it. `pipelines` holds a script's piped commands by
 * `${pipeline.id}:${pipeline.index}`.
 */
export function stdinText(command: ShellCommand, pipelines: Map<string, ShellCommand>): string | undefined {
  const own = redirectedText(command);
  if (own !== undefined) return own;
  const { pipeline } = command;
  if (!pipeline || pipeline.index === 0) return undefined;
  if (pipeline.input) return pipeline.input.value;
  const previous = pipelines.get(`${pipeline.id}:${pipeline.index - 1}`);
  return previous && emittedText(unwrapCommand(previous));
}

function redirectedText(command: ShellCommand): string | undefined {
  for (const redirect of command.redirects) {
    if (redirect.op === '<<<') return redirect.target?.value;
    if (redirect.heredoc !== undefined && redirect.op.startsWith('<<')) return redirect.heredoc;
  }
  return undefined;
}

/** The output of `echo X`, `printf X`/`printf '%s\n' X`, `Write-Output X`, `cat <<EOF`; undefined for anything else. */
function emittedText(command: ShellCommand): string | undefined {
  const words = command.args.map(a => a.value);
  switch (command.program) {
    case 'echo':
    case 'write-output':
    case 'write': {
      const start = command.dialect === 'posix' ? words.findIndex(w => !/^-[neE]+$/.test(w)) : 0;
      return start < 0 ? undefined : words.slice(start).join(' ');
    }
    case 'printf': {
      const [format = '', ...rest] = words[0] === '--' ? words.slice(1) : words;
      return rest.length > 0 && format.includes('%') ? rest.join('\n') : format.replace(/\\n/g, '\n');
    }
    case 'cat':
      return command.args.length === 0 ? redirectedText(command) : undefined;
  }
  return undefined;
}
