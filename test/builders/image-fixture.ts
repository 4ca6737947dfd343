/**
 * Test fixtures: builds images in every form the loader reads (OCI layout, OCI archive, docker save
 * before and after Docker 25, skopeo docker-archive) from one description, in TypeScript only
 * (tar-stream + zlib, no external tools), into a fresh temporary directory. Reusable by any test.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createGzip, gzipSync } from 'node:zlib';
import * as tarStream from 'tar-stream';
import { pseudoRandom } from './credentials.js';
import { MediaTypes } from '../../src/targets/image/media-types.js';

/** How a layer blob is compressed (zstd: valid frames of raw blocks; see `zstdRawFrame`). */
export type FixtureCompression = 'none' | 'gzip' | 'zstd';

/** One tar entry of a layer. */
export interface FixtureEntry {
  path: string;
  type?: 'file' | 'directory' | 'symlink' | 'link';
  content?: string | Buffer;
  linkname?: string;
}

/** One layer: entries to tar (and compress), or a ready blob. */
export interface FixtureLayer {
  entries?: FixtureEntry[];
  /** The blob as is (a bomb, a precomputed zstd layer); give its `diffId` when it matters. */
  blob?: Buffer;
  diffId?: string;
  /** Default `gzip` in OCI forms; docker save forms always store the uncompressed tar. */
  compression?: FixtureCompression;
  mediaType?: string;
  /** A foreign layer (Windows base layers): listed with these URLs, its blob never written. */
  foreignUrls?: string[];
  /** Listed but its blob left out (containerd's exporter, a damaged archive). */
  omitBlob?: boolean;
  /** Tar without the last entry's padding and the end-of-archive blocks (umoci 0.4.7 `insert`). */
  noTrailer?: boolean;
}

/** One image: its config fields, history and layers. */
export interface FixtureImage {
  os?: string;
  architecture?: string;
  variant?: string;
  osVersion?: string;
  /** The config's `config` object: `User`, `Env`, `Entrypoint`, `Cmd`, `Labels`… */
  config?: Record<string, unknown>;
  history?: { created_by?: string; empty_layer?: boolean }[];
  layers: FixtureLayer[];
  /** `RepoTags` in docker save forms, `org.opencontainers.image.ref.name` in OCI forms. */
  tags?: string[];
}

/** The forms an image can be written in. */
export type FixtureForm = 'oci-layout' | 'oci-archive' | 'docker-save' | 'docker-save-25' | 'skopeo-archive';

/** Artifacts that live next to images in an index and must not be scanned as images. */
export type FixtureArtifact = 'cosign-signature' | 'attestation' | 'sbom-referrer';

/** A file in the layout or archive: bytes, or a symlink to another archive path. */
export type FixtureFile = Buffer | { symlink: string };

/** What to build. */
export interface FixtureSpec {
  form: FixtureForm;
  images: FixtureImage[];
  /** Several images go in a nested index under the top one (how registries store multi-arch). */
  nestedIndex?: boolean;
  artifacts?: FixtureArtifact[];
  /** Compress the whole archive (`image.tar.gz`). */
  gzipArchive?: boolean;
  /** Change the files before they are written (broken inputs). Keys are layout/archive paths. */
  mutate?: (files: Map<string, FixtureFile>) => void;
  /** Keep only this many bytes of the archive. */
  truncateArchiveTo?: number;
}

/** What was built for one image. */
export interface BuiltImageInfo {
  configDigest: string;
  manifestDigest: string;
  layers: { digest: string; diffId: string; size: number; mediaType: string }[];
}

/** A built image on disk. */
export interface BuiltImage {
  /** The temporary directory holding it. */
  dir: string;
  /** What to pass to `loadImage`: the layout directory or the archive file. */
  path: string;
  layoutDir?: string;
  archivePath?: string;
  images: BuiltImageInfo[];
  cleanup(): Promise<void>;
}

interface BuiltLayer {
  tar?: Buffer;
  blob?: Buffer;
  digest: string;
  diffId: string;
  size: number;
  mediaType: string;
  urls?: string[];
  omit: boolean;
}

interface BuiltBlobs {
  layers: BuiltLayer[];
  config: Buffer;
  manifest: Buffer;
  info: BuiltImageInfo;
  platform: Record<string, string>;
}

