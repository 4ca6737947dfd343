import { formsByProgram } from './credential-form.js';
import type { CredentialForm, FormInput } from './credential-form.js';
import type { InlineCredential } from './inline-credentials.js';
import { hasFlag } from './shell-commands.js';

/**
 * `user:password` → `password`; a value without a colon names only the user (the tool prompts).
 * A password equal to the user name (`guest:guest`, `admin admin`) is a well-known default, not a
 * leaked secret (as for URL userinfo in known-credentials).
 */
export function passwordOf(pair: string): string | undefined {
  const colon = pair.indexOf(':');
  if (colon < 0) return undefined;
  const password = pair.slice(colon + 1);
  return password === pair.slice(0, colon) ? undefined : password;
}

function htpasswd({ words, password }: FormInput): InlineCredential[] {
  // `htpasswd -b[c…] FILE USER PASSWORD`, `htpasswd -nb USER PASSWORD`: -b takes the password from the command line.
  const flags = words.filter(w => /^-[a-zA-Z]+$/.test(w)).join('');
  const [user, secret] = words.filter(w => !w.startsWith('-')).slice(flags.includes('n') ? 0 : 1);
  return flags.includes('b')
    ? password([user === undefined ? undefined : passwordOf(`${user}:${secret ?? ''}`)])
    : [];
}

function chpasswd({ command, feed, password }: FormInput): InlineCredential[] {
  if (hasFlag(command, 'e', 'encrypted')) return []; // hashes, not passwords
  // `root:Docker!` is the password Azure App Service requires for its SSH console, published in
  // https://learn.microsoft.com/azure/app-service/configure-custom-container#enable-ssh.
  return password(
    (feed() ?? '')
      .split('\n')
      .map(line => (line.trim() === 'root:Docker!' ? undefined : passwordOf(line.trim())))
  );
}

function debconfSetSelections({ feed, password }: FormInput): InlineCredential[] {
  // `mysql-server mysql-server/root_password password S3cret`: a preseeded answer of type password.
  return password(
    (feed() ?? '').split('\n').map(line => /^\S+\s+\S+\s+password\s+(.+)$/.exec(line.trim())?.[1])
  );
}

function passwd({ command, feed, password }: FormInput): InlineCredential[] {
  return hasFlag(command, undefined, 'stdin') ? password([feed()?.trim()]) : [];
}

function rabbitmqctl({ words, password }: FormInput): InlineCredential[] {
  return ['add_user', 'change_password'].includes(words[0] ?? '')
    ? password([passwordOf(`${words[1] ?? ''}:${words[2] ?? ''}`)])
    : [];
}

/** The form's passwords, marked as set on an account (judged by classifyAppliedPassword). */
function applied(form: CredentialForm): CredentialForm {
  return input => form(input).map(c => (c.kind === 'password' ? { ...c, applied: true } : c));
}

/** Commands that set an account's password, given as an argument or on standard input. */
export const USER_PASSWORDS: ReadonlyMap<string, CredentialForm> = formsByProgram([
  ['htpasswd', applied(htpasswd)],
  ['chpasswd', applied(chpasswd)],
  ['debconf-set-selections', applied(debconfSetSelections)],
  ['passwd', applied(passwd)],
  ['rabbitmqctl', applied(rabbitmqctl)]
]);
