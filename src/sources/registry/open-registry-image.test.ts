/**
 * The registry client against a loopback HTTPS fake registry (test/image-tools/fake-registry.ts)
 * whose certificate is made by openssl at test time: TLS trust, Basic and Bearer flows, redirects,
 * digest verification, retries and the error messages users see.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  makeCertsDir,
  makeTestCertificates,
  type TestCertificates
} from '../../../test/image-tools/certificates.js';
import { FakeRegistry, startFakeRegistry } from '../../../test/image-tools/fake-registry.js';
import type { Descriptor, ImageBlobSource, LoadImageOptions } from '../../targets/image/model.js';
import { RegistryError } from './errors.js';
import { runCredentialHelper } from './credentials.js';
import { openRegistryImage, type RegistrySettings } from './open-registry-image.js';
import { DOCKER_MANIFEST, DOCKER_MANIFEST_LIST, OCI_INDEX, OCI_MANIFEST } from './registry-client.js';

const CONFIG_TYPE = 'application/vnd.oci.image.config.v1+json';
const LAYER_TYPE = 'application/vnd.oci.image.layer.v1.tar+gzip';
const FAST: Partial<RegistrySettings> = {
  backoffMs: 1,
  sleep: () => Promise.resolve(),
  timeoutMs: 5000,
  runCredentialHelper: () => Promise.resolve(undefined)
};

let root: string;
let certs: TestCertificates;
const registries: FakeRegistry[] = [];
const sources: ImageBlobSource[] = [];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'bulkhead-registry-'));
  certs = await makeTestCertificates(join(root, 'tls'));
});

afterEach(async () => {
  await Promise.all(sources.splice(0).map(source => source.close()));
});

afterAll(async () => {
  await Promise.all(registries.map(registry => registry.close()));
  await rm(root, { recursive: true, force: true });
});

async function registry(options: Parameters<typeof startFakeRegistry>[0] = {}): Promise<FakeRegistry> {
  const started = await startFakeRegistry({ certs, ...options });
  registries.push(started);
  return started;
}

/** A certs.d trusting the test CA for the fake registry (and its `localhost` blob storage). */
async function trustedCertsDir(fake: FakeRegistry): Promise<string> {
  const dir = join(root, `certs.d-${fake.host.replace(':', '-')}`);
  await makeCertsDir(dir, fake.host, certs.caPem);
  await makeCertsDir(dir, fake.host.replace('127.0.0.1', 'localhost'), certs.caPem);
  return dir;
}

/** Options with an environment that hides the machine's own credentials and certs.d. */
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

interface SeededImage {
  manifest: Descriptor;
  config: Descriptor;
  configBytes: Buffer;
  layers: Descriptor[];
  layerBytes: Buffer[];
}

function seedImage(fake: FakeRegistry, repository = 'team/app', tag = 'v1', user = '1000:1000'): SeededImage {
  const configBytes = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      config: { User: user },
      rootfs: { type: 'layers', diff_ids: [] }
    })
  );
  const config = { mediaType: CONFIG_TYPE, ...fake.addBlob(configBytes) };
  const layerBytes = [gzipSync(Buffer.from(`first layer of ${repository}`)), gzipSync(randomBytes(50_000))];
  const layers = layerBytes.map(bytes => ({ mediaType: LAYER_TYPE, ...fake.addBlob(bytes) }));
  const body = { schemaVersion: 2, mediaType: OCI_MANIFEST, config, layers };
  const manifest = { mediaType: OCI_MANIFEST, ...fake.addManifest(repository, tag, OCI_MANIFEST, body) };
  return { manifest, config, configBytes, layers, layerBytes };
}

async function open(
  reference: string,
  loadOptions: LoadImageOptions,
  settings: Partial<RegistrySettings> = {}
) {
  const image = await openRegistryImage(reference, loadOptions, { ...FAST, ...settings });
  sources.push(image.source);
  return image;
}

