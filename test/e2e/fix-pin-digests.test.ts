import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeCertsDir, makeTestCertificates } from '../image-tools/certificates.js';
import { startFakeRegistry, type FakeRegistry } from '../image-tools/fake-registry.js';
import { runCli } from './run-cli.js';

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';

let root: string;
let registry: FakeRegistry;
let env: Record<string, string>;
let digest: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'bulkhead-pin-'));
  const certs = await makeTestCertificates(join(root, 'tls'));
  registry = await startFakeRegistry({ certs });
  const certsDir = join(root, 'certs.d');
  await makeCertsDir(certsDir, registry.host, certs.caPem);
  const config = {
    mediaType: 'application/vnd.oci.image.config.v1+json',
    ...registry.addBlob('{"os":"linux"}')
  };
  const manifest = { schemaVersion: 2, mediaType: OCI_MANIFEST, config, layers: [] };
  digest = registry.addManifest('team/api', 'latest', OCI_MANIFEST, manifest).digest;
  env = { BULKHEAD_REGISTRY_CERTS_DIR: certsDir, DOCKER_CONFIG: join(root, 'no-docker-config'), HOME: root };
});

afterAll(async () => {
  await registry.close();
  await rm(root, { recursive: true, force: true });
});

describe('bulkhead fix --pin-digests', () => {
  it('pins mutable references to the digest the registry serves for them, through the registry client', async () => {
    const dir = await mkdtemp(join(root, 'ws-'));
    const image = `${registry.host}/team/api`;
    await writeFile(join(dir, 'Dockerfile'), `FROM ${image}:latest\nUSER 10001\n`);
    await writeFile(
      join(dir, 'pod.yaml'),
      `apiVersion: v1\nkind: Pod\nmetadata:\n  name: api\nspec:\n  containers:\n    - name: api\n      image: "${image}"\n      securityContext: { runAsNonRoot: true }\n`
    );
    const { code, stderr } = await runCli(['fix', '--rule', 'BH403', '--pin-digests', '.'], {
      cwd: dir,
      env
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(await readFile(join(dir, 'Dockerfile'), 'utf8')).toBe(
      `FROM ${image}:latest@${digest}\nUSER 10001\n`
    );
    expect(await readFile(join(dir, 'pod.yaml'), 'utf8')).toContain(`      image: "${image}@${digest}"\n`);
    expect(registry.registryRequests().map(r => `${r.method} ${r.path}`)).toContain(
      'GET /v2/team/api/manifests/latest'
    );
    const again = await runCli(['fix', '--rule', 'BH403', '--pin-digests', '--check', '.'], {
      cwd: dir,
      env
    });
    expect(again.code).toBe(0);
  });

  it('leaves a reference alone, with a warning, when the registry does not have it', async () => {
    const dir = await mkdtemp(join(root, 'ws-'));
    const text = `FROM ${registry.host}/team/missing:latest\n`;
    await writeFile(join(dir, 'Dockerfile'), text);
    const { stderr } = await runCli(['fix', '--rule', 'BH403', '--pin-digests', '.'], { cwd: dir, env });
    expect(stderr).toMatch(/cannot pin '127\.0\.0\.1:\d+\/team\/missing:latest'/);
    expect(await readFile(join(dir, 'Dockerfile'), 'utf8')).toBe(text);
  });
});
