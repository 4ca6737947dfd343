import rule from './registry-tls-unverified.js';
import { testRule } from '../../../test/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'k3s registries.yaml: verification on, with a private CA and a client certificate',
      filename: 'etc/rancher/k3s/registries.yaml',
      code: `configs:
  "registry.lab.example:5000":
    tls:
      ca_file: /etc/ssl/certs/lab-ca.pem
      cert_file: /etc/ssl/certs/node.pem
      key_file: /etc/ssl/private/node-key.pem
      insecure_skip_verify: false
`
    },
    {
      name: 'hosts.toml: the registry CA instead of skip_verify',
      filename: 'etc/containerd/certs.d/registry.lab.example:5000/hosts.toml',
      code: `server = "https://registry.lab.example:5000"

[host."https://registry.lab.example:5000"]
  ca = "ca.crt"
  skip_verify = false
`,
      docs: true
    },
    {
      name: 'daemon.json without insecure registries',
      filename: 'etc/docker/daemon.json',
      code: `{
  "insecure-registries": [],
  "registry-mirrors": ["https://mirror.lab.example"],
  "log-driver": "json-file"
}
`
    },
    {
      name: 'registries.conf v2: insecure = false',
      filename: 'etc/containers/registries.conf',
      code: `unqualified-search-registries = ["registry.lab.example:5000"]

[[registry]]
location = "registry.lab.example:5000"
insecure = false
`
    },
    {
      name: 'buildkitd.toml: CA configured',
      filename: 'buildkitd.toml',
      code: `[registry."registry.lab.example:5000"]
  ca = ["/etc/buildkit/lab-ca.pem"]
`
    },
    {
      name: 'dockerd flags without an insecure registry',
      filename: 'scripts/start-docker.sh',
      code: '#!/bin/sh\nexec dockerd --data-root /var/lib/docker -H unix:///var/run/docker.sock\n'
    }
  ],
  invalid: [
    {
      name: 'k3s registries.yaml: insecure_skip_verify for one registry and, as a default, for every other',
      filename: 'etc/rancher/k3s/registries.yaml',
      code: `configs:
  "registry.lab.example:5000":
    tls:
      insecure_skip_verify: true
  "*":
    tls:
      insecure_skip_verify: true
`,
      errors: [
        {
          messageId: 'skipVerify',
          line: 4,
          message:
            "TLS certificate verification is off for registry 'registry.lab.example:5000' ('insecure_skip_verify')."
        },
        { messageId: 'skipVerify', line: 7, message: /for registry '\*'/ }
      ],
      docs: true
    },
    {
      name: 'registries.conf: a location with user:password is quoted with the password redacted',
      filename: 'etc/containers/registries.conf',
      code: `[[registry]]
prefix = "registry.corp.example/team"
location = "deploy:Hq4vZt8LmW2xRk7P@registry.corp.example/team"
insecure = true
`,
      errors: [
        {
          messageId: 'mirrorInsecure',
          line: 4,
          message:
            "Mirror 'deploy:Hq4v…@registry.corp.example/team' of registry 'registry.corp.example/team' is marked insecure ('insecure'): unverified TLS and plain HTTP are accepted."
        }
      ]
    },
    {
      name: 'daemon.json: one finding per insecure-registries entry',
      filename: 'etc/docker/daemon.json',
      code: `{
  "data-root": "/var/lib/docker",
  "insecure-registries": [
    "registry.lab.example:5000",
    "10.0.0.0/8"
  ]
}
`,
      errors: [
        {
          messageId: 'insecure',
          line: 4,
          message:
            "Registry 'registry.lab.example:5000' is marked insecure ('insecure-registries'): unverified TLS and plain HTTP are accepted."
        },
        { messageId: 'insecure', line: 5, message: /^Registry '10\.0\.0\.0\/8' is marked insecure/ }
      ],
      docs: true
    },
    {
      name: 'daemon.json: loopback entries are low',
      filename: 'etc/docker/daemon.json',
      code: `{
  "insecure-registries": ["127.0.0.1/8", "localhost:5000", "127.0.0.1:5000", "::1", "registry.lab.example:5000"]
}
`,
      errors: [
        { messageId: 'insecure', line: 2, severity: 'low', message: /^Registry '127\.0\.0\.1\/8'/ },
        { messageId: 'insecure', line: 2, severity: 'low', message: /^Registry 'localhost:5000'/ },
        { messageId: 'insecure', line: 2, severity: 'low', message: /^Registry '127\.0\.0\.1:5000'/ },
        { messageId: 'insecure', line: 2, severity: 'low', message: /^Registry '::1'/ },
        {
          messageId: 'insecure',
          line: 2,
          severity: 'high',
          message: /^Registry 'registry\.lab\.example:5000'/
        }
      ],
      docs: true
    },
    {
      name: 'containerd hosts.toml and buildkitd: loopback registries are low',
      filename: 'buildkitd.toml',
      code: `[registry."localhost:5000"]
  insecure = true
[registry."10.1.2.3:5000"]
  insecure = true
`,
      errors: [
        { messageId: 'skipVerify', line: 2, severity: 'low' },
        { messageId: 'skipVerify', line: 4, severity: 'high' }
      ]
    },
    {
      name: 'dockerd flag in a start script',
      filename: 'scripts/start-docker.sh',
      code: `#!/bin/sh
set -eu
exec dockerd \\
  --data-root /var/lib/docker \\
  --insecure-registry 10.0.0.5:5000
`,
      errors: [
        {
          messageId: 'insecure',
          line: 5,
          message: /^Registry '10\.0\.0\.5:5000' is marked insecure \('--insecure-registry'\)/
        }
      ]
    },
    {
      name: 'dockerd flag in a systemd unit',
      filename: 'docker.service',
      code: `[Unit]
Description=Docker Application Container Engine
After=network-online.target containerd.service

[Service]
Type=notify
ExecStart=/usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock --insecure-registry=registry.lab.example:5000
Restart=always
`,
      errors: [{ messageId: 'insecure', line: 7 }]
    },
    {
      name: 'containerd config v2: insecure_skip_verify',
      filename: 'etc/containerd/config.toml',
      code: `version = 2

[plugins."io.containerd.grpc.v1.cri".registry.configs."registry.lab.example:5000".tls]
  insecure_skip_verify = true
`,
      errors: [
        {
          messageId: 'skipVerify',
          line: 4,
          message:
            "TLS certificate verification is off for registry 'registry.lab.example:5000' ('insecure_skip_verify')."
        }
      ],
      docs: true
    },
    {
      name: 'hosts.toml: skip_verify on a mirror',
      filename: 'etc/containerd/certs.d/docker.io/hosts.toml',
      code: `server = "https://registry-1.docker.io"

[host."https://cache.lab.example"]
  capabilities = ["pull", "resolve"]
  skip_verify = true
`,
      errors: [
        {
          messageId: 'mirrorSkipVerify',
          line: 5,
          message:
            "TLS certificate verification is off for mirror 'cache.lab.example' of registry 'docker.io' ('skip_verify')."
        }
      ]
    },
    {
      name: 'hosts.toml: skip_verify on a mirror trusted only to pull is still a mirror',
      filename: 'etc/containerd/certs.d/docker.io/hosts.toml',
      code: `server = "https://registry-1.docker.io"

[host."https://mirror2.lab.example"]
  capabilities = ["pull"]
  skip_verify = true
`,
      errors: [
        {
          messageId: 'mirrorSkipVerify',
          line: 5,
          message:
            "TLS certificate verification is off for mirror 'mirror2.lab.example' of registry 'docker.io' ('skip_verify')."
        }
      ]
    },
    {
      name: "hosts.toml: a root skip_verify is the upstream server's, not a mirror's",
      filename: 'etc/containerd/certs.d/quay.io/hosts.toml',
      code: `server = "https://proxy.lab.example/v2/quay"
skip_verify = true
`,
      errors: [
        {
          messageId: 'skipVerify',
          line: 2,
          message: "TLS certificate verification is off for registry 'proxy.lab.example' ('skip_verify')."
        }
      ]
    },
    {
      name: 'buildkitd.toml: insecure = true',
      filename: 'buildkitd.toml',
      code: `[registry."registry.lab.example:5000"]
  insecure = true
`,
      errors: [{ messageId: 'skipVerify', line: 2, message: /'registry\.lab\.example:5000' \('insecure'\)/ }]
    },
    {
      name: 'registries.conf v2: insecure registry and insecure mirror',
      filename: 'etc/containers/registries.conf',
      code: `[[registry]]
prefix = "registry.lab.example:5000"
location = "registry.lab.example:5000"
insecure = true

[[registry]]
location = "docker.io"

[[registry.mirror]]
location = "mirror.lab.example"
insecure = true
`,
      errors: [
        {
          messageId: 'insecure',
          line: 4,
          message: /^Registry 'registry\.lab\.example:5000' is marked insecure \('insecure'\)/
        },
        {
          messageId: 'mirrorInsecure',
          line: 11,
          message:
            "Mirror 'mirror.lab.example' of registry 'docker.io' is marked insecure ('insecure'): unverified TLS and plain HTTP are accepted."
        }
      ]
    },
    {
      name: 'registries.conf v1: [registries.insecure]',
      filename: 'etc/containers/registries.conf',
      code: `[registries.search]
registries = ['registry.access.redhat.com', 'docker.io']

[registries.insecure]
registries = ['registry.lab.example:5000']
`,
      errors: [{ messageId: 'insecure', line: 5 }]
    }
  ]
});
