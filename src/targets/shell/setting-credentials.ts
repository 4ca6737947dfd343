import { isNamedSecret } from '../../secrets/secret-names.js';
import { formsByProgram } from './credential-form.js';
import type { CredentialForm, FormInput } from './credential-form.js';
import type { InlineCredential } from './inline-credentials.js';

/** A `setting` credential when `name` is secret-like and holds `value` as a secret (isNamedSecret); none otherwise. */
export function settingCredentials(name: string, value: string | undefined): InlineCredential[] {
  return value !== undefined && name && isSecretSetting(name, value)
    ? [{ kind: 'setting', name, value }]
    : [];
}

/** Password variables of sshpass and sqlcmd, whose one-word names are not secret-like by their words. */
const PASSWORD_VARIABLES = new Set(['SSHPASS', 'SQLCMDPASSWORD']);

function isSecretSetting(name: string, value: string): boolean {
  return PASSWORD_VARIABLES.has(name.toUpperCase()) || isNamedSecret(name, value);
}

/** `export NAME=X`, `declare NAME=X` and the other builtins that set variables. */
function declared({ words }: FormInput): InlineCredential[] {
  return words.flatMap(word => {
    const assignment = /^([A-Za-z_]\w*)=(.*)$/s.exec(word);
    return assignment ? settingCredentials(assignment[1] as string, assignment[2]) : [];
  });
}

/** `npm config set //host/:_authToken X`, `yarn config set npmAuthToken X`, `npm config set KEY=X`. */
function configSet({ words, lower }: FormInput): InlineCredential[] {
  const at = lower[0] === 'set' ? 1 : lower[0] === 'config' && lower[1] === 'set' ? 2 : -1;
  const positional = at < 0 ? [] : words.slice(at).filter(w => !w.startsWith('-'));
  const [first = '', second] = positional;
  const [key, value] = second === undefined && first.includes('=') ? first.split(/=(.*)/s) : [first, second];
  const name = (key ?? '').split(':').pop() ?? '';
  return settingCredentials(name, value);
}

/** `aws configure set [--profile p] aws_secret_access_key VALUE` */
function awsConfigureSet({ words, lower }: FormInput): InlineCredential[] {
  const [key = '', value] = words
    .slice(2)
    .filter((w, i, rest) => !w.startsWith('-') && !rest[i - 1]?.startsWith('-'));
  return lower[0] === 'configure' && lower[1] === 'set' ? settingCredentials(key, value) : [];
}

/** Commands that set a variable or a configuration key by name. */
export const SETTING_COMMANDS: ReadonlyMap<string, CredentialForm> = formsByProgram([
  ['export declare typeset readonly local', declared],
  ['npm yarn pnpm', configSet],
  ['aws', awsConfigureSet]
]);
