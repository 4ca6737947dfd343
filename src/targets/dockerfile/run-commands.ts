import type { DockerfileDocument, DockerInstruction, DockerStage } from './dockerfile-document.js';
import {
  parseShell,
  type ShellCommand,
  type ShellDialect,
  type ShellParse
} from '../shell/shell-commands.js';

/** A RUN instruction with the commands it runs, parsed in its stage's shell. */
export interface RunScript {
  instruction: DockerInstruction;
  stage: DockerStage;
  commands: ShellCommand[];
  /** Standalone assignments (`PASSWORD=x`, PowerShell `$env:TOKEN = '…'`). */
  assignments: ShellParse['assignments'];
  error?: ShellParse['error'];
}

const cache = new WeakMap<DockerfileDocument, RunScript[]>();

/**
 * Every RUN of every stage, parsed once per document (shared by all rules). Shell form runs in the
 * stage's shell (SHELL, else `/bin/sh -c` or `cmd /S /C`); exec form runs its argv directly, and
 * `["powershell", "-Command", "…"]`-style arrays are parsed by the shell parser's nested-shell support.
 */
export function runScripts(document: DockerfileDocument): RunScript[] {
  let scripts = cache.get(document);
  if (!scripts) {
    scripts = document.stages.flatMap(stage =>
      stage.instructions.filter(i => i.keyword === 'RUN').map(instruction => parseRun(instruction, stage))
    );
    cache.set(document, scripts);
  }
  return scripts;
}

function parseRun(instruction: DockerInstruction, stage: DockerStage): RunScript {
  if (instruction.execForm) {
    const script = instruction.execForm.map(quoteArgument).join(' ');
    const parsed = parseShell(script, 'posix');
    return {
      instruction,
      stage,
      commands: parsed.commands,
      assignments: parsed.assignments,
      error: parsed.error
    };
  }
  const parsed = parseShell(scriptOf(instruction), stage.shell.dialect as ShellDialect);
  return {
    instruction,
    stage,
    commands: parsed.commands,
    assignments: parsed.assignments,
    error: parsed.error
  };
}

/** `RUN <<EOF` with no command runs the heredoc body as the script (BuildKit). */
function scriptOf(instruction: DockerInstruction): string {
  const text = instruction.argsText;
  const first = instruction.heredocs[0];
  if (first && /^<<-?["']?\w+["']?\s*$/.test(text.split('\n')[0]?.trim() ?? '')) return first.body;
  return text;
}

/** Exec-form arguments become one POSIX command line with each argument single-quoted. */
function quoteArgument(argument: string): string {
  return /^[\w@%+=:,./-]+$/.test(argument) ? argument : `'${argument.replaceAll("'", `'\\''`)}'`;
}
