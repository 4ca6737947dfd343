import { findKnownCredentials } from '../../secrets/known-credentials.js';
import { classifyAppliedPassword, classifyValue } from '../../secrets/literal-value.js';
import { findPrivateKeys } from '../../secrets/private-keys.js';
import type { Feed } from './credential-form.js';
import { credentialHeaders } from './credential-headers.js';
import { PASSWORD_OPTIONS } from './password-options.js';
import { SETTING_COMMANDS, settingCredentials } from './setting-credentials.js';
import type { ShellAssignment, ShellCommand } from './shell-commands.js';
import { stdinText } from './stdin-text.js';
import { unwrapCommand } from './unwrap-command.js';
import { USER_PASSWORDS } from './user-passwords.js';
import { WINDOWS_CREDENTIALS } from './windows-credentials.js';
import { append } from '../../core/append.js';

/**
 * A credential a command line carries as a literal. `value` is the secret itself (quotes removed):
 * redact it before it goes anywhere.
 */
export type InlineCredential =
  /**
   * A password/token handed to a program by an option, an argument or its standard input;
   * `applied` when the program sets it as an account's password (`chpasswd`).
   */
  | { kind: 'password'; program: string; value: string; applied?: boolean }
  /** An HTTP header such as `Authorization: Basic …` with a literal value. */
  | { kind: 'header'; program: string; name: string; value: string }
  /** A variable or setting with a secret-like name set to a literal (`DB_PASSWORD=x cmd`, `export`, `setx`). */
  | { kind: 'setting'; name: string; value: string };

/** A credential of a known format (GitHub token, JWT, URL userinfo…) found anywhere in the text. */
export interface KnownFormatCredential {
  kind: 'known';
  /** What it is, e.g. 'GitHub personal access token'. */
  type: string;
  value: string;
}

export type CommandCredential = InlineCredential | KnownFormatCredential;

/**
 * Every credential in a build command (a Dockerfile RUN, an image history `created_by`): known
 * formats anywhere in `text`, then what the parsed commands receive as literals, one entry per
 * distinct secret. Private keys are left out (BH207 reports them).
 */
export function findCommandCredentials(
  text: string,
  commands: ShellCommand[],
  assignments: ShellAssignment[] = []
): CommandCredential[] {
  const keys = findPrivateKeys(text);
  const inKey = (start: number, end: number): boolean => keys.some(k => start < k.end && k.start < end);
  const keyTexts = keys.map(k => text.slice(k.start, k.end));
  const candidates: CommandCredential[] = [];
  for (const match of findKnownCredentials(text)) {
    if (inKey(match.start, match.end) || isNotLiteral(match.value)) continue;
    candidates.push({ kind: 'known', type: match.type, value: match.value });
  }
  for (const credential of findInlineCredentials(commands, assignments)) {
    if (!keyTexts.some(key => key.includes(credential.value))) candidates.push(credential);
  }
  const found: CommandCredential[] = [];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    if (found.length === MAX_CREDENTIALS) break;
    if (seen.has(candidate.value) || found.some(earlier => sameSecret(earlier, candidate))) continue;
    seen.add(candidate.value);
    found.push(candidate);
  }
  return found;
}

/** Distinct credentials reported per command text: enough for any real one, bounded for hostile input. */
const MAX_CREDENTIALS = 100;

/** Two findings are one secret when the values are equal or one wraps the other (`token ghp_…`). */
function sameSecret(earlier: CommandCredential, later: CommandCredential): boolean {
  const [a, b] = [earlier.value, later.value];
  return a === b || (Math.min(a.length, b.length) >= 8 && (a.includes(b) || b.includes(a)));
}

function isSingleWord(raw: string): boolean {
  return /^(["']).*\1$/s.test(raw.trim()) || !/\s/.test(raw.trim());
}

/** Literal credentials handed to the commands (and set by the standalone assignments) of a script. */
export function findInlineCredentials(
  commands: ShellCommand[],
  assignments: ShellAssignment[] = []
): InlineCredential[] {
  const pipelines = new Map<string, ShellCommand>();
  for (const command of commands)
    if (command.pipeline) pipelines.set(`${command.pipeline.id}:${command.pipeline.index}`, command);
  const found: InlineCredential[] = [];
  // Only a single word is a value: `$pw = ConvertTo-SecureString $env:PW …` assigns a command's output,
  // `$tokenSource = [Threading.CancellationTokenSource]::new()` an object.
  for (const { name, value, computed } of assignments)
    if (value && !computed && isSingleWord(value.raw))
      append(found, settingCredentials(name.replace(/^env:/i, ''), value.value));
  for (const written of commands) {
    const command = unwrapCommand(written);
    for (const { name, value } of command.env) append(found, settingCredentials(name, value?.value));
    const feed = (): string | undefined => stdinText(command, pipelines);
    const program = displayName(command);
    append(append(found, commandCredentials(command, program, feed)), credentialHeaders(command, program));
  }
  return found.filter(c =>
    c.kind === 'password' && c.applied
      ? !isNotLiteral(c.value, classifyAppliedPassword)
      : !isNotLiteral(c.value)
  );
}

/** classifyValue, plus reference shapes of PowerShell and cmd (`$env:X`, `(Get-Content f)`, `%X%`) and build secrets. */
function isNotLiteral(value: string, classify = classifyValue): boolean {
  const v = value.trim();
  return (
    !classify(v).literal ||
    /^(?:\$(?:env:)?[\w:]+|\$\{[^}]*\}|\$\(.*\)|\(.*\)|%\w+%|![\w]+!)$/is.test(v) ||
    /^(?:file|env|fd):|\/run\/secrets\//.test(v)
  );
}

/** How each program takes credentials, by `command.program` (the tables name distinct programs). */
const CREDENTIAL_FORMS = new Map([
  ...SETTING_COMMANDS,
  ...PASSWORD_OPTIONS,
  ...USER_PASSWORDS,
  ...WINDOWS_CREDENTIALS
]);

/** What a command is given as literals the way its program takes credentials (options, arguments, stdin). */
function commandCredentials(command: ShellCommand, program: string, feed: Feed): InlineCredential[] {
  const form = CREDENTIAL_FORMS.get(command.program);
  if (!form) return [];
  const password = (values: (string | undefined)[], who = program): InlineCredential[] =>
    values
      .filter((v): v is string => v !== undefined)
      .map(value => ({ kind: 'password', program: who, value }));
  const words = command.args.map(a => a.value);
  const lower = words.map(w => w.toLowerCase());
  return form({ command, program, args: command.args, words, lower, feed, password });
}

/** The program as written, without directories or `.exe`: `ConvertTo-SecureString`, `mysql`. */
function displayName(command: ShellCommand): string {
  return (command.name.value.split(/[\\/]/).pop() ?? command.program).replace(/\.exe$/i, '');
}