async function readLayers(source: ImageBlobSource, layers: Descriptor[]) {
  const read: { digest: string; bytes: Buffer }[] = [];
  const missing: { digest: string; reason: string }[] = [];
  await source.streamLayers(
    layers,
    async (layer, stream) => {
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      read.push({ digest: layer.digest, bytes: Buffer.concat(chunks) });
    },
    (layer, reason) => missing.push({ digest: layer.digest, reason })
  );
  return { read, missing };
}

async function failure(promise: Promise<unknown>): Promise<RegistryError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof RegistryError) return error;
    throw error;
  }
  throw new Error('expected a RegistryError');
}

describe('openRegistryImage over verified TLS', () => {
  it('resolves a tag to the manifest, reads the config and streams every layer', async () => {
    const fake = await registry();
    const image = seedImage(fake);
    const opened = await open(
      `${fake.host}/team/app:v1`,
      options({ BULKHEAD_REGISTRY_CERTS_DIR: await trustedCertsDir(fake) })
    );

    expect(opened.source.kind).toBe('registry');
    expect(opened.index).toEqual(image.manifest);
    expect(opened.names).toEqual([`${fake.host}/team/app:v1`]);
    expect(await opened.source.readBlob(image.config)).toEqual(image.configBytes);
    const manifest = JSON.parse((await opened.source.readBlob(opened.index)).toString()) as {
      layers: Descriptor[];
    };
    expect(manifest.layers).toEqual(image.layers);
    const { read, missing } = await readLayers(opened.source, image.layers);
    expect(read).toEqual(
      image.layers.map((layer, i) => ({ digest: layer.digest, bytes: image.layerBytes[i] }))
    );
    expect(missing).toEqual([]);

    const manifestGet = fake.requests.find(request => request.path === '/v2/team/app/manifests/v1');
    expect(manifestGet?.accept?.split(', ')).toEqual([
      OCI_INDEX,
      OCI_MANIFEST,
      DOCKER_MANIFEST_LIST,
      DOCKER_MANIFEST
    ]);
    // The index was not fetched twice: readBlob(index) answers from the first GET.
    expect(fake.requests.filter(request => request.path.includes('/manifests/'))).toHaveLength(1);
  });

  it('computes the digest when the registry sends no Docker-Content-Digest and trusts the body, not a generic Content-Type', async () => {
    const fake = await registry();
    const image = seedImage(fake);
    fake.sendDigestHeader = false;
    fake.contentTypeOverride = 'application/json';
    const opened = await open(
      `${fake.host}/team/app:v1`,
      options({ BULKHEAD_REGISTRY_CERTS_DIR: await trustedCertsDir(fake) })
    );
    expect(opened.index).toEqual(image.manifest);
  });

  it('pulls by digest and reads a nested manifest of an index from /manifests/', async () => {
    const fake = await registry();
    const image = seedImage(fake, 'multi/arch', undefined);
    const index = fake.addManifest('multi/arch', 'latest', OCI_INDEX, {
      schemaVersion: 2,
      mediaType: OCI_INDEX,
      manifests: [{ ...image.manifest, platform: { os: 'linux', architecture: 'amd64' } }]
    });
    const opened = await open(
      `${fake.host}/multi/arch@${index.digest}`,
      options({ BULKHEAD_REGISTRY_CERTS_DIR: await trustedCertsDir(fake) })
    );
    expect(opened.index).toEqual({ mediaType: OCI_INDEX, ...index });
    expect(opened.names).toEqual([`${fake.host}/multi/arch@${index.digest}`]);
    const nested = JSON.parse((await opened.source.readBlob(image.manifest)).toString()) as {
      config: Descriptor;
    };
    expect(nested.config).toEqual(image.config);
    expect(fake.requests.map(request => request.path)).toEqual([
      `/v2/multi/arch/manifests/${index.digest}`,
      `/v2/multi/arch/manifests/${image.manifest.digest}`
    ]);
  });

  it('fails on a certificate it cannot verify, saying how to trust it', async () => {
    const fake = await registry();
    seedImage(fake);
    const error = await failure(openRegistryImage(`${fake.host}/team/app:v1`, options({}), FAST));
    expect(error.kind).toBe('certificate');
    expect(error.message).toContain(`registry ${fake.host}: TLS certificate not trusted`);
    expect(error.message).toContain(`${join(root, 'empty-certs.d')}/${fake.host}/ca.crt`);
    expect(error.message).toContain('NODE_EXTRA_CA_CERTS');
    expect(error.message).toContain(`--insecure-registry ${fake.host}`);
    // Certificate failures are not retried.
    expect(fake.requests).toHaveLength(0);
  });

  it('skips verification only for --insecure-registry hosts', async () => {
    const fake = await registry();
    const image = seedImage(fake);
    const opened = await open(`${fake.host}/team/app:v1`, options({}, { insecureRegistries: [fake.host] }));
    expect(opened.index.digest).toBe(image.manifest.digest);
    expect(opened.notes).toEqual([]);
  });

  it('falls back to plain HTTP for an insecure registry, and refuses plain HTTP otherwise', async () => {
    const fake = await registry({ certs: undefined });
    const image = seedImage(fake);
    const error = await failure(openRegistryImage(`${fake.host}/team/app:v1`, options({}), FAST));
    expect(error.kind).toBe('tls');
    expect(error.message).toContain(`--insecure-registry ${fake.host}`);

    const opened = await open(
      `${fake.host}/team/app:v1`,
      options({}, { insecureRegistries: [`http://${fake.host}`] })
    );
    expect(opened.index.digest).toBe(image.manifest.digest);
    expect(opened.notes).toEqual([`${fake.host}: HTTPS failed, using plain HTTP (insecure registry)`]);
    expect((await readLayers(opened.source, image.layers)).read).toHaveLength(2);
  });
});

