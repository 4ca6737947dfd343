import type {
  ImageConfig,
  ImageDocument,
  ImageFile,
  ImageHistoryEntry,
  ImageLayer,
  ImagePlatform
} from '../src/targets/image/model.js';
import { sensitiveFileKind } from '../src/targets/sensitive-files.js';

/** A file of a test image: the path, and optionally the layer, text, deletion. */
export type ImageFileSpec = Pick<ImageFile, 'path'> & Partial<ImageFile>;

/** What a test image case gives; the rest gets defaults (linux/amd64, no history, layers or files). */
export interface ImageSpec {
  source?: string;
  names?: string[];
  platform?: Partial<ImagePlatform>;
  config?: Partial<ImageConfig>;
  /** `created_by` strings, or entries (indexes are filled in). */
  history?: (string | Omit<ImageHistoryEntry, 'index'>)[];
  /** How many layers the image has; by default, enough for the files. */
  layerCount?: number;
  files?: ImageFileSpec[];
}

/** A deterministic layer digest: `sha256:` then 64 hex digits derived from the index. */
export function testLayerDigest(index: number): string {
  return `sha256:${(index + 1).toString(16).padStart(2, '0').repeat(32)}`;
}

/**
 * Builds an ImageDocument as the image loader would fill it: layers with digests, files with their
 * layer digest and, like the loader, `sensitiveKind` from `sensitiveFileKind` unless given.
 */
export function imageDoc(spec: ImageSpec = {}): ImageDocument {
  const layerCount = Math.max(
    spec.layerCount ?? 0,
    ...(spec.files ?? []).map(f => Math.max(f.layerIndex ?? 0, f.deletedInLayer ?? 0) + 1)
  );
  const layers: ImageLayer[] = Array.from({ length: layerCount }, (_, index) => ({
    index,
    digest: testLayerDigest(index),
    mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip'
  }));
  const files: ImageFile[] = (spec.files ?? []).map(file => {
    const layerIndex = file.layerIndex ?? 0;
    const kind = 'sensitiveKind' in file ? file.sensitiveKind : sensitiveFileKind(file.path);
    return {
      layerIndex,
      layerDigest: testLayerDigest(layerIndex),
      size: file.text?.length ?? 1024,
      ...file,
      ...(kind ? { sensitiveKind: kind } : {})
    };
  });
  const history: ImageHistoryEntry[] = (spec.history ?? []).map((entry, index) =>
    typeof entry === 'string' ? { index, createdBy: entry, emptyLayer: false } : { index, ...entry }
  );
  return {
    source: spec.source ?? 'image.tar',
    sourceKind: 'docker-archive',
    names: spec.names ?? [],
    configDigest: `sha256:${'c0'.repeat(32)}`,
    platform: { os: 'linux', architecture: 'amd64', ...spec.platform },
    config: { env: [], labels: {}, ...spec.config },
    history,
    layers,
    files
  };
}
