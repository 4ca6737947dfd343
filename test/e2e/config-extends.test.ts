import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/engine/load-config.js';
import { remoteConfigReader } from '../../src/github/read-remote-config.js';
import { documentedExample, startFakeGitHubApi, type FakeGitHubApi } from '../github/fake-github-api.js';
import { runCli } from './run-cli.js';

/** GitHub's contents API answer for a file: base64 in 60-character lines, as GitHub sends it. */
function fileAnswer(path: string, text: string) {
  const example = documentedExample<Record<string, unknown>>('repos/get-content');
  const base64 = Buffer.from(text).toString('base64');
  const content = (base64.match(/.{1,60}/g) ?? []).join('\n') + '\n';
  return {
    status: 200,
    body: { ...example, path, name: path.split('/').at(-1), size: text.length, content }
  };
}

// An organization's shared policy, the way a platform team would write it.
const ORG_POLICY = [
  'extends: ./strict-registries.yml',
  'fail-on: medium',
  'rules:',
  '  BH403: medium',
  '  BH805: off',
  'exclude: ["third_party/**"]',
  'ignore:',
  '  - rules: [BH505]',
  '    paths: ["deploy/node-agents/**"]',
  '    reason: node agents read host logs (SEC-1234)'
].join('\n');
const ORG_REGISTRIES = 'trusted-registries: [ghcr.io/my-org, mcr.microsoft.com]\nrequire-digest: true\n';

let dir: string;
let api: FakeGitHubApi;
beforeAll(async () => {
  api = await startFakeGitHubApi();
});
afterAll(() => api.close());
beforeEach(() => {
  api.reset();
  dir = mkdtempSync(join(tmpdir(), 'bulkhead-extends-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('extends in .bulkhead.yml', () => {
  it('merges a local base: settings replaced, rules per id, ignores and excludes added up', async () => {
    mkdirSync(join(dir, 'ci'));
    writeFileSync(
      join(dir, 'ci', 'base.yml'),
      'fail-on: medium\npod-security-level: restricted\nrules: { BH101: low, BH403: off }\nexclude: [vendor/**]\nignore:\n  - rules: [BH205]\n    paths: [test/**]\n'
    );
    writeFileSync(
      join(dir, '.bulkhead.yml'),
      'extends: ci/base.yml\nfail-on: high\nrules: { BH101: critical }\nexclude: [vendor/**, build/**]\nignore:\n  - rules: [BH501]\n'
    );
    const config = await loadConfig(undefined, '.', dir);
    expect(config).toMatchObject({
      baseDir: dir,
      failOn: 'high',
      podSecurityLevel: 'restricted',
      rules: { BH101: 'critical', BH403: 'off' },
      exclude: ['vendor/**', 'build/**'],
      ignore: [
        { rules: ['BH205'], paths: ['test/**'] },
        { rules: ['BH501'], paths: [] }
      ]
    });
    expect(config?.extends).toBeUndefined();
  });

  it("takes an organization base's render section unless the repository sets its own", async () => {
    writeFileSync(join(dir, 'base.yml'), 'render:\n  helm: off\n  timeout: 30\n');
    writeFileSync(join(dir, '.bulkhead.yml'), 'extends: base.yml\n');
    expect((await loadConfig(undefined, '.', dir))?.render).toMatchObject({ helm: 'off', timeout: 30 });
    writeFileSync(join(dir, '.bulkhead.yml'), 'extends: base.yml\nrender:\n  kustomize: off\n');
    expect((await loadConfig(undefined, '.', dir))?.render).toMatchObject({ helm: 'auto', kustomize: 'off' });
  });

  it('rejects a cycle and a missing file, naming the files', async () => {
    writeFileSync(join(dir, '.bulkhead.yml'), 'extends: a.yml\n');
    writeFileSync(join(dir, 'a.yml'), 'extends: .bulkhead.yml\n');
    await expect(loadConfig(undefined, '.', dir)).rejects.toThrow(/makes a cycle/);
    writeFileSync(join(dir, '.bulkhead.yml'), 'extends: [missing.yml]\n');
    await expect(loadConfig(undefined, '.', dir)).rejects.toThrow(/extends 'missing.yml': no such file/);
  });

  it('reads owner/repo/path@ref through the contents API with the token, and relative extends inside it', async () => {
    api.script('repos/get-content', [
      fileAnswer('bulkhead/policy.yml', ORG_POLICY),
      fileAnswer('bulkhead/strict-registries.yml', ORG_REGISTRIES)
    ]);
    writeFileSync(
      join(dir, '.bulkhead.yml'),
      'extends: my-org/.github/bulkhead/policy.yml@v2\nrules: { BH403: off }\n'
    );
    const urls: string[] = [];
    const recordingFetch: typeof fetch = (input, init) => {
      urls.push(String(input));
      return fetch(input, init);
    };
    const read = remoteConfigReader({
      apiUrl: api.url,
      token: 'ghs_exampleTokenForTests',
      fetch: recordingFetch
    });
    const config = await loadConfig(undefined, '.', dir, read);
    expect(api.violations).toEqual([]);
    expect(urls.map(url => url.slice(api.url.length))).toEqual([
      '/repos/my-org/.github/contents/bulkhead/policy.yml?ref=v2',
      '/repos/my-org/.github/contents/bulkhead/strict-registries.yml?ref=v2'
    ]);
    expect(api.requests[0]?.headers.authorization).toBe('Bearer ghs_exampleTokenForTests');
    expect(config).toMatchObject({
      failOn: 'medium',
      rules: { BH403: 'off', BH805: 'off' },
      trustedRegistries: ['ghcr.io/my-org', 'mcr.microsoft.com'],
      requireDigest: true,
      exclude: ['third_party/**']
    });
  });

  it('the CLI reads a remote base with GITHUB_TOKEN, and its policy decides the exit code', async () => {
    writeFileSync(join(dir, 'Dockerfile'), 'FROM ghcr.io/my-org/base:1.4\nUSER 10001\n');
    writeFileSync(join(dir, '.bulkhead.yml'), 'extends: my-org/.github/bulkhead/policy.yml@main\n');
    const env = { GITHUB_TOKEN: 'ghs_exampleTokenForTests', GITHUB_API_URL: api.url };
    api.script('repos/get-content', [
      fileAnswer('bulkhead/policy.yml', ORG_POLICY),
      fileAnswer('bulkhead/strict-registries.yml', ORG_REGISTRIES)
    ]);
    // The org policy requires digests, rates BH403 medium and fails on medium: a tag-pinned base fails.
    const failing = await runCli(['scan', '.', '--format', 'json'], { cwd: dir, env });
    expect(api.violations).toEqual([]);
    expect(failing.stderr).toBe('');
    expect(failing.code).toBe(1);
    expect(JSON.parse(failing.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toContain('BH403');

    api.script('repos/get-content', [
      { status: 404, body: { message: 'Not Found', documentation_url: 'x' } }
    ]);
    const missing = await runCli(['scan', '.'], { cwd: dir, env });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(
      "extends 'my-org/.github/bulkhead/policy.yml@main': 404 Not Found. Check the path and the ref"
    );
    expect(missing.stderr).not.toContain('ghs_exampleTokenForTests');

    const noToken = await runCli(['scan', '.'], { cwd: dir, env: { GITHUB_API_URL: api.url } });
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toContain('needs a token: set GITHUB_TOKEN');
  });
});
