/**
 * openRegistryImage against a real docker-registry (TLS with a test CA, htpasswd) holding images
 * built by umoci and pushed by skopeo. The harness itself is checked too: the images and their
 * archives hold what the other image tests rely on.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Descriptor, ImageBlobSource, LoadImageOptions } from '../../src/targets/image/model.js';
import { RegistryError } from '../../src/sources/registry/errors.js';
import { openRegistryImage, type RegistrySettings } from '../../src/sources/registry/open-registry-image.js';
import { pushImage, startRegistry, type TestRegistry } from './registry-server.js';
import { buildTestImages, missingImageTools, readLayoutImage, readTar, type TestImages } from './tools.js';

const missing = missingImageTools();
if (missing.length > 0) {
  console.warn(`Skipping the real-registry tests: missing ${missing.join(', ')} (.ci/run installs them)`);
}
const describeWithTools = missing.length === 0 ? describe : describe.skip;

const FAST: Partial<RegistrySettings> = {
  backoffMs: 10,
  runCredentialHelper: () => Promise.resolve(undefined)
};

describeWithTools('images from umoci/skopeo in a real docker-registry', () => {
  let root: string;
  let built: TestImages;
  let registry: TestRegistry;
  const pushed: Record<string, string> = {};
  const sources: ImageBlobSource[] = [];

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'bulkhead-image-tools-'));
    [built, registry] = await Promise.all([
      buildTestImages(join(root, 'images')),
      startRegistry(join(root, 'registry'))
    ]);
    for (const name of ['nonroot', 'env-secret', 'key-file'] as const) {
      pushed[name] = await pushImage(built.layoutDir, name, registry);
    }
  }, 180_000);

  afterAll(async () => {
    await Promise.all(sources.map(source => source.close()));
    await registry?.stop();
    if (root !== undefined) await rm(root, { recursive: true, force: true });
  });

  /** Options whose environment hides the machine's own Docker credentials. */
  function options(env: Record<string, string>, extra: Partial<LoadImageOptions> = {}): LoadImageOptions {
    return {
      cwd: root,
      env: {
        BULKHEAD_REGISTRY_USERNAME: undefined,
        BULKHEAD_REGISTRY_PASSWORD: undefined,
        BULKHEAD_REGISTRY_TOKEN: undefined,
        DOCKER_CONFIG: join(root, 'no-docker-config'),
        BULKHEAD_REGISTRY_CERTS_DIR: join(root, 'empty-certs.d'),
        ...env
      },
      ...extra
    };
  }

  const withCredentials = () => ({
    BULKHEAD_REGISTRY_CERTS_DIR: registry.certsDir,
    BULKHEAD_REGISTRY_USERNAME: registry.username,
    BULKHEAD_REGISTRY_PASSWORD: registry.password
  });

  async function open(reference: string, loadOptions: LoadImageOptions) {
    const image = await openRegistryImage(reference, loadOptions, FAST);
    sources.push(image.source);
    return image;
  }

  async function layerBytes(source: ImageBlobSource, layers: Descriptor[]): Promise<Buffer[]> {
    const read: Buffer[] = [];
    await source.streamLayers(
      layers,
      async (_layer, stream) => {
        const chunks: Buffer[] = [];
        for await (const chunk of stream) chunks.push(chunk as Buffer);
        read.push(Buffer.concat(chunks));
      },
      (layer, reason) => {
        throw new Error(`${layer.digest} missing: ${reason}`);
      }
    );
    return read;
  }

  async function rejection(promise: Promise<unknown>): Promise<RegistryError> {
    const error = await promise.then(
      () => undefined,
      (reason: unknown) => reason
    );
    if (!(error instanceof RegistryError)) throw new Error(`expected a RegistryError, got ${String(error)}`);
    return error;
  }

  it('built the images the other tests rely on', async () => {
    const root = await readLayoutImage(built.layoutDir, 'root');
    expect(root.configJson.config?.User).toBeUndefined();
    expect(root.layers).toHaveLength(1);
    const nonroot = await readLayoutImage(built.layoutDir, 'nonroot');
    expect(nonroot.configJson.config?.User).toBe('1000:1000');

    const keyFile = await readLayoutImage(built.layoutDir, 'key-file');
    expect(keyFile.configJson.history?.map(entry => entry.created_by)).toEqual(
      built.images['key-file'].createdBy
    );
    expect(keyFile.configJson.history?.[0]?.created_by).toContain(built.secrets.npmToken);
    expect(keyFile.configJson.history?.at(-1)?.empty_layer).toBe(true);
    expect(keyFile.layers).toHaveLength(2);
    expect(built.secrets.privateKey).toMatch(/^-----BEGIN RSA PRIVATE KEY-----\n/);
    expect(built.secrets.githubToken).toMatch(/^ghp_[A-Za-z0-9]{36}$/);

    // docker-archive: docker-save manifest.json naming the image, layers as <id>/layer.tar symlinks.
    const docker = readTar(await readFile(built.images['key-file'].dockerArchive));
    const manifest = JSON.parse(docker.find(entry => entry.path === 'manifest.json')!.content.toString()) as {
      RepoTags: string[];
      Layers: string[];
    }[];
    expect(manifest[0]?.RepoTags).toEqual(['example.test/bulkhead/key-file:latest']);
    expect(manifest[0]?.Layers).toHaveLength(2);
    expect(docker.some(entry => entry.type === '2' && entry.path.endsWith('/layer.tar'))).toBe(true);

    // oci-archive: an OCI layout in a tar, tagged with the image name.
    const oci = readTar(await readFile(built.images['env-secret'].ociArchive));
    const index = JSON.parse(oci.find(entry => entry.path === 'index.json')!.content.toString()) as {
      manifests: { annotations?: Record<string, string> }[];
    };
    expect(index.manifests[0]?.annotations?.['org.opencontainers.image.ref.name']).toBe('env-secret');
  });

  it('pulls manifest, config and layers with credentials from BULKHEAD_REGISTRY_USERNAME/PASSWORD', async () => {
    const expected = await readLayoutImage(built.layoutDir, 'env-secret');
    const image = await open(pushed['env-secret']!, options(withCredentials()));

    expect(image.names).toEqual([`${registry.host}/bulkhead/env-secret:latest`]);
    expect(image.index).toEqual({
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: expected.manifest.digest,
      size: expected.manifest.size
    });
    const manifest = JSON.parse((await image.source.readBlob(image.index)).toString()) as {
      config: Descriptor;
      layers: Descriptor[];
    };
    expect(manifest.config.digest).toBe(expected.config.digest);
    expect(manifest.layers.map(layer => layer.digest)).toEqual(expected.layers.map(layer => layer.digest));

    const config = JSON.parse((await image.source.readBlob(manifest.config)).toString()) as {
      config: { User?: string; Env?: string[] };
    };
    expect(config.config.User).toBe('app');
    expect(config.config.Env).toEqual([
      `GITHUB_TOKEN=${built.secrets.githubToken}`,
      'DB_PASSWORD=S3cr3t-Passw0rd-42'
    ]);

    const [layer] = await layerBytes(image.source, manifest.layers);
    const passwd = readTar(layer!).find(entry => entry.path === 'etc/passwd');
    expect(passwd?.content.toString()).toContain('app:x:1000:1000');
  });

  it('pulls with the auths entry of a DOCKER_CONFIG config.json', async () => {
    const dockerConfig = join(root, 'docker-config');
    await mkdir(dockerConfig, { recursive: true });
    const auth = Buffer.from(`${registry.username}:${registry.password}`).toString('base64');
    await writeFile(
      join(dockerConfig, 'config.json'),
      JSON.stringify({ auths: { [registry.host]: { auth } } })
    );

    const image = await open(
      pushed.nonroot!,
      options({ BULKHEAD_REGISTRY_CERTS_DIR: registry.certsDir, DOCKER_CONFIG: dockerConfig })
    );
    const manifest = JSON.parse((await image.source.readBlob(image.index)).toString()) as {
      config: Descriptor;
    };
    const config = JSON.parse((await image.source.readBlob(manifest.config)).toString()) as {
      config: { User?: string };
    };
    expect(config.config.User).toBe('1000:1000');
  });

  it('streams every layer, including the key and the whiteout of a deleted file', async () => {
    const expected = await readLayoutImage(built.layoutDir, 'key-file');
    const image = await open(pushed['key-file']!, options(withCredentials()));
    const manifest = JSON.parse((await image.source.readBlob(image.index)).toString()) as {
      layers: Descriptor[];
    };
    expect(manifest.layers).toEqual(expected.layers);
    const [first, second] = (await layerBytes(image.source, manifest.layers)).map(readTar);
    expect(first?.find(entry => entry.path === 'root/.ssh/id_rsa')?.content.toString()).toBe(
      built.secrets.privateKey
    );
    expect(first?.find(entry => entry.path === 'app/.env')?.content.toString()).toContain(
      'DB_PASSWORD=S3cr3t-Passw0rd-42'
    );
    expect(second?.map(entry => entry.path)).toContain('app/.wh..env');
  });

  it('fails without the CA, saying how to provide it', async () => {
    const error = await rejection(openRegistryImage(pushed.nonroot!, options({}), FAST));
    expect(error.kind).toBe('certificate');
    expect(error.message).toContain(`registry ${registry.host}: TLS certificate not trusted`);
    expect(error.message).toContain(`/${registry.host}/ca.crt`);
    expect(error.message).toContain('NODE_EXTRA_CA_CERTS');
    expect(error.message).toContain(`--insecure-registry ${registry.host}`);
  });

  it('fails with a 401 message on a wrong password, without the password', async () => {
    const wrong = 'Not-The-Passw0rd-9';
    const error = await rejection(
      openRegistryImage(
        pushed.nonroot!,
        options({ ...withCredentials(), BULKHEAD_REGISTRY_PASSWORD: wrong }),
        FAST
      )
    );
    expect(error.kind).toBe('unauthorized');
    expect(error.status).toBe(401);
    expect(error.message).toContain(
      `registry ${registry.host} rejected the credentials for bulkhead/nonroot (401)`
    );
    expect(error.message).toContain('BULKHEAD_REGISTRY_USERNAME/BULKHEAD_REGISTRY_PASSWORD');
    expect(error.message).not.toContain(wrong);
    expect(error.message).not.toContain(registry.password);
  });

  it('fails with a 401 listing the sources when there are no credentials', async () => {
    const error = await rejection(
      openRegistryImage(pushed.nonroot!, options({ BULKHEAD_REGISTRY_CERTS_DIR: registry.certsDir }), FAST)
    );
    expect(error.kind).toBe('unauthorized');
    expect(error.message).toContain(
      'requires authentication for bulkhead/nonroot (401): no credentials were found'
    );
  });

  it('reports an unknown tag as not found', async () => {
    const error = await rejection(
      openRegistryImage(`${registry.host}/bulkhead/nonroot:absent`, options(withCredentials()), FAST)
    );
    expect(error.kind).toBe('not-found');
    expect(error.message).toContain(
      `registry ${registry.host}: manifest bulkhead/nonroot:absent not found (404 MANIFEST_UNKNOWN`
    );
  });

  it('lets --insecure-registry through without the CA', async () => {
    const { BULKHEAD_REGISTRY_CERTS_DIR: _ignored, ...credentials } = withCredentials();
    const image = await open(pushed.nonroot!, options(credentials, { insecureRegistries: [registry.host] }));
    const expected = await readLayoutImage(built.layoutDir, 'nonroot');
    expect(image.index.digest).toBe(expected.manifest.digest);
    expect((await layerBytes(image.source, expected.layers)).length).toBe(1);
  });
});
