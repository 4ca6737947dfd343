/**
 * Never leak (RULES.md 2xx): canary secrets of every kind, planted in every target and form (and in
 * files that fail to parse), must not reach any output — the CLI in every format (stdout and
 * stderr) and the Action (log, annotations, job summary, outputs, failure message, SARIF file).
 * A redaction may show a secret's first 4 characters, so the search is for every 8-character
 * window of each secret; the self-checks prove the search finds what was planted.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../../src/action/run-action.js';
import { OUTPUT_FORMATS } from '../../src/reporters/format-result.js';
import { stubIo, visibleText } from '../action/action-workspace.js';
import { findLeaks, withDecodedBase64 } from '../canary-secrets.js';
import { createCanaryWorkspace, type CanaryWorkspace } from '../canary-workspace.js';
import { runCli } from './run-cli.js';

/** Rules that fire on the canaries (BH209, ConfigMaps, has no rule yet; its canaries are planted all the same). */
const EXPECTED_RULES = ['BH000', 'BH201', 'BH202', 'BH205', 'BH206', 'BH207', 'BH208', 'BH801', 'BH802'];

let ws: CanaryWorkspace;
let runnerTemp: string;

beforeAll(async () => {
  ws = await createCanaryWorkspace();
  runnerTemp = mkdtempSync(join(tmpdir(), 'bulkhead-canary-runner-'));
});

afterAll(async () => {
  await ws.cleanup();
  rmSync(runnerTemp, { recursive: true, force: true });
});

describe('canary secrets never reach an output', () => {
  it('self-check: every canary is planted, distinct, and the search finds it in the inputs', () => {
    const kinds = new Set(ws.canaries.map(c => c.kind));
    expect([...kinds].sort()).toEqual(
      [
        'aws-key-id',
        'aws-secret',
        'azure-account-key',
        'azure-sas',
        'github-ghp',
        'github-gho',
        'github-ghr',
        'github-ghs',
        'github-ghu',
        'github-pat',
        'gitlab',
        'jwt',
        'named',
        'npm-auth-token',
        'pem',
        'slack',
        'url-userinfo'
      ].sort()
    );
    const secrets = ws.canaries.flatMap(c => c.secrets);
    expect(new Set(secrets).size).toBe(secrets.length);
    // Every form of every secret is in the inputs (base64 ones once decoded, as the scanner does).
    const inputs = withDecodedBase64(ws.plantedText);
    const found = findLeaks(inputs, ws.canaries).map(([place, kind]) => `${place}/${kind}`);
    const missing = ws.canaries.filter(
      c => found.filter(hit => hit === `${c.place}/${c.kind}`).length < c.secrets.length
    );
    expect(missing.map(c => `${c.place}/${c.kind}`)).toEqual([]);
    // The search is not fooled by the redacted form: 4 characters then '…' is not a hit.
    const [sample] = ws.canaries;
    expect(findLeaks(`${sample?.secrets[0]?.slice(0, 4)}…`, ws.canaries)).toEqual([]);
  });

  it.each(OUTPUT_FORMATS.map(format => [format]))(
    'CLI --format %s (files and --image), stdout and stderr',
    async format => {
      const { stdout, stderr, code } = await runCli(
        ['scan', '.', '--image', ws.imageLayout, '--format', format, '--fail-on', 'none'],
        { cwd: ws.dir }
      );
      expect(stderr).toBe('');
      expect(code).toBe(0);
      // The scan did find them (redacted), in every target and form.
      // Markdown lists the highest findings first and may not reach every rule.
      const expected = format === 'markdown' ? ['BH201', 'BH202'] : EXPECTED_RULES;
      for (const id of expected) expect(stdout).toContain(id);
      expect(stdout).toContain('…');
      expect(findLeaks(stdout + stderr, ws.canaries)).toEqual([]);
    }
  );

  it('CLI json: findings in every planted file and the image', async () => {
    const { stdout } = await runCli(
      ['scan', '.', '--image', ws.imageLayout, '--format', 'json', '--fail-on', 'none'],
      {
        cwd: ws.dir
      }
    );
    const report = JSON.parse(stdout) as { findings: { ruleId: string; file: string; logical?: string }[] };
    const files = new Set(report.findings.map(f => f.file));
    for (const file of [
      'app/Dockerfile',
      'k8s/deployment.yaml',
      'k8s/secrets.yaml',
      'k8s/configmap.yaml',
      'compose.yaml',
      'etc/containerd/certs.d/docker.io/hosts.toml',
      'etc/containers/registries.conf',
      'etc/docker/daemon.json',
      '.docker/config.json',
      'etc/containerd/config.toml',
      'broken/Dockerfile',
      'broken/.docker/config.json'
    ])
      expect({ file, found: files.has(file) }).toEqual({ file, found: true });
    const image = report.findings.filter(f => f.logical);
    expect(image.some(f => /config\.Env/.test(f.logical ?? ''))).toBe(true);
    expect(image.some(f => /history/.test(f.logical ?? ''))).toBe(true);
    expect(report.findings.filter(f => f.ruleId === 'BH000').length).toBeGreaterThanOrEqual(3);
  });

  it('the Action: log, annotations, job summary, outputs, failure and SARIF file', async () => {
    const { io, recorded } = stubIo(
      ws.dir,
      { path: '.', image: ws.imageLayout, 'fail-on': 'high', upload: 'false', annotations: 'on' },
      { RUNNER_TEMP: runnerTemp }
    );
    const outcome = await runAction(io);
    expect(outcome.gate).toBe('fail');
    expect(recorded.annotations.length).toBeGreaterThan(10);
    expect(recorded.summary.join('')).toContain('BH201');
    expect(recorded.failed.join('')).toMatch(/findings? at or above 'high'/);
    const visible = visibleText(recorded, outcome.sarifFile);
    expect(visible).toContain('BH207');
    expect(findLeaks(visible, ws.canaries)).toEqual([]);
  });

  it('CLI errors: a usage error quoting a password or token', async () => {
    const [url, token] = ['url-userinfo', 'github-ghp'].map(kind => ws.canaries.find(c => c.kind === kind));
    for (const argv of [
      ['scan', '--image', `${url?.value.replace('.git', '')}:1`],
      ['scan', '--config', `${token?.value}.yml`]
    ]) {
      const { stderr, code } = await runCli(argv, { cwd: ws.dir });
      expect(code).toBe(2);
      expect(stderr).toMatch(/…/);
      expect(findLeaks(stderr, ws.canaries)).toEqual([]);
    }
  });

  it('self-check: the same search finds a secret an output would print unredacted', () => {
    const leaky = ws.canaries
      .flatMap(c => c.secrets.map(secret => `Unknown instruction '${c.name}=${secret}'.`))
      .join('\n');
    expect(findLeaks(leaky, ws.canaries).length).toBe(ws.canaries.flatMap(c => c.secrets).length);
  });
});
