import { hasFlag, type ShellCommand, type ShellWord } from './shell-commands.js';

/** A setting given on a command line, e.g. `strict-ssl` = `false`, and how it was written. */
export interface CommandSetting {
  key: string;
  value: string | undefined;
  /** The words as written: `--strict-ssl=false`, `--no-strict-ssl`, `strict-ssl false`. */
  text: string;
  /** Index of its first argument. */
  index: number;
}

/** Off for npm, git, pip, wget, yum and apt configuration (`false`, `no`, `off`, `0`; apt also `disable`, `without`), optionally quoted. */
export function isOff(value: string | undefined): boolean {
  return value !== undefined && /^(["']?)(?:false|no|off|0|disable|without)\1;?$/i.test(value.trim());
}

/** On for the same systems (`true`, `yes`, `on`, `1`), optionally quoted. */
export function isOn(value: string | undefined): boolean {
  return value !== undefined && /^(["']?)(?:true|yes|on|1)\1;?$/i.test(value.trim());
}

/**
 * The argument that sets a flag, as `hasFlag` reads it, or undefined. Native tools on Windows
 * (curl.exe) take letter clusters such as `-fsSLk` too; clusters of more than 8 letters there are
 * PowerShell parameters (`-DisableKeepAlive`), not clusters.
 */
export function flagWord(
  cmd: ShellCommand,
  short: string | undefined,
  long: string | undefined
): ShellWord | undefined {
  const end = cmd.dialect === 'posix' ? cmd.args.findIndex(a => a.value === '--') : -1;
  const args = end < 0 ? cmd.args : cmd.args.slice(0, end);
  const found = args.find(arg => hasFlag({ ...cmd, args: [arg] }, short, long));
  if (found || cmd.dialect === 'posix' || short?.length !== 1) return found;
  return args.find(arg => /^-[A-Za-z0-9]{2,8}$/.test(arg.value) && arg.value.includes(short));
}

/** Values of a GNU-style option: `-o X`, `-oX`, `--option X`, `--option=X`. */
export function optionValues(args: string[], short: string | undefined, long: string | undefined): string[] {
  const values: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const next = args[i + 1];
    if ((arg === short || arg === long) && next !== undefined) {
      values.push(next);
      i++;
    } else if (long && arg.startsWith(`${long}=`)) values.push(arg.slice(long.length + 1));
    else if (short && arg.length > short.length && arg.startsWith(short) && !arg.startsWith('--'))
      values.push(arg.slice(short.length));
  }
  return values;
}

/**
 * Settings of a configuration key on a command line: `--key=v`, `--key v`, `--no-key` (false),
 * `key=v` (also after `git -c`), and `key v` when the command has a `set`/`config` word
 * (`npm config set strict-ssl false`, `git config --global http.sslVerify false`).
 */
export function commandSettings(args: string[], key: RegExp): CommandSetting[] {
  const settings: CommandSetting[] = [];
  const configuring = args.some(a => a === 'set' || a === 'config');
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const [name = '', value] = arg.replace(/^--/, '').split(/=(.*)/s);
    const next = args[i + 1];
    if (arg.startsWith('--no-') && key.test(arg.slice(5))) {
      settings.push({ key: arg.slice(5), value: 'false', text: arg, index: i });
    } else if (!key.test(name) || /^-[^-]/.test(arg)) {
      continue;
    } else if (value !== undefined) {
      settings.push({ key: name, value, text: arg, index: i });
    } else if (next !== undefined && (arg.startsWith('--') || configuring) && !next.startsWith('-')) {
      settings.push({ key: name, value: next, text: `${arg} ${next}`, index: i });
      i++;
    }
  }
  return settings;
}

/**
 * How a finding shows a setting: a flag as written (`--strict-ssl=false`), `-c key=value`, or the
 * subcommand words before it (`config set strict-ssl false`, `config http.sslVerify false`).
 */
export function settingText(args: string[], setting: CommandSetting): string {
  if (setting.text.startsWith('-')) return setting.text;
  if (args[setting.index - 1] === '-c') return `-c ${setting.text}`;
  const words = args.slice(0, setting.index).filter(a => !a.startsWith('-') && /^[a-z][\w-]*$/.test(a));
  return [...words, setting.text].join(' ');
}

/** How a finding shows a command: its name as written and the words that matter. */
export function commandText(cmd: ShellCommand, words: (string | undefined)[]): string {
  return [cmd.name.value, ...words.filter(w => w !== undefined && w !== '')].join(' ');
}

/** pip's arguments: `pip …`, `pip3.12 …`, `python3 -m pip …`, `py -m pip …`; undefined for anything else. */
export function pipArguments(cmd: ShellCommand): string[] | undefined {
  const args = cmd.args.map(a => a.value);
  if (/^pip[\d.]*$/.test(cmd.program)) return args;
  const m = /^(?:python[\d.]*|py)$/.test(cmd.program) ? args.indexOf('-m') : -1;
  return m >= 0 && /^pip[\d.]*$/.test(args[m + 1] ?? '') ? args.slice(m + 2) : undefined;
}

const WRITERS = new Set([
  'echo',
  'printf',
  'write-output',
  'set-content',
  'add-content',
  'out-file',
  'add-apt-repository'
]);

/**
 * Where a setting in written text may start: a line (also after `echo -e`'s `\n`) or a word, so
 * `--setopt=main.sslverify=0` echoed as part of a longer word is not a config line.
 */
export const LINE_START = String.raw`(?<=^|\s|\\[nt])`;

/**
 * Text a command writes somewhere: echo/printf/Set-Content/Add-Content arguments, here-document
 * bodies (`cat <<EOF > file`, `tee file <<EOF`) and what `sed` inserts. Where it goes is not
 * followed (`echo … | tee file` is common), so callers match settings that mean one thing only.
 */
export function writtenTexts(cmd: ShellCommand): string[] {
  const texts = cmd.redirects.flatMap(r => (r.heredoc !== undefined ? [r.heredoc] : []));
  if (WRITERS.has(cmd.program)) texts.push(cmd.args.map(a => a.value).join(' '));
  if (cmd.program === 'sed') for (const arg of cmd.args) texts.push(sedInsertedText(arg.value));
  return texts;
}

/**
 * What a sed script puts into a file: the replacement of each `s/old/new/` and the text of
 * `a`/`i`/`c`, without the patterns it searches for (`s/gpgcheck=0/gpgcheck=1/` turns checks on).
 */
export function sedInsertedText(script: string): string {
  return script
    .replace(/(^|[^\w])s([^\w\s\\])((?:\\.|(?!\2)[^\\])*)\2((?:\\.|(?!\2)[^\\])*)\2/g, '$1$4')
    .replace(/(^|[;{},!\s])\/(?:\\.|[^/\\\n])*\//g, '$1');
}
