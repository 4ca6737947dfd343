import { defineRule } from '../../core/rule.js';
import { isLoopbackHost } from '../../targets/registry-config/loopback-host.js';
import { mirroredRegistryOf } from '../../targets/registry-config/insecure-registries.js';
import { redactUserinfo } from '../../targets/registry-config/registry-hosts.js';

/** BH802: TLS certificate verification turned off for a registry. */
export default defineRule({
  meta: {
    id: 'BH802',
    slug: 'registry-tls-unverified',
    title: 'Registry TLS verification disabled',
    description:
      'The registry\'s certificate is not checked: containerd `insecure_skip_verify = true` (k3s/RKE2 `registries.yaml`: `configs.<host>.tls.insecure_skip_verify: true`), hosts.toml `skip_verify = true`, BuildKit `insecure = true`, or an "insecure registry" switch (Docker `insecure-registries` / `--insecure-registry`, registries.conf `insecure = true` / `[registries.insecure]`) that also falls back to plain HTTP. Anyone on the network path can impersonate the registry, collect the credentials sent to it and serve any image for a tag. Loopback entries (`localhost`, `127.0.0.0/8` and addresses or CIDRs in it, `::1`) are reported as low: only the machine itself reaches them, and Docker already treats `127.0.0.0/8` as insecure.',
    severity: 'high',
    remediation:
      'Trust the registry\'s CA instead of switching verification off. Docker: put the CA in `/etc/docker/certs.d/<host:port>/ca.crt` (Windows: `%ProgramData%\\docker\\certs.d`) and remove the entry from `insecure-registries` / `--insecure-registry`. containerd: `ca = "ca.crt"` in `certs.d/<host>/hosts.toml` and remove `skip_verify` / `insecure_skip_verify`. Podman/CRI-O: `/etc/containers/certs.d/<host:port>/ca.crt` and `insecure = false`. BuildKit: `ca = ["…"]` and remove `insecure = true`.',
    references: [
      'https://docs.docker.com/engine/security/certificates/',
      'https://docs.docker.com/reference/cli/dockerd/#insecure-registries',
      'https://github.com/containerd/containerd/blob/main/docs/hosts.md',
      'https://github.com/containers/image/blob/main/docs/containers-registries.conf.5.md'
    ],
    tags: ['CWE-295', 'registry'],
    messages: {
      skipVerify: "TLS certificate verification is off for registry '{registry}' ('{key}').",
      mirrorSkipVerify:
        "TLS certificate verification is off for mirror '{registry}' of registry '{mirrorOf}' ('{key}').",
      insecure:
        "Registry '{registry}' is marked insecure ('{key}'): unverified TLS and plain HTTP are accepted.",
      mirrorInsecure:
        "Mirror '{registry}' of registry '{mirrorOf}' is marked insecure ('{key}'): unverified TLS and plain HTTP are accepted."
    },
    whenToIgnore:
      'A registry on a loopback address or an isolated lab network with no credentials and no production images.'
  },
  checks: {
    'registry-config'({ document, report }) {
      for (const endpoint of document.insecureEndpoints) {
        if (endpoint.setting === 'plain-http') continue;
        const { registry, key, region } = endpoint;
        const mirrorOf = mirroredRegistryOf(endpoint);
        const isMirror = mirrorOf !== undefined;
        const kind = endpoint.setting === 'skip-verify' ? 'skipVerify' : 'insecure';
        report({
          messageId: isMirror ? (kind === 'skipVerify' ? 'mirrorSkipVerify' : 'mirrorInsecure') : kind,
          // A URL or location may carry `user:password@`: messages never quote the password.
          data: {
            registry: redactUserinfo(registry),
            key: redactUserinfo(key),
            mirrorOf: redactUserinfo(mirrorOf ?? '')
          },
          region,
          // RULES.md: loopback entries (`localhost`, `127.0.0.0/8` and addresses/CIDRs in it,
          // `::1`) are low; Docker itself treats 127.0.0.0/8 as insecure by default
          // (https://docs.docker.com/reference/cli/dockerd/#insecure-registries).
          ...(isLoopbackHost(registry) ? { severity: 'low' as const } : {})
        });
      }
    }
  }
});
