import { InputParseError } from '../../core/errors.js';
import { containerdHostsFormat, registriesWithOwnHostsDirectory } from './containerd-hosts.js';
import type { InsecureEndpoint } from './registry-config-document.js';

const DOCKER_IO = `# pulls for docker.io try the mirrors first, then Docker Hub
server = "https://registry-1.docker.io"

[host."http://192.168.10.20:5000"]
  capabilities = ["pull", "resolve"]

[host."https://mirror.corp.internal"]
  capabilities = ["pull"]
  skip_verify = true
  ca = "/etc/containerd/certs.d/docker.io/corp-ca.crt"

[host."https://cache.corp.internal:8443"]
  capabilities = ["pull", "resolve"]
  ca = ["corp-ca.crt"]
`;

const ANSIBLE_INVENTORY = `[all.vars]
ansible_user = "deploy"

[web.hosts]
web1 = { ansible_host = "10.0.0.11" }
web2 = { ansible_host = "10.0.0.12" }
`;

describe('containerdHostsFormat.matches', () => {
  it('claims hosts.toml under certs.d, or elsewhere with hosts-file keys', () => {
    expect(containerdHostsFormat.matches('etc/containerd/certs.d/docker.io/hosts.toml', DOCKER_IO)).toBe(
      true
    );
    expect(containerdHostsFormat.matches('certs.d/ghcr.io/hosts.toml', 'ca = "ghcr-ca.crt"\n')).toBe(true);
    expect(
      containerdHostsFormat.matches('C:\\ProgramData\\containerd\\certs.d\\docker.io\\hosts.toml', DOCKER_IO)
    ).toBe(true);
    expect(
      containerdHostsFormat.matches('deploy/node/hosts.toml', 'server = "http://reg.local:5000"\n')
    ).toBe(true);
    expect(containerdHostsFormat.matches('deploy/node/hosts.toml', '[host."https://m.local"]\n')).toBe(true);
  });

  it('leaves other hosts.toml and TOML files alone', () => {
    expect(containerdHostsFormat.matches('inventory/hosts.toml', ANSIBLE_INVENTORY)).toBe(false);
    expect(containerdHostsFormat.matches('etc/containerd/certs.d/docker.io/hosts.txt', DOCKER_IO)).toBe(
      false
    );
    expect(containerdHostsFormat.matches('etc/containerd/config.toml', DOCKER_IO)).toBe(false);
    expect(containerdHostsFormat.matches('certs.d/docker.io/my-hosts.toml.bak', DOCKER_IO)).toBe(false);
  });
});

