import { assignHistoryLayers, parseImageConfig } from '../../targets/image/image-config.js';
import { resolveImageLimits } from '../../targets/image/limits.js';
import type {
  Descriptor,
  ImageBlobSource,
  ImageDocument,
  LoadImageOptions,
  LoadedImage
} from '../../targets/image/model.js';
import { planLayers } from '../../targets/image/plan-layers.js';
import { readJsonBlob } from './read-json-blob.js';
import { scanImageLayers } from './scan-image-layers.js';
import { selectImage, type SelectedImage } from './select-image.js';

/** What a source knows about the image beyond its blobs. */
export interface ReadImageOptions extends LoadImageOptions {
  /** `document.source`: the path relative to the working directory, or the reference. */
  source: string;
  /** The chosen image's names; default: the names annotated on the index entries leading to it. */
  names?: (image: { manifestDigest: string; configDigest: string; annotated: string[] }) => string[];
  /** The source made the manifest up (docker-save ≤ 24 has none), so it has no digest to report. */
  synthesisedManifest?: boolean;
  /** `--image PATH:TAG`: which tagged image of a layout or archive. */
  tag?: string;
}

const NAME_ANNOTATIONS = ['io.containerd.image.name', 'org.opencontainers.image.ref.name'];

/**
 * Reads an image from any source: picks the platform's manifest under `top` (an index or a
 * manifest), reads its config, streams its layers, and builds the `ImageDocument` with notes on
 * what was skipped.
 */
export async function readImage(
  source: ImageBlobSource,
  top: Descriptor,
  options: ReadImageOptions
): Promise<LoadedImage> {
  const limits = resolveImageLimits(options.limits);
  const selected = await selectImage(source, top, options.platform, limits, options.tag);
  const rawConfig =
    selected.config ?? (await readJsonBlob(source, selected.manifest.config, 'image config', limits));
  const parsed = parseImageConfig(rawConfig, selected.descriptor.platform);
  const plan = planLayers(selected.manifest.layers, parsed.diffIds, limits);
  assignHistoryLayers(parsed.history, plan.layers.length);
  const scanned = await scanImageLayers(source, plan.layers, selected.manifest.layers, {
    windows: parsed.platform.os.toLowerCase() === 'windows',
    limits
  });
  const configDigest = selected.manifest.config.digest;
  const annotated = annotatedNames(selected);
  const document: ImageDocument = {
    source: options.source,
    sourceKind: source.kind,
    names:
      options.names?.({ manifestDigest: selected.descriptor.digest, configDigest, annotated }) ?? annotated,
    ...(!options.synthesisedManifest && { manifestDigest: selected.descriptor.digest }),
    configDigest,
    platform: parsed.platform,
    config: parsed.config,
    history: parsed.history,
    layers: plan.layers,
    files: scanned.files
  };
  return { document, notes: [...selected.notes, ...plan.notes, ...scanned.notes] };
}

function annotatedNames(selected: SelectedImage): string[] {
  const names = selected.chain.flatMap(descriptor =>
    NAME_ANNOTATIONS.map(key => descriptor.annotations?.[key]).filter((name): name is string => !!name)
  );
  return [...new Set(names)];
}