describe('authentication', () => {
  it('answers a Basic challenge with BULKHEAD_REGISTRY_USERNAME/PASSWORD', async () => {
    const fake = await registry({ auth: 'basic', username: 'ci-user', password: 'ci-pass' });
    const image = seedImage(fake);
    const env = {
      BULKHEAD_REGISTRY_CERTS_DIR: await trustedCertsDir(fake),
      BULKHEAD_REGISTRY_USERNAME: 'ci-user',
      BULKHEAD_REGISTRY_PASSWORD: 'ci-pass'
    };
    const opened = await open(`${fake.host}/team/app:v1`, options(env));
    await readLayers(opened.source, image.layers);
    const expected = `Basic ${Buffer.from('ci-user:ci-pass').toString('base64')}`;
    // One 401, then every request carries the credentials.
    expect(fake.requests.map(request => [request.path, request.authorization])).toEqual([
      ['/v2/team/app/manifests/v1', undefined],
      ['/v2/team/app/manifests/v1', expected],
      [`/v2/team/app/blobs/${image.layers[0]!.digest}`, expected],
      [`/v2/team/app/blobs/${image.layers[1]!.digest}`, expected]
    ]);
  });

  it('fetches a Bearer token from the realm with Basic credentials and reuses it for the scope', async () => {
    const fake = await registry({ auth: 'bearer', username: 'robot', password: 'robot-secret' });
    const image = seedImage(fake);
    const env = {
      BULKHEAD_REGISTRY_CERTS_DIR: await trustedCertsDir(fake),
      BULKHEAD_REGISTRY_USERNAME: 'robot',
      BULKHEAD_REGISTRY_PASSWORD: 'robot-secret'
    };
    const opened = await open(`${fake.host}/team/app:v1`, options(env));
    await opened.source.readBlob(image.config);
    await readLayers(opened.source, image.layers);

    const tokenRequests = fake.requests.filter(request => request.path === '/token');
    expect(tokenRequests).toEqual([
      {
        method: 'GET',
        host: fake.host,
        path: '/token',
        authorization: `Basic ${Buffer.from('robot:robot-secret').toString('base64')}`
      }
    ]);
    expect(fake.registryRequests().map(request => request.authorization)).toEqual([
      undefined,
      'Bearer fake-token-1',
      'Bearer fake-token-1',
      'Bearer fake-token-1',
      'Bearer fake-token-1'
    ]);
  });

  it('gets an anonymous token when there are no credentials', async () => {
    const fake = await registry({ auth: 'bearer', anonymous: true });
    seedImage(fake, 'library/public');
    const opened = await open(
      `${fake.host}/library/public:v1`,
      options({ BULKHEAD_REGISTRY_CERTS_DIR: await trustedCertsDir(fake) })
    );
    expect(opened.index.mediaType).toBe(OCI_MANIFEST);
    const token = fake.requests.find(request => request.path === '/token');
    expect(token?.authorization).toBeUndefined();
  });

  it('exchanges a config.json identitytoken with the OAuth refresh-token grant', async () => {
    const fake = await registry({ auth: 'bearer', refreshToken: 'refresh-me' });
    seedImage(fake);
    const dockerConfig = join(root, 'identity-config');
    await mkdir(dockerConfig, { recursive: true });
    await writeFile(
      join(dockerConfig, 'config.json'),
      JSON.stringify({
        auths: {
          [fake.host]: { auth: Buffer.from('00000000-0000:').toString('base64'), identitytoken: 'refresh-me' }
        }
      })
    );
    await open(
      `${fake.host}/team/app:v1`,
      options({ BULKHEAD_REGISTRY_CERTS_DIR: await trustedCertsDir(fake), DOCKER_CONFIG: dockerConfig })
    );
    const token = fake.requests.find(request => request.path === '/token');
    expect(token?.method).toBe('POST');
    expect(Object.fromEntries(new URLSearchParams(token?.body))).toEqual({
      grant_type: 'refresh_token',
      refresh_token: 'refresh-me',
      client_id: 'bulkhead',
      service: 'fake-registry',
      scope: 'repository:team/app:pull'
    });
    expect(fake.registryRequests().at(-1)?.authorization).toBe('Bearer fake-token-1');
  });

  it('sends BULKHEAD_REGISTRY_TOKEN as the bearer token when the realm does not do OAuth', async () => {
    const fake = await registry({ auth: 'bearer' });
    seedImage(fake);
    fake.issuedTokens.add('pre-issued-token');
    await open(
      `${fake.host}/team/app:v1`,
      options({
        BULKHEAD_REGISTRY_CERTS_DIR: await trustedCertsDir(fake),
        BULKHEAD_REGISTRY_TOKEN: 'pre-issued-token'
      })
    );
    expect(fake.registryRequests().map(request => request.authorization)).toEqual([
      undefined,
      'Bearer pre-issued-token'
    ]);
  });

  it('reports a refused password with the credential source and never the password', async () => {
    const fake = await registry({ auth: 'basic', username: 'ci-user', password: 'right-password' });
    seedImage(fake);
    const env = {
      BULKHEAD_REGISTRY_CERTS_DIR: await trustedCertsDir(fake),
      BULKHEAD_REGISTRY_USERNAME: 'ci-user',
      BULKHEAD_REGISTRY_PASSWORD: 'Wr0ng-Passw0rd'
    };
    const error = await failure(openRegistryImage(`${fake.host}/team/app:v1`, options(env), FAST));
    expect(error.kind).toBe('unauthorized');
    expect(error.status).toBe(401);
    expect(error.message).toBe(
      `registry ${fake.host} rejected the credentials for team/app (401): credentials from ` +
        'BULKHEAD_REGISTRY_USERNAME/BULKHEAD_REGISTRY_PASSWORD were used'
    );
    expect(error.message).not.toContain('Wr0ng-Passw0rd');
    expect(error.message).not.toContain(Buffer.from('ci-user:Wr0ng-Passw0rd').toString('base64'));
    // 4xx is not retried: one anonymous try, one with credentials.
    expect(fake.registryRequests()).toHaveLength(2);
  });

  it('lists the sources it looked at when it has no credentials', async () => {
    const fake = await registry({ auth: 'bearer' });
    seedImage(fake);
    const error = await failure(
      openRegistryImage(
        `${fake.host}/team/app:v1`,
        options({ BULKHEAD_REGISTRY_CERTS_DIR: await trustedCertsDir(fake) }),
        FAST
      )
    );
    expect(error.kind).toBe('unauthorized');
    expect(error.message).toContain(
      `registry ${fake.host} token service ${fake.host} refused a token for team/app (401)`
    );
    expect(error.message).toContain(
      `looked at BULKHEAD_REGISTRY_USERNAME/BULKHEAD_REGISTRY_PASSWORD, BULKHEAD_REGISTRY_TOKEN, ${join(root, 'no-docker-config', 'config.json')} (not found)`
    );
  });
  it('continues anonymously with a note when the configured credential helper is not installed', async () => {
    const fake = await registry({ auth: 'bearer', anonymous: true });
    seedImage(fake);
    const dockerConfig = join(root, 'helper-config');
    await mkdir(dockerConfig, { recursive: true });
    await writeFile(
      join(dockerConfig, 'config.json'),
      JSON.stringify({ credsStore: 'bulkhead-absent-helper' })
    );
    const opened = await open(
      `${fake.host}/team/app:v1`,
      options({ BULKHEAD_REGISTRY_CERTS_DIR: await trustedCertsDir(fake), DOCKER_CONFIG: dockerConfig }),
      { runCredentialHelper }
    );
    expect(opened.notes).toEqual([
      "docker-credential-bulkhead-absent-helper is not installed (named in Docker's config.json): continuing without credentials"
    ]);
    expect(fake.requests.find(request => request.path === '/token')?.authorization).toBeUndefined();
  });

  it('reports 403 as access denied, naming the credential source', async () => {
    const fake = await registry({ auth: 'basic', username: 'u', password: 'p' });
    seedImage(fake);
    fake.failures.push(403);
    const env = {
      BULKHEAD_REGISTRY_CERTS_DIR: await trustedCertsDir(fake),
      BULKHEAD_REGISTRY_USERNAME: 'u',
      BULKHEAD_REGISTRY_PASSWORD: 'p'
    };
    const error = await failure(openRegistryImage(`${fake.host}/team/app:v1`, options(env), FAST));
    expect(error.kind).toBe('denied');
    expect(error.message).toBe(
      `registry ${fake.host} denied access for team/app (403 UNAVAILABLE: injected failure): credentials from ` +
        'BULKHEAD_REGISTRY_USERNAME/BULKHEAD_REGISTRY_PASSWORD were used'
    );
  });
});

