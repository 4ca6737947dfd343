import { defineRule, type Report } from '../../core/rule.js';
import { environmentOf } from '../../targets/compose/service-fields.js';
import { containerEnv, findEnvSecrets, type EnvVariable } from '../../targets/kubernetes/env-vars.js';
import type { Fix } from '../../core/fix.js';
import { composeSecretFix, kubernetesSecretFix } from '../../targets/kubernetes/env-secret-fixes.js';
import { fixes } from '../../targets/kubernetes/security-context-fixes.js';

type MessageId = 'namedSecret' | 'knownFormat';

/** BH205: a literal secret in a container's `env` or a Compose service's `environment`. */
export default defineRule({
  meta: {
    id: 'BH205',
    slug: 'secret-in-workload-env',
    title: 'Secret in workload environment',
    description:
      'A Kubernetes container `env` entry or a Compose `environment` variable holds a credential: a secret-like name (password, token, API key, connection string…) with a literal value, or a known credential format (GitHub, GitLab, Slack, npm, AWS, Azure, JWT, a password in a URL) under any name. A name that only says `auth` or `credentials` needs a credential-shaped value (`REGISTRY_AUTH=htpasswd` is a setting), and a connection string counts only with a password or key in it (`redis:6379,ssl=False` holds none). The value is in the repository for good, and anyone who can read the workload object (`kubectl get -o yaml`, `docker inspect`) can read it too.',
    severity: 'high',
    remediation:
      'Remove the value and rotate the credential. In Kubernetes, read it from a Secret with `valueFrom.secretKeyRef` (or `envFrom.secretRef`, or a mounted Secret volume) managed outside the repository (Sealed Secrets, External Secrets, a CSI secret store); in Compose, use `secrets:` or interpolate `${VAR}` from an untracked `.env` file.',
    references: [
      'https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables',
      'https://kubernetes.io/docs/concepts/security/secrets-good-practices/',
      'https://docs.docker.com/compose/how-tos/use-secrets/'
    ],
    tags: ['CWE-798', 'CWE-522'],
    messages: {
      namedSecret: "{owner} '{name}' sets '{variable}' to a literal secret ('{value}').",
      knownFormat: "{owner} '{name}' sets '{variable}' to a credential ({type}: '{value}')."
    },
    whenToIgnore:
      'Throw-away credentials of a local development stack that never leave the machine (a database that only listens on localhost); prefer an untracked `.env` file even then.'
  },
  checks: {
    kubernetes({ document, report }) {
      for (const workload of document.workloads) {
        for (const container of workload.containers) {
          reportSecrets(containerEnv(container), 'Container', container.name, report, v =>
            kubernetesSecretFix(v, container.name)
          );
        }
      }
    },
    compose({ document, report }) {
      for (const service of document.services) {
        reportSecrets(environmentOf(service), 'Service', service.name, report, composeSecretFix);
      }
    }
  }
});

function reportSecrets(
  variables: EnvVariable[],
  owner: string,
  name: string,
  report: (report: Report<MessageId>) => void,
  fixFor: (variable: EnvVariable) => Fix | undefined
): void {
  for (const secret of findEnvSecrets(variables)) {
    report({
      messageId: secret.kind,
      data: { owner, name, variable: secret.variable.name, value: secret.shown, type: secret.type ?? '' },
      region: secret.variable.region,
      ...(secret.variable.valueRegion ? { valueRegion: secret.variable.valueRegion } : {}),
      ...fixes(fixFor(secret.variable))
    });
  }
}
