import { InputParseError } from '../../core/errors.js';
import { classifyFile, mightBeTarget } from '../../engine/classify-file.js';
import { registryFormatOf } from './parse-registry-config.js';
import { registriesConfFormat } from './registries-conf.js';

const V2 = `unqualified-search-registries = ["registry.fedoraproject.org", "registry.access.redhat.com", "docker.io"]
short-name-mode = "permissive"

[[registry]]
prefix = "example.com/foo"
location = "internal-registry.corp.internal/bar"
insecure = true

[[registry.mirror]]
location = "mirror-0.corp.internal/mirror-for-foo"

[[registry.mirror]]
location = "mirror-1.corp.internal/mirrors/foo"
insecure = true

[[registry.mirror]]
location = "mirror-2.corp.internal/foo"
insecure = true
pull-from-mirror = "digest-only"

[[registry]]
location = "localhost:5000"
insecure = true

[[registry]]
prefix = "*.dev.corp.internal"
insecure = true

[[registry]]
location = "quay.io"
mirror-by-digest-only = true

[[registry.mirror]]
location = "quay-cache.corp.internal"
insecure = true

[[registry]]
location = "registry.access.redhat.com"
insecure = false
blocked = false
`;

const V1 = `# deprecated v1 syntax, still read by containers/image
[registries.search]
registries = ['registry.access.redhat.com', 'quay.io', 'docker.io']

[registries.insecure]
registries = [
  'registry.corp.internal:5000',
  '127.0.0.1:5000',
]

[registries.block]
registries = ['registry.untrusted.example']
`;

describe('registriesConfFormat.matches', () => {
  it('claims registries.conf and its drop-ins, v1 and v2', () => {
    expect(registriesConfFormat.matches('/etc/containers/registries.conf', V2)).toBe(true);
    expect(registriesConfFormat.matches('etc/containers/registries.conf', V1)).toBe(true);
    expect(
      registriesConfFormat.matches(
        'home/ci/.config/containers/registries.conf.d/010-shortnames.conf',
        'short-name-mode = "enforcing"\n'
      )
    ).toBe(true);
    expect(
      registriesConfFormat.matches(
        'etc/containers/registries.conf.d/000-shortnames.conf',
        '[aliases]\n  "fedora" = "registry.fedoraproject.org/fedora"\n'
      )
    ).toBe(true);
    expect(registriesConfFormat.matches('podman/mirrors.conf', '[[registry]]\nlocation = "m.local"\n')).toBe(
      true
    );
    expect(
      registriesConfFormat.matches('podman/search.conf', 'unqualified-search-registries = ["docker.io"]\n')
    ).toBe(true);
  });

  it('leaves systemd drop-ins, CRI-O and other .conf or TOML files alone', () => {
    const dropIn = '[Service]\nExecStart=\nExecStart=/usr/bin/dockerd --insecure-registry reg.local:5000\n';
    expect(registriesConfFormat.matches('etc/systemd/system/docker.service.d/override.conf', dropIn)).toBe(
      false
    );
    expect(registriesConfFormat.matches('nginx/conf.d/default.conf', 'server {\n  listen 80;\n}\n')).toBe(
      false
    );
    expect(
      registriesConfFormat.matches(
        'etc/crio/crio.conf',
        '[crio.image]\ninsecure_registries = ["reg.local:5000"]\n'
      )
    ).toBe(false);
    expect(registriesConfFormat.matches('etc/containers/registries.conf.d/README.md', V2)).toBe(false);
    expect(
      registriesConfFormat.matches('etc/containers/registries.conf.d/empty.conf', '# nothing yet\n')
    ).toBe(false);
    expect(registriesConfFormat.matches('etc/containers/registries.conf', 'key: value\n')).toBe(false);
  });
});

