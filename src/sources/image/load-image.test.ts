import { ConfigurationError, InputParseError } from '../../core/errors.js';
import {
  buildImage,
  certificateText,
  gzipZeroFileLayer,
  privateKeyText,
  sha256,
  tarEntries,
  type BuiltImage,
  type FixtureForm,
  type FixtureImage,
  type FixtureSpec
} from '../../../test/builders/image-fixture.js';
import { loadImage } from './load-image.js';
import type { ImageDocument, LoadImageOptions, LoadedImage } from '../../targets/image/model.js';

const built: BuiltImage[] = [];

afterAll(async () => {
  await Promise.all(built.map(image => image.cleanup()));
});

async function build(spec: FixtureSpec): Promise<BuiltImage> {
  const image = await buildImage(spec);
  built.push(image);
  return image;
}

async function load(
  spec: FixtureSpec,
  options: Partial<LoadImageOptions> = {}
): Promise<LoadedImage & { image: BuiltImage }> {
  const image = await build(spec);
  return { ...(await loadImage(image.path, { cwd: image.dir, ...options })), image };
}

/** The demo image: a key and a .env that later layers delete, a cache made opaque, a key replaced. */
function demoImage(compression: 'none' | 'gzip' = 'none'): FixtureImage {
  return {
    config: {
      User: 'app',
      Env: ['PATH=/usr/local/bin:/usr/bin', 'API_TOKEN=dummy'],
      Entrypoint: ['/app/run'],
      Cmd: ['--serve'],
      Labels: { 'org.opencontainers.image.title': 'demo' }
    },
    history: [
      { created_by: 'ADD rootfs.tar /' },
      { created_by: 'ENV API_TOKEN=dummy', empty_layer: true },
      { created_by: 'COPY app /app' },
      { created_by: 'USER app', empty_layer: true },
      { created_by: 'RUN rm /app/.env && rm -rf /opt/cache/* && cp id_rsa /root/.ssh/' }
    ],
    tags: ['example.test/demo:1'],
    layers: [
      {
        compression,
        entries: [
          { path: 'etc/', type: 'directory' },
          { path: 'etc/passwd', content: 'root:x:0:0::/root:/bin/sh\napp:x:1000:1000::/app:/bin/sh\n' },
          { path: 'etc/ssl/certs/ca.pem', content: certificateText() },
          { path: 'root/.ssh/id_rsa', content: privateKeyText(1) },
          { path: 'opt/cache/server.key', content: 'not a key, but named like one' }
        ]
      },
      {
        compression,
        entries: [
          { path: 'app/', type: 'directory' },
          { path: 'app/.env', content: 'DB_PASSWORD=hunter2\n' },
          { path: 'app/tls/server.pem', content: privateKeyText(2) },
          { path: 'app/link/.env', type: 'symlink', linkname: '../.env' },
          { path: 'app/run', content: '#!/bin/sh\nexec app\n' }
        ]
      },
      {
        compression,
        entries: [
          { path: 'app/.wh..env' },
          { path: 'opt/cache/.wh..wh..opq' },
          { path: 'root/.ssh/id_rsa', content: 'replaced by a placeholder\n' }
        ]
      }
    ]
  };
}

