import type { Region } from '../core/location.js';
import type { ComposeDocument } from './compose/compose-document.js';
import { interpolateDefaults } from './compose/interpolate-defaults.js';
import { parseImageReference, type ImageReference } from './dockerfile/image-reference.js';
import { workloadImageReference } from './dockerfile/literal-image-reference.js';
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
 * `image: auto`: Istio's gateway injection template puts the proxy image in when the pod is created
 * (`inject.istio.io/templates: gateway`); there is no image of that name to pin.
 */
const INJECTED = 'auto';

export interface WorkloadImagesOptions {
  /**
   * Also references with a variable left, as their literal parts (`reference.unresolved` is set):
   * `myreg/app:${V}-windowsservercore-ltsc2019` still names a Windows Server 2019 image. Registry and tag
   * rules (4xx) leave this off: RULES.md exempts unresolvable references from them.
   */
  literalParts?: boolean;
}

/**
 * Every image reference of the workloads of a manifest or Compose file. A Compose `image:` is
 * interpolated first, as Compose does (RULES.md 5xx): `alpine:${TAG:-latest}` is `alpine:latest`
 * unless the user's environment says otherwise. References with a variable left (`${TAG}`, `${TAG:?}`,
 * templating) are left out, their value not being known here, unless `literalParts` asks for them.
 */
export function workloadImages(
  document: KubernetesDocument | ComposeDocument,
  options: WorkloadImagesOptions = {}
): WorkloadImage[] {
  const images: WorkloadImage[] = [];
  const add = (
    image: string | undefined,
    region: Region,
    owner: WorkloadImage['owner'],
    name: string,
    built: boolean
  ) => {
    const text = image?.trim();
    const reference = !text
      ? undefined
      : options.literalParts
        ? workloadImageReference(text)
        : text.includes('$')
          ? undefined
          : parseImageReference(text);
    if (reference) images.push({ reference, owner, name, region, built });
  };
  if ('workloads' in document) {
    for (const { image, name } of document.workloads.flatMap(w => w.containers))
      if (image && image.text?.trim() !== INJECTED)
        add(image.text, image.reportRegion, 'Container', name, false);
  } else {
    for (const { image, name, node } of document.services)
      if (image?.text !== undefined)
        add(
          options.literalParts ? interpolateDefaults(image.text).value : composeImage(image.text),
          image.reportRegion,
          'Service',
          name,
          node.get('build') !== undefined
        );
  }
  return images;
}

/** A Compose `image:` with its defaults filled in; undefined while a variable without one is left. */
function composeImage(text: string): string | undefined {
  const { value, unknown } = interpolateDefaults(text);
  return unknown ? undefined : value;
}
