import { Buffer } from 'node:buffer';
import type { ShellCommand, ShellDialect, ShellWord } from './shell-commands.js';
import { programName } from './shell-words.js';

/** A script run by another shell, with a map from its offsets to the outer script's. */
export interface NestedScript {
  dialect: ShellDialect;
  script: string;
  /** Maps an offset in `script` into the outer script (best effort, always inside the source word). */
  map(offset: number): number;
}

const POSIX_SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'mksh', 'yash', 'busybox-sh']);
/** Commands that run another command given as their arguments (`sudo sh -c ...`, `env X=1 bash -c ...`). */
const WRAPPERS = new Set(
  'sudo doas env nice nohup exec timeout chroot gosu su-exec runuser setsid stdbuf ionice time busybox xargs find start call'.split(
    ' '
  )
);
/** powershell.exe/pwsh options that take a value, as [name, shortest accepted prefix]. */
const POWERSHELL_VALUE_OPTIONS: [string, number][] = [
  ['executionpolicy', 2],
  ['ep', 2],
  ['windowstyle', 1],
  ['outputformat', 1],
  ['of', 2],
  ['inputformat', 1],
  ['if', 2],
  ['version', 1],
  ['configurationname', 4],
  ['psconsolefile', 2],
  ['workingdirectory', 2],
  ['wd', 2],
  ['settingsfile', 2],
  ['custompipename', 2]
];

/**
 * The script a command hands to another shell: `sh -c '...'`, `su -c '...'`,
 * `powershell -Command ...`/`-EncodedCommand`, `cmd /c ...`, `bash <<EOF`, also behind wrappers
 * such as `sudo`; undefined for anything else.
 */
export function nestedScript(
  cmd: ShellCommand,
  outer: string,
  /** The shell `outer` is written for: cmd hands its words to a program as one command line. */
  outerDialect: ShellDialect = 'posix'
): NestedScript | undefined {
  const words = [cmd.name, ...cmd.args];
  const first = WRAPPERS.has(cmd.program)
    ? words.findIndex((w, k) => k > 0 && isShell(programName(w.value)))
    : 0;
  const shell = words[first];
  if (!shell) return undefined;
  const program = programName(shell.value);
  const rest = words.slice(first + 1);
  if (POSIX_SHELLS.has(program) || program === 'sh.exe' || program === 'bash.exe') {
    return posixShell(rest) ?? heredocShell(cmd, rest, outer);
  }
  if (program === 'su' || program === 'runuser') return su(rest);
  if (program === 'powershell' || program === 'pwsh')
    return powerShell(
      outerDialect === 'cmd' ? rest.map(asCommandLineArgument) : rest,
      program === 'powershell'
    );
  if (program === 'cmd') return cmdShell(rest);
  return undefined;
}

function isShell(program: string): boolean {
  return POSIX_SHELLS.has(program) || ['su', 'powershell', 'pwsh', 'cmd'].includes(program);
}

/** `sh [-euxo pipefail] -c 'script' [name args...]`. */
function posixShell(args: ShellWord[]): NestedScript | undefined {
  let command = false;
  for (let k = 0; k < args.length; k++) {
    const value = (args[k] as ShellWord).value;
    if (/^[-+][A-Za-z]+$/.test(value)) {
      command ||= value.startsWith('-') && value.includes('c');
      if (value.slice(1).includes('o')) k++; // `-o pipefail`
    } else if (value.startsWith('--')) {
      if (value === '--rcfile' || value === '--init-file') k++;
    } else return command ? fromWords([args[k] as ShellWord], 'posix') : undefined;
  }
  return undefined;
}

/** `bash <<EOF ... EOF` / `sh -s <<'EOF'`: the here-document is the script. */
function heredocShell(cmd: ShellCommand, args: ShellWord[], outer: string): NestedScript | undefined {
  if (args.some(a => !a.value.startsWith('-'))) return undefined; // a script file is run instead
  const redirect = cmd.redirects.find(r => r.heredoc !== undefined && r.op.startsWith('<<'));
  if (!redirect?.heredoc || !redirect.target) return undefined;
  const from = redirect.target.end;
  const found = outer.indexOf(redirect.heredoc, from);
  const base = found < 0 ? from : found;
  return { dialect: 'posix', script: redirect.heredoc, map: o => Math.min(base + o, outer.length) };
}

