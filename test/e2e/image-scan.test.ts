/**
 * `bulkhead scan --image` end to end with real tools: images built with umoci, exported by skopeo to an
 * OCI archive and a docker-archive (symlinked layers), and served by Debian's docker-registry on
 * 127.0.0.1 with a self-signed CA and htpasswd. The same image must give the same findings from every
 * form; pulling without the CA must fail. A hand-written Windows image covers the Windows rules.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildImage, privateKeyText } from '../builders/image-fixture.js';
import { pushImage, startRegistry, type TestRegistry } from '../image-tools/registry-server.js';
import { buildTestImages, missingImageTools, type TestImages } from '../image-tools/tools.js';
import { runCli } from './run-cli.js';

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  logical?: string;
  file: string;
}

async function scanJson(args: string[], cwd: string, env: Record<string, string> = {}) {
  const run = await runCli(['scan', ...args, '--format', 'json', '--fail-on', 'none'], { cwd, env });
  const report = run.stdout
    ? (JSON.parse(run.stdout) as { findings: JsonFinding[]; notes: unknown[] })
    : undefined;
  return { ...run, report };
}

/** What must not depend on where the image came from. */
function comparable(findings: JsonFinding[]) {
  return findings.map(({ ruleId, severity, message, logical }) => ({ ruleId, severity, message, logical }));
}

const missing = missingImageTools();
const withTools = missing.length === 0 ? describe : describe.skip;
if (missing.length) console.warn(`image-scan e2e skipped: missing ${missing.join(', ')}`);

withTools('scanning built images (umoci, skopeo, docker-registry)', () => {
  let root: string;
  let images: TestImages;
  let registry: TestRegistry;
  const pushed: Record<string, string> = {};
  let registryEnv: Record<string, string>;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'bulkhead-image-e2e-'));
    images = await buildTestImages(join(root, 'images'));
    registry = await startRegistry(join(root, 'registry'));
    for (const name of ['root', 'nonroot', 'env-secret', 'key-file'] as const) {
      pushed[name] = await pushImage(images.layoutDir, name, registry);
    }
    registryEnv = {
      BULKHEAD_REGISTRY_CERTS_DIR: registry.certsDir,
      BULKHEAD_REGISTRY_USERNAME: registry.username,
      BULKHEAD_REGISTRY_PASSWORD: registry.password,
      HOME: root
    };
  }, 240_000);

  afterAll(async () => {
    await registry?.stop();
    if (root) await rm(root, { recursive: true, force: true });
  });

  const expected: Record<string, string[]> = {
    root: ['BH101'],
    nonroot: [],
    'env-secret': ['BH201', 'BH201'],
    'key-file': ['BH101', 'BH203', 'BH203', 'BH204', 'BH207']
  };

  it.each(Object.keys(expected))(
    '%s: the same findings from the layout, the OCI archive, the docker-archive and the registry',
    async name => {
      const image = images.images[name as keyof TestImages['images']];
      const forms = {
        layout: ['--image', `${join(images.layoutDir)}:${name}`],
        ociArchive: ['--image', image.ociArchive],
        dockerArchive: ['--image', image.dockerArchive],
        registry: ['--image', pushed[name] as string]
      };
      const results: Record<string, ReturnType<typeof comparable>> = {};
      for (const [form, args] of Object.entries(forms)) {
        const { report, code, stderr } = await scanJson(args, root, registryEnv);
        expect({ form, code, stderr }).toEqual({ form, code: 0, stderr: '' });
        results[form] = comparable(report?.findings ?? []);
      }
      expect(results.layout?.map(f => f.ruleId).sort()).toEqual(expected[name]);
      expect(results.ociArchive).toEqual(results.layout);
      expect(results.dockerArchive).toEqual(results.layout);
      expect(results.registry).toEqual(results.layout);
    },
    120_000
  );

  it('reports the secrets redacted and names the layer and path inside the image', async () => {
    const { report, stdout } = await scanJson(['--image', images.images['key-file'].ociArchive], root);
    const findings = report?.findings ?? [];
    expect(findings.find(f => f.ruleId === 'BH207')?.logical).toMatch(
      /^sha256:[0-9a-f]{64}:root\/\.ssh\/id_rsa$/
    );
    expect(findings.find(f => f.ruleId === 'BH203' && f.message.includes('.env'))?.message).toMatch(
      /'app\/\.env' \(an environment file\) was deleted in layer 1 but is still in image layer 0/
    );
    for (const secret of Object.values(images.secrets)) {
      const text = String(secret);
      expect(stdout.includes(text.slice(4, 12))).toBe(false);
    }
  });

  it('fails to pull without the registry CA, with the fix in the note (exit 3, nothing uploaded as complete)', async () => {
    const { code, report } = await scanJson(['--image', pushed.root as string], root, {
      ...registryEnv,
      BULKHEAD_REGISTRY_CERTS_DIR: join(root, 'no-certs')
    });
    expect(code).toBe(3);
    expect(JSON.stringify(report?.notes)).toMatch(/certificate/i);
  });

  it('pulls through --insecure-registry without the CA, and says so in the notes', async () => {
    const { code, report } = await scanJson(
      ['--image', pushed.root as string, '--insecure-registry', registry.host],
      root,
      { ...registryEnv, BULKHEAD_REGISTRY_CERTS_DIR: join(root, 'no-certs') }
    );
    expect(code).toBe(0);
    expect(report?.findings.map(f => f.ruleId)).toEqual(['BH101']);
    expect(JSON.stringify(report?.notes)).toContain(`--insecure-registry ${registry.host}`);
  });
});

