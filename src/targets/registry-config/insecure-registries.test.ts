import type { InsecureRegistry } from '../../core/repository.js';
import { parseImageReference, type ImageReference } from '../dockerfile/image-reference.js';
import { containerdHostsFormat } from './containerd-hosts.js';
import { k3sRegistriesFormat } from './k3s-registries.js';
import { insecureRegistriesOf, matchInsecureRegistries } from './insecure-registries.js';

function entry(pattern: string, prefix = false, line = 1, except?: ReadonlySet<string>): InsecureRegistry {
  return {
    pattern,
    prefix,
    setting: 'insecure-registry',
    key: 'insecure-registries',
    location: {
      file: 'daemon.json',
      region: { startLine: line, startColumn: 1, endLine: line, endColumn: 2 },
      message: `'${pattern}'`
    },
    ...(except ? { except } : {})
  };
}

function reference(raw: string): ImageReference {
  const parsed = parseImageReference(raw);
  if (!parsed) throw new Error(`not an image reference: ${raw}`);
  return parsed;
}

const patterns = (matches: InsecureRegistry[]) => matches.map(match => match.pattern);

describe('matchInsecureRegistries', () => {
  const config = [
    entry('mirror.local:5000'),
    entry('10.0.0.0/8'),
    entry('*.corp.example.com'),
    entry('registry.example.com/team', true),
    entry('*'),
    entry('mirror.local:5000')
  ];

  it.each([
    ['mirror.local:5000/app:1', ['mirror.local:5000', '*', 'mirror.local:5000']],
    ['mirror.local/app:1', ['*']],
    ['10.1.2.3:5000/app:1', ['10.0.0.0/8', '*']],
    ['11.1.2.3/app:1', ['*']],
    ['a.b.corp.example.com/app:1', ['*.corp.example.com', '*']],
    ['corp.example.com/app:1', ['*']],
    ['registry.example.com/team/app:1', ['registry.example.com/team', '*']],
    ['registry.example.com/teammate/app:1', ['*']]
  ])('%s falls under %j, in config order', (raw, expected) => {
    expect(patterns(matchInsecureRegistries(reference(raw), config))).toEqual(expected);
  });

  it('matches a registries.conf prefix that is the bare registry or the whole name', () => {
    const prefixes = [entry('registry.example.com', true), entry('registry.example.com/team/app', true)];
    expect(patterns(matchInsecureRegistries(reference('registry.example.com/team/app:1'), prefixes))).toEqual(
      ['registry.example.com', 'registry.example.com/team/app']
    );
  });

  it("leaves a default's entries out for the registries that have configuration of their own", () => {
    const own = new Set(['docker.io', 'registry2:5000', 'fallback.corp.internal:5000']);
    const registries = [
      entry('*', false, 1, own),
      entry('fallback.corp.internal:5000', false, 1, own),
      entry('registry2:5000', false, 2)
    ];
    const answers = [
      'quay.io/app:1',
      'nginx:1',
      'registry2:5000/app:1',
      'fallback.corp.internal:5000/app:1'
    ].map(raw => patterns(matchInsecureRegistries(reference(raw), registries)));
    expect(answers).toEqual([['*'], [], ['registry2:5000'], []]);
  });

  it("keeps a later entry when a default's excepted entries fill the first ten lines", () => {
    const own = new Set(['reg.io']);
    const registries = [
      ...Array.from({ length: 15 }, (_, i) => entry('*', false, i + 1, own)),
      entry('*', false, 16)
    ];
    const lines = (raw: string) =>
      matchInsecureRegistries(reference(raw), registries).map(match => match.location.region.startLine);
    expect(lines('reg.io/app:1')).toEqual([16]);
    expect(lines('quay.io/app:1')).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  /** The runtimes' matching written out entry by entry: the specification the index must keep. */
  function matchesOneByOne(ref: ImageReference, registries: InsecureRegistry[]): InsecureRegistry[] {
    const registry = ref.registry.toLowerCase();
    const name = `${registry}/${ref.repository.toLowerCase()}`;
    return registries.filter(({ pattern, prefix, except }) => {
      if (except?.has(registry)) return false;
      if (pattern === '*') return true;
      if (prefix && pattern.startsWith('*.')) {
        const [host = '', ...path] = pattern.split('/');
        const under = `${registry}/${ref.repository.toLowerCase()}/`;
        return (
          registry.endsWith(host.slice(1)) &&
          under.slice(registry.length + 1).startsWith(path.length ? `${path.join('/')}/` : '')
        );
      }
      if (prefix) return name === pattern || name.startsWith(`${pattern}/`) || registry === pattern;
      if (pattern.startsWith('*.')) return registry.endsWith(pattern.slice(1));
      const cidr = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\/(\d+)$/.exec(pattern);
      if (cidr) {
        const ip = /^(\d+)\.(\d+)\.(\d+)\.(\d+)(:\d+)?$/.exec(registry);
        if (!ip) return false;
        const bits = Number(cidr[5]);
        const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
        const value = (m: RegExpExecArray) =>
          ((Number(m[1]) << 24) | (Number(m[2]) << 16) | (Number(m[3]) << 8) | Number(m[4])) >>> 0;
        return (value(ip) & mask) >>> 0 === (value(cidr) & mask) >>> 0;
      }
      return registry === pattern;
    });
  }

  it('gives the same answers as matching entry by entry, on 400 generated configs and references', () => {
    let state = 20261205;
    const pick = <T>(items: readonly T[]): T => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return items[state % items.length] as T;
    };
    const hosts = [
      '10.0.0.7',
      '10.2.3.4:5000',
      '192.168.1.9',
      'a.corp.example.com',
      'corp.example.com',
      'reg.io'
    ];
    const candidates = [
      '10.0.0.0/8',
      '10.0.0.0/24',
      '192.168.0.0/16',
      '0.0.0.0/0',
      '10.2.3.4:5000',
      'reg.io',
      '*.example.com',
      '*.corp.example.com',
      '*.example.com/team',
      '*',
      'reg.io/team',
      'a.corp.example.com'
    ];
    // A default (containerd `_default`) names `*` or exact hosts, and excepts the registries with their own directory.
    const defaults = ['*', '*', 'reg.io', '10.2.3.4:5000'];
    const exceptions = [new Set(['reg.io']), new Set(['10.2.3.4:5000', 'corp.example.com'])];
    const differences: string[] = [];
    for (let round = 0; round < 400; round++) {
      const registries = Array.from({ length: 1 + (round % 9) }, (_, line) =>
        pick([true, false, false])
          ? entry(pick(defaults), false, line + 1, pick(exceptions))
          : entry(pick(candidates), pick([true, false]), line + 1)
      );
      const ref = reference(`${pick(hosts)}/${pick(['team/app', 'app', 'team/sub/app'])}:1`);
      const indexed = matchInsecureRegistries(ref, registries);
      const expected = matchesOneByOne(ref, registries);
      if (indexed.length !== expected.length || indexed.some((match, i) => match !== expected[i]))
        differences.push(
          `${ref.raw}: ${JSON.stringify(patterns(indexed))} vs ${JSON.stringify(patterns(expected))}`
        );
    }
    expect(differences).toEqual([]);
  });

  it('keeps the matches at the first ten config lines (what a finding shows), in config order', () => {
    const repeated = Array.from({ length: 3000 }, (_, i) => entry(i % 2 ? '*' : 'reg.io', false, i + 1));
    const matches = matchInsecureRegistries(reference('reg.io/app:1'), repeated);
    expect(matches.map(match => match.location.region.startLine)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('answers every reference of a large repository against a large config (5,000 × 5,000)', () => {
    const registries = Array.from({ length: 5000 }, (_, i) =>
      entry(`10.${i >> 8}.${i & 255}.0/24`, false, i + 1)
    );
    let matched = 0;
    for (let i = 0; i < 5000; i++) {
      const ref = reference(`10.${(i >> 8) % 20}.${i & 255}.${i % 7}:5000/app:${i}`);
      matched += matchInsecureRegistries(ref, registries).length;
    }
    expect(matched).toBe(5000);
  });
});

describe('insecureRegistriesOf', () => {
  const DEFAULT_HOSTS = '[host."http://fallback.corp.internal:5000"]\n  capabilities = ["pull", "resolve"]\n';
  const files = [
    'etc/containerd/certs.d/_default/hosts.toml',
    'etc/containerd/certs.d/docker.io/hosts.toml',
    'etc/containerd/certs.d/registry.corp.internal_5000_/ca.crt'
  ];

  it("gives a _default hosts file's entries the registries with a directory of their own as exceptions", () => {
    const path = 'etc/containerd/certs.d/_default/hosts.toml';
    const entries = insecureRegistriesOf(path, containerdHostsFormat.parse(DEFAULT_HOSTS, path), files);
    expect(entries.map(e => [e.pattern, [...(e.except ?? [])].sort()])).toEqual([
      ['fallback.corp.internal:5000', ['docker.io', 'registry.corp.internal:5000']],
      ['*', ['docker.io', 'registry.corp.internal:5000']]
    ]);
  });

  it('gives a registry directory of its own no exceptions', () => {
    const path = 'etc/containerd/certs.d/docker.io/hosts.toml';
    const entries = insecureRegistriesOf(path, containerdHostsFormat.parse(DEFAULT_HOSTS, path), files);
    expect(entries.map(e => [e.pattern, e.except])).toEqual([
      ['fallback.corp.internal:5000', undefined],
      ['docker.io', undefined]
    ]);
  });
});

describe('insecureRegistriesOf: what a hosts.toml host counts for', () => {
  it('counts a mirror for its namespace only when it resolves tags, and an upstream server always', () => {
    const text = `server = "http://proxy.corp.internal"

[host."http://resolving.corp.internal"]
  capabilities = ["pull", "resolve"]

[host."http://pull-only.corp.internal"]
  capabilities = ["pull"]
`;
    const path = 'etc/containerd/certs.d/quay.io/hosts.toml';
    const entries = insecureRegistriesOf(path, containerdHostsFormat.parse(text, path));
    expect(entries.map(e => `${e.pattern} (line ${e.location.region.startLine})`)).toEqual([
      'proxy.corp.internal (line 1)',
      'quay.io (line 1)',
      'resolving.corp.internal (line 3)',
      'quay.io (line 3)',
      'pull-only.corp.internal (line 6)'
    ]);
  });
});

describe('insecureRegistriesOf: a registry table\'s "*" defaults', () => {
  it('leaves out the registries the file configures by name, except the hosts contacted as themselves', () => {
    const text = `mirrors:
  "*":
    endpoint: ["https://cache.corp.internal"]
  docker.io:
    endpoint: ["https://registry-1.docker.io"]
configs:
  cache.corp.internal:
    tls: {insecure_skip_verify: true}
  Quay.IO:
    tls: {ca_file: /etc/ssl/corp-ca.pem}
`;
    const path = 'etc/rancher/k3s/registries.yaml';
    const entries = insecureRegistriesOf(path, k3sRegistriesFormat.parse(text, path));
    expect(entries.map(e => [e.pattern, e.except && [...e.except].sort()])).toEqual([
      ['cache.corp.internal', undefined],
      ['*', ['cache.corp.internal', 'docker.io', 'quay.io']]
    ]);
  });
});
