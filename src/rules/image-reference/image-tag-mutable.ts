import { defineRule, type Report } from '../../core/rule.js';
import type { ImageReference } from '../../targets/dockerfile/image-reference.js';
import { imageUses } from '../../targets/dockerfile/image-uses.js';
import { workloadImages, type WorkloadImage } from '../../targets/workload-images.js';

type MessageId = 'latest' | 'untagged' | 'notPinned' | 'usesLatest' | 'usesUntagged' | 'usesNotPinned';

/** BH403: images referenced by a mutable tag. */
export default defineRule({
  meta: {
    id: 'BH403',
    slug: 'image-tag-mutable',
    title: 'Image referenced by a mutable tag',
    description:
      'An image referenced as `:latest` or without a tag can change under the same name at any time, so two builds of the same commit can ship different software, and a compromised or rebuilt upstream image is picked up silently. With `require-digest: true`, every reference must be pinned by `@sha256:` digest. Earlier build stages, `scratch` and the named build contexts a Compose `additional_contexts`, a workflow `build-contexts` or a bake file gives the Dockerfile are no images.',
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
    dockerfile({ document, file, repository, settings, report }) {
      for (const use of imageUses(document, repository.namedContexts?.get(file))) {
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
      reportWorkloadImages(workloadImages(document), settings.requireDigest, report);
    },
    compose({ document, settings, report }) {
      // With `build:`, `image:` names the image Compose builds and tags: the Dockerfile is checked.
      reportWorkloadImages(
        workloadImages(document).filter(use => !use.built),
        settings.requireDigest,
        report
      );
    }
  }
});

function reportWorkloadImages(
  uses: WorkloadImage[],
  requireDigest: boolean,
  report: (report: Report<MessageId>) => void
): void {
  for (const use of uses) {
    const messageId = mutability(use.reference, requireDigest);
    if (messageId)
      report({
        messageId,
        data: { owner: use.owner, name: use.name, image: use.reference.raw },
        region: use.region,
        // A chart's `appVersion` may give the tag alone (`repo:{{ .Values.image.tag | default .Chart.AppVersion }}`).
        ...(messageId === 'usesLatest' && use.reference.tag !== undefined
          ? { valuePart: use.reference.tag }
          : {})
      });
  }
}

/** Which message, if any, a workload's image reference deserves. */
function mutability(reference: ImageReference, requireDigest: boolean): MessageId | undefined {
  if (reference.digest) return undefined;
  if (reference.tag === undefined) return 'usesUntagged';
  if (reference.tag.toLowerCase() === 'latest') return 'usesLatest';
  return requireDigest ? 'usesNotPinned' : undefined;
}
