import { formsByProgram } from './credential-form.js';
import type { CredentialForm, FormInput } from './credential-form.js';
import type { InlineCredential } from './inline-credentials.js';
import { settingCredentials } from './setting-credentials.js';
import { hasFlag } from './shell-commands.js';
import type { ShellWord } from './shell-commands.js';

/** `net user NAME PASSWORD [/add]` (`*` prompts), `net use \\host\share PASSWORD /user:NAME`. */
function net({ command, lower }: FormInput): InlineCredential[] {
  const positional = command.args.map(a => a.value).filter(w => !w.startsWith('/'));
  let value: string | undefined;
  if (lower[0] === 'user') value = positional[2] === positional[1] ? undefined : positional[2];
  else if (lower[0] === 'use') {
    const share = positional.findIndex(w => w.startsWith('\\\\'));
    value = share > 0 ? positional[share + 1] : undefined;
  }
  return value === undefined || value === '*'
    ? []
    : [{ kind: 'password', program: `net ${lower[0]}`, value }];
}

function cmdkey({ words, password }: FormInput): InlineCredential[] {
  return password(words.filter(w => /^\/pass:./i.test(w)).map(w => w.slice('/pass:'.length)));
}

function setx({ words, password }: FormInput): InlineCredential[] {
  const positional = windowsPositionals(words, ['/s', '/u', '/p', '/k', '/r', '/f', '/d', '/a']);
  return [...settingCredentials(positional[0] ?? '', positional[1]), ...password(windowsOption(words, '/p'))];
}

/**
 * cmd's `set NAME=value` / `set "NAME=value"`: the value runs to the end of the command, spaces
 * included. `/p` prompts and `/a` evaluates arithmetic; POSIX `set` sets options and positional
 * parameters, not variables.
 */
function cmdSet({ command, words }: FormInput): InlineCredential[] {
  if (command.dialect !== 'cmd' || /^\/[ap]$/i.test(words[0] ?? '')) return [];
  const assignment = /^([^=\s]+)=(.*)$/s.exec(words.join(' '));
  return assignment ? settingCredentials(assignment[1] as string, assignment[2]) : [];
}

/** cmd-style positionals: not `/options`, nor the values of the listed options. */
function windowsPositionals(words: string[], valued: string[]): string[] {
  return words.filter((w, i) => !w.startsWith('/') && !valued.includes((words[i - 1] ?? '').toLowerCase()));
}

function windowsOption(words: string[], name: string): string[] {
  const at = words.findIndex(w => w.toLowerCase() === name);
  return at >= 0 && words[at + 1] !== undefined ? [words[at + 1] as string] : [];
}

/** `ConvertTo-SecureString [-String] X -AsPlainText`, or `'X' | ConvertTo-SecureString -AsPlainText`. */
function convertToSecureString({ command, program }: FormInput): InlineCredential[] {
  if (!hasFlag(command, undefined, 'AsPlainText')) return [];
  let value: string | undefined;
  const positional: string[] = [];
  for (let i = 0; i < command.args.length; i++) {
    const word = (command.args[i] as ShellWord).value;
    const parameter = /^-([A-Za-z]+)(?::(.*))?$/s.exec(word);
    const name = parameter?.[1]?.toLowerCase() ?? '';
    if (!parameter) positional.push(word);
    else if (name.length >= 2 && 'string'.startsWith(name)) value = parameter[2] ?? command.args[++i]?.value;
    else if (
      ['key', 'securekey'].some(p => name.length >= 2 && p.startsWith(name)) &&
      parameter[2] === undefined
    )
      i++;
  }
  value ??= positional[0] ?? command.pipeline?.input?.value;
  return value === undefined ? [] : [{ kind: 'password', program, value }];
}

/** Windows commands and cmdlets that take a password or set a secret variable (`net user`, `setx`, …). */
export const WINDOWS_CREDENTIALS: ReadonlyMap<string, CredentialForm> = formsByProgram([
  ['net', net],
  ['cmdkey', cmdkey],
  ['setx', setx],
  ['set', cmdSet],
  ['convertto-securestring', convertToSecureString]
]);
