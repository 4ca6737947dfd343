import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { InputParseError } from '../../core/errors.js';
import { digestOf, parseDigest } from './blob-digest.js';
import { checkDigest } from './digest-check-stream.js';
import { formatBytes } from '../../targets/image/limits.js';
import { localFileSize, openLocalFile, readLocalFile } from './local-files.js';
import { MediaTypes } from '../../targets/image/media-types.js';
import type { Descriptor, ImageBlobSource, ImageLimits } from '../../targets/image/model.js';
import { MissingBlobError } from './missing-blob-error.js';
import type { OpenedImage } from './opened-image.js';
import { asString, parseJsonObject } from '../../targets/image/json-object.js';

/**
 * Opens an OCI image layout directory (image-spec `image-layout.md`): `index.json` is the top index
 * and `blobs/<alg>/<hex>` the blobs. `display` names the directory in messages.
 */
export async function openOciLayout(dir: string, display: string, limits: ImageLimits): Promise<OpenedImage> {
  const indexPath = join(dir, 'index.json');
  const size = await localFileSize(indexPath);
  if (size === undefined) {
    throw new InputParseError(`'${display}' is not an OCI image layout: it has no index.json.`);
  }
  if (size > limits.maxJsonBytes) {
    throw new InputParseError(`'${display}/index.json' is larger than ${formatBytes(limits.maxJsonBytes)}.`);
  }
  const bytes = await readLocalFile(indexPath);
  const index = parseJsonObject(bytes, `'${display}/index.json'`);
  const top: Descriptor = {
    // `mediaType` is optional in index.json; the file is an image index by definition.
    mediaType: asString(index.mediaType) ?? MediaTypes.ociIndex,
    digest: digestOf(bytes),
    size: bytes.length
  };
  const source = new OciLayoutSource(dir, display, limits, new Map([[top.digest, bytes]]));
  return { source, top };
}

/** Blobs of an OCI layout directory, opened by validated digest only (no path can leave `blobs/`). */
class OciLayoutSource implements ImageBlobSource {
  readonly kind = 'oci-layout' as const;

  constructor(
    private readonly dir: string,
    private readonly display: string,
    private readonly limits: ImageLimits,
    private readonly documents: Map<string, Buffer>
  ) {}

  async readBlob(descriptor: Descriptor): Promise<Buffer> {
    const known = this.documents.get(descriptor.digest);
    if (known) return known;
    const path = this.blobPath(descriptor);
    const size = path === undefined ? undefined : await localFileSize(path);
    if (path === undefined || size === undefined) {
      throw new MissingBlobError(`The blob '${descriptor.digest}' is missing from '${this.display}'.`);
    }
    if (size > this.limits.maxJsonBytes) {
      throw new InputParseError(
        `The blob '${descriptor.digest}' is larger than ${formatBytes(this.limits.maxJsonBytes)}.`
      );
    }
    return readLocalFile(path);
  }

  async streamLayers(
    layers: Descriptor[],
    onLayer: (layer: Descriptor, stream: Readable) => Promise<void>,
    missing: (layer: Descriptor, reason: string) => void,
    mismatched?: (layer: Descriptor, actualDigest: string) => void
  ): Promise<void> {
    for (const layer of layers) {
      const path = this.blobPath(layer);
      if (path === undefined) {
        missing(layer, 'its digest is not a valid sha256/sha512 digest');
        continue;
      }
      if ((await localFileSize(path)) === undefined) {
        missing(layer, 'its blob is not in the image layout');
        continue;
      }
      const stream = openLocalFile(path);
      const checked = checkDigest(stream, layer.digest);
      try {
        await onLayer(layer, checked);
      } finally {
        stream.destroy();
        checked.destroy();
      }
      const actual = checked.mismatch();
      if (actual !== undefined) mismatched?.(layer, actual);
    }
  }

  async close(): Promise<void> {}

  private blobPath(descriptor: Descriptor): string | undefined {
    const digest = parseDigest(descriptor.digest);
    return digest && join(this.dir, 'blobs', digest.algorithm, digest.hex);
  }
}
