import { InputParseError } from '../../core/errors.js';
import { containerdFormat } from './containerd-config.js';

const V1 = `# containerd 1.2-era config: no version key means config v1
root = "/var/lib/containerd"

[plugins.cri]
  sandbox_image = "registry.k8s.io/pause:3.9"

[plugins.cri.registry.mirrors."docker.io"]
  endpoint = ["http://hub-cache.corp.internal:5000", "https://registry-1.docker.io"]

[plugins.cri.registry.configs."registry.corp.internal".tls]
  insecure_skip_verify = true

[plugins.cri.registry.configs."registry.corp.internal".auth]
  username = "deploy"
  password = "Sup3r-s3cret-deploy-pw"
`;

const V2 = `version = 2

[plugins."io.containerd.grpc.v1.cri"]
  enable_selinux = false

[plugins."io.containerd.grpc.v1.cri".registry]
  [plugins."io.containerd.grpc.v1.cri".registry.mirrors]
    [plugins."io.containerd.grpc.v1.cri".registry.mirrors."docker.io"]
      endpoint = ["https://mirror.corp.internal:5443"]
    [plugins."io.containerd.grpc.v1.cri".registry.mirrors."quay.io"]
      endpoint = ["https://quay.io"]
  [plugins."io.containerd.grpc.v1.cri".registry.configs]
    [plugins."io.containerd.grpc.v1.cri".registry.configs."mirror.corp.internal:5443".tls]
      insecure_skip_verify = true
    [plugins."io.containerd.grpc.v1.cri".registry.configs."gcr.io".auth]
      auth = "X2pzb25fa2V5OnNlcnZpY2UtYWNjb3VudC1rZXk="
    [plugins."io.containerd.grpc.v1.cri".registry.configs."ghcr.io".auth]
      identitytoken = "eyJhbGciOiJSUzI1NiJ9.ci-refresh"
      username = ""
      password = ""
  [plugins."io.containerd.grpc.v1.cri".registry.auths."https://registry.example.com"]
    password = "older-1.3-style-secret"
`;

const V3 = `version = 3

[plugins."io.containerd.cri.v1.images"]
  snapshotter = "overlayfs"

[plugins."io.containerd.cri.v1.images".registry]
  config_path = "/etc/containerd/certs.d:/etc/docker/certs.d"

[plugins."io.containerd.cri.v1.images".pinned_images]
  sandbox = "registry.k8s.io/pause:3.10"
`;

const HUGO = `baseURL = "https://example.org/"
languageCode = "en-us"
title = "My New Hugo Site"
theme = "ananke"

[params]
  description = "plugins: cri and io.containerd are words in this sentence"

[[menu.main]]
  name = "Blog"
  url = "/posts/"
`;

describe('containerdFormat.matches', () => {
  it('claims containerd configs by name and plugin table, in every version and layout', () => {
    expect(containerdFormat.matches('/etc/containerd/config.toml', V1)).toBe(true);
    expect(containerdFormat.matches('infra/node/config.toml', V2)).toBe(true);
    expect(containerdFormat.matches('config.toml', V3)).toBe(true);
    expect(containerdFormat.matches('etc/containerd/conf.d/10-mirrors.toml', V2)).toBe(true);
    expect(containerdFormat.matches('C:\\Program Files\\containerd\\config.toml', V2)).toBe(true);
    expect(containerdFormat.matches('ansible/files/containerd-config.toml', V1)).toBe(true);
    const pluginsTable =
      '[plugins]\n  [plugins."io.containerd.grpc.v1.cri".registry]\n    config_path = ""\n';
    expect(containerdFormat.matches('config.toml', pluginsTable)).toBe(true);
    const dottedUnderPlugins = '[plugins]\n"io.containerd.grpc.v1.cri".registry.config_path = "/etc/x"\n';
    expect(containerdFormat.matches('config.toml', dottedUnderPlugins)).toBe(true);
    // A CRI registry table is containerd's whatever the file is called (containerd's own test data).
    expect(containerdFormat.matches('integration/client/testdata/default-1.7.toml', V2)).toBe(true);
    expect(
      containerdFormat.matches(
        'k8s/node.toml',
        '[plugins."io.containerd.cri.v1.images".registry]\n  config_path = ""\n'
      )
    ).toBe(true);
  });

  it('leaves other config.toml and *.toml files alone', () => {
    expect(containerdFormat.matches('site/config.toml', HUGO)).toBe(false);
    expect(
      containerdFormat.matches('.cargo/config.toml', '[registries.crates-io]\nprotocol = "sparse"\n')
    ).toBe(false);
    // Plugin tables without a CRI registry table, under a name outside containerd.
    expect(
      containerdFormat.matches(
        'pyproject.toml',
        '[plugins."io.containerd.grpc.v1.cri"]\n  enable_selinux = false\n'
      )
    ).toBe(false);
    expect(containerdFormat.matches('docs/containerd-notes.md', V2)).toBe(false);
    expect(
      containerdFormat.matches(
        'etc/containerd/certs.d/docker.io/hosts.toml',
        'server = "https://registry-1.docker.io"\n'
      )
    ).toBe(false);
    expect(
      containerdFormat.matches(
        'buildkitd.toml',
        '[worker.containerd]\n  enabled = true\n  namespace = "buildkit"\n'
      )
    ).toBe(false);
  });
});

