import { nestedScript } from './nested-shells.js';
import type { NestedScript } from './nested-shells.js';
import { parsePosix } from './parse-posix.js';
import { tokenizeCmd } from './tokenize-cmd.js';
import { tokenizePowerShell } from './tokenize-powershell.js';
import { unwrapCommand } from './unwrap-command.js';
import { append } from '../../core/append.js';

/** Which shell reads the script: `/bin/sh` (parsed as bash, a superset), Windows PowerShell/pwsh, or cmd.exe. */
export type ShellDialect = 'posix' | 'powershell' | 'cmd';

/** One word of a command line. */
export interface ShellWord {
  /** The word's value after quote removal; expansions it cannot resolve are kept as written (e.g. '$HOME', '${X}', '$(cat f)'). */
  value: string;
  /** Source text exactly as written (for commands of a nested `sh -c` script: as written in that script). */
  raw: string;
  /** Offsets into the script string (start inclusive, end exclusive). */
  start: number;
  end: number;
  /** True when the word contains a parameter expansion, command substitution or other dynamic part. */
  dynamic: boolean;
}

/** A `NAME=value` prefix or standalone assignment; `value` is undefined for `NAME=` without a value. */
export interface ShellAssignment {
  name: string;
  value: ShellWord | undefined;
  /**
   * True when the shell computes the value rather than taking it as written: in PowerShell, any
   * right-hand side but one string token (`[Type]::new()`, `Get-Secret x`, `$a`, `(Get-Content f)`).
   */
  computed?: boolean;
}

/** A redirection such as `>> /etc/x`, `2>&1` (op `>&`, fd `2`, target `1`) or `<<EOF` (with its body). */
export interface ShellRedirect {
  /** '>', '>>', '<', '<<', '<<-', '<<<', '>&', '&>', ... without the file descriptor. */
  op: string;
  /** The file descriptor written before the operator, e.g. '2' in `2>/dev/null`. */
  fd?: string;
  /** The file, descriptor or here-document delimiter after the operator. */
  target?: ShellWord;
  /** The body of a here-document, as written (closing delimiter excluded). */
  heredoc?: string;
}

/** A simple command: a name and its arguments. */
export interface ShellCommand {
  /** The command name as written, e.g. 'sudo', '/usr/bin/sudo', 'apt-get', 'Invoke-WebRequest', 'net'. */
  name: ShellWord;
  /** Base name lower-cased for matching: 'sudo', 'apt-get', 'invoke-webrequest', 'curl' (directories and '.exe' stripped). */
  program: string;
  args: ShellWord[];
  /** `VAR=value cmd` prefixes (posix). */
  env: ShellAssignment[];
  /** Redirections: operator ('>', '>>', '<', '<<', '<<<' …) and target word; heredoc bodies as `heredoc`. */
  redirects: ShellRedirect[];
  /** The dialect the command was read as (a `powershell -Command` inside a cmd script is 'powershell'). */
  dialect: ShellDialect;
  /** Set when the command is an element of a pipeline (`echo x | docker login --password-stdin`). */
  pipeline?: ShellPipeline;
  /**
   * The commands this one runs behind, outermost first, each as written: `sudo -E env X=1 curl -k …`
   * is the curl command (with `X=1` among its env prefixes) behind `sudo -E env X=1 curl -k …` and
   * `env X=1 curl -k …`. Unset when the command is run directly.
   */
  wrappers?: ShellCommand[];
}

/**
 * A command's place in a pipeline of two or more elements. Commands of one pipeline share `id`
 * (unique within a parse); `index` is the element's position, 0 for the first. An element may be
 * a compound command or, in PowerShell, an expression, which has no ShellCommand of its own.
 */
export interface ShellPipeline {
  id: number;
  index: number;
  /** The value piped into this command when the element before it is a single-token PowerShell expression (`'x' | Cmd`). */
  input?: ShellWord;
}

/** Everything found in a script. */
export interface ShellParse {
  /**
   * Simple commands in source order, including those in substitutions, blocks and nested
   * `sh -c`/`cmd /c`/`powershell -Command` scripts. A command run through a wrapper (`sudo`, `env`,
   * `timeout` …) is listed as the command it runs, with the wrappers in `wrappers`, so every check
   * sees `sudo curl -k` as curl, and sees it once.
   */
  commands: ShellCommand[];
  /** Standalone variable assignments, e.g. `export FOO=bar` is a command, but `FOO=bar` alone is an assignment. */
  assignments: ShellAssignment[];
  /** The first syntax error (POSIX only; the commands are then a best-effort tokenization). */
  error?: { message: string; offset: number };
}

/** How many shells deep `sh -c "bash -c '...'"` is followed. */
const MAX_SHELL_DEPTH = 4;

/**
 * Turns a Dockerfile RUN command (or any shell snippet) into a flat list of simple commands with
 * their words and positions. POSIX shell is parsed by tree-sitter-bash; PowerShell and cmd by tokenizers.
 * Never throws.
 */
