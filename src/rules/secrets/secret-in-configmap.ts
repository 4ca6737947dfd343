import { defineRule, type Report } from '../../core/rule.js';
import { configTextSettings, isSecretReference } from '../../secrets/config-text-settings.js';
import { looksRandom } from '../../secrets/entropy.js';
import { hasJaasEntry } from '../../secrets/jaas-options.js';
import { findKnownCredentials } from '../../secrets/known-credentials.js';
import { redactSecret } from '../../secrets/redact.js';
import { isSecretLikeUrlName, valueEmbedsCredentials } from '../../secrets/secret-names.js';
import { secretValues } from '../../secrets/secret-values.js';
import {
  configMapEntries,
  configMapObjects,
  type ConfigMapEntry
} from '../../targets/kubernetes/config-map-entries.js';
import { isConfigFileKey, isExampleKey, isSourceCodeKey } from '../../targets/kubernetes/embedded-text.js';

type MessageId = 'literal' | 'knownFormat' | 'embedded' | 'embeddedKnownFormat';

/** BH209: a secret written into a ConfigMap, as a key of its own or inside an embedded config file. */
export default defineRule<MessageId>({
  meta: {
    id: 'BH209',
    slug: 'secret-in-configmap',
    title: 'Secret stored in a ConfigMap',
    description:
      'A Kubernetes `ConfigMap` holds a secret: a key with a secret-like name and a literal value, a known credential format (a GitHub token, an AWS key, a JWT, a URL with a password) anywhere in a value, or a secret-like setting inside an embedded config file (`application.properties`, `.env`, YAML, JSON or INI text such as `spring.datasource.password=…` or `"password": "…"`). ConfigMaps are not meant for confidential data: they are readable by anyone with `get configmaps` in the namespace, shown by `kubectl describe`, never encrypted at rest, and committed here in clear text. References (`${DB_PASSWORD}`), placeholders and empty values are not secrets.',
    severity: 'high',
    remediation:
      'Move the value into a Secret (created at deploy time, or from an external secret store) and reference it with `secretKeyRef`, an environment variable, or a mounted file the application reads; keep only references such as `${DB_PASSWORD}` in the ConfigMap. Rotate the exposed value.',
    references: [
      'https://kubernetes.io/docs/concepts/configuration/configmap/',
      'https://kubernetes.io/docs/concepts/security/secrets-good-practices/',
      'https://docs.spring.io/spring-boot/reference/features/external-config.html'
    ],
    tags: ['CWE-312', 'CWE-798'],
    messages: {
      literal: "ConfigMap '{configMap}' key '{key}' holds a literal secret ('{value}').",
      knownFormat: "ConfigMap '{configMap}' key '{key}' holds a credential ({type}: '{value}').",
      embedded: "ConfigMap '{configMap}' key '{key}' sets '{name}' to a literal secret ('{value}').",
      embeddedKnownFormat:
        "ConfigMap '{configMap}' key '{key}' holds a credential ({type}: '{value}') in its embedded config."
    },
    whenToIgnore:
      'Credentials of a throw-away local test cluster that protect nothing (say so in the reason).'
  },
  checks: {
    kubernetes({ document, report }) {
      for (const configMap of configMapObjects(document))
        for (const entry of configMapEntries(configMap)) reportEntry(entry, report);
    }
  }
});

function reportEntry(entry: ConfigMapEntry, report: (report: Report<MessageId>) => void): void {
  const { configMap, key, value, region } = entry;
  // A key named like a config file holds that file, even on one line (tektoncd/catalog's
  // `tokens.json: { "name": …, "image": … }`): its settings are judged, not the whole text under the key's name.
  // So is a JAAS entry (`sasl.jaas.config: … PlainLoginModule required … password="…";`): by its options.
  const single = !value.trim().includes('\n') && !isConfigFileKey(key) && !hasJaasEntry(value);
  if (single) {
    if (isSecretReference(value)) return;
    const [found] = secretValues([{ name: key, value: value.trim() }]);
    if (found) {
      const messageId = found.messageId === 'namedSecret' ? 'literal' : 'knownFormat';
      return report({ messageId, data: { ...found.data, configMap, key }, region });
    }
    if (isSecretLikeUrlName(key) && valueEmbedsCredentials(value))
      return report({ messageId: 'literal', data: { configMap, key, value: redactSecret(value) }, region });
    return;
  }
  // Embedded config text: each secret setting at its own line, then credentials outside settings.
  const code = isSourceCodeKey(key);
  const settings = configTextSettings(entry.lines).filter(
    setting => !isSecretReference(setting.value) && (setting.quoted || !code)
  );
  // Knative's `_example` text documents the settings with example values (RULES.md: `example` is a
  // placeholder), so a setting there counts only when its value is credential-shaped: a known format
  // or random-looking text someone pasted in.
  const example = isExampleKey(key);
  const reported = new Set<number>();
  for (const found of secretValues(settings)) {
    const setting = settings[found.index] as { line: number; value: string };
    const { line } = setting;
    if (example && found.messageId === 'namedSecret' && !looksRandom(setting.value)) continue;
    if (reported.has(line)) continue;
    reported.add(line);
    const messageId = found.messageId === 'namedSecret' ? 'embedded' : 'embeddedKnownFormat';
    report({ messageId, data: { ...found.data, configMap, key }, region: entry.regionOf(line) });
  }
  const text = entry.lines.join('\n');
  // Matches come in text order: count line breaks once, moving forward.
  let line = 0;
  let counted = 0;
  for (const match of findKnownCredentials(text)) {
    for (let i = text.indexOf('\n', counted); i !== -1 && i < match.start; i = text.indexOf('\n', i + 1)) {
      line++;
      counted = i + 1;
    }
    if (reported.has(line)) continue;
    reported.add(line);
    const data = { configMap, key, type: match.type, value: redactSecret(match.value) };
    report({ messageId: 'embeddedKnownFormat', data, region: entry.regionOf(line) });
  }
}