describe('containerdFormat.parse', () => {
  it('reads config v1: http:// mirror endpoints, skip-verify and inline credentials', () => {
    const document = containerdFormat.parse(V1, 'etc/containerd/config.toml');
    expect(document.format).toBe('containerd');
    expect(document.insecureEndpoints).toEqual([
      {
        setting: 'plain-http',
        registry: 'hub-cache.corp.internal:5000',
        mirrorOf: 'docker.io',
        key: 'endpoint',
        region: { startLine: 8, startColumn: 15, endLine: 8, endColumn: 52 },
        lowRisk: false
      },
      {
        setting: 'skip-verify',
        registry: 'registry.corp.internal',
        key: 'insecure_skip_verify',
        region: { startLine: 11, startColumn: 3, endLine: 11, endColumn: 23 },
        lowRisk: false
      }
    ]);
    expect(document.credentials).toEqual([
      {
        registry: 'registry.corp.internal',
        key: 'password',
        value: 'Sup3r-s3cret-deploy-pw',
        region: { startLine: 15, startColumn: 3, endLine: 15, endColumn: 11 }
      }
    ]);
    expect(document.listeners).toEqual([]);
    expect(document.trustWeaknesses).toEqual([]);
    expect(document.shortNames).toBeUndefined();
  });

  it('reads config v2: skip-verify on a mirror endpoint counts for the mirrored registry', () => {
    const document = containerdFormat.parse(V2, 'config.toml');
    expect(document.insecureEndpoints).toEqual([
      {
        setting: 'skip-verify',
        registry: 'mirror.corp.internal:5443',
        mirrorOf: 'docker.io',
        key: 'insecure_skip_verify',
        region: { startLine: 14, startColumn: 7, endLine: 14, endColumn: 27 },
        lowRisk: false
      }
    ]);
    expect(document.credentials.map(c => [c.registry, c.key, c.value, c.region.startLine])).toEqual([
      ['gcr.io', 'auth', 'X2pzb25fa2V5OnNlcnZpY2UtYWNjb3VudC1rZXk=', 16],
      ['ghcr.io', 'identitytoken', 'eyJhbGciOiJSUzI1NiJ9.ci-refresh', 18],
      ['registry.example.com', 'password', 'older-1.3-style-secret', 22]
    ]);
  });

  it('reads config v3: a config_path pointer alone is nothing to report', () => {
    const document = containerdFormat.parse(V3, 'config.toml');
    expect(document.insecureEndpoints).toEqual([]);
    expect(document.credentials).toEqual([]);
  });

  it('reads v3 mirrors written with dotted keys; loopback endpoints are low risk, https ones fine', () => {
    const text = `version = 3
[plugins."io.containerd.cri.v1.images".registry]
  mirrors."localhost:5000".endpoint = ["http://localhost:5000"]
  mirrors."*".endpoint = ["http://127.0.0.1:5001/v2/proxy", "https://cache.example.com"]
  configs."localhost:5000".tls = { insecure_skip_verify = true }
  configs."cache.example.com".tls.insecure_skip_verify = false
`;
    const document = containerdFormat.parse(text, 'config.toml');
    expect(
      document.insecureEndpoints.map(e => [e.setting, e.registry, e.mirrorOf, e.lowRisk, e.region.startLine])
    ).toEqual([
      ['plain-http', 'localhost:5000', undefined, true, 3],
      ['plain-http', '127.0.0.1:5001', '*', true, 4],
      ['skip-verify', 'localhost:5000', undefined, true, 5]
    ]);
  });

  it('reads mirrors."*" as a default for registries without a mirrors entry of their own (CRI registryEndpoints)', () => {
    const text = `version = 2
[plugins."io.containerd.grpc.v1.cri".registry.mirrors."*"]
  endpoint = ["http://cache.corp.internal:5000"]
[plugins."io.containerd.grpc.v1.cri".registry.mirrors."docker.io"]
  endpoint = ["https://registry-1.docker.io"]
[plugins."io.containerd.grpc.v1.cri".registry.configs."gcr.io".tls]
  ca_file = "/etc/ssl/corp-ca.pem"
`;
    const document = containerdFormat.parse(text, 'config.toml');
    expect(document.insecureEndpoints.map(e => [e.registry, e.mirrorOf, e.fallback])).toEqual([
      ['cache.corp.internal:5000', '*', 'endpoint']
    ]);
    // a configs entry is not a mirrors entry: the CRI still sends gcr.io through the "*" mirror
    expect(document.configuredRegistries).toEqual(['docker.io']);
  });

  it('treats every spelling of the registry table as one model in one file', () => {
    const text = `[plugins.cri.registry.mirrors."a.example.com"]
  endpoint = ["http://a-mirror.example.com"]
[plugins."io.containerd.grpc.v1.cri".registry.mirrors."b.example.com"]
  endpoint = ["http://b-mirror.example.com"]
[plugins."io.containerd.cri.v1.images".registry.mirrors."c.example.com"]
  endpoint = ["HTTP://c-mirror.example.com"]
`;
    const document = containerdFormat.parse(text, 'config.toml');
    expect(document.insecureEndpoints.map(e => [e.registry, e.mirrorOf])).toEqual([
      ['a-mirror.example.com', 'a.example.com'],
      ['b-mirror.example.com', 'b.example.com'],
      ['c-mirror.example.com', 'c.example.com']
    ]);
  });

  it('ignores strings where booleans belong, empty secrets and unrelated plugin tables', () => {
    const text = `version = 2
[plugins."io.containerd.grpc.v1.cri".registry.configs."r.example.com".tls]
  insecure_skip_verify = "true"
[plugins."io.containerd.grpc.v1.cri".registry.configs."r.example.com".auth]
  username = "robot"
  password = "   "
[plugins."io.containerd.grpc.v1.cri".registry.mirrors."docker.io"]
  endpoint = "http://not-a-list.example.com"
[plugins."io.containerd.runtime.v1.linux".registry.mirrors."x.example.com"]
  endpoint = ["http://elsewhere.example.com"]
`;
    const document = containerdFormat.parse(text, 'config.toml');
    // containerd's decoder would reject the string; the endpoint still says HTTP
    expect(document.insecureEndpoints.map(e => [e.setting, e.registry])).toEqual([
      ['plain-http', 'not-a-list.example.com']
    ]);
    expect(document.credentials).toEqual([]);
  });

  it('turns malformed TOML into an InputParseError with its line', () => {
    const broken =
      'version = 2\n[plugins."io.containerd.grpc.v1.cri".registry.configs."r.example.com".tls]\n  insecure_skip_verify = yes\n';
    expect(containerdFormat.matches('config.toml', broken)).toBe(true);
    expect(() => containerdFormat.parse(broken, 'config.toml')).toThrow(InputParseError);
    try {
      containerdFormat.parse(broken, 'config.toml');
    } catch (error) {
      expect((error as InputParseError).line).toBe(3);
    }
    const duplicate = '[plugins.cri.registry]\nconfig_path = "a"\nconfig_path = "b"\n';
    expect(() => containerdFormat.parse(duplicate, 'config.toml')).toThrow(InputParseError);
  });
});
