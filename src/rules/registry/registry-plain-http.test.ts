import rule from './registry-plain-http.js';
import { testRule } from '../../../test/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'k3s registries.yaml: HTTPS mirror with its CA, and a rewrite',
      filename: 'etc/rancher/k3s/registries.yaml',
      code: `mirrors:
  docker.io:
    endpoint:
      - "https://registry.lab.example:5000"
    rewrite:
      "^rancher/(.*)": "mirrorproject/rancher-images/$1"
configs:
  "registry.lab.example:5000":
    tls:
      ca_file: /etc/ssl/certs/lab-ca.pem
`
    },
    {
      name: 'hosts.toml: HTTPS with a private CA',
      filename: 'etc/containerd/certs.d/registry.lab.example:5000/hosts.toml',
      code: `server = "https://registry.lab.example:5000"

[host."https://registry.lab.example:5000"]
  capabilities = ["pull", "resolve", "push"]
  ca = "/etc/containerd/certs.d/registry.lab.example:5000/ca.crt"
`,
      docs: true
    },
    {
      name: 'daemon.json: HTTPS mirror; an insecure registry is BH802',
      filename: 'etc/docker/daemon.json',
      code: `{
  "registry-mirrors": ["https://mirror.lab.example"],
  "insecure-registries": ["registry.lab.example:5000"]
}
`
    },
    {
      name: 'buildkitd.toml: http = false, HTTPS mirror',
      filename: 'buildkitd.toml',
      code: `[registry."docker.io"]
  mirrors = ["mirror.lab.example"]

[registry."registry.lab.example:5000"]
  http = false
  ca = ["/etc/buildkit/lab-ca.pem"]
`
    },
    {
      name: 'containerd config v2: HTTPS endpoints',
      filename: 'etc/containerd/config.toml',
      code: `version = 2

[plugins."io.containerd.grpc.v1.cri".registry.mirrors."docker.io"]
  endpoint = ["https://mirror.lab.example", "https://registry-1.docker.io"]
`
    }
  ],
  invalid: [
    {
      name: 'k3s registries.yaml: Docker Hub mirror over HTTP',
      filename: 'etc/rancher/k3s/registries.yaml',
      code: `mirrors:
  docker.io:
    endpoint:
      - "http://registry.lab.example:5000"
`,
      errors: [
        {
          messageId: 'mirror',
          line: 4,
          message:
            "Mirror 'registry.lab.example:5000' of registry 'docker.io' is reached over plain HTTP ('endpoint').",
          severity: 'high'
        }
      ],
      docs: true
    },
    {
      name: 'RKE2 registries.yaml: a registry that is its own HTTP endpoint, and a loopback one',
      filename: 'etc/rancher/rke2/registries.yaml',
      code: `mirrors:
  "registry.lab.example:5000":
    endpoint: ["http://registry.lab.example:5000"]
  "localhost:5000":
    endpoint: ["http://localhost:5000"]
`,
      errors: [
        {
          messageId: 'registry',
          line: 3,
          severity: 'high',
          message: /^Registry 'registry\.lab\.example:5000'/
        },
        { messageId: 'registry', line: 5, severity: 'low' }
      ]
    },
    {
      name: 'hosts.toml: a mirror URL with user:password is quoted with the password redacted',
      filename: 'etc/containerd/certs.d/docker.io/hosts.toml',
      code: `[host."http://deploy:Hq4vZt8LmW2xRk7P@mirror.corp.internal:5000"]
  capabilities = ["pull", "resolve"]
`,
      errors: [
        {
          messageId: 'mirror',
          line: 1,
          message:
            "Mirror 'mirror.corp.internal:5000' of registry 'docker.io' is reached over plain HTTP ('host.\"http://deploy:Hq4v…@mirror.corp.internal:5000\"')."
        }
      ]
    },
    {
      name: 'containerd config v2: Docker Hub mirror over HTTP',
      filename: 'etc/containerd/config.toml',
      code: `version = 2

[plugins."io.containerd.grpc.v1.cri".registry]
  [plugins."io.containerd.grpc.v1.cri".registry.mirrors]
    [plugins."io.containerd.grpc.v1.cri".registry.mirrors."docker.io"]
      endpoint = ["http://cache.lab.example:5000", "https://registry-1.docker.io"]
`,
      errors: [
        {
          messageId: 'mirror',
          line: 6,
          message:
            "Mirror 'cache.lab.example:5000' of registry 'docker.io' is reached over plain HTTP ('endpoint')."
        }
      ],
      docs: true
    },
    {
      name: 'containerd config v3 (2.x): registry endpoint over HTTP',
      filename: 'etc/containerd/config.toml',
      code: `version = 3

[plugins."io.containerd.cri.v1.images".registry.mirrors."registry.lab.example:5000"]
  endpoint = ["http://registry.lab.example:5000"]
`,
      errors: [{ messageId: 'registry', line: 4, message: /^Registry 'registry\.lab\.example:5000' / }]
    },
    {
      name: 'hosts.toml: HTTP server and an HTTP cache trusted to resolve tags',
      filename: 'etc/containerd/certs.d/registry.lab.example:5000/hosts.toml',
      code: `server = "http://registry.lab.example:5000"

[host."http://cache.lab.example:5000"]
  capabilities = ["pull", "resolve"]
`,
      errors: [
        {
          messageId: 'registry',
          line: 1,
          message: "Registry 'registry.lab.example:5000' is reached over plain HTTP ('server').",
          severity: 'high'
        },
        { messageId: 'mirror', line: 3, severity: 'high' }
      ],
      docs: true
    },
    {
      name: 'hosts.toml: an HTTP cache trusted only to pull (digest-checked) is low',
      filename: 'etc/containerd/certs.d/docker.io/hosts.toml',
      code: `server = "https://registry-1.docker.io"

[host."http://cache.lab.example:5000"]
  capabilities = ["pull"]
`,
      errors: [
        {
          messageId: 'mirror',
          line: 3,
          message: `Mirror 'cache.lab.example:5000' of registry 'docker.io' is reached over plain HTTP ('host."http://cache.lab.example:5000"').`,
          severity: 'low'
        }
      ]
    },
    {
      name: 'hosts.toml: a pull-only host of a registry with no server line is still its mirror',
      filename: 'certs.d/pullonly.example:5000/hosts.toml',
      code: `[host."http://cache.internal:5000"]
  capabilities = ["pull"]
`,
      errors: [
        {
          messageId: 'mirror',
          line: 1,
          message: `Mirror 'cache.internal:5000' of registry 'pullonly.example:5000' is reached over plain HTTP ('host."http://cache.internal:5000"').`,
          severity: 'low'
        }
      ]
    },
    {
      name: "hosts.toml: the server is the registry's upstream, not a mirror, wherever it points",
      filename: 'etc/containerd/certs.d/quay.io/hosts.toml',
      code: `server = "http://proxy.lab.example/v2/quay"
`,
      errors: [
        {
          messageId: 'registry',
          line: 1,
          message: "Registry 'proxy.lab.example' is reached over plain HTTP ('server').",
          severity: 'high'
        }
      ]
    },
    {
      name: 'buildkitd.toml: http = true',
      filename: 'buildkitd.toml',
      code: `debug = false

[registry."registry.lab.example:5000"]
  http = true
`,
      errors: [
        {
          messageId: 'registry',
          line: 4,
          message: "Registry 'registry.lab.example:5000' is reached over plain HTTP ('http').",
          severity: 'high'
        }
      ]
    },
    {
      name: 'buildkitd.toml: a loopback registry is low',
      filename: 'buildkit/buildkitd.toml',
      code: `[registry."localhost:5000"]
  http = true
`,
      errors: [{ messageId: 'registry', line: 2, severity: 'low' }]
    },
    {
      name: 'daemon.json: HTTP Docker Hub mirror',
      filename: 'etc/docker/daemon.json',
      code: `{
  "registry-mirrors": [
    "http://mirror.lab.example:5000"
  ]
}
`,
      errors: [
        {
          messageId: 'mirror',
          line: 3,
          message: /^Mirror 'mirror\.lab\.example:5000' of registry 'docker\.io'/
        }
      ]
    }
  ]
});
