import { layerNote } from '../../targets/image/plan-layers.js';
import { LayerRemovals, markDeletedFiles } from '../../targets/image/layer-removals.js';
import type {
  Descriptor,
  ImageBlobSource,
  ImageFile,
  ImageLayer,
  ImageLimits
} from '../../targets/image/model.js';
import { scanLayer, type LayerScan } from './scan-layer.js';

/** What the layers gave: files in layer order (deletions marked) and notes in layer order. */
export interface ScannedLayers {
  files: ImageFile[];
  notes: string[];
}

/**
 * Streams every layer not already `skipped` (each distinct blob once, in whatever order the source
 * delivers them), then puts the results in layer order: a blob used by two layers counts for both,
 * and whiteouts only ever apply to the layers below them. Marks `skipped` on layers that could
 * not be read.
 */
export async function scanImageLayers(
  source: ImageBlobSource,
  layers: ImageLayer[],
  descriptors: Descriptor[],
  options: { windows: boolean; limits: ImageLimits }
): Promise<ScannedLayers> {
  const wanted = new Map<string, Descriptor>();
  layers.forEach((layer, i) => {
    const descriptor = descriptors[i];
    if (!layer.skipped && descriptor && !wanted.has(descriptor.digest))
      wanted.set(descriptor.digest, descriptor);
  });
  const scans = new Map<string, LayerScan>();
  const missing = new Map<string, string>();
  const mismatches = new Map<string, string>();
  await source.streamLayers(
    [...wanted.values()],
    async (descriptor, stream) => {
      scans.set(descriptor.digest, await scanLayer(stream, options));
    },
    (descriptor, reason) => missing.set(descriptor.digest, reason),
    (descriptor, actual) => {
      // Files from a blob that is not what the manifest names would be reported as its layer's.
      scans.delete(descriptor.digest);
      mismatches.set(descriptor.digest, actual);
    }
  );

  const files: ImageFile[] = [];
  const notes: string[] = [];
  const removals: (LayerRemovals | undefined)[] = [];
  for (const layer of layers) {
    if (layer.skipped) continue;
    const actual = mismatches.get(layer.digest);
    if (actual !== undefined) {
      layer.skipped = 'digest mismatch';
      notes.push(
        layerNote(
          layer,
          `was skipped: its blob's content has the digest '${actual}' (a corrupt or altered blob)`
        )
      );
      continue;
    }
    const scan = scans.get(layer.digest);
    if (!scan) {
      layer.skipped = 'blob missing';
      const reason = missing.get(layer.digest) ?? 'the source did not provide its blob';
      notes.push(layerNote(layer, `was not read: ${reason.replace(/\.$/, '')}`));
      continue;
    }
    if (scan.skipped) layer.skipped = scan.skipped;
    removals[layer.index] = scan.removals;
    notes.push(...scan.problems.map(problem => layerNote(layer, problem)));
    for (const file of scan.files) {
      files.push({ ...file, layerIndex: layer.index, layerDigest: layer.diffId ?? layer.digest });
    }
  }
  markDeletedFiles(files, removals);
  return { files, notes };
}
