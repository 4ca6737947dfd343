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

/**
 * Every RUN of every stage, parsed once per document (shared by all rules). A script repeated in
 * the same shell (`RUN apt-get update` in several stages) is parsed once: the RunScripts share that
 * parse, which nothing changes after parsing, and its offsets are the script's, not the file's.
 */
export function runScripts(document: DockerfileDocument): RunScript[] {
  let scripts = cache.get(document);
  if (!scripts) {
    const parses = new Map<string, ShellParse>();
    scripts = document.stages.flatMap(stage =>
      stage.instructions
        .filter(i => i.keyword === 'RUN')
        .map(instruction => parseRun(instruction, stage, parses))
    );
    cache.set(document, scripts);
  }
  return scripts;
}

function parseRun(
  instruction: DockerInstruction,
  stage: DockerStage,
  parses: Map<string, ShellParse>
): RunScript {
  const { text, dialect } = runScriptSource(instruction, stage);
  const key = `${dialect}\n${text}`;
  let parsed = parses.get(key);
  if (!parsed) {
    parsed = parseShell(text, dialect);
    parses.set(key, parsed);
  }
  return {
    instruction,
    stage,
    commands: parsed.commands,
    assignments: parsed.assignments,
    error: parsed.error
  };
}

/** The script and shell of every RUN, in order (not parsed). */
export function runScriptSources(document: DockerfileDocument): { text: string; dialect: ShellDialect }[] {
  return document.stages.flatMap(stage =>
    stage.instructions
      .filter(i => i.keyword === 'RUN')
      .map(instruction => runScriptSource(instruction, stage))
  );
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
  return { text: dialect === 'powershell' ? unescapeCommandLineQuotes(text) : text, dialect };
}

/**
 * On Windows a shell-form RUN reaches PowerShell on its command line, where `\"` is a quote
 * (the C runtime's argument rules): fluent-bit's Dockerfiles write every string as
 * `$name=\"value\"` and `Invoke-WebRequest -Uri \"http://…\"`. Each `\"` becomes a quote and a
 * blank (before an opening one, after a closing one), so offsets stay those of the written text.
 */
function unescapeCommandLineQuotes(text: string): string {
  if (!text.includes('\\"')) return text;
  let opening = true;
  return text.replace(/(?<!\\)\\"/g, () => {
    const quote = opening ? ' "' : '" ';
    opening = !opening;
    return quote;
  });
}

/** Exec-form arguments become one POSIX command line with each argument single-quoted. */
function quoteArgument(argument: string): string {
  return /^[\w@%+=:,./-]+$/.test(argument) ? argument : `'${argument.replaceAll("'", `'\\''`)}'`;
}
