import { defineRule } from '../../core/rule.js';
import { judgeSecretEntry, secretEntries, secretObjects } from '../../targets/kubernetes/secret-objects.js';

/** BH206: a Kubernetes Secret with real values committed to the repository. */
export default defineRule({
  meta: {
    id: 'BH206',
    slug: 'secret-object-committed',
    title: 'Kubernetes Secret committed with values',
    description:
      'A `Secret` manifest in the repository holds real values in `data` or `stringData`. Base64 in `data` is an encoding, not encryption: anyone who can read the repository (and its history, forever) can read the secret. Registry credentials in a `kubernetes.io/dockerconfigjson` Secret are reported here.',
    severity: 'high',
    remediation:
      'Remove the values from the repository and rotate them. Commit an encrypted form instead (Sealed Secrets, SOPS) or a reference that is resolved in the cluster (External Secrets Operator, the Secrets Store CSI driver), or create the Secret at deploy time from your CI secret store (`kubectl create secret … --from-literal`).',
    references: [
      'https://kubernetes.io/docs/concepts/configuration/secret/',
      'https://kubernetes.io/docs/concepts/security/secrets-good-practices/',
      'https://github.com/bitnami-labs/sealed-secrets',
      'https://external-secrets.io/'
    ],
    tags: ['CWE-798', 'CWE-312'],
    messages: {
      literal: "Secret '{secret}' key '{key}' holds a literal value ('{value}').",
      knownFormat: "Secret '{secret}' key '{key}' holds a credential ({type}: '{value}').",
      embedded: "Secret '{secret}' key '{key}' sets '{variable}' to a literal secret ('{value}').",
      registry: "Secret '{secret}' key '{key}' holds registry credentials for {registries} ('{value}')."
    },
    whenToIgnore:
      'Secrets of a throw-away local or CI test cluster whose values protect nothing (say so in `bulkhead.io/ignore-reason`).'
  },
  checks: {
    kubernetes({ document, report }) {
      for (const secret of secretObjects(document)) {
        for (const entry of secretEntries(secret)) {
          const verdict = judgeSecretEntry(entry);
          if (!verdict) continue;
          const data = { secret: secret.name ?? '', key: entry.key, value: verdict.shown };
          // A setting or credential inside a config file value is reported at its own line, as BH209
          // does. Base64 `data` has no such line in the file, but a generator's source file does (a
          // Kustomize `secretGenerator` `files` entry): the line's text finds it when rendered.
          const line = 'line' in verdict ? verdict.line : undefined;
          const at =
            line === undefined
              ? { region: entry.region }
              : { region: entry.regionOf(line), valuePart: entry.lines[line] as string };
          if (verdict.kind === 'literal') report({ messageId: 'literal', data, ...at });
          else if (verdict.kind === 'knownFormat')
            report({ messageId: 'knownFormat', data: { ...data, type: verdict.type }, ...at });
          else if (verdict.kind === 'embedded')
            report({ messageId: 'embedded', data: { ...data, variable: verdict.variable }, ...at });
          else {
            const registries = verdict.registries.map(registry => `'${registry}'`).join(', ');
            report({ messageId: 'registry', data: { ...data, registries }, ...at });
          }
        }
      }
    }
  }
});
