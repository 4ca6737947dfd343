import { defineRule } from '../../core/rule.js';
import { envAndArgValues, type NamedValue } from '../../targets/dockerfile/env-and-arg-values.js';
import { findKnownCredentials, type CredentialMatch } from '../../secrets/known-credentials.js';
import { classifyValue } from '../../secrets/literal-value.js';
import { redactSecret } from '../../secrets/redact.js';
import { isSecretLikeName } from '../../secrets/secret-names.js';
import { findPrivateKeys } from '../../secrets/private-keys.js';
import { knownSecretIdType } from '../../secrets/secret-ids.js';

/** BH201: a literal secret in ENV or an ARG default. */
export default defineRule({
  meta: {
    id: 'BH201',
    slug: 'secret-in-env-or-arg',
    title: 'Secret in ENV or ARG default',
    description:
      'An ENV value or ARG default holds a credential: a secret-like name (password, token, API key, connection string…) with a literal value, or a known credential format (GitHub, GitLab, Slack, npm, AWS, Azure, JWT, a password in a URL) under any name. ENV is stored in the image config and ARG defaults in its history, so anyone who can pull the image can read them, and the value is in the repository for good.',
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
        const own = values.filter(v => v.instruction === instruction);
        // Known formats are searched across the instruction, so an AWS key pair split over two
        // `NAME=value` pairs of one ENV is still a pair.
        const matches = credentialsByValue(own);
        for (const { name, value } of own) {
          if (findPrivateKeys(value).length) continue; // BH207 reports private keys, once.
          const data = { keyword: instruction.keyword, name };
          const found = matches.get(value) ?? [];
          const idType = knownSecretIdType(value);
          for (const match of found) {
            report({
              messageId: 'knownFormat',
              data: { ...data, type: match.type, value: redactSecret(match.value) },
              region: instruction.region
            });
          }
          if (found.length) continue;
          if (idType)
            report({
              messageId: 'knownFormat',
              data: { ...data, type: idType, value: redactSecret(value) },
              region: instruction.region
            });
          else if (isSecretLikeName(name) && classifyValue(value).literal) {
            report({
              messageId: 'namedSecret',
              data: { ...data, value: redactSecret(value) },
              region: instruction.region
            });
          }
        }
      }
    }
  }
});

/** Known credentials of the instruction's values, keyed by the value that holds each. */
function credentialsByValue(values: NamedValue[]): Map<string, CredentialMatch[]> {
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