describe('redirects, digests and limits', () => {
  it('follows a blob redirect to another host without the Authorization header', async () => {
    const fake = await registry({ auth: 'basic', username: 'u', password: 'p', redirectBlobs: true });
    const image = seedImage(fake);
    const env = {
      BULKHEAD_REGISTRY_CERTS_DIR: await trustedCertsDir(fake),
      BULKHEAD_REGISTRY_USERNAME: 'u',
      BULKHEAD_REGISTRY_PASSWORD: 'p'
    };
    const opened = await open(`${fake.host}/team/app:v1`, options(env));
    expect(await opened.source.readBlob(image.config)).toEqual(image.configBytes);
    const { read } = await readLayers(opened.source, image.layers);
    expect(read.map(layer => layer.bytes)).toEqual(image.layerBytes);

    const storage = fake.requests.filter(request => request.path.startsWith('/storage/'));
    expect(storage.map(request => request.host)).toEqual([
      fake.host.replace('127.0.0.1', 'localhost'),
      fake.host.replace('127.0.0.1', 'localhost'),
      fake.host.replace('127.0.0.1', 'localhost')
    ]);
    expect(storage.map(request => request.authorization)).toEqual([undefined, undefined, undefined]);
    expect(
      fake
        .registryRequests()
        .slice(1)
        .every(request => request.authorization?.startsWith('Basic '))
    ).toBe(true);
  });

  it('moves on when a consumer returns without reading a layer', async () => {
    const fake = await registry();
    const image = seedImage(fake);
    const opened = await open(
      `${fake.host}/team/app:v1`,
      options({ BULKHEAD_REGISTRY_CERTS_DIR: await trustedCertsDir(fake) })
    );
    const seen: string[] = [];
    await opened.source.streamLayers(
      image.layers,
      async layer => {
        seen.push(layer.digest);
      },
      () => undefined
    );
    expect(seen).toEqual(image.layers.map(layer => layer.digest));
    const { read } = await readLayers(opened.source, image.layers);
    expect(read.map(layer => layer.bytes)).toEqual(image.layerBytes);
  });

  it('fails a layer whose bytes do not match its digest', async () => {
    const fake = await registry();
    const image = seedImage(fake);
    fake.corrupt.add(image.layers[1]!.digest);
    const opened = await open(
      `${fake.host}/team/app:v1`,
      options({ BULKHEAD_REGISTRY_CERTS_DIR: await trustedCertsDir(fake) })
    );
    const error = await failure(readLayers(opened.source, image.layers));
    expect(error.kind).toBe('digest-mismatch');
    expect(error.message).toContain(
      `registry ${fake.host}: layer ${image.layers[1]!.digest}: content has digest sha256:`
    );
  });

  it('fails a config whose bytes do not match its digest', async () => {
    const fake = await registry();
    const image = seedImage(fake);
    fake.corrupt.add(image.config.digest);
    const opened = await open(
      `${fake.host}/team/app:v1`,
      options({ BULKHEAD_REGISTRY_CERTS_DIR: await trustedCertsDir(fake) })
    );
    const error = await failure(opened.source.readBlob(image.config));
    expect(error.kind).toBe('digest-mismatch');
  });

  it('fails a manifest that does not match the digest it was asked for', async () => {
    const fake = await registry();
    const image = seedImage(fake);
    const wrong = `sha256:${'0'.repeat(64)}`;
    fake.manifests.set(`team/app@${wrong}`, fake.manifests.get(`team/app@${image.manifest.digest}`)!);
    const error = await failure(
      openRegistryImage(
        `${fake.host}/team/app@${wrong}`,
        options({ BULKHEAD_REGISTRY_CERTS_DIR: await trustedCertsDir(fake) }),
        FAST
      )
    );
    expect(error.kind).toBe('digest-mismatch');
  });

  it('reports a blob the registry does not have as missing, and an unknown tag as an error', async () => {
    const fake = await registry();
    const image = seedImage(fake);
    fake.blobs.delete(image.layers[0]!.digest);
    const certsDir = await trustedCertsDir(fake);
    const opened = await open(`${fake.host}/team/app:v1`, options({ BULKHEAD_REGISTRY_CERTS_DIR: certsDir }));
    const { read, missing } = await readLayers(opened.source, image.layers);
    expect(missing).toEqual([
      { digest: image.layers[0]!.digest, reason: `registry ${fake.host} does not have this blob (404)` }
    ]);
    expect(read.map(layer => layer.digest)).toEqual([image.layers[1]!.digest]);

    const error = await failure(
      openRegistryImage(
        `${fake.host}/team/app:nope`,
        options({ BULKHEAD_REGISTRY_CERTS_DIR: certsDir }),
        FAST
      )
    );
    expect(error.kind).toBe('not-found');
    expect(error.message).toBe(
      `registry ${fake.host}: manifest team/app:nope not found (404 MANIFEST_UNKNOWN: manifest unknown)`
    );
  });

  it('refuses Docker schema 1 manifests with a clear message', async () => {
    const fake = await registry();
    fake.addManifest('old/app', 'v1', 'application/vnd.docker.distribution.manifest.v1+prettyjws', {
      schemaVersion: 1,
      name: 'old/app',
      tag: 'v1',
      fsLayers: []
    });
    const error = await failure(
      openRegistryImage(
        `${fake.host}/old/app:v1`,
        options({ BULKHEAD_REGISTRY_CERTS_DIR: await trustedCertsDir(fake) }),
        FAST
      )
    );
    expect(error.kind).toBe('unsupported');
    expect(error.message).toContain('Docker image manifest schema 1, which Bulkhead does not read');
  });

  it('enforces maxJsonBytes and maxLayerBytes', async () => {
    const fake = await registry();
    const image = seedImage(fake);
    const certsDir = await trustedCertsDir(fake);
    const tooSmall = await failure(
      openRegistryImage(
        `${fake.host}/team/app:v1`,
        options({ BULKHEAD_REGISTRY_CERTS_DIR: certsDir }, { limits: { maxJsonBytes: 100 } }),
        FAST
      )
    );
    expect(tooSmall.kind).toBe('too-large');

    const opened = await open(
      `${fake.host}/team/app:v1`,
      options({ BULKHEAD_REGISTRY_CERTS_DIR: certsDir }, { limits: { maxLayerBytes: 1000 } })
    );
    const { read, missing } = await readLayers(opened.source, image.layers);
    expect(read.map(layer => layer.digest)).toEqual([image.layers[0]!.digest]);
    expect(missing).toEqual([
      {
        digest: image.layers[1]!.digest,
        reason: `the layer is ${image.layers[1]!.size} bytes, over the limit of 1000 bytes`
      }
    ]);
  });
});

