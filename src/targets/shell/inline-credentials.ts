import { findKnownCredentials } from '../../secrets/known-credentials.js';
import { classifyValue } from '../../secrets/literal-value.js';
import { findPrivateKeys } from '../../secrets/private-keys.js';
import { isSecretLikeName } from '../../secrets/secret-names.js';
import { hasFlag } from './shell-commands.js';
import type { ShellAssignment, ShellCommand, ShellWord } from './shell-commands.js';
import { programName } from './shell-words.js';

/**
 * A credential a command line carries as a literal. `value` is the secret itself (quotes removed):
 * redact it before it goes anywhere.
 */
export type InlineCredential =
  /** A password/token handed to a program by an option, an argument or its standard input. */
  | { kind: 'password'; program: string; value: string }
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

/** Literal credentials handed to the commands (and set by the standalone assignments) of a script. */
export function findInlineCredentials(
  commands: ShellCommand[],
  assignments: ShellAssignment[] = []
): InlineCredential[] {
  const pipelines = new Map<string, ShellCommand>();
  for (const command of commands)
    if (command.pipeline) pipelines.set(`${command.pipeline.id}:${command.pipeline.index}`, command);
  const found: InlineCredential[] = [];
  for (const { name, value } of assignments) found.push(...setting(name.replace(/^env:/i, ''), value?.value));
  for (const written of commands) {
    const command = unwrap(written);
    for (const { name, value } of command.env) found.push(...setting(name, value?.value));
    const feed = (): string | undefined => stdinText(command, pipelines);
    found.push(...commandCredentials(command, feed), ...headers(command));
  }
  return found.filter(c => !isNotLiteral(c.value));
}

/** classifyValue, plus reference shapes of PowerShell and cmd (`$env:X`, `(Get-Content f)`, `%X%`) and build secrets. */
function isNotLiteral(value: string): boolean {
  const v = value.trim();
  return (
    !classifyValue(v).literal ||
    /^(?:\$(?:env:)?[\w:]+|\$\{[^}]*\}|\$\(.*\)|\(.*\)|%\w+%|![\w]+!)$/is.test(v) ||
    /^(?:file|env|fd):|\/run\/secrets\//.test(v)
  );
}

function setting(name: string, value: string | undefined): InlineCredential[] {
  return value !== undefined && name && isSecretName(name) ? [{ kind: 'setting', name, value }] : [];
}

/** Password variables of sshpass and sqlcmd, whose one-word names are not secret-like by their words. */
const PASSWORD_VARIABLES = new Set(['SSHPASS', 'SQLCMDPASSWORD']);

function isSecretName(name: string): boolean {
  return PASSWORD_VARIABLES.has(name.toUpperCase()) || isSecretLikeName(name);
}

const MYSQL_CLIENTS = new Set(
  'mysql mariadb mysqladmin mysqldump mysqlimport mysqlshow mysqlcheck mysqlpump mysqlslap mariadb-dump mariadb-admin mariadb-import mariadb-check mariadb-show'.split(
    ' '
  )
);
const REGISTRY_CLIENTS = new Set([
  'docker',
  'podman',
  'buildah',
  'skopeo',
  'nerdctl',
  'oras',
  'helm',
  'crane'
]);
const SQLSERVER_CLIENTS = new Set(['sqlcmd', 'bcp', 'osql']);

type Feed = () => string | undefined;