describe('registries.conf content under other names', () => {
  /** projectatomic/registries' test/test0.toml and its registries.fedora template, v1 syntax. */
  const V1_TEST =
    "[registries.search]\nregistries = ['registry1']\n\n[registries.insecure]\nregistries = ['registry2']\n\n[registries.block]\nregistries = ['registry3']\n";

  it('claims .toml files and registries.conf copies (registries.conf.sample, registries.fedora) by their tables and keys', () => {
    for (const path of [
      'test/test0.toml',
      'registries.conf.sample',
      'registries.fedora',
      'rpm/registries.redhat'
    ])
      expect([path, registryFormatOf(path, V1_TEST)]).toEqual([path, registriesConfFormat]);
    expect(registriesConfFormat.matches('registries.toml', V2)).toBe(true);
    expect(
      registriesConfFormat.matches('podman/search.toml', 'unqualified-search-registries = ["docker.io"]\n')
    ).toBe(true);
    expect(
      registriesConfFormat.matches('mirrors.toml', '[[registry]]\n# the cache\nlocation = "m.local"\n')
    ).toBe(true);
    expect(classifyFile('registries.fedora', V1_TEST)).toBe('registry-config');
    expect(mightBeTarget('registries.fedora')).toBe(true);
    expect(mightBeTarget('registries.conf.sample')).toBe(true);
    const insecure = registriesConfFormat.parse(V1_TEST, 'test/test0.toml').insecureEndpoints;
    expect(insecure.map(e => [e.setting, e.registry, e.region.startLine])).toEqual([
      ['insecure-registry', 'registry2', 5]
    ]);
  });

  it('leaves containerd, BuildKit, Cargo and Python TOML and registries source files alone', () => {
    const containerd =
      'version = 2\n[plugins."io.containerd.grpc.v1.cri".registry]\n  config_path = "/etc/containerd/certs.d"\n[plugins."io.containerd.grpc.v1.cri".registry.mirrors."docker.io"]\n  endpoint = ["https://mirror.gcr.io"]\n';
    expect(registriesConfFormat.matches('etc/containerd/config.toml', containerd)).toBe(false);
    expect(registryFormatOf('etc/containerd/config.toml', containerd)?.format).toBe('containerd');
    const buildkitd =
      '[registry."docker.io"]\n  mirrors = ["mirror.gcr.io"]\n[registry."r.local:5000"]\n  http = true\n';
    expect(registriesConfFormat.matches('buildkitd.toml', buildkitd)).toBe(false);
    // Cargo names alternate registries `[registries.<name>]` (even one called "search") with an `index`.
    const cargo =
      '[registry]\ndefault = "search"\n\n[registries.search]\nindex = "sparse+https://cargo.corp.example/index/"\n\n[registries.insecure]\nindex = "https://x.example/git/index"\ntoken = "${CARGO_TOKEN}"\n';
    expect(registriesConfFormat.matches('.cargo/config.toml', cargo)).toBe(false);
    expect(registryFormatOf('.cargo/config.toml', cargo)).toBeUndefined();
    const cargoManifest =
      '[package]\nname = "registry"\nversion = "0.1.0"\n\n[dependencies]\nserde = { version = "1", registry = "search" }\n';
    expect(registryFormatOf('Cargo.toml', cargoManifest)).toBeUndefined();
    const pyproject =
      '[project]\nname = "registries"\n\n[[tool.poetry.source]]\nname = "corp"\nurl = "https://pypi.corp.example/simple/"\n\n[[tool.uv.index]]\nname = "corp"\nurl = "https://pypi.corp.example/simple/"\n';
    expect(registryFormatOf('pyproject.toml', pyproject)).toBeUndefined();
    // Source, docs and templates named after registries.conf are not copies of it.
    for (const path of [
      'registries/registries.py',
      'docs/registries.md',
      'registries.conf.j2',
      'registries.json'
    ])
      expect([path, registriesConfFormat.matches(path, V1_TEST)]).toEqual([path, false]);
    expect(mightBeTarget('registries/registries.py')).toBe(false);
  });
});