/** Builds `spec` into a new temporary directory. */
export async function buildImage(spec: FixtureSpec): Promise<BuiltImage> {
  const dir = await mkdtemp(join(tmpdir(), 'bulkhead-image-'));
  const docker =
    spec.form === 'docker-save' || spec.form === 'docker-save-25' || spec.form === 'skopeo-archive';
  const images = await Promise.all(spec.images.map(image => buildBlobs(image, docker)));
  const files =
    spec.form === 'docker-save' || spec.form === 'skopeo-archive'
      ? dockerSaveFiles(spec, images)
      : ociLayoutFiles(spec, images);
  spec.mutate?.(files);
  const built: BuiltImage = {
    dir,
    path: '',
    images: images.map(image => image.info),
    cleanup: () => rm(dir, { recursive: true, force: true })
  };
  if (spec.form === 'oci-layout') {
    const layoutDir = join(dir, 'layout');
    for (const [name, file] of files) {
      await mkdir(dirname(join(layoutDir, name)), { recursive: true });
      if (Buffer.isBuffer(file)) await writeFile(join(layoutDir, name), file);
      else await symlink(file.symlink, join(layoutDir, name));
    }
    await mkdir(layoutDir, { recursive: true });
    return { ...built, path: layoutDir, layoutDir };
  }
  let archive = await tarFiles(files);
  if (spec.gzipArchive) archive = gzipSync(archive);
  if (spec.truncateArchiveTo !== undefined) archive = archive.subarray(0, spec.truncateArchiveTo);
  const archivePath = join(dir, spec.gzipArchive ? 'image.tar.gz' : 'image.tar');
  await writeFile(archivePath, archive);
  return { ...built, path: archivePath, archivePath };
}

/** A tar of `entries`, as a layer or any archive. `noTrailer` cuts the last padding and end blocks. */
export async function tarEntries(
  entries: FixtureEntry[],
  options: { noTrailer?: boolean } = {}
): Promise<Buffer> {
  const pack = tarStream.pack();
  for (const entry of entries) {
    const type = entry.type ?? 'file';
    const header = { name: entry.path, type, mode: type === 'directory' ? 0o755 : 0o644, mtime: EPOCH };
    if (type === 'symlink' || type === 'link') pack.entry({ ...header, linkname: entry.linkname ?? '' });
    else if (type === 'directory') pack.entry(header);
    else pack.entry(header, toBuffer(entry.content ?? ''));
  }
  pack.finalize();
  const tar = await collect(pack);
  if (!options.noTrailer) return tar;
  const last = entries.at(-1);
  const lastSize = last && (last.type ?? 'file') === 'file' ? toBuffer(last.content ?? '').length : 0;
  return tar.subarray(0, tar.length - 1024 - ((512 - (lastSize % 512)) % 512));
}

/**
 * A zstd frame storing `data` in raw (uncompressed) blocks: valid zstd (RFC 8878) that any decoder
 * reads, written without a zstd encoder (none is available on Node 20).
 */
export function zstdRawFrame(data: Buffer): Buffer {
  const BLOCK = 128 * 1024;
  // Magic, frame header descriptor (no checksum, no content size), window 2^17 = one block.
  const parts: Buffer[] = [Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x00, (17 - 10) << 3])];
  let offset = 0;
  do {
    const chunk = data.subarray(offset, offset + BLOCK);
    offset += BLOCK;
    parts.push(zstdBlockHeader(offset >= data.length, 0, chunk.length), chunk);
  } while (offset < data.length);
  return Buffer.concat(parts);
}

/**
 * A zstd bomb: a layer whose tar holds one file of `fileBytes` zeros, written as RLE blocks (4 bytes
 * per 128 KiB), so a few KiB of input claim gigabytes of output.
 */
export function zstdZeroFileLayer(name: string, fileBytes: number): Buffer {
  const BLOCK = 128 * 1024;
  const header = tarHeaderBlock(name, fileBytes);
  const zeros = fileBytes + ((512 - (fileBytes % 512)) % 512) + 1024;
  const parts: Buffer[] = [Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x00, (17 - 10) << 3])];
  parts.push(zstdBlockHeader(false, 0, header.length), header);
  for (let left = zeros; left > 0; left -= BLOCK) {
    parts.push(zstdBlockHeader(left <= BLOCK, 1, Math.min(BLOCK, left)), Buffer.from([0]));
  }
  return Buffer.concat(parts);
}

