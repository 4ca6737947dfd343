import { InputParseError } from '../../core/errors.js';
import { classifyFile } from '../../engine/classify-file.js';
import { k3sRegistriesFormat } from './k3s-registries.js';
import type { InsecureEndpoint } from './registry-config-document.js';

/** The k3s docs' "Without TLS" and wildcard examples, as a node would carry them. */
const REGISTRIES = `# /etc/rancher/k3s/registries.yaml
mirrors:
  docker.io:
    endpoint:
      - "http://registry.example.com:5000"
      - "https://registry-1.docker.io"
    rewrite:
      "^rancher/(.*)": "mirrorproject/rancher-images/$1"
  "*":
    endpoint:
      - "https://cache.example.com"
configs:
  "registry.example.com:5000":
    auth:
      username: deploy
      password: Xk92hQ7vLp3sWm
  "cache.example.com":
    tls:
      insecure_skip_verify: true
      ca_file: /etc/ssl/certs/corp-ca.pem
`;

const endpoints = (text: string) =>
  k3sRegistriesFormat
    .parse(text, 'registries.yaml')
    .insecureEndpoints.map((e: InsecureEndpoint) => [
      e.setting,
      e.registry,
      e.mirrorOf,
      e.fallback,
      e.region.startLine
    ]);

describe('k3sRegistriesFormat.matches', () => {
  it('claims registries.yaml with a top-level mirrors or configs mapping (k3s, RKE2, k3d)', () => {
    expect(k3sRegistriesFormat.matches('etc/rancher/k3s/registries.yaml', REGISTRIES)).toBe(true);
    expect(k3sRegistriesFormat.matches('etc/rancher/rke2/registries.yml', REGISTRIES)).toBe(true);
    const configsOnly =
      'configs:\r\n  # the lab registry\r\n  "10.0.0.5:5000":\r\n    tls:\r\n      insecure_skip_verify: true\r\n';
    expect(k3sRegistriesFormat.matches('k3d/registries.yaml', configsOnly)).toBe(true);
    expect(
      k3sRegistriesFormat.matches('registries.yaml', '"mirrors": {docker.io: {endpoint: [http://m:5000]}}\n')
    ).toBe(true);
    expect(
      k3sRegistriesFormat.matches(
        'registries.yaml',
        '---\nmirrors: # pull-through caches\n\n  quay.io:\n    endpoint: []\n'
      )
    ).toBe(true);
  });

  it('leaves other registries.yaml files and other names alone', () => {
    // a list of registries (a CI matrix), and mirrors that are not a mapping
    expect(k3sRegistriesFormat.matches('ci/registries.yaml', 'registries:\n  - ghcr.io\n  - quay.io\n')).toBe(
      false
    );
    expect(k3sRegistriesFormat.matches('registries.yaml', 'mirrors:\n  - https://mirror.example.com\n')).toBe(
      false
    );
    expect(k3sRegistriesFormat.matches('registries.yaml', 'mirrors: none\nconfigs:\n')).toBe(false);
    // mirrors nested under another key (an Ansible role's variables)
    expect(
      k3sRegistriesFormat.matches(
        'registries.yaml',
        'k3s_registries:\n  mirrors:\n    docker.io:\n      endpoint: []\n'
      )
    ).toBe(false);
    expect(k3sRegistriesFormat.matches('config.yaml', REGISTRIES)).toBe(false);
    expect(k3sRegistriesFormat.matches('registries.yaml.tmpl', REGISTRIES)).toBe(false);
  });

  it('makes the file registry configuration rather than nothing', () => {
    expect(classifyFile('etc/rancher/k3s/registries.yaml', REGISTRIES)).toBe('registry-config');
    expect(classifyFile('ci/registries.yaml', 'registries:\n  - ghcr.io\n')).toBeUndefined();
  });
});

describe('k3sRegistriesFormat.parse', () => {
  it('reads http:// mirror endpoints, insecure_skip_verify and inline credentials as containerd does', () => {
    const document = k3sRegistriesFormat.parse(REGISTRIES, 'etc/rancher/k3s/registries.yaml');
    expect(document.format).toBe('k3s-registries');
    expect(endpoints(REGISTRIES)).toEqual([
      ['plain-http', 'registry.example.com:5000', 'docker.io', undefined, 5],
      // cache.example.com is contacted as itself (its own entry), and as the "*" mirror (a default)
      ['skip-verify', 'cache.example.com', '*', 'mirror', 19]
    ]);
    expect(document.credentials.map(c => [c.registry, c.key, c.value, c.region.startLine])).toEqual([
      ['registry.example.com:5000', 'password', 'Xk92hQ7vLp3sWm', 16]
    ]);
    expect(document.configuredRegistries).toEqual([
      'docker.io',
      'registry.example.com:5000',
      'cache.example.com'
    ]);
  });

  it('marks the "*" entries as defaults', () => {
    const text = `mirrors:
  "*":
    endpoint: ["http://proxy-dockerhub:5000"]
configs:
  "*":
    tls:
      insecure_skip_verify: true
  docker.io:
`;
    expect(endpoints(text)).toEqual([
      ['plain-http', 'proxy-dockerhub:5000', '*', 'endpoint', 3],
      ['skip-verify', '*', undefined, 'endpoint', 7]
    ]);
    expect(k3sRegistriesFormat.parse(text, 'registries.yaml').configuredRegistries).toEqual(['docker.io']);
  });

  it("reads booleans and auth keys the way k3s's decoder does", () => {
    const text = `configs:
  a.example.com:
    tls: {insecure_skip_verify: yes}
  b.example.com:
    tls: {insecure_skip_verify: "true"}
  c.example.com:
    tls: {insecure_skip_verify: false}
  d.example.com:
    auth:
      username: robot
      auth: ZGVwbG95Olhrb3A5MnRQcVp3
      identity_token: eyJhbGciOiJSUzI1NiJ9.k3s-refresh
      identitytoken: not-read-by-k3s
`;
    expect(endpoints(text)).toEqual([['skip-verify', 'a.example.com', undefined, undefined, 3]]);
    const document = k3sRegistriesFormat.parse(text, 'registries.yaml');
    expect(document.credentials.map(c => [c.registry, c.key])).toEqual([
      ['d.example.com', 'auth'],
      ['d.example.com', 'identity_token']
    ]);
  });

  it('reads an empty file or empty sections as nothing, and the first document only', () => {
    expect(endpoints('')).toEqual([]);
    expect(endpoints('mirrors:\nconfigs:\n')).toEqual([]);
    expect(
      endpoints('mirrors: {}\n---\nmirrors:\n  docker.io:\n    endpoint: [http://m.example.com]\n')
    ).toEqual([]);
  });

  it('turns malformed YAML into an InputParseError with its line', () => {
    const broken = 'mirrors:\n  docker.io:\n    endpoint: ["http://m.example.com"\nconfigs:\n';
    expect(() => k3sRegistriesFormat.parse(broken, 'registries.yaml')).toThrow(InputParseError);
  });
});