/** The demo image's document fields that do not depend on the form it was written in. */
function expectDemoDocument(document: ImageDocument, image: BuiltImage): void {
  const layers = image.images[0]?.layers ?? [];
  // Files name their layer by diff id, the same in every form.
  const digest = (i: number) => layers[i]?.diffId;
  expect(document.names).toEqual(['example.test/demo:1']);
  expect(document.configDigest).toBe(image.images[0]?.configDigest);
  expect(document.platform).toEqual({ os: 'linux', architecture: 'amd64' });
  expect(document.config).toEqual({
    user: 'app',
    env: ['PATH=/usr/local/bin:/usr/bin', 'API_TOKEN=dummy'],
    entrypoint: ['/app/run'],
    cmd: ['--serve'],
    labels: { 'org.opencontainers.image.title': 'demo' }
  });
  expect(document.history).toEqual([
    { index: 0, createdBy: 'ADD rootfs.tar /', emptyLayer: false, layerIndex: 0 },
    { index: 1, createdBy: 'ENV API_TOKEN=dummy', emptyLayer: true },
    { index: 2, createdBy: 'COPY app /app', emptyLayer: false, layerIndex: 1 },
    { index: 3, createdBy: 'USER app', emptyLayer: true },
    {
      index: 4,
      createdBy: 'RUN rm /app/.env && rm -rf /opt/cache/* && cp id_rsa /root/.ssh/',
      emptyLayer: false,
      layerIndex: 2
    }
  ]);
  expect(document.layers.map(({ index, digest, diffId, size }) => ({ index, digest, diffId, size }))).toEqual(
    layers.map((layer, index) => ({ index, digest: layer.digest, diffId: layer.diffId, size: layer.size }))
  );
  expect(document.files).toEqual([
    {
      path: 'root/.ssh/id_rsa',
      layerIndex: 0,
      layerDigest: digest(0),
      size: privateKeyText(1).length,
      sensitiveKind: 'an SSH private key',
      text: privateKeyText(1),
      deletedInLayer: 2
    },
    {
      path: 'opt/cache/server.key',
      layerIndex: 0,
      layerDigest: digest(0),
      size: 29,
      sensitiveKind: 'a private key',
      deletedInLayer: 2
    },
    {
      path: 'app/.env',
      layerIndex: 1,
      layerDigest: digest(1),
      size: 20,
      sensitiveKind: 'an environment file',
      deletedInLayer: 2
    },
    {
      path: 'app/tls/server.pem',
      layerIndex: 1,
      layerDigest: digest(1),
      size: privateKeyText(2).length,
      sensitiveKind: 'PEM key material',
      text: privateKeyText(2)
    },
    {
      path: 'root/.ssh/id_rsa',
      layerIndex: 2,
      layerDigest: digest(2),
      size: 26,
      sensitiveKind: 'an SSH private key'
    }
  ]);
}

const FORMS: [FixtureForm, ImageDocument['sourceKind'], Partial<FixtureSpec>][] = [
  ['oci-layout', 'oci-layout', {}],
  ['oci-archive', 'oci-archive', {}],
  ['oci-archive', 'oci-archive', { gzipArchive: true }],
  ['docker-save', 'docker-archive', {}],
  ['docker-save-25', 'docker-archive', {}],
  ['skopeo-archive', 'docker-archive', {}]
];