export function parseShell(script: string, dialect: ShellDialect): ShellParse {
  const text = typeof script === 'string' ? script : String(script ?? '');
  try {
    const parse = parseDialect(text, dialect, 0);
    parse.commands = parse.commands.map(unwrapCommand);
    return parse;
  } catch (error) {
    // Nothing above is expected to throw; if it does, the scan must still go on.
    return {
      commands: [],
      assignments: [],
      error: { message: `shell parser failure: ${String(error)}`, offset: 0 }
    };
  }
}

function parseDialect(script: string, dialect: ShellDialect, depth: number): ShellParse {
  const result =
    dialect === 'powershell'
      ? tokenizePowerShell(script)
      : dialect === 'cmd'
        ? tokenizeCmd(script)
        : parsePosix(script);
  const commands: ShellCommand[] = [];
  let pipelines = pipelineCount(result.commands); // nested scripts' pipelines are numbered after these
  for (const command of result.commands.sort((a, b) => a.name.start - b.name.start)) {
    commands.push(command);
    const nested = depth < MAX_SHELL_DEPTH ? nestedScript(command, script, dialect) : undefined;
    if (!nested?.script.trim()) continue;
    const inner = parseDialect(nested.script, nested.dialect, depth + 1);
    append(
      commands,
      inner.commands.map(c => mapCommand(c, nested, pipelines))
    );
    pipelines += pipelineCount(inner.commands);
    append(
      result.assignments,
      inner.assignments.map(a => ({ ...a, value: a.value && mapWord(a.value, nested) }))
    );
    if (inner.error && !result.error)
      result.error = { message: inner.error.message, offset: nested.map(inner.error.offset) };
  }
  result.commands = commands;
  return result;
}

function mapWord(word: ShellWord, nested: NestedScript): ShellWord {
  const start = nested.map(word.start);
  return { ...word, start, end: Math.max(start, nested.map(word.end)) };
}

function mapCommand(command: ShellCommand, nested: NestedScript, pipelineBase: number): ShellCommand {
  const map = (w: ShellWord): ShellWord => mapWord(w, nested);
  const mapped: ShellCommand = {
    ...command,
    name: map(command.name),
    args: command.args.map(map),
    env: command.env.map(e => ({ name: e.name, value: e.value && map(e.value) })),
    redirects: command.redirects.map(r => (r.target ? { ...r, target: map(r.target) } : r))
  };
  const { pipeline } = command;
  if (pipeline) {
    mapped.pipeline = { id: pipeline.id + pipelineBase, index: pipeline.index };
    if (pipeline.input) mapped.pipeline.input = map(pipeline.input);
  }
  return mapped;
}

/** One more than the highest pipeline id among the commands (0 when none is in a pipeline). */
function pipelineCount(commands: ShellCommand[]): number {
  let count = 0;
  for (const { pipeline } of commands) if (pipeline) count = Math.max(count, pipeline.id + 1);
  return count;
}

/**
 * Whether a command has a flag. Everywhere: `-k`, `--insecure` and `--insecure=value` (native
 * tools such as curl.exe take GNU-style flags on Windows too). POSIX: also `-k` inside a cluster
 * of letters such as `-fsSLk`, and nothing after a `--` argument. PowerShell: parameters
 * case-insensitively, also as `-Name:value` or a prefix of at least 3 letters (`-SkipCert`); a
 * switch set to `:$false` doesn't count. cmd: `/add` or `-add` (also `/x:value`),
 * case-insensitively. `short` and `long` may be given with or without their dashes.
 */
export function hasFlag(cmd: ShellCommand, short: string | undefined, long: string | undefined): boolean {
  const s = short?.replace(/^[-/]+/, '');
  const l = long?.replace(/^[-/]+/, '');
  for (const { value } of cmd.args) {
    if (l && (value === `--${l}` || value.startsWith(`--${l}=`))) return true;
    if (s && value === `-${s}`) return true;
    if (cmd.dialect !== 'posix') {
      if (windowsFlag(cmd.dialect, value, s, l)) return true;
    } else if (value === '--') return false;
    else if (s?.length === 1 && /^-[A-Za-z]+$/.test(value) && value.includes(s)) return true;
  }
  return false;
}

function windowsFlag(dialect: ShellDialect, value: string, short?: string, long?: string): boolean {
  const match = (dialect === 'cmd' ? /^[-/]([^:=]+)(?:[:=](.*))?$/s : /^-([^:]+)(?::(.*))?$/s).exec(value);
  const name = match?.[1]?.toLowerCase();
  if (!name || (dialect === 'powershell' && /^\$false$/i.test(match?.[2] ?? ''))) return false;
  if (name === short?.toLowerCase() || name === long?.toLowerCase()) return true;
  return dialect === 'powershell' && !!long && name.length >= 3 && long.toLowerCase().startsWith(name);
}
