import type { Region } from '../core/location.js';
import type { ComposeDocument } from './compose/compose-document.js';
import { parseImageReference, type ImageReference } from './dockerfile/image-reference.js';
import type { KubernetesDocument } from './kubernetes/kubernetes-document.js';

/** An image a workload runs: a Kubernetes container's or a Compose service's `image:`. */
export interface WorkloadImage {
  reference: ImageReference;
  /** For messages: `Container 'web'` / `Service 'db'`. */
  owner: 'Container' | 'Service';
  name: string;
  /** The `image:` key line. */
  region: Region;
  /** Compose `build:` is set: the image is built here and tagged with this name. */
  built: boolean;
}

/**
 * Every image reference of the workloads of a manifest or Compose file. References with variables
 * (`${TAG}`, Compose interpolation, templating) are left out: their value is not known here.
 */
export function workloadImages(document: KubernetesDocument | ComposeDocument): WorkloadImage[] {
  const images: WorkloadImage[] = [];
  const add = (
    node: { text?: string; reportRegion: Region } | undefined,
    owner: WorkloadImage['owner'],
    name: string,
    built: boolean
  ) => {
    const image = node?.text?.trim();
    const reference = image && !image.includes('$') ? parseImageReference(image) : undefined;
    if (node && reference) images.push({ reference, owner, name, region: node.reportRegion, built });
  };
  if ('workloads' in document) {
    for (const container of document.workloads.flatMap(w => w.containers))
      add(container.image, 'Container', container.name, false);
  } else {
    for (const service of document.services)
      add(service.image, 'Service', service.name, service.node.get('build') !== undefined);
  }
  return images;
}
