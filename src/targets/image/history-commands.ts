import {
  parseShell,
  type ShellAssignment,
  type ShellCommand,
  type ShellDialect
} from '../shell/shell-commands.js';
import type { ImageDocument, ImageHistoryEntry } from './model.js';

/** A build argument Docker recorded in front of a RUN (`RUN |2 A=b C=d …`). */
export interface RecordedBuildArg {
  name: string;
  value: string;
}

/** What a history entry's `created_by` ran: the script without the build tool's prefixes. */
export interface HistoryCommand {
  entry: ImageHistoryEntry;
  script: string;
  dialect: ShellDialect;
  buildArgs: RecordedBuildArg[];
  commands: ShellCommand[];
  assignments: ShellAssignment[];
}

interface Word {
  value: string;
  start: number;
  end: number;
}

const ARG = /^[A-Za-z_][A-Za-z0-9_]*=/;
const POSIX_SHELL = /^(?:.*\/)?(?:ba|da|a|z|k)?sh$/;
const CMD = /^(?:.*\\)?cmd(?:\.exe)?$/i;
const POWERSHELL = /^(?:.*\\)?(?:powershell|pwsh)(?:\.exe)?$/i;
// powershell.exe options that take a value (`-ExecutionPolicy Bypass`).
const POWERSHELL_VALUE_OPTION =
  /^-(?:executionpolicy|ep|windowstyle|inputformat|outputformat|version|configurationname|workingdirectory|wd|settingsfile)$/i;

/**
 * Splits a `created_by` into the script it ran, its shell and the build arguments recorded with it.
 * Forms (moby `builder/dockerfile`, BuildKit `dockerfile2llb` `runCommandString`, kaniko, buildah):
 * `/bin/sh -c apt-get update`, `|2 A=b C=d /bin/sh -c …`, `RUN /bin/sh -c … # buildkit`,
 * `RUN |1 NPM_TOKEN=… /bin/sh -c npm ci # buildkit`, exec form `RUN app --flag # buildkit`,
 * `cmd /S /C …`, `powershell -Command …`. Metadata steps are not commands: `#(nop) ENV/ARG/LABEL/…`,
 * BuildKit's `ENV …`/`COPY …`/`WORKDIR …`, Windows' `Apply image …`: undefined. The text is read
 * as whitespace-separated words (linear time: `created_by` comes from whoever built the image).
 */
export function parseCreatedBy(
  createdBy: string
): { script: string; dialect: ShellDialect; buildArgs: RecordedBuildArg[] } | undefined {
  const words: Word[] = [...createdBy.matchAll(/\S+/g)].map(m => ({
    value: m[0],
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length
  }));
  if (words.at(-2)?.value === '#' && words.at(-1)?.value === 'buildkit') words.splice(-2);
  const end = words.at(-1)?.end ?? 0;
  let next = words[0]?.value === 'RUN' ? 1 : 0;
  const run = next === 1;
  const recorded = /^\|(\d+)$/.exec(words[next]?.value ?? '');
  const buildArgs: RecordedBuildArg[] = [];
  if (recorded) next = readBuildArgs(createdBy, words, next + 1, Number(recorded[1]), buildArgs);
  const shell = shellAt(words, next);
  const scriptStart = words[shell?.script ?? next]?.start ?? end;
  const script = createdBy.slice(scriptStart, Math.max(scriptStart, end));
  if (shell) return /^#\s*\(nop\)/.test(script) ? undefined : { script, dialect: shell.dialect, buildArgs };
  // Exec form: BuildKit and the classic builder join the arguments with spaces.
  return run || recorded ? { script, dialect: 'posix', buildArgs } : undefined;
}

/**
 * The shell whose name is the word at `index` (`/bin/sh -c`, `/bin/bash -o pipefail -c`, `sh -ec`,
 * `cmd /S /C`, `powershell -NoProfile -Command`), with the index of the script's first word.
 */
function shellAt(words: Word[], index: number): { dialect: ShellDialect; script: number } | undefined {
  const name = words[index]?.value ?? '';
  const dialect: ShellDialect | undefined = POSIX_SHELL.test(name)
    ? 'posix'
    : CMD.test(name)
      ? 'cmd'
      : POWERSHELL.test(name)
        ? 'powershell'
        : undefined;
  for (let i = index + 1; dialect && i < words.length; i++) {
    const word = (words[i] as Word).value;
    if (dialect === 'posix' && word === '-o') i++;
    else if (dialect === 'posix' && /^[-+][A-Za-z]+$/.test(word)) {
      if (word.startsWith('-') && word.includes('c')) return { dialect, script: i + 1 };
    } else if (dialect === 'cmd' && /^\/[A-Za-z](?::\S*)?$/.test(word)) {
      if (/^\/c$/i.test(word)) return { dialect, script: i + 1 };
    } else if (dialect === 'powershell' && /^-\w+$/.test(word)) {
      if (/^-(?:c|command)$/i.test(word)) return { dialect, script: i + 1 };
      if (POWERSHELL_VALUE_OPTION.test(word)) i++;
    } else return undefined;
  }
  return undefined;
}

/**
 * Reads up to `count` `NAME=value` build arguments from `words[from]` on; returns the index of the
 * word after them. Values are written unquoted: when a shell follows, a value runs to the next
 * `NAME=` word or to the shell (`A=two words /bin/sh -c …`); otherwise each value is one word.
 */
function readBuildArgs(
  text: string,
  words: Word[],
  from: number,
  count: number,
  into: RecordedBuildArg[]
): number {
  let simple = from;
  while (simple - from < count && ARG.test(words[simple]?.value ?? '')) simple++;
  let shell = simple;
  while (shell < words.length && !shellAt(words, shell)) shell++;
  const until = shellAt(words, simple) || shell === words.length ? simple : shell;
  for (let i = from; i < until && into.length < count; i++) {
    const word = words[i] as Word;
    if (!ARG.test(word.value)) continue;
    let last = i;
    while (until > simple && last + 1 < until && !ARG.test((words[last + 1] as Word).value)) last++;
    const equals = word.value.indexOf('=');
    into.push({
      name: word.value.slice(0, equals),
      value: text.slice(word.start + equals + 1, (words[last] as Word).end)
    });
    i = last;
  }
  return until;
}

const cache = new WeakMap<ImageDocument, HistoryCommand[]>();

/** Every history entry that ran a command, parsed once per image (shared by all rules). */
export function historyCommands(document: ImageDocument): HistoryCommand[] {
  let commands = cache.get(document);
  if (!commands) {
    commands = [];
    for (const entry of document.history) {
      const parsed = parseCreatedBy(entry.createdBy);
      if (!parsed) continue;
      const shell = parseShell(parsed.script, parsed.dialect);
      commands.push({ entry, ...parsed, commands: shell.commands, assignments: shell.assignments });
    }
    cache.set(document, commands);
  }
  return commands;
}
