import type { Readable } from 'node:stream';
import { InputParseError } from '../../core/errors.js';
import {
  indexArchive,
  isRegularEntry,
  resolveArchiveEntry,
  streamArchive,
  type ArchiveEntry,
  type ArchiveIndex
} from './archive-index.js';
import { digestOf, parseDigest } from './blob-digest.js';
import { checkDigest } from './digest-check-stream.js';
import {
  digestInName,
  parseDockerSaveManifest,
  repoTagsByConfigDigest,
  synthesiseDockerImages,
  type DockerSaveItem
} from './docker-archive-manifest.js';
import { formatBytes } from '../../targets/image/limits.js';
import { MediaTypes } from '../../targets/image/media-types.js';
import type { Descriptor, ImageBlobSource, ImageLimits, ImageSourceKind } from '../../targets/image/model.js';
import { MissingBlobError } from './missing-blob-error.js';
import type { OpenedImage } from './opened-image.js';
import { asString, parseJsonObject } from '../../targets/image/json-object.js';
import { entryAsNodeStream, readEntryBody } from './tar-entries.js';

/**
 * Opens an image tarball (maybe gzip/zstd-compressed): an OCI archive, a Docker ≥ 25 `docker save`
 * (OCI layout plus `manifest.json`; the layout is used, `RepoTags` name it) or a Docker ≤ 24 /
 * skopeo docker-archive (`manifest.json` only; manifests are made up from it).
 */
export async function openImageArchive(
  file: string,
  display: string,
  limits: ImageLimits
): Promise<OpenedImage> {
  const index = await indexArchive(file, display, limits);
  const archive = new ArchiveFile(file, display, limits, index);
  const manifestJson = index.entries.has('manifest.json')
    ? parseDockerSaveManifest(await archive.readDocument('manifest.json'), display)
    : undefined;
  const hasLayout = index.entries.has('index.json') && (index.entries.has('oci-layout') || !manifestJson);
  if (hasLayout) return openLayout(archive, manifestJson);
  if (manifestJson) return openDockerSave(archive, manifestJson);
  throw new InputParseError(
    `'${display}' is not an image archive: it has neither index.json nor manifest.json.`
  );
}

async function openLayout(archive: ArchiveFile, items: DockerSaveItem[] | undefined): Promise<OpenedImage> {
  const bytes = await archive.readDocument('index.json');
  const index = parseJsonObject(bytes, `'${archive.display}': index.json`);
  const top: Descriptor = {
    mediaType: asString(index.mediaType) ?? MediaTypes.ociIndex,
    digest: digestOf(bytes),
    size: bytes.length
  };
  const kind = items ? 'docker-archive' : 'oci-archive';
  const source = new ImageArchiveSource(kind, archive, new Map([[top.digest, bytes]]), new Map());
  if (!items) return { source, top };
  const tags = repoTagsByConfigDigest(items);
  return { source, top, names: ({ configDigest, annotated }) => tags.get(configDigest) ?? annotated };
}

async function openDockerSave(archive: ArchiveFile, items: DockerSaveItem[]): Promise<OpenedImage> {
  const images = await synthesiseDockerImages(
    items,
    archive.index.entries,
    entry => archive.readDocument(entry.name),
    archive.display
  );
  const source = new ImageArchiveSource(
    'docker-archive',
    archive,
    images.blobs,
    images.layerEntries,
    images.diffIdDigests
  );
  return {
    source,
    top: images.top,
    names: ({ configDigest }) => images.repoTags.get(configDigest) ?? [],
    synthesisedManifest: true
  };
}

/** An archive on disk with its index: small documents from memory, anything else by another pass. */
class ArchiveFile {
  constructor(
    readonly file: string,
    readonly display: string,
    readonly limits: ImageLimits,
    readonly index: ArchiveIndex
  ) {}

  /** A small regular entry's bytes (symlinks followed), from memory or by one more pass. */
  async readDocument(name: string): Promise<Buffer> {
    const entry = resolveArchiveEntry(this.index.entries, name);
    if (!entry) throw new InputParseError(`'${this.display}' has no '${name}'.`);
    const kept = this.index.documents.get(entry.name);
    if (kept) return kept;
    if (entry.size > this.limits.maxJsonBytes) {
      throw new InputParseError(
        `'${this.display}': '${name}' is larger than ${formatBytes(this.limits.maxJsonBytes)}.`
      );
    }
    let bytes: Buffer | undefined;
    await streamArchive(this.file, this.display, this.limits, async (candidate, body) => {
      if (candidate.name !== entry.name || !isRegularEntry(candidate)) return false;
      bytes = await readEntryBody(body, this.limits.maxJsonBytes);
      return true;
    });
    if (!bytes) throw new InputParseError(`'${this.display}': '${name}' cannot be read.`);
    return bytes;
  }
}

