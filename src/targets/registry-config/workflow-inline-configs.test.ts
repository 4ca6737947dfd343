import { InputParseError } from '../../core/errors.js';
import { dockerdFlagsFormat } from './dockerd-flags.js';
import { inlineRegistryConfigs, mayHaveInlineRegistryConfig } from './workflow-inline-configs.js';

const PATH = '.github/workflows/build.yml';

/** The insecure endpoints of every config the workflow writes inline. */
const inlineEndpoints = (text: string, path: string) =>
  inlineRegistryConfigs(text, path).flatMap(document => document.insecureEndpoints);

const workflow = (input: string, config: string, uses = 'docker/setup-buildx-action@v3') =>
  [
    'on: push',
    'jobs:',
    '  build:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    `      - uses: ${uses}`,
    '        with:',
    `          ${input}: |`,
    ...config.split('\n').map(line => (line ? `            ${line}` : line)),
    ''
  ].join('\n');

const TABLE = '[registry."registry.internal:5000"]\n  http = true\n  insecure = true';

describe('a workflow that gives BuildKit its registry settings inline', () => {
  it('reads them at their lines in the workflow, as buildkitd.toml is read', () => {
    const text = workflow('buildkitd-config-inline', TABLE);
    expect(mayHaveInlineRegistryConfig(text)).toBe(true);
    expect(dockerdFlagsFormat.matches(PATH, text)).toBe(true);
    const endpoints = inlineEndpoints(text, PATH);
    expect(
      endpoints.map(e => [e.setting, e.registry, e.key, e.region.startLine, e.region.startColumn])
    ).toEqual([
      ['plain-http', 'registry.internal:5000', 'http', 10, 15],
      ['skip-verify', 'registry.internal:5000', 'insecure', 11, 15]
    ]);
    expect(text.split('\n')[9]?.slice(14)).toMatch(/^http = true/);
    expect(dockerdFlagsFormat.parse(text, PATH).insecureEndpoints).toHaveLength(2);
  });

  it("reads setup-buildx-action v2's config-inline, and nothing of another action or a loopback-only table's risk", () => {
    expect(inlineEndpoints(workflow('config-inline', TABLE), PATH)).toHaveLength(2);
    expect(inlineEndpoints(workflow('buildkitd-config-inline', TABLE, 'acme/setup@v1'), PATH)).toEqual([]);
    const loopback = inlineEndpoints(
      workflow('buildkitd-config-inline', '[registry."localhost:5000"]\n  http = true'),
      PATH
    );
    expect(loopback.map(e => e.lowRisk)).toEqual([true]);
    // A config without a registry table, and a file path input, are not read here.
    const plain = workflow('buildkitd-config-inline', 'debug = true');
    expect(mayHaveInlineRegistryConfig(plain)).toBe(false);
    expect(dockerdFlagsFormat.matches(PATH, plain)).toBe(false);
  });

  it("gives a TOML error in the inline config the workflow's line", () => {
    const text = workflow('buildkitd-config-inline', '[registry."r.example"]\n  http = = true');
    let error: unknown;
    try {
      inlineEndpoints(text, PATH);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputParseError);
    expect((error as InputParseError).line).toBe(10);
    expect((error as InputParseError).message).toMatch(/^Inline buildkitd config: /);
  });
});

describe("a workflow that gives the Docker Engine it installs a daemon.json inline ('daemon-config')", () => {
  const DAEMON = [
    '{',
    '  "debug": true,',
    '  "insecure-registries": ["registry.internal:5000"],',
    '  "registry-mirrors": ["http://mirror.internal"],',
    '  "hosts": ["unix:///var/run/docker.sock", "tcp://0.0.0.0:2375"]',
    '}'
  ].join('\n');

  it('reads it as daemon.json, each setting at its line in the workflow', () => {
    for (const uses of ['docker/setup-docker-action@v4', 'crazy-max/ghaction-setup-docker@v3']) {
      const text = workflow('daemon-config', DAEMON, uses);
      expect(mayHaveInlineRegistryConfig(text)).toBe(true);
      expect(dockerdFlagsFormat.matches(PATH, text)).toBe(true);
      const document = dockerdFlagsFormat.parse(text, PATH);
      expect(document.insecureEndpoints.map(e => [e.setting, e.registry, e.key, e.region.startLine])).toEqual(
        [
          ['insecure-registry', 'registry.internal:5000', 'insecure-registries', 11],
          ['plain-http', 'mirror.internal', 'registry-mirrors', 12]
        ]
      );
      expect(document.listeners.map(l => [l.address, l.tlsVerify, l.region.startLine])).toEqual([
        ['tcp://0.0.0.0:2375', false, 13]
      ]);
    }
  });

  it('reads a one-line JSON string too, and nothing of another action or a config without those settings', () => {
    const oneLine = [
      'jobs:',
      '  test:',
      '    steps:',
      '      - uses: docker/setup-docker-action@v4',
      '        with:',
      `          daemon-config: '{"insecure-registries": ["10.0.0.5:5000"]}'`,
      ''
    ].join('\n');
    expect(inlineEndpoints(oneLine, PATH).map(e => [e.registry, e.region.startLine])).toEqual([
      ['10.0.0.5:5000', 6]
    ]);
    expect(inlineEndpoints(workflow('daemon-config', DAEMON, 'acme/setup-docker@v1'), PATH)).toEqual([]);
    const features = workflow(
      'daemon-config',
      '{\n  "features": {"containerd-snapshotter": true}\n}',
      'docker/setup-docker-action@v4'
    );
    expect(mayHaveInlineRegistryConfig(features)).toBe(false);
    expect(dockerdFlagsFormat.matches(PATH, features)).toBe(false);
  });

  it("gives a JSON error in it the workflow's line", () => {
    const text = workflow(
      'daemon-config',
      '{\n  "insecure-registries": [,]\n}',
      'docker/setup-docker-action@v4'
    );
    expect(() => inlineRegistryConfigs(text, PATH)).toThrow(InputParseError);
    try {
      inlineRegistryConfigs(text, PATH);
    } catch (error) {
      expect([(error as InputParseError).line, (error as InputParseError).message]).toEqual([
        10,
        expect.stringMatching(/^Inline daemon\.json: /)
      ]);
    }
  });
});