describe('loadImage: forms', () => {
  it.each(FORMS)('reads the demo image from %s (%s) %j', async (form, sourceKind, extra) => {
    const { document, notes, image } = await load({ form, images: [demoImage()], ...extra });
    expect(notes).toEqual([]);
    expect(document.source).toBe(
      form === 'oci-layout' ? 'layout/index.json' : extra.gzipArchive ? 'image.tar.gz' : 'image.tar'
    );
    expect(document.sourceKind).toBe(sourceKind);
    expectDemoDocument(document, image);
    if (form === 'docker-save' || form === 'skopeo-archive') {
      // docker save ≤ 24 has no manifest: nothing to report, and Docker's own layer type.
      expect(document.manifestDigest).toBeUndefined();
      expect(document.layers.map(layer => layer.mediaType)).toEqual(
        Array(3).fill('application/vnd.docker.image.rootfs.diff.tar')
      );
    } else {
      expect(document.manifestDigest).toBe(image.images[0]?.manifestDigest);
      expect(document.layers.map(layer => layer.mediaType)).toEqual(
        Array(3).fill('application/vnd.oci.image.layer.v1.tar')
      );
    }
  });

  it('gives the same document from every form (apart from source and sourceKind)', async () => {
    const documents = await Promise.all(
      FORMS.map(async ([form, , extra]) => (await load({ form, images: [demoImage()], ...extra })).document)
    );
    // Docker ≤ 24 archives have no manifest (so no manifest digest) and name layers by Docker's type.
    const comparable = ({ source: _s, sourceKind: _k, manifestDigest: _m, ...rest }: ImageDocument) => ({
      ...rest,
      layers: rest.layers.map(({ mediaType: _t, ...layer }) => layer)
    });
    const [first, ...others] = documents.map(comparable);
    for (const other of others) expect(other).toEqual(first);
    const withManifest = documents.filter(document => document.manifestDigest !== undefined);
    expect(new Set(withManifest.map(document => document.manifestDigest)).size).toBe(1);
  });

  it('reads gzip layers and reports their blob digests and media types', async () => {
    const { document, image } = await load({ form: 'oci-layout', images: [demoImage('gzip')] });
    expectDemoDocument(document, image);
    expect(document.layers.map(layer => layer.mediaType)).toEqual(
      Array(3).fill('application/vnd.oci.image.layer.v1.tar+gzip')
    );
    expect(document.layers[0]?.digest).not.toBe(document.layers[0]?.diffId);
  });

  it('reads zstd layers (and a tar without end blocks)', async () => {
    const { document, notes } = await load({
      form: 'oci-archive',
      images: [
        {
          layers: [
            {
              compression: 'zstd',
              entries: [{ path: 'home/dev/.ssh/id_ed25519', content: privateKeyText(4) }]
            },
            {
              compression: 'gzip',
              noTrailer: true,
              entries: [{ path: 'srv/.git-credentials', content: 'x' }]
            }
          ]
        }
      ]
    });
    expect(notes).toEqual([]);
    expect(document.layers.map(layer => layer.mediaType)).toEqual([
      'application/vnd.oci.image.layer.v1.tar+zstd',
      'application/vnd.oci.image.layer.v1.tar+gzip'
    ]);
    expect(document.files.map(file => [file.path, file.layerIndex, file.sensitiveKind])).toEqual([
      ['home/dev/.ssh/id_ed25519', 0, 'an SSH private key'],
      ['srv/.git-credentials', 1, 'git credentials']
    ]);
  });

  it('names the image from index annotations: io.containerd.image.name and ref.name', async () => {
    const { document } = await load({
      form: 'oci-layout',
      images: [{ layers: [] }],
      mutate: files => {
        const index = JSON.parse(files.get('index.json')!.toString());
        index.manifests[0].annotations = {
          'io.containerd.image.name': 'docker.io/library/app:2',
          'org.opencontainers.image.ref.name': '2'
        };
        files.set('index.json', Buffer.from(JSON.stringify(index)));
      }
    });
    expect(document.names).toEqual(['docker.io/library/app:2', '2']);
  });

  it('reports paths relative to cwd with POSIX separators', async () => {
    const image = await build({ form: 'oci-archive', images: [{ layers: [] }] });
    const { document } = await loadImage(image.path, { cwd: `${image.dir}/sub/..` });
    expect(document.source).toBe('image.tar');
    const nested = await loadImage('image.tar', { cwd: image.dir });
    expect(nested.document.source).toBe('image.tar');
  });
});

