import type { Descriptor, ImageBlobSource } from '../../targets/image/model.js';

/** An image source opened from a path or reference: its blobs, where to start, and what else it knows. */
export interface OpenedImage {
  source: ImageBlobSource;
  /** The top index (or manifest) to select the image from. */
  top: Descriptor;
  /** The chosen image's names when the source knows better than the OCI annotations (docker-save `RepoTags`). */
  names?: (image: { configDigest: string; annotated: string[] }) => string[];
  /** Things opening the source found worth saying (a registry's missing credential helper…). */
  notes?: string[];
  /** The source made the manifest up (docker-save ≤ 24): there is no manifest digest to report. */
  synthesisedManifest?: boolean;
}