describe('containerdHostsFormat.parse', () => {
  it('reads mirrors of a namespace: http:// hosts and skip_verify, graded by capabilities', () => {
    const document = containerdHostsFormat.parse(DOCKER_IO, 'etc/containerd/certs.d/docker.io/hosts.toml');
    expect(document.format).toBe('containerd-hosts');
    expect(document.insecureEndpoints).toEqual([
      {
        setting: 'plain-http',
        registry: '192.168.10.20:5000',
        mirrorOf: 'docker.io',
        key: 'host."http://192.168.10.20:5000"',
        region: { startLine: 4, startColumn: 7, endLine: 4, endColumn: 34 },
        lowRisk: false
      },
      {
        // trusted only to pull: never resolves tags, and what it serves is digest-checked
        setting: 'skip-verify',
        registry: 'mirror.corp.internal',
        mirrorOf: 'docker.io',
        resolvesTags: false,
        key: 'skip_verify',
        region: { startLine: 9, startColumn: 3, endLine: 9, endColumn: 14 },
        lowRisk: true
      }
    ]);
    expect(document.credentials).toEqual([]);
    expect(document.listeners).toEqual([]);
  });

  it('reads an http:// server for a host_port_ directory as the namespace itself', () => {
    const text = '# an in-cluster registry without TLS\nserver = "http://registry.corp.internal:5000"\n';
    const document = containerdHostsFormat.parse(
      text,
      'etc/containerd/certs.d/registry.corp.internal_5000_/hosts.toml'
    );
    expect(document.insecureEndpoints).toEqual([
      {
        setting: 'plain-http',
        registry: 'registry.corp.internal:5000',
        key: 'server',
        region: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 7 },
        lowRisk: false
      }
    ]);
  });

  it('reads an upstream server on another host as the namespace upstream, resolving unless pull-only', () => {
    const fields = (e: InsecureEndpoint) => [e.registry, e.mirrorOf, e.upstream, e.resolvesTags, e.lowRisk];
    const resolving = containerdHostsFormat.parse(
      'server = "http://proxy.corp.internal/v2/quay"\n',
      'certs.d/quay.io/hosts.toml'
    );
    expect(resolving.insecureEndpoints.map(fields)).toEqual([
      ['proxy.corp.internal', 'quay.io', true, undefined, false]
    ]);
    const pullOnly = containerdHostsFormat.parse(
      'server = "http://proxy.corp.internal"\ncapabilities = ["pull"]\n',
      'certs.d/quay.io/hosts.toml'
    );
    expect(pullOnly.insecureEndpoints.map(fields)).toEqual([
      ['proxy.corp.internal', 'quay.io', true, false, true]
    ]);
  });

  it('never keeps the password of a mirror URL in the key it quotes', () => {
    const text = `[host."http://deploy:Mx7qPz2KvL9wRt4N@mirror.corp.internal:5000"]
  capabilities = ["pull", "resolve"]
`;
    const document = containerdHostsFormat.parse(text, 'etc/containerd/certs.d/docker.io/hosts.toml');
    expect(document.insecureEndpoints.map(e => [e.registry, e.key])).toEqual([
      ['mirror.corp.internal:5000', 'host."http://deploy:Mx7q…@mirror.corp.internal:5000"']
    ]);
  });

  it('reads _default as every registry and loopback hosts as low risk', () => {
    const text = `[host."http://localhost:5000"]
  capabilities = ["pull", "resolve"]

[host."http://[::1]:5001"]
  capabilities = ["pull", "resolve", "push"]
`;
    const document = containerdHostsFormat.parse(text, 'etc/containerd/certs.d/_default/hosts.toml');
    expect(document.insecureEndpoints.map(e => [e.registry, e.mirrorOf, e.lowRisk])).toEqual([
      ['localhost:5000', '*', true],
      ['[::1]:5001', '*', true]
    ]);
  });

  it('marks what _default sets as a fallback, and nothing a registry directory sets', () => {
    const text = 'server = "http://fallback.corp.internal:5000"\nskip_verify = true\n';
    const fallback = containerdHostsFormat.parse(text, 'etc/containerd/certs.d/_default/hosts.toml');
    expect(fallback.insecureEndpoints.map(e => [e.key, e.fallback])).toEqual([
      ['server', 'endpoint'],
      ['skip_verify', 'endpoint']
    ]);
    for (const directory of ['docker.io', 'registry.corp.internal_5000_', '_default.bak']) {
      const own = containerdHostsFormat.parse(text, `etc/containerd/certs.d/${directory}/hosts.toml`);
      expect(own.insecureEndpoints.map(e => e.fallback)).toEqual([undefined, undefined]);
    }
  });

  it('grades push and default capabilities as full risk; pull-only plain HTTP as low', () => {
    const text = `[host."http://push-cache.corp.internal"]
  capabilities = ["pull", "push"]

[host."http://all-caps.corp.internal"]

[host."http://pull-only.corp.internal"]
  capabilities = ["PULL"]
`;
    const document = containerdHostsFormat.parse(text, 'certs.d/ghcr.io/hosts.toml');
    // every [host] is a mirror of ghcr.io; only those that resolve tags count for it (BH401)
    expect(
      document.insecureEndpoints.map(e => [e.registry, e.mirrorOf, e.resolvesTags, e.upstream, e.lowRisk])
    ).toEqual([
      ['push-cache.corp.internal', 'ghcr.io', false, undefined, false],
      ['all-caps.corp.internal', 'ghcr.io', undefined, undefined, false],
      ['pull-only.corp.internal', 'ghcr.io', false, undefined, true]
    ]);
  });

  it('reads a root skip_verify as the namespace upstream, and https or scheme-less hosts as fine', () => {
    const text = `skip_verify = true

[host."mirror.corp.internal:5000"]
  capabilities = ["pull", "resolve"]

[host."https://tls.corp.internal"]
  skip_verify = false
`;
    const document = containerdHostsFormat.parse(text, 'certs.d/registry.corp.internal/hosts.toml');
    expect(document.insecureEndpoints).toEqual([
      {
        setting: 'skip-verify',
        registry: 'registry.corp.internal',
        key: 'skip_verify',
        region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 12 },
        lowRisk: false
      }
    ]);
  });

  it('names no namespace for a hosts file outside a host directory', () => {
    const withServer = containerdHostsFormat.parse(
      'server = "http://reg.local:5000"\n[host."http://m.local"]\n',
      'deploy/containerd/hosts.toml'
    );
    expect(withServer.insecureEndpoints.map(e => [e.registry, e.mirrorOf])).toEqual([
      ['reg.local:5000', undefined],
      ['m.local', undefined]
    ]);
    const bare = containerdHostsFormat.parse('skip_verify = true\n', 'hosts.toml');
    expect(bare.insecureEndpoints.map(e => e.registry)).toEqual(['*']);
  });

  it('turns malformed TOML into an InputParseError with its line', () => {
    const broken = 'server = "https://registry-1.docker.io"\n[host."http://m.local"\n  skip_verify = true\n';
    expect(() => containerdHostsFormat.parse(broken, 'certs.d/docker.io/hosts.toml')).toThrow(
      InputParseError
    );
    const twice = '[host."http://m.local"]\nskip_verify = true\n[host."http://m.local"]\n';
    try {
      containerdHostsFormat.parse(twice, 'certs.d/docker.io/hosts.toml');
      throw new Error('expected an InputParseError');
    } catch (error) {
      expect(error).toBeInstanceOf(InputParseError);
      expect((error as InputParseError).line).toBe(3);
    }
  });
});