describe('loadImage: platforms and artifacts', () => {
  const linux = (architecture: string, variant?: string): FixtureImage => ({
    architecture,
    ...(variant && { variant }),
    config: { User: architecture },
    layers: [{ entries: [{ path: `opt/${architecture}/.env`, content: 'A=1' }] }]
  });
  const windows: FixtureImage = {
    os: 'windows',
    osVersion: '10.0.20348.2340',
    config: { User: 'ContainerUser' },
    layers: [{ entries: [{ path: 'Files/app/.env', content: 'A=1' }] }]
  };
  const multi = (extra: Partial<FixtureSpec> = {}): FixtureSpec => ({
    form: 'oci-layout',
    images: [linux('arm64', 'v8'), linux('amd64'), windows],
    ...extra
  });

  it('picks linux/amd64 by default and says which others there are', async () => {
    const { document, notes } = await load(multi());
    expect(document.platform).toEqual({ os: 'linux', architecture: 'amd64' });
    expect(document.config.user).toBe('amd64');
    expect(document.files.map(file => file.path)).toEqual(['opt/amd64/.env']);
    expect(notes).toEqual([
      'Scanned linux/amd64 of the 3 images in the index (linux/arm64/v8, linux/amd64, windows/amd64); ' +
        'choose another with --platform.'
    ]);
  });

  it.each([
    ['linux/arm64', { os: 'linux', architecture: 'arm64', variant: 'v8' }],
    ['linux/arm64/v8', { os: 'linux', architecture: 'arm64', variant: 'v8' }],
    ['linux/aarch64', { os: 'linux', architecture: 'arm64', variant: 'v8' }],
    ['windows/amd64', { os: 'windows', architecture: 'amd64', osVersion: '10.0.20348.2340' }]
  ])('--platform %s', async (platform, expected) => {
    const { document, notes } = await load(multi({ nestedIndex: true }), { platform });
    expect(document.platform).toEqual(expected);
    expect(notes).toEqual([]);
  });

  it('refuses a platform the image does not have, listing those it has', async () => {
    const image = await build(multi());
    await expect(loadImage(image.path, { cwd: image.dir, platform: 'linux/s390x' })).rejects.toThrow(
      new ConfigurationError(
        "The image has no platform 'linux/s390x'; it has linux/arm64/v8, linux/amd64, windows/amd64. " +
          'Choose one with --platform.'
      )
    );
    await expect(loadImage(image.path, { cwd: image.dir, platform: 'linux' })).rejects.toThrow(
      ConfigurationError
    );
  });

  it('falls back to the first image when there is no linux/amd64', async () => {
    const { document } = await load(multi({ images: [linux('arm64', 'v8'), windows] }));
    expect(document.platform.architecture).toBe('arm64');
  });

  it('skips cosign signatures, attestations and SBOM referrers next to the image', async () => {
    for (const form of ['oci-layout', 'oci-archive'] as const) {
      const { document, notes } = await load({
        form,
        images: [demoImage()],
        artifacts: ['cosign-signature', 'attestation', 'sbom-referrer']
      });
      expect(notes).toEqual([]);
      expect(document.config.user).toBe('app');
      expect(document.names).toEqual(['example.test/demo:1']);
    }
  });

  it('fails clearly when the index holds artifacts only', async () => {
    const image = await build({
      form: 'oci-layout',
      images: [demoImage()],
      artifacts: ['cosign-signature'],
      mutate: files => {
        const index = JSON.parse(files.get('index.json')!.toString());
        index.manifests.shift();
        files.set('index.json', Buffer.from(JSON.stringify(index)));
      }
    });
    await expect(loadImage(image.path, { cwd: image.dir })).rejects.toThrow(
      /^No runnable image in 'sha256:[0-9a-f]{64}': only signatures, attestations or other artifacts\.$/
    );
  });

  it('reads the platform that is there when an exporter left the others out', async () => {
    // containerd's exporter lists every platform and writes the blobs of one.
    const { document } = await load(
      multi({
        mutate: files => {
          const index = JSON.parse(files.get('index.json')!.toString());
          for (const entry of index.manifests) {
            if (entry.platform.architecture === 'amd64' && entry.platform.os === 'linux') {
              files.delete(`blobs/${entry.digest.replace(':', '/')}`);
              delete entry.platform;
            }
          }
          files.set('index.json', Buffer.from(JSON.stringify(index)));
        }
      })
    );
    expect(document.platform).toEqual({ os: 'linux', architecture: 'arm64', variant: 'v8' });
  });

  it('reads several images of one docker save archive, choosing by platform', async () => {
    const spec: FixtureSpec = { form: 'docker-save', images: [linux('arm64', 'v8'), linux('amd64')] };
    spec.images[0]!.tags = ['example.test/a:arm'];
    spec.images[1]!.tags = ['example.test/a:amd'];
    const { document } = await load(spec);
    expect(document.names).toEqual(['example.test/a:amd']);
    const arm = await load(spec, { platform: 'linux/arm64' });
    expect(arm.document.names).toEqual(['example.test/a:arm']);
  });
});

