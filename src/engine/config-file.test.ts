import { ConfigurationError } from '../core/errors.js';
import { parseConfig } from './config-file.js';

describe('parseConfig', () => {
  it('reads a full config', async () => {
    const config = await parseConfig(
      [
        'fail-on: medium',
        'rules:',
        '  BH403: off',
        '  BH103: low',
        'ignore:',
        '  - rules: [BH101]',
        '    paths: ["legacy/**"]',
        '    reason: migrating',
        '    expires: 2027-06-30',
        'exclude: ["vendor/**"]',
        'require-digest: true',
        'trusted-registries: [mcr.microsoft.com]',
        'pod-security-level: restricted',
        'images:',
        '  my-org/api: services/api/Dockerfile'
      ].join('\n'),
      '.bulkhead.yml',
      '/repo'
    );
    expect(config).toEqual({
      baseDir: '/repo',
      file: '.bulkhead.yml',
      failOn: 'medium',
      rules: { BH403: 'off', BH103: 'low' },
      ignore: [{ rules: ['BH101'], paths: ['legacy/**'], reason: 'migrating', expires: '2027-06-30' }],
      exclude: ['vendor/**'],
      requireDigest: true,
      trustedRegistries: ['mcr.microsoft.com'],
      podSecurityLevel: 'restricted',
      images: { 'my-org/api': 'services/api/Dockerfile' }
    });
  });

  it('accepts an empty file', async () => {
    expect((await parseConfig('', 'c.yml', '/')).rules).toEqual({});
  });

  it.each([
    ['rules:\n  BH101: maybe\n', /rules\.BH101/],
    ['rules:\n  X1: off\n', /rules/],
    ['ignore:\n  - paths: [a]\n', /ignore\.0.*rules/],
    ['ignore:\n  - rules: [BH101]\n    expires: next week\n', /ignore\.0\.expires/],
    ['pod-security-level: strict\n', /pod-security-level.*baseline, restricted/],
    ['colour: blue\n', /'colour'/],
    ['rules: [\n', /not valid YAML/],
    ['- just\n- a list\n', /must be object/]
  ])('rejects %j with a clear message', async (text, message) => {
    await expect(parseConfig(text, 'bad.yml', '/')).rejects.toThrow(ConfigurationError);
    await expect(parseConfig(text, 'bad.yml', '/')).rejects.toThrow(message);
  });

  it('names the key and the line of each problem', async () => {
    // A typical hand-edited config: a typo in a key, a severity that does not exist, a bad expiry.
    const text = [
      'fail-on: high',
      'rules:',
      '  BH403: off',
      '  BH101: urgent',
      'ignore:',
      '  - rules: [BH505]',
      '    expires: next week',
      'trusted-registry: [ghcr.io]'
    ].join('\n');
    let message = '';
    try {
      await parseConfig(text, '.bulkhead.yml', '/repo');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('rules.BH101 (line 4): must be equal to one of the allowed values');
    expect(message).toContain('ignore.0.expires (line 7): must match pattern');
    expect(message).toContain("(top level) (line 8): must NOT have additional properties 'trusted-registry'");
  });

  it('gives the line of a YAML syntax error', async () => {
    await expect(parseConfig('rules:\n  BH101: off\n  - oops\n', 'c.yml', '/')).rejects.toThrow(
      /c\.yml line \d: not valid YAML/
    );
  });

  it('reads extends as a list, from one entry or several', async () => {
    expect((await parseConfig('extends: my-org/.github/bulkhead.yml@main\n', 'c.yml', '/')).extends).toEqual([
      'my-org/.github/bulkhead.yml@main'
    ]);
    expect((await parseConfig('extends: [base.yml, ../shared.yml]\n', 'c.yml', '/')).extends).toEqual([
      'base.yml',
      '../shared.yml'
    ]);
    await expect(parseConfig('extends: {a: 1}\n', 'c.yml', '/')).rejects.toThrow(/extends \(line 1\)/);
  });

  it('reads and validates the render section', async () => {
    const config = await parseConfig(
      [
        'render:',
        '  helm: on',
        '  kustomize: off',
        '  fetch-dependencies: true',
        '  timeout: 300',
        '  helm-path: tools/helm',
        '  charts:',
        '    deploy/chart:',
        '      values: [values-prod.yaml]',
        '      set: { image.tag: "1.2.3", replicaCount: 3 }'
      ].join('\n'),
      '.bulkhead.yml',
      '/repo'
    );
    expect(config.render).toEqual({
      helm: 'on',
      kustomize: 'off',
      fetchDependencies: true,
      windowsSwitches: true,
      timeout: 300,
      helmPath: 'tools/helm',
      charts: {
        'deploy/chart': { values: ['values-prod.yaml'], set: { 'image.tag': '1.2.3', replicaCount: 3 } }
      }
    });
    await expect(
      parseConfig('render:\n  helm: yes\n  charts:\n    c:\n      set: { "a=b": 1 }\n', 'x.yml', '/')
    ).rejects.toThrow(
      /render\.helm \(line 2\): must be equal to one of the allowed values \(auto, on, off\)[\s\S]*render\.charts\.c\.set/
    );
  });
});
