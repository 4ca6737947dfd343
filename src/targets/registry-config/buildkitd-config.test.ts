import { InputParseError } from '../../core/errors.js';
import { buildkitdFormat } from './buildkitd-config.js';

const BUILDKITD = `debug = true
root = "/var/lib/buildkit"

[worker.oci]
  enabled = true

[worker.containerd]
  enabled = false

[registry."docker.io"]
  mirrors = ["mirror.corp.internal:5000", "harbor.corp.internal/proxy.docker.io"]
  http = true
  insecure = true
  ca = ["/etc/config/corp-ca.pem"]
  [[registry."docker.io".keypair]]
    key = "/etc/config/client-key.pem"
    cert = "/etc/config/client-cert.pem"

# a mirror's own switches live in its own table
[registry."mirror.corp.internal:5000"]
  http = true

[registry."harbor.corp.internal"]
  insecure = true

[registry."localhost:5000"]
  http = true
`;

describe('buildkitdFormat.matches', () => {
  it('claims buildkitd.toml, and other TOML files with BuildKit registry tables', () => {
    expect(buildkitdFormat.matches('buildkitd.toml', BUILDKITD)).toBe(true);
    expect(buildkitdFormat.matches('/etc/buildkit/buildkitd.toml', 'debug = true\n')).toBe(true);
    expect(
      buildkitdFormat.matches(
        '.github/buildkit-config.toml',
        '[registry."docker.io"]\n  mirrors = ["mirror.gcr.io"]\n'
      )
    ).toBe(true);
    expect(buildkitdFormat.matches('ci/builder.toml', "[registry.'reg.local:5000']\nhttp = true\n")).toBe(
      true
    );
  });

  it('leaves containerd, Cargo, registries.conf and other TOML files alone', () => {
    const containerd =
      'version = 2\n[plugins."io.containerd.grpc.v1.cri".registry.mirrors."docker.io"]\n  endpoint = ["http://m.local"]\n[registry."x"]\nhttp = true\n';
    expect(buildkitdFormat.matches('config.toml', containerd)).toBe(false);
    expect(
      buildkitdFormat.matches(
        '.cargo/config.toml',
        '[registry]\ndefault = "crates-io"\n[http]\ncheck-revoke = false\n'
      )
    ).toBe(false);
    expect(buildkitdFormat.matches('registries.conf', '[registry."docker.io"]\ninsecure = true\n')).toBe(
      false
    );
    expect(
      buildkitdFormat.matches('netlify.toml', '[build]\n  command = "hugo"\n  publish = "public"\n')
    ).toBe(false);
    expect(
      buildkitdFormat.matches('docs/registry.toml', '[registry."docker.io"]\ndescription = "Docker Hub"\n')
    ).toBe(false);
  });
});

describe('buildkitdFormat.parse', () => {
  it('reads http and insecure per registry; a mirror with its own switches counts for the registry it mirrors', () => {
    const document = buildkitdFormat.parse(BUILDKITD, 'buildkitd.toml');
    expect(document.format).toBe('buildkitd');
    expect(document.insecureEndpoints).toEqual([
      {
        setting: 'plain-http',
        registry: 'docker.io',
        key: 'http',
        region: { startLine: 12, startColumn: 3, endLine: 12, endColumn: 7 },
        lowRisk: false
      },
      {
        setting: 'skip-verify',
        registry: 'docker.io',
        key: 'insecure',
        region: { startLine: 13, startColumn: 3, endLine: 13, endColumn: 11 },
        lowRisk: false
      },
      {
        setting: 'plain-http',
        registry: 'mirror.corp.internal:5000',
        mirrorOf: 'docker.io',
        key: 'http',
        region: { startLine: 21, startColumn: 3, endLine: 21, endColumn: 7 },
        lowRisk: false
      },
      {
        setting: 'skip-verify',
        registry: 'harbor.corp.internal',
        mirrorOf: 'docker.io',
        key: 'insecure',
        region: { startLine: 24, startColumn: 3, endLine: 24, endColumn: 11 },
        lowRisk: false
      },
      {
        setting: 'plain-http',
        registry: 'localhost:5000',
        key: 'http',
        region: { startLine: 27, startColumn: 3, endLine: 27, endColumn: 7 },
        lowRisk: true
      }
    ]);
    expect(document.credentials).toEqual([]);
    expect(document.listeners).toEqual([]);
  });

  it('ignores a scheme in a mirror (BuildKit uses https unless the mirror has http = true), false and string switches', () => {
    const text = `[registry."docker.io"]
  mirrors = ["http://mirror.gcr.io"]
  http = false
[registry."ghcr.io"]
  insecure = "true"
`;
    expect(buildkitdFormat.parse(text, 'buildkitd.toml').insecureEndpoints).toEqual([]);
  });

  it('counts a mirror for every registry that lists it', () => {
    const text = `[registry."docker.io"]
  mirrors = ["cache.corp.internal"]
[registry."quay.io"]
  mirrors = ["cache.corp.internal/quay"]
[registry."cache.corp.internal"]
  http = true
`;
    const document = buildkitdFormat.parse(text, 'buildkitd.toml');
    expect(document.insecureEndpoints.map(e => [e.registry, e.mirrorOf, e.region.startLine])).toEqual([
      ['cache.corp.internal', 'docker.io', 6],
      ['cache.corp.internal', 'quay.io', 6]
    ]);
  });

  it('reads a file without registry tables as nothing to report', () => {
    expect(
      buildkitdFormat.parse('debug = true\n[worker.oci]\n  enabled = true\n', 'buildkitd.toml')
        .insecureEndpoints
    ).toEqual([]);
  });

  it('turns malformed TOML into an InputParseError with its line', () => {
    try {
      buildkitdFormat.parse('[registry."docker.io"]\n  http = true\n  http = false\n', 'buildkitd.toml');
      throw new Error('expected an InputParseError');
    } catch (error) {
      expect(error).toBeInstanceOf(InputParseError);
      expect((error as InputParseError).line).toBe(3);
    }
    expect(() => buildkitdFormat.parse('[registry."docker.io\nhttp = true\n', 'buildkitd.toml')).toThrow(
      InputParseError
    );
  });
});
