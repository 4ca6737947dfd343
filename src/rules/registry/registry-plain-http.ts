import { defineRule } from '../../core/rule.js';
import { mirroredRegistryOf } from '../../targets/registry-config/insecure-registries.js';
import { redactUserinfo } from '../../targets/registry-config/registry-hosts.js';

/** BH801: a registry endpoint reached over plain HTTP. */
export default defineRule({
  meta: {
    id: 'BH801',
    slug: 'registry-plain-http',
    title: 'Registry reached over plain HTTP',
    description:
      'A runtime is told to talk to a registry or mirror over `http://`: Docker `registry-mirrors`, containerd `endpoint`/`server`/`[host."http://…"]`/`plain-http`, k3s/RKE2 `registries.yaml` `mirrors.<registry>.endpoint`, BuildKit `http = true`. Whoever is on the network path can read the credentials sent to it and answer tag lookups with an image of their choice. Loopback registries, and hosts.toml mirrors trusted only to `pull` (blobs are checked against their digest), are reported as low.',
    severity: 'high',
    remediation:
      'Serve the registry over HTTPS with a certificate the runtime trusts, then switch the endpoint to `https://` and remove `http = true` / `plain-http`. For a private CA: Docker `/etc/docker/certs.d/<host:port>/ca.crt`; containerd `ca = "…"` in `/etc/containerd/certs.d/<host>/hosts.toml`; Podman/CRI-O `/etc/containers/certs.d/<host:port>/ca.crt`; BuildKit `ca = ["…"]` under `[registry."<host>"]`. A mirror that must stay on HTTP should only get `capabilities = ["pull"]`, so tags are still resolved over TLS.',
    references: [
      'https://github.com/containerd/containerd/blob/main/docs/hosts.md',
      'https://docs.docker.com/reference/cli/dockerd/#insecure-registries',
      'https://docs.docker.com/build/buildkit/toml-configuration/',
      'https://github.com/containers/image/blob/main/docs/containers-registries.conf.5.md'
    ],
    tags: ['CWE-319', 'registry'],
    messages: {
      registry: "Registry '{registry}' is reached over plain HTTP ('{key}').",
      mirror: "Mirror '{registry}' of registry '{mirrorOf}' is reached over plain HTTP ('{key}')."
    },
    whenToIgnore:
      'A registry on a loopback address or an isolated lab network that only serves digest-pinned images.'
  },
  checks: {
    'registry-config'({ document, report }) {
      for (const endpoint of document.insecureEndpoints) {
        if (endpoint.setting !== 'plain-http') continue;
        const { registry, key, region } = endpoint;
        const mirrorOf = mirroredRegistryOf(endpoint);
        const isMirror = mirrorOf !== undefined;
        report({
          messageId: isMirror ? 'mirror' : 'registry',
          // A URL or location may carry `user:password@`: messages never quote the password.
          data: {
            registry: redactUserinfo(registry),
            key: redactUserinfo(key),
            mirrorOf: redactUserinfo(mirrorOf ?? '')
          },
          region,
          ...(endpoint.lowRisk ? { severity: 'low' as const } : {})
        });
      }
    }
  }
});