describe('loadImage: Windows images', () => {
  const windowsImage: FixtureImage = {
    os: 'windows',
    osVersion: '10.0.20348.2340',
    config: { User: 'ContainerAdministrator', Env: ['ProgramFiles=C:\\Program Files'] },
    history: [{ created_by: 'Apply image 10.0.20348.2340' }, { created_by: 'cmd /S /C copy keys C:\\Users' }],
    tags: ['example.test/win:ltsc2022'],
    layers: [
      {
        foreignUrls: ['https://mcr.microsoft.com/v2/windows/servercore/blobs/sha256:' + 'a'.repeat(64)],
        entries: [{ path: 'Files/Windows/System32/config/SAM', content: 'regf' }]
      },
      {
        entries: [
          { path: 'Files', type: 'directory' },
          { path: 'Files/Users/ContainerAdministrator/.ssh/id_rsa', content: privateKeyText(7) },
          { path: 'Hives/SOFTWARE_Delta', content: Buffer.from(`regf\0${privateKeyText(8)}`) },
          { path: 'UtilityVM/Files/Windows/id_rsa', content: privateKeyText(9) }
        ]
      }
    ]
  };

  it.each(['oci-layout', 'docker-save', 'docker-save-25'] as const)('reads %s', async form => {
    const { document, notes, image } = await load({ form, images: [windowsImage] });
    const foreign = image.images[0]!.layers[0]!;
    expect(document.platform).toEqual({ os: 'windows', architecture: 'amd64', osVersion: '10.0.20348.2340' });
    expect(document.config.user).toBe('ContainerAdministrator');
    expect(document.layers[0]).toMatchObject({
      digest: foreign.digest,
      mediaType: 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip',
      skipped: 'foreign layer'
    });
    expect(document.layers[1]?.skipped).toBeUndefined();
    expect(notes).toEqual([
      `Layer 0 '${foreign.digest}' was not read: it is a foreign, non-distributable layer ` +
        `(hosted at 'https://mcr.microsoft.com/v2/windows/servercore/blobs/sha256:${'a'.repeat(64)}').`
    ]);
    expect(document.files).toEqual([
      {
        path: 'Users/ContainerAdministrator/.ssh/id_rsa',
        layerIndex: 1,
        layerDigest: image.images[0]!.layers[1]!.diffId,
        size: privateKeyText(7).length,
        sensitiveKind: 'an SSH private key',
        text: privateKeyText(7)
      }
    ]);
  });

  it('applies Windows whiteouts case-insensitively', async () => {
    const { document } = await load({
      form: 'oci-layout',
      images: [
        {
          os: 'windows',
          layers: [
            { entries: [{ path: 'Files/App/.env', content: 'A=1' }] },
            { entries: [{ path: 'Files/app/.wh..ENV' }] }
          ]
        }
      ]
    });
    expect(document.files).toEqual([expect.objectContaining({ path: 'App/.env', deletedInLayer: 1 })]);
  });
});