describe('a hand-written Windows image', () => {
  it('Server Core lineage without a user runs as ContainerAdministrator; its key file and ENV secret are found', async () => {
    const built = await buildImage({
      form: 'docker-save-25',
      images: [
        {
          os: 'windows',
          osVersion: '10.0.20348.2340',
          config: { User: '', Env: ['ADMIN_PASSWORD=Pz8!vLq2Rw7nXk4T'] },
          history: [
            { created_by: 'Apply image 10.0.20348.2340' },
            { created_by: 'cmd /S /C copy id_rsa C:\\Users' }
          ],
          layers: [
            {
              entries: [
                { path: 'Files/Windows/System32/config/SOFTWARE', content: 'hive' },
                { path: 'Hives/SOFTWARE_Delta', content: 'x' }
              ]
            },
            {
              entries: [
                { path: 'Files/Users/ContainerAdministrator/.ssh/id_rsa', content: privateKeyText(3) }
              ]
            }
          ],
          tags: ['example.test/win:1']
        }
      ]
    });
    try {
      const { report } = await scanJson(['--image', built.path], built.dir);
      const findings = report?.findings ?? [];
      expect(findings.map(f => f.ruleId).sort()).toEqual(['BH102', 'BH201', 'BH203', 'BH207']);
      expect(findings.find(f => f.ruleId === 'BH102')?.message).toContain('ContainerAdministrator');
      expect(findings.find(f => f.ruleId === 'BH203')?.logical).toMatch(
        /:Users\/ContainerAdministrator\/\.ssh\/id_rsa$/
      );
      expect(JSON.stringify(findings)).not.toContain('vLq2Rw7n');
    } finally {
      await built.cleanup();
    }
  });

  it('Nano Server (User ContainerUser) is fine', async () => {
    const built = await buildImage({
      form: 'oci-archive',
      images: [
        {
          os: 'windows',
          osVersion: '10.0.20348.2340',
          config: { User: 'ContainerUser', Env: ['PATH=C:\\Windows\\system32;C:\\Windows'] },
          history: [{ created_by: 'Apply image 10.0.20348.2340' }],
          layers: [{ entries: [{ path: 'Files/Windows/System32/cmd.exe', content: 'MZ' }] }]
        }
      ]
    });
    try {
      const { report } = await scanJson(['--image', built.path], built.dir);
      expect(report?.findings).toEqual([]);
    } finally {
      await built.cleanup();
    }
  });
});