describe('registriesConfFormat.parse', () => {
  it('reads v2 [[registry]] and [[registry.mirror]] insecure switches and short-name settings', () => {
    const document = registriesConfFormat.parse(V2, 'etc/containers/registries.conf');
    expect(document.format).toBe('registries-conf');
    expect(document.insecureEndpoints).toEqual([
      {
        setting: 'insecure-registry',
        registry: 'internal-registry.corp.internal/bar',
        mirrorOf: 'example.com/foo',
        key: 'insecure',
        region: { startLine: 7, startColumn: 1, endLine: 7, endColumn: 9 },
        lowRisk: false,
        prefix: true
      },
      {
        setting: 'insecure-registry',
        registry: 'mirror-1.corp.internal/mirrors/foo',
        mirrorOf: 'example.com/foo',
        key: 'insecure',
        region: { startLine: 14, startColumn: 1, endLine: 14, endColumn: 9 },
        lowRisk: false,
        prefix: true
      },
      {
        // used only for digest references: never resolves tags
        setting: 'insecure-registry',
        registry: 'mirror-2.corp.internal/foo',
        key: 'insecure',
        region: { startLine: 18, startColumn: 1, endLine: 18, endColumn: 9 },
        lowRisk: true,
        prefix: true
      },
      {
        setting: 'insecure-registry',
        registry: 'localhost:5000',
        key: 'insecure',
        region: { startLine: 23, startColumn: 1, endLine: 23, endColumn: 9 },
        lowRisk: true,
        prefix: true
      },
      {
        setting: 'insecure-registry',
        registry: '*.dev.corp.internal',
        key: 'insecure',
        region: { startLine: 27, startColumn: 1, endLine: 27, endColumn: 9 },
        lowRisk: false,
        prefix: false
      },
      {
        setting: 'insecure-registry',
        registry: 'quay-cache.corp.internal',
        key: 'insecure',
        region: { startLine: 35, startColumn: 1, endLine: 35, endColumn: 9 },
        lowRisk: true,
        prefix: true
      }
    ]);
    expect(document.shortNames).toEqual({
      searchRegistries: ['registry.fedoraproject.org', 'registry.access.redhat.com', 'docker.io'],
      mode: 'permissive',
      region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 30 }
    });
    expect(document.credentials).toEqual([]);
    expect(document.trustWeaknesses).toEqual([]);
  });

  it('reads v1 lists: one insecure registry per entry at its own line, search registries as short names', () => {
    const document = registriesConfFormat.parse(V1, 'etc/containers/registries.conf');
    expect(document.insecureEndpoints).toEqual([
      {
        setting: 'insecure-registry',
        registry: 'registry.corp.internal:5000',
        key: 'registries.insecure',
        region: { startLine: 7, startColumn: 3, endLine: 7, endColumn: 32 },
        lowRisk: false,
        prefix: true
      },
      {
        setting: 'insecure-registry',
        registry: '127.0.0.1:5000',
        key: 'registries.insecure',
        region: { startLine: 8, startColumn: 3, endLine: 8, endColumn: 19 },
        lowRisk: true,
        prefix: true
      }
    ]);
    expect(document.shortNames).toEqual({
      searchRegistries: ['registry.access.redhat.com', 'quay.io', 'docker.io'],
      region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 11 }
    });
  });

  it('reads a short-names drop-in; a mode without search registries is no short-name resolution', () => {
    const dropIn = registriesConfFormat.parse(
      'unqualified-search-registries = ["registry.corp.internal"]\nshort-name-mode = "enforcing"\n',
      'etc/containers/registries.conf.d/010-search.conf'
    );
    expect(dropIn.shortNames).toMatchObject({
      searchRegistries: ['registry.corp.internal'],
      mode: 'enforcing'
    });
    expect(dropIn.insecureEndpoints).toEqual([]);
    const modeOnly = registriesConfFormat.parse('short-name-mode = "disabled"\n', 'registries.conf');
    expect(modeOnly.shortNames).toBeUndefined();
    const emptyMode = registriesConfFormat.parse(
      'unqualified-search-registries = ["a.example.com", "b.example.com"]\nshort-name-mode = ""\n',
      'registries.conf'
    );
    expect(emptyMode.shortNames?.mode).toBeUndefined(); // unset or empty means permissive
  });

  it('takes the prefix as the registry when location is missing, and ignores secure or string switches', () => {
    const text = `[[registry]]
prefix = "registry.corp.internal:5000"
insecure = true

[[registry]]
location = "ghcr.io"
insecure = "true"

[[registry.mirror]]
location = "ghcr-mirror.corp.internal"
`;
    const document = registriesConfFormat.parse(text, 'registries.conf');
    expect(document.insecureEndpoints.map(e => [e.registry, e.mirrorOf, e.region.startLine])).toEqual([
      ['registry.corp.internal:5000', undefined, 3]
    ]);
  });

  it('turns malformed TOML into an InputParseError with its line', () => {
    try {
      registriesConfFormat.parse(
        '[[registry]]\nlocation = "a.example.com"\ninsecure = yes\n',
        'registries.conf'
      );
      throw new Error('expected an InputParseError');
    } catch (error) {
      expect(error).toBeInstanceOf(InputParseError);
      expect((error as InputParseError).line).toBe(3);
    }
    expect(() => registriesConfFormat.parse('[[registry]\nlocation = "x"\n', 'registries.conf')).toThrow(
      InputParseError
    );
  });
});