describe('loadImage: layers it cannot or will not read', () => {
  it('notes a gzip bomb layer and still scans the others', async () => {
    const bomb = await gzipZeroFileLayer('var/lib/zeros.bin', 64 * 1024 * 1024);
    const { document, notes } = await load({
      form: 'oci-archive',
      images: [
        {
          layers: [
            { entries: [{ path: 'app/.env', content: 'A=1' }] },
            { blob: bomb },
            { entries: [{ path: 'srv/.netrc', content: 'machine x login y password z' }] }
          ]
        }
      ]
    });
    expect(document.layers[1]?.skipped).toBe('compression ratio over the limit');
    expect(notes).toEqual([
      `Layer 1 '${document.layers[1]?.digest}' was not read to its end: it expands more than 200 times ` +
        '(a decompression bomb?).'
    ]);
    expect(document.files.map(file => file.path)).toEqual(['app/.env', 'srv/.netrc']);
  });

  it.each(['oci-layout', 'oci-archive', 'docker-save', 'docker-save-25', 'skopeo-archive'] as const)(
    'skips a layer whose blob does not match its digest, with a note, and scans the rest (%s)',
    async form => {
      // A blob altered after the manifest was written (a bad copy, or tampering): same file name,
      // other content. Its files must not be reported as that layer's.
      const altered = await tarEntries([{ path: 'srv/altered/.env', content: 'DB_PASSWORD=swapped\n' }]);
      const { document, notes } = await load({
        form,
        images: [
          {
            layers: [
              { compression: 'none', entries: [{ path: 'app/.env', content: 'A=1' }] },
              { compression: 'none', entries: [{ path: 'opt/original.txt', content: 'ORIGINAL BLOB' }] },
              {
                compression: 'gzip',
                entries: [{ path: 'srv/.netrc', content: 'machine x login y password z' }]
              }
            ]
          }
        ],
        mutate: files => {
          for (const [name, file] of files) {
            if (Buffer.isBuffer(file) && file.includes('ORIGINAL BLOB')) files.set(name, altered);
          }
        }
      });
      expect(document.layers.map(layer => layer.skipped)).toEqual([undefined, 'digest mismatch', undefined]);
      expect(notes).toEqual([
        `Layer 1 '${document.layers[1]?.digest}' was skipped: its blob's content has the digest ` +
          `'${sha256(altered)}' (a corrupt or altered blob).`
      ]);
      expect(document.files.map(file => file.path)).toEqual(['app/.env', 'srv/.netrc']);
    }
  );

  it('notes a layer blob missing from an archive or layout, without failing', async () => {
    for (const form of ['oci-archive', 'oci-layout', 'docker-save'] as const) {
      const { document, notes } = await load({
        form,
        images: [
          {
            layers: [
              { omitBlob: true, entries: [{ path: 'a', content: 'a' }] },
              { entries: [{ path: 'app/.env', content: 'A=1' }] }
            ]
          }
        ]
      });
      const where = form === 'oci-layout' ? 'image layout' : 'archive';
      expect(notes).toEqual([
        `Layer 0 '${document.layers[0]?.digest}' was not read: its blob is not in the ${where}.`
      ]);
      expect(document.layers[0]?.skipped).toBe('blob missing');
      expect(document.files.map(file => file.path)).toEqual(['app/.env']);
    }
  });

  it('skips layers past maxLayers and blobs over maxLayerBytes', async () => {
    const layers = Array.from({ length: 3 }, (_, i) => ({
      entries: [{ path: `l${i}/.env`, content: 'A=1' }]
    }));
    const { document, notes } = await load(
      { form: 'oci-layout', images: [{ layers }] },
      { limits: { maxLayers: 2 } }
    );
    expect(document.layers.map(layer => layer.skipped)).toEqual([undefined, undefined, 'too many layers']);
    expect(notes).toEqual(['The image has 3 layers; only the first 2 were read.']);
    expect(document.files.map(file => file.path)).toEqual(['l0/.env', 'l1/.env']);

    const small = await load({ form: 'oci-layout', images: [{ layers }] }, { limits: { maxLayerBytes: 10 } });
    expect(small.document.layers.map(layer => layer.skipped)).toEqual(
      Array(3).fill('blob over the size limit')
    );
    expect(small.notes[0]).toMatch(
      /^Layer 0 'sha256:[0-9a-f]+' was not read: its blob is larger than 10 B\.$/
    );
  });

  it('reads a blob shared by two layers once and counts it for both', async () => {
    const same = { compression: 'gzip' as const, entries: [{ path: 'app/.env', content: 'A=1' }] };
    const { document } = await load({ form: 'oci-archive', images: [{ layers: [same, same] }] });
    expect(document.files.map(file => [file.layerIndex, file.deletedInLayer])).toEqual([
      [0, 1],
      [1, undefined]
    ]);
  });
});

