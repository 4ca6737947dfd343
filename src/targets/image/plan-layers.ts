import { formatBytes } from './limits.js';
import { isForeignLayer } from './media-types.js';
import type { Descriptor, ImageLayer, ImageLimits } from './model.js';

/** The document's layers, those that will not be read already marked `skipped`, and why (notes). */
export interface LayerPlan {
  layers: ImageLayer[];
  notes: string[];
}

/**
 * Describes each manifest layer and decides up front which are not read: foreign/non-distributable
 * layers (their blobs are not meant to be there), blobs over the size limit, layers past the limit.
 */
export function planLayers(descriptors: Descriptor[], diffIds: string[], limits: ImageLimits): LayerPlan {
  const notes: string[] = [];
  const layers = descriptors.map((descriptor, index): ImageLayer => {
    const layer: ImageLayer = { index, digest: descriptor.digest, mediaType: descriptor.mediaType };
    const diffId = diffIds[index];
    if (diffId !== undefined) layer.diffId = diffId;
    if (descriptor.size !== undefined) layer.size = descriptor.size;
    if (index >= limits.maxLayers) {
      layer.skipped = 'too many layers';
    } else if (isForeignLayer(descriptor)) {
      layer.skipped = 'foreign layer';
      const where = descriptor.urls?.[0] ? ` (hosted at '${descriptor.urls[0]}')` : '';
      notes.push(layerNote(layer, `was not read: it is a foreign, non-distributable layer${where}`));
    } else if ((descriptor.size ?? 0) > limits.maxLayerBytes) {
      layer.skipped = 'blob over the size limit';
      notes.push(
        layerNote(layer, `was not read: its blob is larger than ${formatBytes(limits.maxLayerBytes)}`)
      );
    }
    return layer;
  });
  if (descriptors.length > limits.maxLayers) {
    notes.push(`The image has ${descriptors.length} layers; only the first ${limits.maxLayers} were read.`);
  }
  return { layers, notes };
}

/** A note about one layer: `Layer 2 'sha256:…' <clause>.` */
export function layerNote(layer: Pick<ImageLayer, 'index' | 'digest'>, clause: string): string {
  return `Layer ${layer.index} '${layer.digest}' ${clause}.`;
}
