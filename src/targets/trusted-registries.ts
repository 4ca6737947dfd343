import type { Region } from '../core/location.js';
import type { ComposeDocument } from './compose/compose-document.js';
import type { DockerfileDocument } from './dockerfile/dockerfile-document.js';
import { parseImageReference, type ImageReference } from './dockerfile/image-reference.js';
import { imageUses, partlyResolvedBases } from './dockerfile/image-uses.js';
import type { ImageDocument } from './image/model.js';
import { IMAGE_REGION } from './image/target.js';
import type { KubernetesDocument } from './kubernetes/kubernetes-document.js';
import { workloadImages } from './workload-images.js';
import { isUnderRegistryPrefix, normaliseRegistryPattern } from './registry-patterns.js';

/**
 * Whether `trusted-registries` covers a reference (RULES.md BH402): each entry is `host[:port]` or a
 * `host[:port]/path/*` prefix at path boundaries, `*.domain` hosts allowed. `/*` only marks the entry
 * as a prefix, and a bare path is read the same way, so `ghcr.io/acme` and `ghcr.io/acme/*` both
 * cover `ghcr.io/acme/api`. References are compared in canonical form: `alpine` is
 * `docker.io/library/alpine`, `index.docker.io/x` is `docker.io/x`.
 */
export function isTrustedReference(reference: ImageReference, entries: readonly string[]): boolean {
  return entries.some(entry => {
    const prefix = normaliseRegistryPattern(entry).replace(/\/\*+$/, '');
    return prefix === '*' || isUnderRegistryPrefix(reference, prefix);
  });
}

/** An image reference BH402 judges, with where and how to report it. */
export interface ReferenceUse {
  reference: ImageReference;
  region: Region;
  messageId: 'dockerfile' | 'workload' | 'image';
  data: Record<string, string>;
  logical?: string;
}

/** A Dockerfile's FROM and `COPY --from` images (not its named contexts), and bases whose registry is written out. */
export function dockerfileReferenceUses(
  document: DockerfileDocument,
  namedContexts?: ReadonlySet<string>
): ReferenceUse[] {
  return [
    ...imageUses(document, namedContexts),
    ...partlyResolvedBases(document).map(use => ({ ...use, via: 'FROM' }))
  ].map(use => ({
    reference: use.reference,
    region: use.region,
    messageId: 'dockerfile',
    data: { via: use.via }
  }));
}

/** Workload images; Compose images a service builds itself are left to its Dockerfile. */
export function workloadReferenceUses(document: KubernetesDocument | ComposeDocument): ReferenceUse[] {
  return workloadImages(document)
    .filter(use => !use.built)
    .map(use => ({ ...use, messageId: 'workload', data: { owner: use.owner, name: use.name } }));
}

const BASE_NAME_LABEL = 'org.opencontainers.image.base.name';

/** A built image does not record its base, unless its builder labelled it with the OCI base-name key. */
export function imageBaseUses(document: ImageDocument): ReferenceUse[] {
  const reference = parseImageReference(document.config.labels[BASE_NAME_LABEL]?.trim() ?? '');
  const logical = `config.Labels["${BASE_NAME_LABEL}"]`;
  return reference ? [{ reference, region: IMAGE_REGION, messageId: 'image', data: {}, logical }] : [];
}