describe('loadImage: inputs that are not images', () => {
  async function expectParseError(spec: FixtureSpec, message: RegExp): Promise<void> {
    const image = await build(spec);
    const error = await loadImage(image.path, { cwd: image.dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputParseError);
    expect((error as Error).message).toMatch(message);
  }

  it('a truncated archive', async () => {
    await expectParseError(
      { form: 'docker-save', images: [demoImage()], truncateArchiveTo: 3000 },
      /^'image.tar' is truncated\.$/
    );
  });

  it('a non-JSON manifest.json', async () => {
    await expectParseError(
      {
        form: 'docker-save',
        images: [demoImage()],
        mutate: files => files.set('manifest.json', Buffer.from('{nope'))
      },
      /^'image.tar': manifest.json is not valid JSON \(/
    );
  });

  it('a manifest.json of the wrong shape', async () => {
    await expectParseError(
      {
        form: 'docker-save',
        images: [demoImage()],
        mutate: files => files.set('manifest.json', Buffer.from('{}'))
      },
      /^'image.tar': manifest.json is not a docker save manifest/
    );
  });

  it('a manifest blob missing from an OCI archive', async () => {
    await expectParseError(
      {
        form: 'oci-archive',
        images: [demoImage()],
        mutate: files => {
          const index = JSON.parse(files.get('index.json')!.toString());
          files.delete(`blobs/${index.manifests[0].digest.replace(':', '/')}`);
        }
      },
      /^The blob 'sha256:[0-9a-f]{64}' is missing from 'image.tar'\.$/
    );
  });

  it('a blob that does not match its digest', async () => {
    await expectParseError(
      {
        form: 'oci-layout',
        images: [demoImage()],
        mutate: files => {
          const index = JSON.parse(files.get('index.json')!.toString());
          files.set(`blobs/${index.manifests[0].digest.replace(':', '/')}`, Buffer.from('{}'));
        }
      },
      /^The image manifest does not match its digest 'sha256:[0-9a-f]{64}'\.$/
    );
  });

  it('a digest that tries to leave blobs/', async () => {
    await expectParseError(
      {
        form: 'oci-layout',
        images: [demoImage()],
        mutate: files => {
          const index = JSON.parse(files.get('index.json')!.toString());
          index.manifests[0].digest = 'sha256:../../../../etc/passwd';
          delete index.manifests[0].platform;
          files.set('index.json', Buffer.from(JSON.stringify(index)));
        }
      },
      /^The image manifest has an invalid digest 'sha256:..\/..\/..\/..\/etc\/passwd'\.$/
    );
  });

  it('broken JSON in index.json', async () => {
    await expectParseError(
      {
        form: 'oci-layout',
        images: [demoImage()],
        mutate: files => files.set('index.json', Buffer.from('['))
      },
      /^'layout\/index.json' is not valid JSON/
    );
  });

  it('a directory that is not a layout, a file that is not a tar, a tar that is no image', async () => {
    await expectParseError(
      { form: 'oci-layout', images: [demoImage()], mutate: files => files.delete('index.json') },
      /^'layout' is not an OCI image layout: it has no index.json\.$/
    );
    await expectParseError(
      {
        form: 'oci-archive',
        images: [demoImage()],
        mutate: files => (files.delete('index.json'), undefined)
      },
      /^'image.tar' is not an image archive: it has neither index.json nor manifest.json\.$/
    );
    const image = await build({ form: 'oci-archive', images: [{ layers: [] }], truncateArchiveTo: 0 });
    const { writeFile } = await import('node:fs/promises');
    await writeFile(image.path, 'just some text, long enough to be read as a header block '.repeat(20));
    const error = await loadImage(image.path, { cwd: image.dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputParseError);
    expect((error as Error).message).toMatch(/^'image.tar' is not a readable tar archive \(/);
  });

  it('a path that does not exist is a usage error, not a registry pull', async () => {
    for (const spec of ['./missing.tar', 'missing.tar', '../x/layout', '/nowhere/image.tar.gz']) {
      await expect(loadImage(spec, { cwd: '/tmp' })).rejects.toThrow(
        new ConfigurationError(`Image '${spec}' not found: no such file or directory.`)
      );
    }
  });
});