function commandCredentials(command: ShellCommand, feed: Feed): InlineCredential[] {
  const { args } = command;
  const program = displayName(command);
  const password = (values: (string | undefined)[], who = program): InlineCredential[] =>
    values
      .filter((v): v is string => v !== undefined)
      .map(value => ({ kind: 'password', program: who, value }));
  const words = args.map(a => a.value);
  const lower = words.map(w => w.toLowerCase());
  switch (command.program) {
    case 'export':
    case 'declare':
    case 'typeset':
    case 'readonly':
    case 'local':
      return words.flatMap(word => {
        const assignment = /^([A-Za-z_]\w*)=(.*)$/s.exec(word);
        return assignment ? setting(assignment[1] as string, assignment[2]) : [];
      });
    case 'curl':
      return password([
        ...options(args, { short: ['-u', '-U'], long: ['--user', '--proxy-user'], glued: true }).map(
          passwordOf
        ),
        ...options(args, { long: ['--oauth2-bearer', '--pass'] })
      ]);
    case 'wget':
      return password(
        options(args, { long: ['--password', '--http-password', '--ftp-password', '--proxy-password'] })
      );
    case 'sshpass':
      return password(options(args, { short: ['-p'], glued: true }));
    case 'htpasswd': {
      // `htpasswd -b[c…] FILE USER PASSWORD`, `htpasswd -nb USER PASSWORD`: -b takes the password from the command line.
      const flags = words.filter(w => /^-[a-zA-Z]+$/.test(w)).join('');
      const [user, secret] = words.filter(w => !w.startsWith('-')).slice(flags.includes('n') ? 0 : 1);
      return flags.includes('b')
        ? password([user === undefined ? undefined : passwordOf(`${user}:${secret ?? ''}`)])
        : [];
    }
    case 'chpasswd':
      if (hasFlag(command, 'e', 'encrypted')) return []; // hashes, not passwords
      // `root:Docker!` is the password Azure App Service requires for its SSH console, published in
      // https://learn.microsoft.com/azure/app-service/configure-custom-container#enable-ssh.
      return password(
        (feed() ?? '')
          .split('\n')
          .map(line => (line.trim() === 'root:Docker!' ? undefined : passwordOf(line.trim())))
      );
    case 'debconf-set-selections':
      // `mysql-server mysql-server/root_password password S3cret`: a preseeded answer of type password.
      return password(
        (feed() ?? '').split('\n').map(line => /^\S+\s+\S+\s+password\s+(.+)$/.exec(line.trim())?.[1])
      );
    case 'passwd':
      return hasFlag(command, undefined, 'stdin') ? password([feed()?.trim()]) : [];
    case 'openssl':
      return password(opensslPasswords(args), words[0] === 'passwd' ? 'openssl passwd' : 'openssl');
    case 'rabbitmqctl':
      return ['add_user', 'change_password'].includes(words[0] ?? '')
        ? password([passwordOf(`${words[1] ?? ''}:${words[2] ?? ''}`)])
        : [];
    case 'az': {
      const login = loginAt(words, ['acr']);
      const values = options(args.slice(login + 1), { short: ['-p'], long: ['--password'] });
      // `az login --service-principal -p cert.pem` names a certificate file.
      const secrets = values.filter(v => !/^[~./\\]|^\w:\\|\.(?:pem|crt|cer|pfx|p12)$/i.test(v));
      return login < 0
        ? []
        : password(secrets, login > 0 && words[login - 1] === 'acr' ? 'az acr login' : 'az login');
    }
    case 'npm':
    case 'yarn':
    case 'pnpm':
      return configSet(words, lower);
    case 'aws': {
      // `aws configure set [--profile p] aws_secret_access_key VALUE`
      const [key = '', value] = words
        .slice(2)
        .filter((w, i, rest) => !w.startsWith('-') && !rest[i - 1]?.startsWith('-'));
      return lower[0] === 'configure' && lower[1] === 'set' ? setting(key, value) : [];
    }
    case 'net':
      return netCredentials(command, lower);
    case 'cmdkey':
      return password(words.filter(w => /^\/pass:./i.test(w)).map(w => w.slice('/pass:'.length)));
    case 'setx': {
      const positional = windowsPositionals(words, ['/s', '/u', '/p', '/k', '/r', '/f', '/d', '/a']);
      return [...setting(positional[0] ?? '', positional[1]), ...password(windowsOption(words, '/p'))];
    }
    case 'convertto-securestring':
      return convertToSecureString(command);
  }
  if (MYSQL_CLIENTS.has(command.program)) {
    // `-pSECRET` must be glued (`-p` alone prompts; `-P` is the port); so must `--password=SECRET`.
    const glued = words.filter(w => /^-p./.test(w)).map(w => w.slice(2));
    return password([...glued, ...options(args, { long: ['--password'], separate: false })]);
  }
  if (SQLSERVER_CLIENTS.has(command.program)) return password(options(args, { short: ['-P'], glued: true }));
  const login = REGISTRY_CLIENTS.has(command.program) ? loginAt(words, ['registry', 'auth']) : -1;
  if (login >= 0) {
    const who = [
      program,
      ...words.slice(0, login).filter(w => w === 'registry' || w === 'auth'),
      'login'
    ].join(' ');
    const stdin = hasFlag(command, undefined, 'password-stdin') ? [feed()?.trim()] : [];
    return password(
      [...options(args.slice(login + 1), { short: ['-p'], long: ['--password'], glued: true }), ...stdin],
      who
    );
  }
  return [];
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

/** The program as written, without directories or `.exe`: `ConvertTo-SecureString`, `mysql`. */
function displayName(command: ShellCommand): string {
  return (command.name.value.split(/[\\/]/).pop() ?? command.program).replace(/\.exe$/i, '');
}

/**
 * `user:password` → `password`; a value without a colon names only the user (the tool prompts).
 * A password equal to the user name (`guest:guest`, `admin admin`) is a well-known default, not a
 * leaked secret (as for URL userinfo in known-credentials).
 */
function passwordOf(pair: string): string | undefined {
  const colon = pair.indexOf(':');
  if (colon < 0) return undefined;
  const password = pair.slice(colon + 1);
  return password === pair.slice(0, colon) ? undefined : password;
}

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

/** `npm config set //host/:_authToken X`, `yarn config set npmAuthToken X`, `npm config set KEY=X`. */
function configSet(words: string[], lower: string[]): InlineCredential[] {
  const at = lower[0] === 'set' ? 1 : lower[0] === 'config' && lower[1] === 'set' ? 2 : -1;
  const positional = at < 0 ? [] : words.slice(at).filter(w => !w.startsWith('-'));
  const [first = '', second] = positional;
  const [key, value] = second === undefined && first.includes('=') ? first.split(/=(.*)/s) : [first, second];
  const name = (key ?? '').split(':').pop() ?? '';
  return setting(name, value);
}

/** `net user NAME PASSWORD [/add]` (`*` prompts), `net use \\host\share PASSWORD /user:NAME`. */
function netCredentials(command: ShellCommand, lower: string[]): InlineCredential[] {
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

/** cmd-style positionals: not `/options`, nor the values of the listed options. */
function windowsPositionals(words: string[], valued: string[]): string[] {
  return words.filter((w, i) => !w.startsWith('/') && !valued.includes((words[i - 1] ?? '').toLowerCase()));
}

function windowsOption(words: string[], name: string): string[] {
  const at = words.findIndex(w => w.toLowerCase() === name);
  return at >= 0 && words[at + 1] !== undefined ? [words[at + 1] as string] : [];
}

/** `ConvertTo-SecureString [-String] X -AsPlainText`, or `'X' | ConvertTo-SecureString -AsPlainText`. */
function convertToSecureString(command: ShellCommand): InlineCredential[] {
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
  return value === undefined ? [] : [{ kind: 'password', program: displayName(command), value }];
}

/** Header names whose value is a credential. */
const CREDENTIAL_HEADERS =
  'authorization|proxy-authorization|x-api-key|api-key|apikey|x-auth-token|x-access-token|private-token|deploy-token|x-vault-token|x-jfrog-art-api';
const HEADER_ARGUMENT = new RegExp(
  `^(?:[\\w.-]*extraheader=)?\\s*(${CREDENTIAL_HEADERS})\\s*:\\s*(.*)$`,
  'is'
);
const HEADER_TABLE_ENTRY = new RegExp(`(['"]?)(${CREDENTIAL_HEADERS})\\1\\s*=\\s*(['"])(.*?)\\3`, 'gis');
const SCHEMES = /^(?:basic|bearer|token|bot|digest|apikey|sso-key|key|negotiate|ntlm)(?:\s+|$)/i;

/**
 * Credential headers in any argument (`curl -H`, `wget --header=`, `git -c http.extraHeader=`,
 * `echo … >> file`), and PowerShell header tables (`Invoke-WebRequest -Headers @{Authorization = '…'}`).
 */
function headers(command: ShellCommand): InlineCredential[] {
  const found: InlineCredential[] = [];
  const program = displayName(command);
  for (const { value } of command.args) {
    const header = HEADER_ARGUMENT.exec(value);
    if (header)
      found.push({ kind: 'header', program, name: header[1] ?? '', value: credentialPart(header[2] ?? '') });
    if (command.dialect === 'powershell' && value.startsWith('@{'))
      for (const entry of value.matchAll(HEADER_TABLE_ENTRY))
        found.push({ kind: 'header', program, name: entry[2] ?? '', value: credentialPart(entry[4] ?? '') });
  }
  return found;
}

/** `Bearer X` → `X`: the scheme is not part of the secret (and a reference after it is no literal). */
function credentialPart(value: string): string {
  return value.trim().replace(SCHEMES, '');
}

/** What a command reads on standard input when that is visible: a here-string, a here-document, or what `echo`/`printf`/`cat <<EOF` pipe into it. */
function stdinText(command: ShellCommand, pipelines: Map<string, ShellCommand>): string | undefined {
  const own = redirectedText(command);
  if (own !== undefined) return own;
  const { pipeline } = command;
  if (!pipeline || pipeline.index === 0) return undefined;
  if (pipeline.input) return pipeline.input.value;
  const previous = pipelines.get(`${pipeline.id}:${pipeline.index - 1}`);
  return previous && emittedText(unwrap(previous));
}

function redirectedText(command: ShellCommand): string | undefined {
  for (const redirect of command.redirects) {
    if (redirect.op === '<<<') return redirect.target?.value;
    if (redirect.heredoc !== undefined && redirect.op.startsWith('<<')) return redirect.heredoc;
  }
  return undefined;
}

/** The output of `echo X`, `printf X`/`printf '%s\n' X`, `Write-Output X`, `cat <<EOF`; undefined for anything else. */
function emittedText(command: ShellCommand): string | undefined {
  const words = command.args.map(a => a.value);
  switch (command.program) {
    case 'echo':
    case 'write-output':
    case 'write': {
      const start = command.dialect === 'posix' ? words.findIndex(w => !/^-[neE]+$/.test(w)) : 0;
      return start < 0 ? undefined : words.slice(start).join(' ');
    }
    case 'printf': {
      const [format = '', ...rest] = words[0] === '--' ? words.slice(1) : words;
      return rest.length > 0 && format.includes('%') ? rest.join('\n') : format.replace(/\\n/g, '\n');
    }
    case 'cat':
      return command.args.length === 0 ? redirectedText(command) : undefined;
  }
  return undefined;
}

/** Options of wrappers that take a value (`sudo -u app`); after the options comes the wrapped command. */
const WRAPPERS: Record<string, { valued: string[]; skip?: number }> = {
  sudo: { valued: ['-u', '-g', '-h', '-p', '-C', '-D', '-r', '-t', '-U', '-T'] },
  doas: { valued: ['-u', '-C'] },
  env: { valued: ['-u', '-C', '-S'] },
  nohup: { valued: [] },
  exec: { valued: ['-a'] },
  time: { valued: ['-f', '-o'] },
  nice: { valued: ['-n'] },
  stdbuf: { valued: ['-i', '-o', '-e'] },
  timeout: { valued: ['-s', '-k'], skip: 1 },
  gosu: { valued: [], skip: 1 },
  'su-exec': { valued: [], skip: 1 }
};

/** `sudo -u app env PGPASSWORD=x psql …` → `psql …` with `PGPASSWORD=x` among its env prefixes. */
function unwrap(command: ShellCommand): ShellCommand {
  let current = command;
  for (let depth = 0; depth < 4; depth++) {
    const wrapper = WRAPPERS[current.program];
    if (!wrapper || current.dialect !== 'posix') return current;
    const env: ShellAssignment[] = [...current.env];
    let i = 0;
    const { args } = current;
    while (i < args.length) {
      const word = (args[i] as ShellWord).value;
      const assignment = current.program === 'env' ? /^([A-Za-z_]\w*)=(.*)$/s.exec(word) : null;
      if (assignment)
        env.push({
          name: assignment[1] as string,
          value: { ...(args[i] as ShellWord), value: assignment[2] ?? '' }
        });
      else if (word.startsWith('-') && word !== '-') i += wrapper.valued.includes(word) ? 1 : 0;
      else break;
      i++;
    }
    i += wrapper.skip ?? 0;
    const name = args[i];
    if (!name) return current;
    current = {
      ...current,
      name,
      program: programName(name.value),
      args: args.slice(i + 1),
      env,
      redirects: current.redirects
    };
  }
  return current;
}
