import { InputParseError } from '../../core/errors.js';
import { dockerDaemonFormat } from './docker-daemon-config.js';

const LINUX = `{
  "data-root": "/var/lib/docker",
  "storage-driver": "overlay2",
  "log-driver": "json-file",
  "log-opts": { "max-size": "10m", "max-file": "3" },
  "insecure-registries": [
    "registry.corp.example:5000",
    "10.20.0.0/16",
    "https://harbor.corp.example/",
    "localhost:5000",
    "127.0.0.0/8"
  ],
  "registry-mirrors": ["http://mirror.corp.example:5001", "https://mirror.gcr.io"],
  "hosts": ["fd://", "unix:///var/run/docker.sock", "tcp://0.0.0.0:2375"],
  "live-restore": true
}
`;

const WINDOWS = `{
    "data-root": "D:\\\\docker",
    "hosts": ["npipe://", "tcp://0.0.0.0:2376"],
    "tlsverify": true,
    "tlscacert": "C:\\\\ProgramData\\\\docker\\\\certs.d\\\\ca.pem",
    "tlscert": "C:\\\\ProgramData\\\\docker\\\\certs.d\\\\server-cert.pem",
    "tlskey": "C:\\\\ProgramData\\\\docker\\\\certs.d\\\\server-key.pem",
    "group": "docker-users",
    "insecure-registries": [],
    "registry-mirrors": []
}
`;

function parse(text: string) {
  return dockerDaemonFormat.parse(text, 'etc/docker/daemon.json');
}

function parseError(text: string): InputParseError {
  try {
    parse(text);
  } catch (error) {
    if (error instanceof InputParseError) return error;
    throw error;
  }
  throw new Error('expected an InputParseError');
}

describe('dockerDaemonFormat.matches', () => {
  it.each([
    ['etc/docker/daemon.json', LINUX],
    ['home/dev/.config/docker/daemon.json', '{ "insecure-registries": ["192.168.1.50:5000"] }'],
    ['C:\\ProgramData\\docker\\config\\daemon.json', WINDOWS],
    ['ops/windows/daemon.json', WINDOWS.replace(/\n/g, '\r\n')],
    ['daemon.json', '{}'],
    ['daemon.json', ''],
    ['daemon.json', '{ "features": { "buildkit": true }, "log-level": "warn" }'],
    ['daemon.json', '{ "hosts": ["tcp://0.0.0.0:2375"], "some-future-key": 1 }'],
    ['daemon.json', '\uFEFF{ "debug": true }'],
    ['daemon.json', '{\n  "insecure-registries": ["reg:5000"],\n}\n']
  ])('claims %s', (path, text) => {
    expect(dockerDaemonFormat.matches(path, text)).toBe(true);
  });

  it.each([
    ['another tool’s daemon.json', 'daemon.json', '{ "port": 8080, "workers": 4, "debug": true }'],
    ['a config.json', 'config.json', '{ "insecure-registries": ["reg:5000"] }'],
    ['package.json', 'package.json', '{ "name": "x", "version": "1.0.0" }'],
    ['a settings.json', '.vscode/settings.json', '{ "editor.tabSize": 2 }'],
    ['a daemon.json array', 'daemon.json', '["insecure-registries"]'],
    ['a broken file of another tool', 'daemon.json', '{ "port": 80, }'],
    ['a daemon.json.example', 'daemon.json.example', '{ "insecure-registries": ["reg:5000"] }']
  ])('does not claim %s', (_label, path, text) => {
    expect(dockerDaemonFormat.matches(path, text)).toBe(false);
  });

  // A daemon.json kept under another name, for a script or README to copy into /etc/docker.
  it.each([
    ['contrib/offline/docker-daemon.json', '{ "insecure-registries":["HOSTNAME:5000"] }'],
    ['files/docker_daemon.json', '{\n  "registry-mirrors": ["http://mirror.lab.example:5000"]\n}\n'],
    ['workspace/etc.docker.daemon.json', '{\n  "insecure-registries": [\n    "registry.lab:5000"\n  ]\n}\n'],
    ['docker-daemon.json', '{"hosts": ["tcp://172.17.0.1:2375", "unix:///var/run/docker.sock"]}'],
    ['conf/Docker.json', '{ "log-driver": "journald", "insecure-registries": ["10.0.0.0/8"], "new-key": 1 }'],
    ['dockerd.json', '{ "hosts": ["tcp://0.0.0.0:2376"], "tlsverify": true, "tlscert": "/certs/cert.pem" }']
  ])('claims the renamed daemon configuration %s', (path, text) => {
    expect(dockerDaemonFormat.matches(path, text)).toBe(true);
  });

  it.each([
    ['a renamed file without transport keys', 'docker-daemon.json', '{\n    "log-driver": "journald"\n}'],
    ['an empty docker-daemon.json', 'docker-daemon.json', ''],
    ['a broken docker-daemon.json', 'docker-daemon.json', '{ "insecure-registries": ["{{ registry }}"], }'],
    ['a Renovate preset', 'docker.json', '{ "extends": ["docker:pinDigests"], "packageRules": [] }'],
    [
      'a Packer template',
      'packer/docker.json',
      '{ "builders": [{ "type": "docker", "image": "ubuntu" }], "provisioners": [] }'
    ],
    [
      'a JSON Schema of daemon.json',
      'docker-daemon.schema.json',
      '{ "$schema": "http://json-schema.org/draft-07/schema#", "type": "object", "properties": { "insecure-registries": { "type": "array" } } }'
    ],
    ['another daemon’s hosts list', 'daemon-config.json', '{ "hosts": ["db1", "db2"], "interval": 30 }'],
    ['a Docker client config', 'dockerconfig.json', '{ "auths": {}, "proxies": {}, "hosts": [] }'],
    ['a name that says neither', 'registry.json', '{ "insecure-registries": ["reg:5000"] }'],
    ['a template of it', 'docker-daemon.json.j2', '{ "insecure-registries": ["reg:5000"] }']
  ])('does not claim %s', (_label, path, text) => {
    expect(dockerDaemonFormat.matches(path, text)).toBe(false);
  });
});

