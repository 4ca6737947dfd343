import { formsByProgram } from './credential-form.js';
import type { CredentialForm, FormInput } from './credential-form.js';
import type { InlineCredential } from './inline-credentials.js';
import { hasFlag } from './shell-commands.js';
import type { ShellWord } from './shell-commands.js';
import { passwordOf } from './user-passwords.js';

interface OptionSpec {
  short?: string[];
  long?: string[];
  /** `-pVALUE` (short options only). */
  glued?: boolean;
  /** `--password VALUE` / `-p VALUE` (default); `--name=VALUE` always counts. */
  separate?: boolean;
}

/** Values of an option in GNU style, up to a `--` argument. */
function options(args: ShellWord[], spec: OptionSpec): string[] {
  const values: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const word = (args[i] as ShellWord).value;
    if (word === '--') break;
    const next = args[i + 1]?.value;
    const long = spec.long?.find(name => word === name || word.startsWith(`${name}=`));
    const short = spec.short?.find(name => word === name || (spec.glued && word.startsWith(name)));
    const flag = long ?? short;
    if (!flag) continue;
    if (word.length > flag.length) values.push(word.slice(flag.length + (long ? 1 : 0)));
    else if (spec.separate !== false && next !== undefined && !next.startsWith('-')) values.push(next);
  }
  return values;
}

/**
 * Index of a `login` subcommand: every word before it is an option, an option's value, or one of
 * `parents` (`helm registry login`, `crane auth login`); -1 if none, so `docker run img login` isn't.
 */
function loginAt(words: string[], parents: string[]): number {
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (word === 'login') return i;
    const optionValue = /^-[^=]*$/.test(words[i - 1] ?? '');
    if (!word.startsWith('-') && !optionValue && !parents.includes(word)) return -1;
  }
  return -1;
}

function curl({ args, password }: FormInput): InlineCredential[] {
  return password([
    ...options(args, { short: ['-u', '-U'], long: ['--user', '--proxy-user'], glued: true }).map(passwordOf),
    ...options(args, { long: ['--oauth2-bearer', '--pass'] })
  ]);
}

function wget({ args, password }: FormInput): InlineCredential[] {
  return password(
    options(args, { long: ['--password', '--http-password', '--ftp-password', '--proxy-password'] })
  );
}

function sshpass({ args, password }: FormInput): InlineCredential[] {
  return password(options(args, { short: ['-p'], glued: true }));
}

function openssl({ args, words, password }: FormInput): InlineCredential[] {
  return password(opensslPasswords(args), words[0] === 'passwd' ? 'openssl passwd' : 'openssl');
}

/** `-passin pass:X`, `-passout pass:X`, `-pass pass:X`, `-password pass:X`; `openssl passwd [-6] X`. */
function opensslPasswords(args: ShellWord[]): string[] {
  const words = args.map(a => a.value);
  if (words[0] === 'passwd') {
    const valued = new Set(['-salt', '-in']);
    return words.slice(1).filter((w, i) => !w.startsWith('-') && !valued.has(words[i] ?? ''));
  }
  return words
    .filter((_w, i) => /^-pass(?:in|out|word)?$/.test(words[i - 1] ?? '') && words[i]?.startsWith('pass:'))
    .map(w => w.slice('pass:'.length));
}

function az({ args, words, password }: FormInput): InlineCredential[] {
  const login = loginAt(words, ['acr']);
  const values = options(args.slice(login + 1), { short: ['-p'], long: ['--password'] });
  // `az login --service-principal -p cert.pem` names a certificate file.
  const secrets = values.filter(v => !/^[~./\\]|^\w:\\|\.(?:pem|crt|cer|pfx|p12)$/i.test(v));
  return login < 0
    ? []
    : password(secrets, login > 0 && words[login - 1] === 'acr' ? 'az acr login' : 'az login');
}

function mysql({ args, words, password }: FormInput): InlineCredential[] {
  // `-pSECRET` must be glued (`-p` alone prompts; `-P` is the port); so must `--password=SECRET`.
  const glued = words.filter(w => /^-p./.test(w)).map(w => w.slice(2));
  return password([...glued, ...options(args, { long: ['--password'], separate: false })]);
}

function sqlServer({ args, password }: FormInput): InlineCredential[] {
  return password(options(args, { short: ['-P'], glued: true }));
}

/** `docker login -p X`, `helm registry login --password X`, `… login --password-stdin` fed a literal. */
function registryLogin({ command, program, args, words, feed, password }: FormInput): InlineCredential[] {
  const login = loginAt(words, ['registry', 'auth']);
  if (login < 0) return [];
  const who = [program, ...words.slice(0, login).filter(w => w === 'registry' || w === 'auth'), 'login'].join(
    ' '
  );
  const stdin = hasFlag(command, undefined, 'password-stdin') ? [feed()?.trim()] : [];
  return password(
    [...options(args.slice(login + 1), { short: ['-p'], long: ['--password'], glued: true }), ...stdin],
    who
  );
}

/** Commands that take a password (or token) as the value of an option. */
export const PASSWORD_OPTIONS: ReadonlyMap<string, CredentialForm> = formsByProgram([
  ['curl', curl],
  ['wget', wget],
  ['sshpass', sshpass],
  ['openssl', openssl],
  ['az', az],
  [
    'mysql mariadb mysqladmin mysqldump mysqlimport mysqlshow mysqlcheck mysqlpump mysqlslap mariadb-dump mariadb-admin mariadb-import mariadb-check mariadb-show',
    mysql
  ],
  ['sqlcmd bcp osql', sqlServer],
  ['docker podman buildah skopeo nerdctl oras helm crane', registryLogin]
]);
