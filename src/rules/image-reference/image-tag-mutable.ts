import { defineRule, type Report } from '../../core/rule.js';
import type { YamlNode } from '../../targets/yaml/yaml-node.js';
import { parseImageReference, type ImageReference } from '../../targets/dockerfile/image-reference.js';
import { imageUses } from '../../targets/dockerfile/image-uses.js';

type MessageId = 'latest' | 'untagged' | 'notPinned' | 'usesLatest' | 'usesUntagged' | 'usesNotPinned';

/** BH403: images referenced by a mutable tag. */
export default defineRule({
  meta: {
    id: 'BH403',
    slug: 'image-tag-mutable',
    title: 'Image referenced by a mutable tag',
    description:
      'An image referenced as `:latest` or without a tag can change under the same name at any time, so two builds of the same commit can ship different software, and a compromised or rebuilt upstream image is picked up silently. With `require-digest: true`, every reference must be pinned by `@sha256:` digest.',
    severity: 'low',
    remediation:
      'Reference a specific version tag, and for reproducible builds pin the digest too (`image:1.2.3@sha256:…`); let a bot such as Dependabot or Renovate bump it.',
    references: [
      'https://docs.docker.com/build/building/best-practices/#pin-base-image-versions',
      'https://docs.docker.com/reference/cli/docker/image/pull/#pull-an-image-by-digest-immutable-identifier'
    ],
    tags: ['CWE-494', 'supply-chain'],
    messages: {
      latest: "Image '{image}' uses the mutable tag 'latest'.",
      untagged: "Image '{image}' has no tag, so it means '{image}:latest'.",
      notPinned: "Image '{image}' is not pinned by digest (require-digest is on).",
      usesLatest: "{owner} '{name}' uses image '{image}' with the mutable tag 'latest'.",
      usesUntagged: "{owner} '{name}' uses image '{image}' without a tag, so it means '{image}:latest'.",
      usesNotPinned: "{owner} '{name}' uses image '{image}', not pinned by digest (require-digest is on)."
    },
    whenToIgnore: 'Internal images whose `latest` tag is promoted deliberately by your own pipeline.'
  },
  checks: {
    dockerfile({ document, settings, report }) {
      for (const use of imageUses(document)) {
        const { reference } = use;
        if (reference.digest) continue;
        const image = reference.raw;
        if (reference.tag === undefined)
          report({ messageId: 'untagged', data: { image }, region: use.region });
        else if (reference.tag.toLowerCase() === 'latest')
          report({ messageId: 'latest', data: { image }, region: use.region });
        else if (settings.requireDigest)
          report({ messageId: 'notPinned', data: { image }, region: use.region });
      }
    },
    kubernetes({ document, settings, report }) {
      for (const container of document.workloads.flatMap(workload => workload.containers)) {
        if (container.image) {
          const owner = { owner: 'Container', name: container.name };
          checkWorkloadImage(container.image, owner, settings.requireDigest, report);
        }
      }
    },
    compose({ document, settings, report }) {
      for (const service of document.services) {
        // With `build:`, `image:` names the image Compose builds and tags: the Dockerfile is checked.
        if (!service.image || service.node.get('build')) continue;
        const owner = { owner: 'Service', name: service.name };
        checkWorkloadImage(service.image, owner, settings.requireDigest, report);
      }
    }
  }
});

/** Which message, if any, a workload's image reference deserves. */
function mutability(reference: ImageReference, requireDigest: boolean): MessageId | undefined {
  if (reference.digest) return undefined;
  if (reference.tag === undefined) return 'usesUntagged';
  if (reference.tag.toLowerCase() === 'latest') return 'usesLatest';
  return requireDigest ? 'usesNotPinned' : undefined;
}

/**
 * A Kubernetes container's or Compose service's `image:`. A reference with a variable (`${TAG}`,
 * Compose interpolation or a templating step) is skipped: its value is not known here.
 */
function checkWorkloadImage(
  node: YamlNode,
  owner: { owner: string; name: string },
  requireDigest: boolean,
  report: (report: Report<MessageId>) => void
): void {
  const image = node.text?.trim();
  const reference = image ? parseImageReference(image) : undefined;
  const messageId = reference && mutability(reference, requireDigest);
  if (image && messageId) report({ messageId, data: { ...owner, image }, region: node.reportRegion });
}