/** Blobs of an image archive: documents from memory, layers streamed in archive order. */
class ImageArchiveSource implements ImageBlobSource {
  constructor(
    readonly kind: ImageSourceKind,
    private readonly archive: ArchiveFile,
    private readonly blobs: Map<string, Buffer>,
    private readonly layerEntries: Map<string, string>,
    private readonly diffIdDigests: ReadonlySet<string> = new Set()
  ) {}

  async readBlob(descriptor: Descriptor): Promise<Buffer> {
    const known = this.blobs.get(descriptor.digest);
    if (known) return known;
    const entry = this.entryOf(descriptor);
    if (!entry) {
      throw new MissingBlobError(
        `The blob '${descriptor.digest}' is missing from '${this.archive.display}'.`
      );
    }
    return this.archive.readDocument(entry.name);
  }

  async streamLayers(
    layers: Descriptor[],
    onLayer: (layer: Descriptor, stream: Readable) => Promise<void>,
    missing: (layer: Descriptor, reason: string) => void,
    mismatched?: (layer: Descriptor, actualDigest: string) => void
  ): Promise<void> {
    const pending = new Map<string, Descriptor[]>();
    for (const layer of layers) {
      const entry = this.entryOf(layer);
      if (entry) pending.set(entry.name, [...(pending.get(entry.name) ?? []), layer]);
      else missing(layer, 'its blob is not in the archive');
    }
    // One pass serves each entry once; a blob that two descriptors name needs another pass.
    while (pending.size > 0) {
      let served = 0;
      let layerError: unknown;
      try {
        await streamArchive(
          this.archive.file,
          this.archive.display,
          this.archive.limits,
          async (entry, body) => {
            const queue = pending.get(entry.name);
            const layer = isRegularEntry(entry) ? queue?.shift() : undefined;
            if (!layer) return false;
            if (queue?.length === 0) pending.delete(entry.name);
            served++;
            const { stream, release } = entryAsNodeStream(body);
            // An entry named by its digest (`blobs/sha256/<hex>`, skopeo's `<hex>.tar`) is checked
            // against it. A docker save ≤ 24 `<id>/layer.tar` is named by its diff id, the digest of
            // the uncompressed tar: checked when stored uncompressed (docker save always is; crane's
            // tarballs keep gzip layers under the same kind of name, and those go unchecked).
            const checked =
              digestInName(entry.name) === layer.digest
                ? checkDigest(stream, layer.digest)
                : this.diffIdDigests.has(layer.digest)
                  ? checkDigest(stream, layer.digest, true)
                  : undefined;
            try {
              await onLayer(layer, checked ?? stream);
            } catch (error) {
              layerError = error;
              throw error;
            } finally {
              release();
              checked?.destroy();
            }
            const actual = checked?.mismatch();
            if (actual !== undefined) mismatched?.(layer, actual);
            return pending.size === 0;
          }
        );
      } catch (error) {
        if (layerError !== undefined) throw layerError;
        this.reportAll(pending, missing, `the archive cannot be read up to it (${(error as Error).message})`);
        return;
      }
      if (served === 0) {
        this.reportAll(pending, missing, 'its blob is not in the archive');
        return;
      }
    }
  }

  async close(): Promise<void> {}

  private entryOf(descriptor: Descriptor): ArchiveEntry | undefined {
    const digest = parseDigest(descriptor.digest);
    const name =
      this.layerEntries.get(descriptor.digest) ?? (digest && `blobs/${digest.algorithm}/${digest.hex}`);
    return name === undefined ? undefined : resolveArchiveEntry(this.archive.index.entries, name);
  }

  private reportAll(
    pending: Map<string, Descriptor[]>,
    missing: (layer: Descriptor, reason: string) => void,
    reason: string
  ): void {
    for (const layer of [...pending.values()].flat()) missing(layer, reason);
    pending.clear();
  }
}