/** `su [-] [user] -c 'command'`, `su --command=...`. */
function su(args: ShellWord[]): NestedScript | undefined {
  for (let k = 0; k < args.length; k++) {
    const word = args[k] as ShellWord;
    if (/^-[A-Za-z]*c$/.test(word.value) || word.value === '--command')
      return args[k + 1] && fromWords([args[k + 1] as ShellWord], 'posix');
    if (word.value.startsWith('--command=')) return fromWords([word], 'posix', '--command='.length);
  }
  return undefined;
}

/** `powershell [-NoProfile ...] -Command ...` (the rest of the line), `-EncodedCommand <base64>`. */
function powerShell(args: ShellWord[], bareIsCommand: boolean): NestedScript | undefined {
  for (let k = 0; k < args.length; k++) {
    const word = args[k] as ShellWord;
    const option = /^[-/]([A-Za-z]+)$/.exec(word.value)?.[1]?.toLowerCase();
    if (option === undefined) return bareIsCommand ? fromWords(args.slice(k), 'powershell') : undefined; // pwsh: a script file
    if ('command'.startsWith(option))
      return args[k + 1] ? fromWords(args.slice(k + 1), 'powershell') : undefined;
    if ('encodedcommand'.startsWith(option) || option === 'ec') return encoded(args[k + 1]);
    if ('file'.startsWith(option)) return undefined;
    if (POWERSHELL_VALUE_OPTIONS.some(([name, min]) => option.length >= min && name.startsWith(option))) k++;
  }
  return undefined;
}

/**
 * A word of a cmd line as the program it starts reads it: cmd passes the line on as written, and
 * powershell.exe splits it by the C runtime's rules, where `\"` is a quote character and a quote
 * otherwise only groups (`-Command "Invoke-WebRequest -Uri \"http://…\""` is one argument holding
 * `-Uri "http://…"`). Backslashes count only before a quote: 2n of them are n, then the quote groups;
 * 2n+1 are n and a quote.
 */
function asCommandLineArgument(word: ShellWord): ShellWord {
  if (!word.raw.includes('"')) return word;
  let value = '';
  for (let i = 0; i < word.raw.length; i++) {
    let slashes = 0;
    while (word.raw[i] === '\\') {
      slashes++;
      i++;
    }
    if (word.raw[i] === '"') {
      value += '\\'.repeat(Math.floor(slashes / 2));
      if (slashes % 2 === 1) value += '"';
    } else value += '\\'.repeat(slashes) + (word.raw[i] ?? '');
  }
  return { ...word, value };
}

/** `-EncodedCommand` takes base64 of UTF-16LE text; its offsets all fall inside the encoded word. */
function encoded(word: ShellWord | undefined): NestedScript | undefined {
  if (!word || !/^[A-Za-z0-9+/]+={0,2}$/.test(word.value)) return undefined;
  const script = Buffer.from(word.value, 'base64').toString('utf16le');
  return { dialect: 'powershell', script, map: o => Math.min(word.start + o, word.end) };
}

/** `cmd [/s] [/q] ... /c <command line>` (also `/k`). */
function cmdShell(args: ShellWord[]): NestedScript | undefined {
  for (let k = 0; k < args.length; k++) {
    const value = (args[k] as ShellWord).value;
    if (/^(?:\/[A-Za-z](?::\w+)?)*\/[ckCK]$/.test(value))
      return args[k + 1] ? fromWords(args.slice(k + 1), 'cmd') : undefined;
    if (!value.startsWith('/')) return undefined;
  }
  return undefined;
}

/**
 * Joins argument values with spaces (what PowerShell and cmd do with the rest of their command
 * line) and maps each piece back into its word, skipping an opening quote when the value is found
 * verbatim in the raw text.
 */
function fromWords(words: ShellWord[], dialect: ShellDialect, skip = 0): NestedScript {
  const pieces: { inner: number; word: ShellWord; offset: number }[] = [];
  let script = '';
  for (const word of words) {
    if (script) script += ' ';
    const value = word.value.slice(skip);
    const found = value ? word.raw.indexOf(value) : -1;
    pieces.push({
      inner: script.length,
      word,
      offset: found >= 0 ? found : skip + (/^['"]/.test(word.raw) ? 1 : 0)
    });
    script += value;
  }
  return {
    dialect,
    script,
    map(offset) {
      let piece = pieces[0];
      for (const p of pieces) if (p.inner <= offset) piece = p;
      if (!piece) return 0;
      const { word } = piece;
      return Math.max(word.start, Math.min(word.start + piece.offset + offset - piece.inner, word.end));
    }
  };
}
