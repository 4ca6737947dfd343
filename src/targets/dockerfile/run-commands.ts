import type { DockerfileDocument, DockerInstruction, DockerStage } from './dockerfile-document.js';
import {
  parseShell,
  type ShellCommand,
  type ShellDialect,
  type ShellParse
} from '../shell/shell-commands.js';

/** A RUN instruction with the commands it runs, parsed in the shell in effect at it. */
export interface RunScript {
  instruction: DockerInstruction;
  stage: DockerStage;
  commands: ShellCommand[];
  /** Standalone assignments (`PASSWORD=x`, PowerShell `$env:TOKEN = '…'`). */
  assignments: ShellParse['assignments'];
  error?: ShellParse['error'];
}

const cache = new WeakMap<DockerfileDocument, RunScript[]>();

/** Every RUN of every stage, parsed once per document (shared by all rules). */
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
  const { text, dialect } = runScriptSource(instruction, stage);
  const parsed = parseShell(text, dialect);
  return {
    instruction,
    stage,
    commands: parsed.commands,
    assignments: parsed.assignments,
    error: parsed.error
  };
}

/**
 * The script a RUN runs and its shell: exec form as one POSIX command line (`["powershell",
 * "-Command", "…"]` is then followed by the shell parser's nested-shell support); `RUN <<EOF` with no
 * command runs the heredoc body (BuildKit); shell form runs in the SHELL in effect at the RUN.
 */
export function runScriptSource(
  instruction: DockerInstruction,
  stage: DockerStage
): { text: string; dialect: ShellDialect } {
  if (instruction.execForm)
    return { text: instruction.execForm.map(quoteArgument).join(' '), dialect: 'posix' };
  const dialect = (instruction.shell ?? stage.shell).dialect;
  const first = instruction.heredocs[0];
  const text = instruction.argsText;
  if (first && /^<<-?["']?\w+["']?\s*$/.test(text.split('\n')[0]?.trim() ?? ''))
    return { text: first.body, dialect };
  return { text, dialect };
}

/** Exec-form arguments become one POSIX command line with each argument single-quoted. */
function quoteArgument(argument: string): string {
  return /^[\w@%+=:,./-]+$/.test(argument) ? argument : `'${argument.replaceAll("'", `'\\''`)}'`;
}
