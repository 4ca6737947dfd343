import rule from './registry-credentials-in-config.js';
import { testRule } from '../../../test/rule-tester.js';

const b64 = (text: string) => Buffer.from(text).toString('base64');
const AUTH = b64('ci-bot:Zq8-not-a-real-pass-3Lm');

testRule(rule, {
  valid: [
    {
      name: 'hosts.toml: Authorization headers waiting for their value, and other headers',
      filename: 'etc/containerd/certs.d/registry.lab.example/hosts.toml',
      code: `server = "https://registry.lab.example"

[host."https://mirror.lab.example".header]
  Authorization = "Bearer \${REGISTRY_TOKEN}"
  x-custom-2 = ["value1", "value2"]

[host."https://cache.lab.example".header]
  Authorization = ["Basic <base64 of user:password>", "Basic ${b64('ci-bot:${REGISTRY_PASSWORD}')}"]
`
    },
    {
      name: "k3s registries.yaml: the docs' placeholders and a username alone",
      filename: 'etc/rancher/k3s/registries.yaml',
      code: `configs:
  "registry.lab.example:5000":
    auth:
      username: xxxxxx # this is the registry username
      password: xxxxxx # this is the registry password
  "ghcr.io":
    auth:
      username: ci-bot
`
    },
    {
      name: 'credential store and helpers: config.json only names them',
      filename: 'home/.docker/config.json',
      code: `{
  "auths": {
    "https://index.docker.io/v1/": {},
    "ghcr.io": {}
  },
  "credsStore": "desktop",
  "credHelpers": {
    "123456789012.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login",
    "europe-docker.pkg.dev": "gcloud"
  }
}
`,
      docs: true
    },
    {
      name: 'an auth filled in at run time',
      filename: '.docker/config.json',
      code: `{ "auths": { "registry.lab.example:5000": { "auth": "${b64('ci-bot:${REGISTRY_PASSWORD}')}" } } }\n`
    },
    {
      name: 'containerd: TLS settings only, credentials from the kubelet',
      filename: 'etc/containerd/config.toml',
      code: `version = 2

[plugins."io.containerd.grpc.v1.cri".registry]
  config_path = ""

  [plugins."io.containerd.grpc.v1.cri".registry.configs."registry.lab.example:5000".tls]
    ca_file = "/etc/containerd/certs/lab-ca.crt"
`
    },
    {
      name: 'suppressed',
      filename: 'etc/containerd/config.toml',
      code: `version = 2

[plugins."io.containerd.grpc.v1.cri".registry.configs."localhost:5000".auth]
  username = "test"
  # bulkhead-ignore BH208 -- throw-away kind registry of the e2e tests
  password = "kind-e2e-Registry-77"
`
    }
  ],
  invalid: [
    {
      name: 'hosts.toml: a Basic and a Bearer Authorization header with literal credentials',
      filename: 'etc/containerd/certs.d/registry.lab.example/hosts.toml',
      code: `server = "https://registry.lab.example"

[header]
  Authorization = "Basic ${b64('ci-bot:Tq7mX2vR9kLp4Ws')}"

[host."https://mirror.lab.example".header]
  authorization = ["Bearer glpat-Hx83kd92LmQp0zR7vTa1"]
`,
      errors: [
        {
          messageId: 'inline',
          line: 4,
          message:
            "Key 'Authorization' holds inline credentials for registry 'registry.lab.example' ('Basi…')."
        },
        {
          messageId: 'inline',
          line: 7,
          message:
            /^Key 'authorization' holds inline credentials for registry 'mirror\.lab\.example' \('Bear…'\)/
        }
      ]
    },
    {
      name: 'k3s registries.yaml: password and identity token inline',
      filename: 'etc/rancher/k3s/registries.yaml',
      code: `configs:
  "registry.lab.example:5000":
    auth:
      username: deploy
      password: Xk92hQ7vLp3sWm
  "ghcr.io":
    auth:
      identity_token: eyJhbGciOiJSUzI1NiJ9.k3s-node-refresh-7Qp
`,
      errors: [
        {
          messageId: 'inline',
          line: 5,
          message:
            "Key 'password' holds inline credentials for registry 'registry.lab.example:5000' ('Xk9…')."
        },
        {
          messageId: 'inline',
          line: 8,
          message: /^Key 'identity_token' holds inline credentials for registry 'ghcr\.io'/
        }
      ],
      docs: true
    },
    {
      name: 'docker login stored in config.json',
      filename: 'home/.docker/config.json',
      code: `{
  "auths": {
    "registry.lab.example:5000": {
      "auth": "${AUTH}"
    }
  },
  "currentContext": "default"
}
`,
      errors: [
        {
          messageId: 'inline',
          line: 4,
          message: "Key 'auth' holds inline credentials for registry 'registry.lab.example:5000' ('Y2kt…')."
        }
      ],
      docs: true
    },
    {
      name: 'identity token next to a credential helper',
      filename: '.docker/config.json',
      code: `{
  "auths": {
    "myregistry.azurecr.io": {
      "identitytoken": "eyJhbGciOiJSUzI1NiJ9.Zm9vYmFyLXJlZnJlc2gtdG9rZW4tOTM4Mg.c2lnbmF0dXJlLXBhcnQtNzcx"
    }
  },
  "credHelpers": { "gcr.io": "gcloud" }
}
`,
      errors: [
        { messageId: 'inline', line: 4, message: /'identitytoken' .* 'myregistry\.azurecr\.io' \('eyJh…'\)/ }
      ]
    },
    {
      name: "Podman's auth.json after podman login, committed with the CI scripts",
      filename: 'ci/containers/auth.json',
      code: `{
\t"auths": {
\t\t"quay.io": {
\t\t\t"auth": "${AUTH}"
\t\t}
\t}
}
`,
      errors: [{ messageId: 'inline', line: 4, message: /'auth' .* registry 'quay\.io'/ }]
    },
    {
      name: 'containerd config v2: username and password',
      filename: 'etc/containerd/config.toml',
      code: `version = 2

[plugins."io.containerd.grpc.v1.cri".registry.configs."registry.lab.example:5000".auth]
  username = "node-puller"
  password = "Vb7-lab-pull-Kq2m"
`,
      errors: [
        {
          messageId: 'inline',
          line: 5,
          message:
            "Key 'password' holds inline credentials for registry 'registry.lab.example:5000' ('Vb7-…')."
        }
      ],
      docs: true
    },
    {
      name: 'containerd config v1: base64 auth',
      filename: 'etc/containerd/config.toml',
      code: `[plugins.cri.registry.configs."gcr.io".auth]
  auth = "${b64('deploy:Hn4-lab-Pq8z-77')}"
`,
      errors: [{ messageId: 'inline', line: 2 }]
    }
  ]
});
