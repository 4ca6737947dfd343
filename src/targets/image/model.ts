import type { Readable } from 'node:stream';

/**
 * A built image as the rules see it (RULES.md target `image`): its config, its history and the
 * files of interest found while streaming its layers. Everything a rule needs is collected here
 * by the loader, so rules stay pure.
 */
export interface ImageDocument {
  /** How the user named the image: a path relative to the working directory, or a registry reference. */
  source: string;
  sourceKind: ImageSourceKind;
  /** Names the image carries (docker-save `RepoTags`, OCI `org.opencontainers.image.ref.name`/`io.containerd.image.name`, the pulled reference). */
  names: string[];
  /** Digest of the manifest that was scanned, when known. */
  manifestDigest?: string;
  configDigest: string;
  platform: ImagePlatform;
  config: ImageConfig;
  history: ImageHistoryEntry[];
  layers: ImageLayer[];
  /** Sensitive files and files holding private key material found in the layers, in layer order. */
  files: ImageFile[];
}

export type ImageSourceKind = 'oci-layout' | 'oci-archive' | 'docker-archive' | 'registry';

export interface ImagePlatform {
  os: string;
  architecture: string;
  variant?: string;
  /** `os.version`, e.g. `10.0.20348.2340` for Windows Server 2022. */
  osVersion?: string;
}

export interface ImageConfig {
  /** `config.User`; `undefined` when absent, `''` when empty. */
  user?: string;
  /** `config.Env` entries, `KEY=VALUE`. */
  env: string[];
  entrypoint?: string[];
  cmd?: string[];
  labels: Record<string, string>;
}

export interface ImageHistoryEntry {
  /** 0-based position in `history[]`. */
  index: number;
  createdBy: string;
  emptyLayer: boolean;
  /** Index into `layers` of the layer this entry created, when it created one. */
  layerIndex?: number;
}

export interface ImageLayer {
  /** 0-based, bottom layer first. */
  index: number;
  /** The blob's digest as the manifest names it (compressed for registries, may equal the diff id). */
  digest: string;
  diffId?: string;
  mediaType: string;
  size?: number;
  /** Set when the layer was not read: foreign/non-distributable, missing from an archive, over a limit. */
  skipped?: string;
}

export interface ImageFile {
  /** Path inside the image, POSIX, no leading `/`; for Windows layers without the `Files/` prefix. */
  path: string;
  layerIndex: number;
  /**
   * The layer's uncompressed digest (diff id) when the config lists it, else the blob digest: the same
   * image then names the same layer whether it came from a layout, an archive or a registry.
   */
  layerDigest: string;
  size: number;
  /** What the name says it is (`sensitiveFileKind`), when it is a sensitive file by name. */
  sensitiveKind?: string;
  /** Text of a small file (≤ MAX_TEXT_BYTES) that may hold private key material (BH207). */
  text?: string;
  /** A later layer deleted it (whiteout) or replaced it; the bytes are still in this layer. */
  deletedInLayer?: number;
}

/** Files larger than this are not read for key material. */
export const MAX_TEXT_BYTES = 64 * 1024;

/** A descriptor from an index or manifest (OCI image-spec `descriptor.md`). */
export interface Descriptor {
  mediaType: string;
  digest: string;
  size?: number;
  urls?: string[];
  platform?: { os?: string; architecture?: string; variant?: string; 'os.version'?: string };
  annotations?: Record<string, string>;
}

/**
 * Where an image's blobs come from: a layout directory, an archive or a registry. Layers are
 * streamed, never buffered whole, and never written to disk.
 */
export interface ImageBlobSource {
  readonly kind: ImageSourceKind;
  /** Small documents: index, manifests, config. Throws when over the size limit. */
  readBlob(descriptor: Descriptor): Promise<Buffer>;
  /**
   * Streams each of the given layers once (in any order); `onLayer` consumes the stream fully
   * before the next layer is opened. A missing blob is reported with `missing` instead. A local
   * blob whose content does not hash to its digest is reported with `mismatched` after `onLayer`
   * (whose results the caller then drops); a registry source fails on it instead.
   */
  streamLayers(
    layers: Descriptor[],
    onLayer: (layer: Descriptor, stream: Readable) => Promise<void>,
    missing: (layer: Descriptor, reason: string) => void,
    mismatched?: (layer: Descriptor, actualDigest: string) => void
  ): Promise<void>;
  close(): Promise<void>;
}

/** Safety limits for reading an image; every one has a default (see `DEFAULT_IMAGE_LIMITS`). */
export interface ImageLimits {
  /** Largest index/manifest/config blob read into memory. */
  maxJsonBytes: number;
  /** Largest compressed layer blob streamed. */
  maxLayerBytes: number;
  /** Largest total of uncompressed bytes per layer (gzip/zstd bomb guard). */
  maxUncompressedLayerBytes: number;
  /** Largest uncompressed/compressed ratio tolerated once past 16 MiB of output. */
  maxCompressionRatio: number;
  /** Most tar entries per layer. */
  maxEntriesPerLayer: number;
  /** Most layers per image. */
  maxLayers: number;
}

export interface LoadImageOptions {
  /** `os/arch[/variant]` (`--platform`); default: the only image, else linux/amd64, else the first. */
  platform?: string;
  /** Working directory: `source` paths are resolved against it and reported relative to it. */
  cwd: string;
  /** `--insecure-registry` hosts (`host[:port]`): TLS unverified, plain HTTP allowed. */
  insecureRegistries?: string[];
  limits?: Partial<ImageLimits>;
  /** Environment for credentials (`BULKHEAD_REGISTRY_USERNAME`/`_PASSWORD`/`_TOKEN`, `DOCKER_CONFIG`, `HOME`). */
  env?: NodeJS.ProcessEnv;
}

/** What loading gave: the document, and notes (foreign layers skipped, limits hit…). */
export interface LoadedImage {
  document: ImageDocument;
  notes: string[];
}