describe('dockerDaemonFormat.parse', () => {
  it('reads every insecure registry at its own line, CIDRs included, loopback as low risk', () => {
    const document = parse(LINUX);
    expect(document.format).toBe('docker-daemon');
    const insecure = document.insecureEndpoints.filter(e => e.setting === 'insecure-registry');
    expect(insecure.map(e => [e.registry, e.region.startLine, e.lowRisk])).toEqual([
      ['registry.corp.example:5000', 7, false],
      ['10.20.0.0/16', 8, false],
      ['harbor.corp.example', 9, false],
      ['localhost:5000', 10, true],
      ['127.0.0.0/8', 11, true]
    ]);
    expect(insecure.every(e => e.key === 'insecure-registries')).toBe(true);
    expect(insecure[0]?.region).toEqual({ startLine: 7, startColumn: 5, endLine: 7, endColumn: 33 });
  });

  it('reads an http:// mirror as plain HTTP for docker.io, and ignores https mirrors', () => {
    const mirrors = parse(LINUX).insecureEndpoints.filter(e => e.key === 'registry-mirrors');
    expect(mirrors).toEqual([
      {
        setting: 'plain-http',
        registry: 'mirror.corp.example:5001',
        mirrorOf: 'docker.io',
        key: 'registry-mirrors',
        region: { startLine: 13, startColumn: 24, endLine: 13, endColumn: 57 },
        lowRisk: false
      }
    ]);
  });

  it('lists only TCP listeners, without TLS verification when tls/tlsverify are unset', () => {
    const { listeners } = parse(LINUX);
    expect(listeners).toEqual([
      {
        address: 'tcp://0.0.0.0:2375',
        tlsVerify: false,
        key: 'hosts',
        region: { startLine: 14, startColumn: 53, endLine: 14, endColumn: 73 }
      }
    ]);
  });

  it('reads the Windows layout: npipe is not a listener, tlsverify protects tcp', () => {
    const document = parse(WINDOWS);
    expect(document.listeners.map(l => [l.address, l.tlsVerify, l.region.startLine])).toEqual([
      ['tcp://0.0.0.0:2376', true, 3]
    ]);
    expect(document.insecureEndpoints).toEqual([]);
  });

  it.each([
    ['tlsverify true', '"tlsverify": true', true],
    ['tls true alone (dockerd copies it into tlsverify)', '"tls": true', true],
    ['tls true, tlsverify false', '"tls": true, "tlsverify": false', false],
    ['tls false', '"tls": false', false],
    ['tlsverify as a string (not a boolean)', '"tlsverify": "true"', false],
    ['neither', '"debug": false', false]
  ])('TLS verification: %s', (_label, settings, expected) => {
    const { listeners } = parse(
      `{ "hosts": ["tcp://10.0.0.5:2376", "unix:///var/run/docker.sock"], ${settings} }`
    );
    expect(listeners.map(l => l.tlsVerify)).toEqual([expected]);
  });

  it('reads scheme-less host addresses as TCP and leaves fd/unix/npipe/ssh out', () => {
    const { listeners } = parse(
      '{ "hosts": ["fd://", "unix:///run/docker.sock", "npipe:////./pipe/docker_engine", "ssh://me@host", ":2375", "192.168.0.10:2375", "TCP://127.0.0.1:2375"] }'
    );
    expect(listeners.map(l => l.address)).toEqual([':2375', '192.168.0.10:2375', 'TCP://127.0.0.1:2375']);
  });

  it('reports userinfo in a mirror URL as an inline credential, never in the registry name', () => {
    const document = parse(`{
  "registry-mirrors": [
    "https://puller:Q7v!rT9zW2@mirror.corp.example"
  ]
}`);
    expect(document.credentials).toEqual([
      {
        registry: 'mirror.corp.example',
        key: 'registry-mirrors',
        value: 'Q7v!rT9zW2',
        region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 52 }
      }
    ]);
    expect(document.insecureEndpoints).toEqual([]);
  });

  it('keeps the host of a plain-http mirror with credentials without the userinfo', () => {
    const document = parse('{ "registry-mirrors": ["http://u:${MIRROR_PASSWORD}@10.1.2.3:5000/"] }');
    expect(document.insecureEndpoints.map(e => e.registry)).toEqual(['10.1.2.3:5000']);
    expect(document.credentials).toEqual([]); // a variable reference is not a literal
  });

  it('ignores values dockerd would reject: strings instead of lists, non-string items, empty entries', () => {
    const document = parse(
      '{ "insecure-registries": "reg:5000", "registry-mirrors": [5000, null], "hosts": "tcp://0.0.0.0:2375", "allow-nondistributable-artifacts": ["reg:5000"], "x": [""] }'
    );
    expect(document.insecureEndpoints).toEqual([]);
    expect(document.listeners).toEqual([]);
    expect(parse('{ "insecure-registries": ["", "  "] }').insecureEndpoints).toEqual([]);
  });

  it('yields nothing for an empty file or an empty object', () => {
    for (const text of ['', '  \n', '{}', '{ "insecure-registries": [], "hosts": [] }']) {
      const document = parse(text);
      expect(document).toMatchObject({
        insecureEndpoints: [],
        listeners: [],
        credentials: [],
        trustWeaknesses: []
      });
      expect(document.text).toBe(text);
    }
  });

  it('counts columns without a BOM and handles CRLF and tab indentation', () => {
    const crlf = parse('\uFEFF{\r\n\t"insecure-registries": [\r\n\t\t"reg.example:5000"\r\n\t]\r\n}\r\n');
    expect(crlf.insecureEndpoints[0]?.region).toEqual({
      startLine: 3,
      startColumn: 3,
      endLine: 3,
      endColumn: 21
    });
    const oneLine = parse('\uFEFF{"insecure-registries":["a:1"]}');
    expect(oneLine.insecureEndpoints[0]?.region.startColumn).toBe(25);
  });

  it.each([
    ['a trailing comma', '{\n  "insecure-registries": ["reg:5000"],\n}\n', 3],
    ['a trailing comma in a list', '{\n  "insecure-registries": [\n    "reg:5000",\n  ]\n}\n', 4],
    ['a missing closing brace', '{\n  "hosts": ["tcp://0.0.0.0:2375"]\n', 2],
    ['a comment', '{\n  // mirrors\n  "registry-mirrors": []\n}\n', 2],
    ['YAML instead of JSON', 'insecure-registries:\n  - reg:5000\n', 1],
    ['a list at the top level', '\n["reg:5000"]\n', 2],
    ['a missing value', '{\n  "debug": ,\n  "hosts": []\n}', 2],
    ['binary noise', '\u0000\u0001\u0002{', 1]
  ])('malformed input (%s) is an InputParseError with its line', (_label, text, line) => {
    const error = parseError(text);
    expect(error.line).toBe(line);
    expect(error.message).toMatch(/daemon\.json/);
  });
});