describe('registriesWithOwnHostsDirectory', () => {
  // nerdctl's rootless layout (~/.config/containerd/certs.d): one directory per registry, either spelling.
  const files = [
    'home/.config/containerd/certs.d/_default/hosts.toml',
    'home/.config/containerd/certs.d/docker.io/hosts.toml',
    'home/.config/containerd/certs.d/registry2:5000/hosts.toml',
    'home/.config/containerd/certs.d/192.168.12.34_5000_/hosts.toml',
    'home/.config/containerd/certs.d/Quay.IO/ca.crt',
    'home/.config/containerd/certs.d/README.md',
    'etc/containerd/certs.d/ghcr.io/hosts.toml',
    'home/.config/containerd/config.toml'
  ];

  it('names the sibling directories of _default as registries, whatever they hold', () => {
    const own = registriesWithOwnHostsDirectory('home/.config/containerd/certs.d/_default/hosts.toml', files);
    expect([...own].sort()).toEqual(['192.168.12.34:5000', 'docker.io', 'quay.io', 'registry2:5000']);
  });

  it('reads only its own certs.d root, and a root at the top of the scan', () => {
    expect([...registriesWithOwnHostsDirectory('etc/containerd/certs.d/_default/hosts.toml', files)]).toEqual(
      ['ghcr.io']
    );
    const top = ['_default/hosts.toml', 'registry.corp.internal_5000_/hosts.toml', 'hosts.toml'];
    expect([...registriesWithOwnHostsDirectory('_default/hosts.toml', top)]).toEqual([
      'registry.corp.internal:5000'
    ]);
  });
});