describe('retries and timeouts', () => {
  it('retries 5xx with backoff and succeeds within three attempts', async () => {
    const fake = await registry();
    const image = seedImage(fake);
    fake.failures.push(503, 502);
    const delays: number[] = [];
    const opened = await open(
      `${fake.host}/team/app:v1`,
      options({ BULKHEAD_REGISTRY_CERTS_DIR: await trustedCertsDir(fake) }),
      { backoffMs: 100, sleep: ms => (delays.push(ms), Promise.resolve()), random: () => 0.999 }
    );
    expect(opened.index.digest).toBe(image.manifest.digest);
    expect(delays).toEqual([100, 200]);
  });

  it('jitters the backoff down to half of the delay', async () => {
    const fake = await registry();
    seedImage(fake);
    fake.failures.push(503, 502);
    const delays: number[] = [];
    await open(
      `${fake.host}/team/app:v1`,
      options({ BULKHEAD_REGISTRY_CERTS_DIR: await trustedCertsDir(fake) }),
      { backoffMs: 100, sleep: ms => (delays.push(ms), Promise.resolve()), random: () => 0 }
    );
    expect(delays).toEqual([50, 100]);
  });

  it('gives up after three 5xx answers and does not retry 4xx', async () => {
    const fake = await registry();
    seedImage(fake);
    const certsDir = await trustedCertsDir(fake);
    fake.failures.push(500, 500, 500);
    const error = await failure(
      openRegistryImage(`${fake.host}/team/app:v1`, options({ BULKHEAD_REGISTRY_CERTS_DIR: certsDir }), FAST)
    );
    expect(error.kind).toBe('server');
    expect(error.message).toBe(
      `registry ${fake.host}: manifest team/app:v1 answered 500 (UNAVAILABLE: injected failure)`
    );
    expect(fake.registryRequests()).toHaveLength(3);

    fake.failures.push(400);
    await failure(
      openRegistryImage(`${fake.host}/team/app:v1`, options({ BULKHEAD_REGISTRY_CERTS_DIR: certsDir }), FAST)
    );
    expect(fake.registryRequests()).toHaveLength(4);
  });

  it('retries a refused connection, then names the host and the cause', async () => {
    const closed = await startFakeRegistry({ certs });
    const host = closed.host;
    await closed.close();
    const delays: number[] = [];
    const error = await failure(
      openRegistryImage(`${host}/team/app:v1`, options({}), {
        ...FAST,
        sleep: ms => (delays.push(ms), Promise.resolve())
      })
    );
    expect(error.kind).toBe('network');
    expect(error.message).toBe(`registry ${host}: cannot connect (ECONNREFUSED)`);
    expect(delays).toHaveLength(2);
  });

  it('times out a registry that does not answer', async () => {
    const fake = await registry();
    fake.stalled.add('/v2/team/app/manifests/v1');
    const error = await failure(
      openRegistryImage(
        `${fake.host}/team/app:v1`,
        options({ BULKHEAD_REGISTRY_CERTS_DIR: await trustedCertsDir(fake) }),
        {
          ...FAST,
          timeoutMs: 200,
          attempts: 2
        }
      )
    );
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe(`registry ${fake.host}: no answer within 200 ms`);
    expect(fake.registryRequests()).toHaveLength(2);
  });
});
