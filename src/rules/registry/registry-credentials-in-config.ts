import { defineRule } from '../../core/rule.js';
import { classifyValue } from '../../secrets/literal-value.js';
import { redactSecret } from '../../secrets/redact.js';
import type { InlineRegistryCredential } from '../../targets/registry-config/registry-config-document.js';

/** BH208: registry credentials written inline in a Docker client or containerd config. */
export default defineRule({
  meta: {
    id: 'BH208',
    slug: 'registry-credentials-in-config',
    title: 'Registry credentials inline in config',
    description:
      'A registry login is stored in the configuration file itself: Docker `config.json` (and the same format in Podman/Skopeo `auth.json` or a `.dockerconfigjson` file) `auths.<registry>.auth` (base64 of `user:password`, an encoding, not encryption) or `identitytoken`, containerd `registry.configs."<host>".auth` `password`/`auth`/`identitytoken`, containerd hosts.toml `[header]` / `[host."<url>".header]` `Authorization = "Basic …"` or `"Bearer …"`, k3s/RKE2 `registries.yaml` `configs.<host>.auth` `password`/`auth`/`identity_token`. Anyone who can read the repository can pull from (and often push to) the registry, and the credential stays in the history for good.',
    severity: 'high',
    remediation:
      'Remove the credential from the file and rotate it. Docker: run `docker login` with a credential store (`"credsStore": "desktop"`, `pass`, `secretservice`, `wincred`, `osxkeychain`) or per-registry `credHelpers` (`ecr-login`, `gcloud`, `acr-env`), so `config.json` only names the helper. containerd and Kubernetes nodes: use `imagePullSecrets` created at deploy time or a kubelet credential provider. CI: log in at run time from the CI secret store (`docker/login-action`, `docker login --password-stdin`).',
    references: [
      'https://docs.docker.com/reference/cli/docker/login/#credential-stores',
      'https://github.com/containerd/containerd/blob/main/docs/cri/registry.md',
      'https://kubernetes.io/docs/tasks/administer-cluster/kubelet-credential-provider/'
    ],
    tags: ['CWE-522', 'CWE-798', 'registry'],
    messages: {
      inline: "Key '{key}' holds inline credentials for registry '{registry}' ('{value}')."
    },
    whenToIgnore:
      'A throw-away registry of a local test setup whose credentials protect nothing (suppress with a reason).'
  },
  checks: {
    'registry-config'({ document, report }) {
      for (const credential of document.credentials) {
        if (!isLiteralCredential(credential)) continue;
        const { key, registry, region } = credential;
        report({
          messageId: 'inline',
          data: { key, registry, value: redactSecret(credential.value) },
          region
        });
      }
    }
  }
});

/**
 * Whether the value is a real credential, not `${REGISTRY_TOKEN}` or `<password>` waiting to be
 * filled in. An `auth` value is base64 `user:password` (docker/cli `types.AuthConfig`): judged by
 * its password half when it decodes. An HTTP `Authorization` header (containerd hosts.toml
 * `[host."…".header]`) is judged by its credential: `Basic` carries the same base64 as `auth`,
 * `Bearer` a token.
 */
function isLiteralCredential({ key, value }: InlineRegistryCredential): boolean {
  const name = key.toLowerCase();
  if (name === 'auth') return isLiteralAuth(value);
  const header = name === 'authorization' ? /^\s*(Basic|Bearer)\s+(.+?)\s*$/i.exec(value) : null;
  if (!header) return classifyValue(value).literal;
  const credential = header[2] ?? '';
  return header[1]?.toLowerCase() === 'basic' ? isLiteralAuth(credential) : classifyValue(credential).literal;
}

/** A base64 `user:password` judged by its password half; any other value as it is. */
function isLiteralAuth(value: string): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return classifyValue(value).literal;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? classifyValue(value).literal : classifyValue(decoded.slice(colon + 1)).literal;
}
