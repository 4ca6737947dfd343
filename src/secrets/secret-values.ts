/**
 * The secrets among `NAME=value` pairs (an ENV or ARG instruction, an image's `config.Env`): a known
 * credential format under any name, a known secret id, or a secret-like name with a literal value.
 */
import { findKnownCredentials, type CredentialMatch } from './known-credentials.js';
import { findPrivateKeys } from './private-keys.js';
import { redactSecret } from './redact.js';
import { knownSecretIdType } from './secret-ids.js';
import { isSecretSetting } from './secret-names.js';
import { partitionPoint } from '../core/partition-point.js';

interface Span {
  start: number;
  end: number;
}

interface Named {
  name: string;
  value: string;
  /** The format defines the value as a password whatever the name (config text's JAAS `user_<name>`). */
  password?: boolean;
}

export interface SecretValue {
  /** Index of the value in the list searched. */
  index: number;
  messageId: 'namedSecret' | 'knownFormat';
  /** `name`, `value` (redacted) and, for known formats, `type`. */
  data: Record<string, string>;
}

/** The secrets of a group of `NAME=value` pairs, in order; private keys are left to BH207. */
export function secretValues(values: Named[]): SecretValue[] {
  const matches = credentialsOfValues(values);
  const found: SecretValue[] = [];
  values.forEach((named, index) => {
    const { name, value } = named;
    if (findPrivateKeys(value).length) return; // BH207 reports private keys, once.
    const known = matches[index] as CredentialMatch[];
    for (const match of known)
      found.push({
        index,
        messageId: 'knownFormat',
        data: { name, type: match.type, value: redactSecret(match.value) }
      });
    if (known.length) return;
    const idType = knownSecretIdType(value);
    if (idType)
      found.push({
        index,
        messageId: 'knownFormat',
        data: { name, type: idType, value: redactSecret(value) }
      });
    else if (isSecretSetting(named))
      found.push({ index, messageId: 'namedSecret', data: { name, value: redactSecret(value) } });
  });
  return found;
}

/**
 * Known credentials of each value, by index: each match belongs to the one value that holds it (a
 * value repeated in many pairs, `ARG T=x` a thousand times in one instruction, has its own matches
 * each time, not everyone's).
 */
function credentialsOfValues(values: Named[]): CredentialMatch[][] {
  const byIndex = values.map((): CredentialMatch[] => []);
  let text = '';
  const spans = values.map((v): Span => {
    const start = text.length + v.name.length + 1;
    text += `${v.name}=${v.value}\n`;
    return { start, end: start + v.value.length };
  });
  for (const match of findKnownCredentials(text)) {
    // The last span starting at or before the match (spans are in text order) is the only candidate.
    const owner = partitionPoint(spans.length, i => (spans[i] as Span).start <= match.start) - 1;
    if (owner >= 0 && match.end <= (spans[owner] as Span).end) byIndex[owner]?.push(match);
  }
  return byIndex;
}
