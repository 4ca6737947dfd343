import rule from './image-from-insecure-registry.js';
import { testRule } from '../../../test/rule-tester.js';

const DAEMON_JSON =
  '{\n  "insecure-registries": [\n    "registry.lab.example:5000",\n    "10.20.0.0/16"\n  ]\n}\n';
/**
 * nerdctl's rootless layout (`~/.config/containerd/certs.d`, nerdctl docs/registry.md): a directory per
 * registry, and `_default` for every registry without one (containerd's `hostPaths`).
 */
const CERTS_D = 'home/.config/containerd/certs.d';
const NERDCTL_HOSTS = {
  [`${CERTS_D}/_default/hosts.toml`]:
    '[host."http://fallback.internal:5000"]\n  capabilities = ["pull", "resolve"]\n',
  [`${CERTS_D}/docker.io/hosts.toml`]:
    'server = "https://registry-1.docker.io"\n\n[host."https://mirror.internal"]\n  capabilities = ["pull", "resolve"]\n',
  [`${CERTS_D}/registry2:5000/hosts.toml`]:
    'server = "http://registry2:5000"\n\n[host."http://registry2:5000"]\n  capabilities = ["pull", "resolve", "push"]\n',
  [`${CERTS_D}/192.168.12.34_5000_/ca.crt`]: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n'
};
const MANIFEST = (image: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: tool\nspec:\n  template:\n    spec:\n      containers:\n        - name: tool\n          image: ${image}\n`;

testRule(rule, {
  valid: [
    {
      name: 'k3s registries.yaml: a "*" default does not cover a registry with an entry of its own',
      filename: 'deploy/tool.yaml',
      code: MANIFEST('docker.io/team/tool:1.0'),
      files: {
        'etc/rancher/k3s/registries.yaml':
          'mirrors:\n  "*":\n    endpoint: ["http://proxy.lab.example:5000"]\nconfigs:\n  "docker.io":\n    tls: {ca_file: /etc/ssl/hub-ca.pem}\n  "*":\n    tls:\n      insecure_skip_verify: true\n'
      }
    },
    {
      name: 'same manifest, another registry',
      filename: 'deploy/tool.yaml',
      code: MANIFEST('ghcr.io/team/tool:1.0'),
      files: { 'etc/docker/daemon.json': DAEMON_JSON },
      docs: true
    },
    {
      name: 'a port is part of the registry: no port means the default port',
      filename: 'deploy/tool.yaml',
      code: MANIFEST('registry.lab.example/team/tool:1.0'),
      files: { 'etc/docker/daemon.json': DAEMON_JSON }
    },
    {
      name: 'no registry configuration in the repository',
      filename: 'deploy/tool.yaml',
      code: MANIFEST('registry.lab.example:5000/team/tool:1.0')
    },
    {
      name: 'registries.conf location is a prefix at path boundaries',
      filename: 'deploy/tool.yaml',
      code: MANIFEST('quay.example/teamwork/tool:1.0'),
      files: {
        'etc/containers/registries.conf': '[[registry]]\nlocation = "quay.example/team"\ninsecure = true\n'
      }
    },
    {
      name: 'containerd _default is only a fallback: a registry with its own certs.d directory does not use it',
      filename: 'compose.yaml',
      code: 'services:\n  app:\n    image: registry.example.com:5000/team/app:1.0\n',
      files: {
        'certs.d/_default/hosts.toml':
          '[host."http://fallback.internal:5000"]\n  capabilities = ["pull", "resolve"]\n',
        'certs.d/registry.example.com:5000/hosts.toml':
          'server = "https://registry.example.com:5000"\n[host."https://registry.example.com:5000"]\n  ca = "/etc/certs/ca.crt"\n'
      }
    },
    {
      name: 'nerdctl layout: Docker Hub and a host_port_ directory holding only its CA have their own configuration',
      filename: 'compose.yaml',
      code: 'services:\n  web:\n    image: nginx:1.27\n  db:\n    image: 192.168.12.34:5000/team/db:16\n',
      files: NERDCTL_HOSTS
    },
    {
      name: 'a hosts.toml mirror trusted only to pull never resolves tags: pulls from its registry stay verified',
      filename: 'compose.yaml',
      code: 'services:\n  app:\n    image: pullonly.example:5000/team/app:1.0\n',
      files: {
        'certs.d/pullonly.example:5000/hosts.toml':
          '[host."http://cache.internal:5000"]\n  capabilities = ["pull"]\n'
      }
    }
  ],
  invalid: [
    {
      // A daemon wrapper named without an extension (jpetazzo/dind's wrapdocker) is a script by its #! line.
      name: 'dockerd --insecure-registry in an extension-less wrapper script',
      code: 'FROM reg.corp.example:5000/base/alpine:3.20\n',
      files: { wrapdocker: '#!/bin/bash\nexec dockerd --insecure-registry reg.corp.example:5000 "$@"\n' },
      errors: [
        { messageId: 'dockerfile', line: 1, message: /'reg\.corp\.example:5000'/, related: ['wrapdocker:2'] }
      ]
    },
    {
      name: 'k3s registries.yaml: a workload pulls from a registry it skips TLS verification for',
      filename: 'deploy/tool.yaml',
      code: MANIFEST('registry.internal:5000/team/tool:1.0'),
      files: {
        'etc/rancher/k3s/registries.yaml':
          'configs:\n  "registry.internal:5000":\n    tls:\n      insecure_skip_verify: true\n'
      },
      errors: [
        {
          messageId: 'workload',
          line: 10,
          message:
            "Container 'tool' pulls 'registry.internal:5000/team/tool:1.0' from registry 'registry.internal:5000', configured to skip TLS verification in 'etc/rancher/k3s/registries.yaml' ('insecure_skip_verify').",
          related: ['etc/rancher/k3s/registries.yaml:4']
        }
      ]
    },
    {
      name: 'k3s registries.yaml: the "*" mirror over HTTP covers a registry without an entry of its own',
      code: 'FROM quay.io/team/base:1.0\n',
      files: {
        'etc/rancher/k3s/registries.yaml':
          'mirrors:\n  "*":\n    endpoint: ["http://proxy.lab.example:5000"]\n  docker.io:\n    endpoint: ["https://registry-1.docker.io"]\n'
      },
      errors: [
        {
          messageId: 'dockerfile',
          line: 1,
          message:
            "FROM pulls 'quay.io/team/base:1.0' from registry 'quay.io', configured for plain HTTP in 'etc/rancher/k3s/registries.yaml' ('endpoint').",
          related: ['etc/rancher/k3s/registries.yaml:3']
        }
      ]
    },
    {
      name: 'containerd _default applies to a registry without a directory of its own',
      filename: 'compose.yaml',
      code: 'services:\n  app:\n    image: quay.io/team/app:1.0\n',
      files: NERDCTL_HOSTS,
      errors: [
        {
          messageId: 'workload',
          line: 3,
          message:
            "Service 'app' pulls 'quay.io/team/app:1.0' from registry 'quay.io', configured for plain HTTP in 'home/.config/containerd/certs.d/_default/hosts.toml' ('host.\"http://fallback.internal:5000\"').",
          related: [`${CERTS_D}/_default/hosts.toml:1`]
        }
      ]
    },
    {
      name: "a registry's own insecure certs.d directory is the one named, not _default",
      code: 'FROM registry2:5000/base/alpine:3.20\n',
      files: NERDCTL_HOSTS,
      errors: [
        {
          messageId: 'dockerfile',
          line: 1,
          message:
            "FROM pulls 'registry2:5000/base/alpine:3.20' from registry 'registry2:5000', configured for plain HTTP in 'home/.config/containerd/certs.d/registry2:5000/hosts.toml' ('server').",
          related: [`${CERTS_D}/registry2:5000/hosts.toml:1`, `${CERTS_D}/registry2:5000/hosts.toml:3`]
        }
      ]
    },
    {
      name: "a hosts.toml upstream server on another host counts for the directory's registry",
      filename: 'compose.yaml',
      code: 'services:\n  app:\n    image: quay.io/team/app:1.0\n',
      files: { 'etc/containerd/certs.d/quay.io/hosts.toml': 'server = "http://proxy.internal/v2/quay"\n' },
      errors: [
        {
          messageId: 'workload',
          line: 3,
          message:
            "Service 'app' pulls 'quay.io/team/app:1.0' from registry 'quay.io', configured for plain HTTP in 'etc/containerd/certs.d/quay.io/hosts.toml' ('server')."
        }
      ]
    },
    {
      name: 'manifest pulling from a registry daemon.json marks insecure',
      filename: 'deploy/tool.yaml',
      code: MANIFEST('registry.lab.example:5000/team/tool:1.0'),
      files: { 'etc/docker/daemon.json': DAEMON_JSON },
      errors: [
        {
          messageId: 'workload',
          line: 10,
          message:
            "Container 'tool' pulls 'registry.lab.example:5000/team/tool:1.0' from registry 'registry.lab.example:5000', configured as an insecure registry in 'etc/docker/daemon.json' ('insecure-registries')."
        }
      ],
      docs: true
    },
    {
      name: 'a config that repeats its entry: each config line once, at most ten',
      code: 'FROM registry.lab.example:5000/base/alpine:3.20\n',
      files: {
        'etc/docker/daemon.json': `{\n  "insecure-registries": [\n${Array.from({ length: 40 }, () => '    "registry.lab.example:5000"').join(',\n')}\n  ]\n}\n`
      },
      errors: [
        {
          messageId: 'dockerfile',
          line: 1,
          related: Array.from({ length: 10 }, (_, i) => `etc/docker/daemon.json:${i + 3}`)
        }
      ]
    },
    {
      name: 'Dockerfile FROM an IP registry inside an insecure CIDR',
      code: 'FROM 10.20.3.4:5000/base/alpine:3.20\n',
      files: { 'etc/docker/daemon.json': DAEMON_JSON },
      errors: [{ messageId: 'dockerfile', line: 1 }]
    },
    {
      name: 'registries.conf prefix',
      filename: 'compose.yaml',
      code: 'services:\n  tool:\n    image: quay.example/team/tool:1.0\n',
      files: {
        'etc/containers/registries.conf': '[[registry]]\nlocation = "quay.example/team"\ninsecure = true\n'
      },
      errors: [{ messageId: 'workload', line: 3 }]
    },
    {
      name: 'Compose: the registry a service pulls from by default (`${VAR:-default}`)',
      filename: 'compose.yaml',
      code: 'services:\n  tool:\n    image: ${REGISTRY:-registry.lab.example:5000}/team/tool:1.0\n  other:\n    image: ${REGISTRY}/team/tool:1.0\n',
      files: { 'etc/docker/daemon.json': DAEMON_JSON },
      errors: [
        {
          messageId: 'workload',
          line: 3,
          column: 5,
          message:
            "Service 'tool' pulls 'registry.lab.example:5000/team/tool:1.0' from registry 'registry.lab.example:5000', configured as an insecure registry in 'etc/docker/daemon.json' ('insecure-registries').",
          related: ['etc/docker/daemon.json:3']
        }
      ]
    }
  ]
});
