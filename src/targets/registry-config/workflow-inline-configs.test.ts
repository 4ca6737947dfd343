import { InputParseError } from '../../core/errors.js';
import { dockerdFlagsFormat } from './dockerd-flags.js';
import { inlineBuildkitdEndpoints, mayHaveInlineBuildkitdConfig } from './workflow-buildkitd-config.js';

const PATH = '.github/workflows/build.yml';

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
    expect(mayHaveInlineBuildkitdConfig(text)).toBe(true);
    expect(dockerdFlagsFormat.matches(PATH, text)).toBe(true);
    const endpoints = inlineBuildkitdEndpoints(text, PATH);
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
    expect(inlineBuildkitdEndpoints(workflow('config-inline', TABLE), PATH)).toHaveLength(2);
    expect(
      inlineBuildkitdEndpoints(workflow('buildkitd-config-inline', TABLE, 'acme/setup@v1'), PATH)
    ).toEqual([]);
    const loopback = inlineBuildkitdEndpoints(
      workflow('buildkitd-config-inline', '[registry."localhost:5000"]\n  http = true'),
      PATH
    );
    expect(loopback.map(e => e.lowRisk)).toEqual([true]);
    // A config without a registry table, and a file path input, are not read here.
    const plain = workflow('buildkitd-config-inline', 'debug = true');
    expect(mayHaveInlineBuildkitdConfig(plain)).toBe(false);
    expect(dockerdFlagsFormat.matches(PATH, plain)).toBe(false);
  });

  it("gives a TOML error in the inline config the workflow's line", () => {
    const text = workflow('buildkitd-config-inline', '[registry."r.example"]\n  http = = true');
    let error: unknown;
    try {
      inlineBuildkitdEndpoints(text, PATH);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputParseError);
    expect((error as InputParseError).line).toBe(10);
    expect((error as InputParseError).message).toMatch(/^Inline buildkitd config: /);
  });
});