/** A gzip bomb: a layer whose tar holds one file of `fileBytes` zeros, gzip-compressed (~1000:1). */
export async function gzipZeroFileLayer(name: string, fileBytes: number): Promise<Buffer> {
  const pack = tarStream.pack();
  const sink = pack.entry({ name, size: fileBytes, mtime: EPOCH });
  const gzip = createGzip({ level: 9 });
  const compressed = collectNode(gzip);
  const feed = (async () => {
    const zeros = Buffer.alloc(1024 * 1024);
    for (let left = fileBytes; left > 0; left -= zeros.length) {
      if (!sink.write(zeros.subarray(0, Math.min(zeros.length, left)))) {
        await new Promise<void>(resolve => sink.once('drain', () => resolve()));
      }
    }
    sink.end(() => undefined);
    pack.finalize();
  })();
  for await (const chunk of pack) {
    if (!gzip.write(chunk as Buffer)) await new Promise(resolve => gzip.once('drain', resolve));
  }
  gzip.end();
  await feed;
  return compressed;
}

/** Text of a made-up OpenSSH private key (assembled at run time: no key-like literal in the repo). */
export function privateKeyText(seed = 1): string {
  const label = ['OPENSSH', 'PRIVATE', 'KEY'].join(' ');
  const body = pseudoRandom(280, seed, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');
  const lines = `b3BlbnNzaC1rZXktdjE${body}`.match(/.{1,70}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/** Text of a made-up PEM certificate (public: never key material). */
export function certificateText(seed = 2): string {
  const label = 'CERTIFICATE';
  return `-----BEGIN ${label}-----\nMIIB${pseudoRandom(120, seed)}\n-----END ${label}-----\n`;
}

/** The sha256 digest of bytes, `sha256:<hex>`. */
export function sha256(bytes: Buffer | string): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

const EPOCH = new Date('2024-01-01T00:00:00Z');

async function buildBlobs(image: FixtureImage, docker: boolean): Promise<BuiltBlobs> {
  const layers: BuiltLayer[] = [];
  for (const layer of image.layers) layers.push(await buildLayer(layer, docker));
  const config = json({
    created: EPOCH.toISOString(),
    architecture: image.architecture ?? 'amd64',
    os: image.os ?? 'linux',
    ...(image.osVersion && { 'os.version': image.osVersion }),
    ...(image.variant && { variant: image.variant }),
    config: image.config ?? {},
    rootfs: { type: 'layers', diff_ids: layers.map(layer => layer.diffId) },
    history: image.history ?? layers.map(() => ({ created: EPOCH.toISOString(), created_by: 'fixture' }))
  });
  const manifest = json({
    schemaVersion: 2,
    mediaType: MediaTypes.ociManifest,
    config: { mediaType: MediaTypes.ociConfig, digest: sha256(config), size: config.length },
    layers: layers.map(layer => ({
      mediaType: layer.mediaType,
      digest: layer.digest,
      size: layer.size,
      ...(layer.urls && { urls: layer.urls })
    }))
  });
  const platform: Record<string, string> = {
    architecture: image.architecture ?? 'amd64',
    os: image.os ?? 'linux',
    ...(image.osVersion && { 'os.version': image.osVersion }),
    ...(image.variant && { variant: image.variant })
  };
  const info: BuiltImageInfo = {
    configDigest: sha256(config),
    manifestDigest: sha256(manifest),
    layers: layers.map(({ digest, diffId, size, mediaType }) => ({ digest, diffId, size, mediaType }))
  };
  return { layers, config, manifest, info, platform };
}

async function buildLayer(layer: FixtureLayer, docker: boolean): Promise<BuiltLayer> {
  const tar = layer.blob ? undefined : await tarEntries(layer.entries ?? [], { noTrailer: layer.noTrailer });
  const diffId = layer.diffId ?? (tar ? sha256(tar) : sha256(layer.blob ?? ''));
  const compression = docker ? 'none' : (layer.compression ?? 'gzip');
  const blob = layer.blob ?? compress(tar ?? Buffer.alloc(0), compression);
  const foreign = (layer.foreignUrls?.length ?? 0) > 0;
  const mediaType =
    layer.mediaType ??
    (foreign ? MediaTypes.dockerForeignLayerGzip : LAYER_TYPES[layer.blob ? 'gzip' : compression]);
  return {
    ...(tar && { tar }),
    blob,
    digest: docker && !foreign && !layer.blob ? diffId : sha256(blob),
    diffId,
    size: blob.length,
    mediaType: docker && !foreign && !layer.mediaType ? MediaTypes.ociLayer : mediaType,
    ...(foreign && { urls: layer.foreignUrls }),
    omit: foreign || !!layer.omitBlob
  };
}

const LAYER_TYPES: Record<FixtureCompression, string> = {
  none: MediaTypes.ociLayer,
  gzip: MediaTypes.ociLayerGzip,
  zstd: MediaTypes.ociLayerZstd
};

function compress(tar: Buffer, compression: FixtureCompression): Buffer {
  if (compression === 'gzip') return gzipSync(tar);
  if (compression === 'zstd') return zstdRawFrame(tar);
  return tar;
}

/** OCI layout files (also the core of OCI archives and Docker ≥ 25 `docker save`). */
function ociLayoutFiles(spec: FixtureSpec, images: BuiltBlobs[]): Map<string, FixtureFile> {
  const files = new Map<string, FixtureFile>();
  const addBlob = (bytes: Buffer) => {
    files.set(`blobs/sha256/${sha256(bytes).slice(7)}`, bytes);
    return sha256(bytes);
  };
  const docker25 = spec.form === 'docker-save-25';
  const entries = images.map((image, i) => {
    addBlob(image.config);
    addBlob(image.manifest);
    for (const layer of image.layers)
      if (!layer.omit) files.set(blobPath(layer.digest), layer.blob ?? Buffer.alloc(0));
    const tag = spec.images[i]?.tags?.[0];
    const annotations: Record<string, string> = {};
    if (tag && docker25) annotations['io.containerd.image.name'] = tag;
    if (tag)
      annotations['org.opencontainers.image.ref.name'] = docker25 ? (tag.split(':').at(-1) ?? tag) : tag;
    return {
      mediaType: MediaTypes.ociManifest,
      digest: image.info.manifestDigest,
      size: image.manifest.length,
      ...(images.length > 1 && { platform: image.platform }),
      ...(Object.keys(annotations).length > 0 && { annotations })
    };
  });
  const artifacts = (spec.artifacts ?? []).map(kind => artifactDescriptor(kind, images[0], addBlob));
  let manifests: unknown[] = [...entries, ...artifacts];
  if (spec.nestedIndex) {
    const nested = json({ schemaVersion: 2, mediaType: MediaTypes.ociIndex, manifests });
    manifests = [{ mediaType: MediaTypes.ociIndex, digest: addBlob(nested), size: nested.length }];
  }
  files.set('oci-layout', json({ imageLayoutVersion: '1.0.0' }));
  files.set('index.json', json({ schemaVersion: 2, mediaType: MediaTypes.ociIndex, manifests }));
  if (docker25) {
    files.set('manifest.json', json(dockerManifestItems(spec, images, layer => blobPath(layer.digest))));
  }
  return files;
}

/** Docker ≤ 24 `docker save` and skopeo `docker-archive:` files. */
function dockerSaveFiles(spec: FixtureSpec, images: BuiltBlobs[]): Map<string, FixtureFile> {
  const files = new Map<string, FixtureFile>();
  const skopeo = spec.form === 'skopeo-archive';
  const layerPath = new Map<BuiltLayer, string>();
  const repositories: Record<string, Record<string, string>> = {};
  images.forEach((image, i) => {
    files.set(`${sha256(image.config).slice(7)}.json`, image.config);
    let parent = '';
    for (const layer of image.layers) {
      const v1id = sha256(`${parent}\n${layer.diffId}`).slice(7);
      const path = `${v1id}/layer.tar`;
      layerPath.set(layer, path);
      files.set(`${v1id}/VERSION`, Buffer.from('1.0'));
      files.set(`${v1id}/json`, json({ id: v1id, ...(parent && { parent }) }));
      if (!layer.omit) {
        const bytes = layer.tar ?? layer.blob ?? Buffer.alloc(0);
        if (skopeo) {
          // skopeo writes `<diffid>.tar` and links the legacy path to it (research §8.3).
          files.set(`${layer.diffId.slice(7)}.tar`, bytes);
          files.set(path, { symlink: `../${layer.diffId.slice(7)}.tar` });
        } else {
          files.set(path, bytes);
        }
      }
      parent = v1id;
    }
    for (const tag of spec.images[i]?.tags ?? []) {
      const [repository = tag, name = 'latest'] = tag.split(/:(?=[^:/]+$)/);
      repositories[repository] = { ...repositories[repository], [name]: parent };
    }
  });
  files.set('manifest.json', json(dockerManifestItems(spec, images, layer => layerPath.get(layer) ?? '')));
  files.set('repositories', json(repositories));
  return files;
}

function dockerManifestItems(
  spec: FixtureSpec,
  images: BuiltBlobs[],
  pathOf: (layer: BuiltLayer) => string
): unknown[] {
  const docker25 = spec.form === 'docker-save-25';
  return images.map((image, i) => {
    const foreign = image.layers.filter(layer => layer.urls);
    return {
      Config: docker25 ? blobPath(image.info.configDigest) : `${image.info.configDigest.slice(7)}.json`,
      RepoTags: spec.images[i]?.tags ?? null,
      Layers: image.layers.map(pathOf),
      ...(foreign.length > 0 && {
        LayerSources: Object.fromEntries(
          foreign.map(layer => [
            layer.diffId,
            { mediaType: layer.mediaType, size: layer.size, digest: layer.digest, urls: layer.urls }
          ])
        )
      })
    };
  });
}

/** An index entry for an artifact that refers to `image`, its blobs added with `addBlob`. */
function artifactDescriptor(
  kind: FixtureArtifact,
  image: BuiltBlobs | undefined,
  addBlob: (bytes: Buffer) => string
): unknown {
  const subject = image?.info.manifestDigest ?? sha256('');
  const payload = Buffer.from(JSON.stringify({ critical: { image: { 'docker-manifest-digest': subject } } }));
  const empty = Buffer.from('{}');
  const layerType = {
    'cosign-signature': 'application/vnd.dev.cosign.simplesigning.v1+json',
    attestation: 'application/vnd.in-toto+json',
    'sbom-referrer': 'application/spdx+json'
  }[kind];
  const config =
    kind === 'sbom-referrer'
      ? { mediaType: MediaTypes.ociEmpty, digest: addBlob(empty), size: 2 }
      : { mediaType: MediaTypes.ociConfig, digest: addBlob(json({ architecture: '', os: '' })), size: 24 };
  const manifest = json({
    schemaVersion: 2,
    mediaType: MediaTypes.ociManifest,
    ...(kind === 'sbom-referrer' && { artifactType: 'application/spdx+json' }),
    config,
    layers: [{ mediaType: layerType, digest: addBlob(payload), size: payload.length }]
  });
  const descriptor = { mediaType: MediaTypes.ociManifest, digest: addBlob(manifest), size: manifest.length };
  if (kind === 'attestation') {
    return {
      ...descriptor,
      platform: { architecture: 'unknown', os: 'unknown' },
      annotations: {
        'vnd.docker.reference.type': 'attestation-manifest',
        'vnd.docker.reference.digest': subject
      }
    };
  }
  if (kind === 'sbom-referrer') return { ...descriptor, artifactType: 'application/spdx+json' };
  return {
    ...descriptor,
    annotations: { 'org.opencontainers.image.ref.name': `${subject.replace(':', '-')}.sig` }
  };
}

async function tarFiles(files: Map<string, FixtureFile>): Promise<Buffer> {
  const pack = tarStream.pack();
  for (const [name, file] of files) {
    if (Buffer.isBuffer(file)) pack.entry({ name, mtime: EPOCH, mode: 0o644 }, file);
    else pack.entry({ name, type: 'symlink', linkname: file.symlink, mtime: EPOCH });
  }
  pack.finalize();
  return collect(pack);
}

/** A ustar header block for a regular file (name < 100 bytes, size < 8 GiB). */
function tarHeaderBlock(name: string, size: number): Buffer {
  const block = Buffer.alloc(512);
  const octal = (value: number, offset: number, width: number) =>
    block.write(`${value.toString(8).padStart(width - 1, '0')}\0`, offset, 'latin1');
  block.write(name, 0, 'utf8');
  octal(0o644, 100, 8);
  octal(0, 108, 8);
  octal(0, 116, 8);
  octal(size, 124, 12);
  octal(Math.floor(EPOCH.getTime() / 1000), 136, 12);
  block.write('        ', 148, 'latin1');
  block.write('0', 156, 'latin1');
  block.write('ustar\0' + '00', 257, 'latin1');
  const checksum = block.reduce((sum, byte) => sum + byte, 0);
  block.write(`${checksum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
  return block;
}

function zstdBlockHeader(last: boolean, type: 0 | 1, size: number): Buffer {
  const value = (last ? 1 : 0) | (type << 1) | (size << 3);
  return Buffer.from([value & 0xff, (value >> 8) & 0xff, (value >> 16) & 0xff]);
}

function blobPath(digest: string): string {
  return `blobs/${digest.replace(':', '/')}`;
}

function json(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(value));
}

function toBuffer(content: string | Buffer): Buffer {
  return typeof content === 'string' ? Buffer.from(content) : content;
}

async function collect(stream: AsyncIterable<unknown>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function collectNode(stream: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}
