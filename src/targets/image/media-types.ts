import type { Descriptor } from './model.js';

/** OCI and Docker media types the reader knows (image-spec `media-types.md`, Docker image manifest v2.2). */
export const MediaTypes = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  ociLayer: 'application/vnd.oci.image.layer.v1.tar',
  ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  ociLayerZstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
  ociEmpty: 'application/vnd.oci.empty.v1+json',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  dockerLayer: 'application/vnd.docker.image.rootfs.diff.tar',
  dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
  dockerForeignLayerGzip: 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip'
} as const;

const INDEX_TYPES: ReadonlySet<string> = new Set([MediaTypes.ociIndex, MediaTypes.dockerManifestList]);
const MANIFEST_TYPES: ReadonlySet<string> = new Set([MediaTypes.ociManifest, MediaTypes.dockerManifest]);
const CONFIG_TYPES: ReadonlySet<string> = new Set([MediaTypes.ociConfig, MediaTypes.dockerConfig]);

/** An image index or Docker manifest list. */
export function isIndexMediaType(mediaType: string | undefined): boolean {
  return mediaType !== undefined && INDEX_TYPES.has(mediaType);
}

/** An image manifest (OCI or Docker schema 2). */
export function isManifestMediaType(mediaType: string | undefined): boolean {
  return mediaType !== undefined && MANIFEST_TYPES.has(mediaType);
}

/** A runnable image's config; signatures, SBOMs and attestations use other config types. */
export function isImageConfigMediaType(mediaType: string | undefined): boolean {
  return mediaType !== undefined && CONFIG_TYPES.has(mediaType);
}

/**
 * A filesystem layer (tar, maybe compressed). Signature, attestation and SBOM manifests carry JSON
 * payloads as "layers" (`application/vnd.dev.cosign.simplesigning.v1+json`, `application/vnd.in-toto+json`).
 */
export function isLayerMediaType(mediaType: string | undefined): boolean {
  if (mediaType === undefined) return false;
  return (
    mediaType.startsWith('application/vnd.oci.image.layer.') ||
    mediaType.startsWith('application/vnd.docker.image.rootfs.')
  );
}

/**
 * A layer that is not meant to be in archives or registries: Docker foreign layers (Windows base
 * layers hosted by Microsoft), OCI's deprecated non-distributable layers, or any layer with `urls`.
 */
export function isForeignLayer(descriptor: Descriptor): boolean {
  return (
    descriptor.mediaType.includes('.foreign.') ||
    descriptor.mediaType.includes('.nondistributable.') ||
    (descriptor.urls?.length ?? 0) > 0
  );
}
