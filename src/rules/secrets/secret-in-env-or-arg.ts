import { defineRule } from '../../core/rule.js';
import { envAndArgValues, type NamedValue } from '../../targets/dockerfile/env-and-arg-values.js';
import { findKnownCredentials, type CredentialMatch } from '../../secrets/known-credentials.js';
import { classifyValue } from '../../secrets/literal-value.js';
import { redactSecret } from '../../secrets/redact.js';
import { isSecretLikeName } from '../../secrets/secret-names.js';
import { findPrivateKeys } from '../../secrets/private-keys.js';
import { knownSecretIdType } from '../../secrets/secret-ids.js';
import { envLocation } from '../../targets/image/image-locations.js';
import { IMAGE_REGION } from '../../targets/image/target.js';

/** BH201: a literal secret in ENV or an ARG default. */
export default defineRule({
  meta: {
    id: 'BH201',
    slug: 'secret-in-env-or-arg',
    title: 'Secret in ENV or ARG default',
    description:
      'An ENV value or ARG default holds a credential: a secret-like name (password, token, API key, connection string…) with a literal value, or a known credential format (GitHub, GitLab, Slack, npm, AWS, Azure, JWT, a password in a URL) under any name. ENV is stored in the image config and ARG defaults in its history, so anyone who can pull the image can read them, and the value is in the repository for good. In a built image, every `config.Env` entry is checked, including those its base images set.',
    severity: 'high',
    remediation:
      'Remove the value and rotate the credential. Pass secrets at build time with `RUN --mount=type=secret` and at run time through the orchestrator (Kubernetes Secrets, Compose secrets, environment injected by the platform).',
    references: [
      'https://docs.docker.com/build/building/secrets/',
      'https://docs.docker.com/reference/build-checks/secrets-used-in-arg-or-env/'
    ],
    tags: ['CWE-798', 'CWE-522'],
    messages: {
      namedSecret: "{keyword} '{name}' holds a literal secret ('{value}').",
      knownFormat: "{keyword} '{name}' holds a credential ({type}: '{value}')."
    }
  },
  checks: {
    dockerfile({ document, report }) {
      const values = envAndArgValues(document);
      for (const instruction of new Set(values.map(v => v.instruction))) {
        // Known formats are searched across the instruction, so an AWS key pair split over two
        // `NAME=value` pairs of one ENV is still a pair.
        for (const { messageId, data } of secretValues(values.filter(v => v.instruction === instruction)))
          report({ messageId, data: { keyword: instruction.keyword, ...data }, region: instruction.region });
      }
    },
    // config.Env is every ENV of the image and its bases, values substituted; searched as one.
    image({ document, report }) {
      const values = document.config.env.map(entry => {
        const equals = entry.indexOf('=');
        return equals < 0
          ? { name: entry, value: '' }
          : { name: entry.slice(0, equals), value: entry.slice(equals + 1) };
      });
      for (const { index, messageId, data } of secretValues(values)) {
        const logical = envLocation(index);
        report({ messageId, data: { keyword: 'Image ENV', ...data }, region: IMAGE_REGION, logical });
      }
    }
  }
});

type Named = Pick<NamedValue, 'name' | 'value'>;
interface SecretValue {
  /** Index of the value in the list searched. */
  index: number;
  messageId: 'namedSecret' | 'knownFormat';
  data: Record<string, string>;
}

/** The secrets of a group of `NAME=value` pairs, in order; private keys are left to BH207. */
function secretValues(values: Named[]): SecretValue[] {
  const matches = credentialsByValue(values);
  const found: SecretValue[] = [];
  values.forEach(({ name, value }, index) => {
    if (findPrivateKeys(value).length) return; // BH207 reports private keys, once.
    const known = matches.get(value) ?? [];
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
    else if (isSecretLikeName(name) && classifyValue(value).literal)
      found.push({ index, messageId: 'namedSecret', data: { name, value: redactSecret(value) } });
  });
  return found;
}

/** Known credentials of the values, keyed by the value that holds each. */
function credentialsByValue(values: Named[]): Map<string, CredentialMatch[]> {
  const byValue = new Map<string, CredentialMatch[]>();
  let text = '';
  const spans = values.map(v => {
    const start = text.length + v.name.length + 1;
    text += `${v.name}=${v.value}\n`;
    return { value: v.value, start, end: start + v.value.length };
  });
  for (const match of findKnownCredentials(text)) {
    const owner = spans.find(s => match.start >= s.start && match.end <= s.end);
    if (owner) byValue.set(owner.value, [...(byValue.get(owner.value) ?? []), match]);
  }
  return byValue;
}
