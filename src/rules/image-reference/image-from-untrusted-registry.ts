import type { Region } from '../../core/location.js';
import { defineRule, type Report } from '../../core/rule.js';
import type { RuleSettings } from '../../core/settings.js';
import type { ImageReference } from '../../targets/dockerfile/image-reference.js';
import { imageUses, partlyResolvedBases } from '../../targets/dockerfile/image-uses.js';
import { isTrustedReference } from '../../targets/trusted-registries.js';
import { workloadImages } from '../../targets/workload-images.js';

type MessageId = 'dockerfile' | 'workload';

/** BH402: an image from a registry outside the configured `trusted-registries` list. */
const rule = defineRule<MessageId>({
  meta: {
    id: 'BH402',
    slug: 'image-from-untrusted-registry',
    title: 'Image pulled from a registry outside trusted-registries',
    description:
      'Only when `trusted-registries` is configured (`.bulkhead.yml`, `--trusted-registries`, or the Action input `trusted-registries`): a Dockerfile `FROM` or `COPY --from` image, a Kubernetes container, init container or ephemeral container image, or a Compose `image:` comes from a registry or repository that is not on the list. Entries are `host[:port]` or `host[:port]/path/*` prefixes at path boundaries, with `*.domain` wildcards; `alpine` is `docker.io/library/alpine`, and `index.docker.io` is `docker.io`. Build stages, `scratch` and references that are only a variable are exempt. An image from an unvetted registry runs whatever its publisher pushes under that name.',
    severity: 'medium',
    remediation:
      'Pull the image through a registry on the list (mirror or re-publish it after review), or add its registry or repository prefix to `trusted-registries` if it is vetted.',
    references: [
      'https://cheatsheetseries.owasp.org/cheatsheets/Docker_Security_Cheat_Sheet.html',
      'https://kubernetes.io/docs/concepts/containers/images/#image-names',
      'https://docs.docker.com/docker-hub/image-library/mirror/'
    ],
    tags: ['CWE-494', 'CWE-829', 'supply-chain'],
    messages: {
      dockerfile:
        "{via} pulls '{image}' from registry '{registry}' ('{canonical}'), which is not on the trusted-registries list {source}.",
      workload:
        "{owner} '{name}' pulls '{image}' from registry '{registry}' ('{canonical}'), which is not on the trusted-registries list {source}."
    },
    whenToIgnore:
      'An image that is vetted but pulled under another name on purpose, e.g. through a pull-through cache the list does not name yet.'
  },
  checks: {
    dockerfile({ document, settings, report }) {
      if (settings.trustedRegistries.length === 0) return;
      const uses = [
        ...imageUses(document),
        ...partlyResolvedBases(document).map(use => ({ ...use, via: 'FROM' as const }))
      ];
      for (const use of uses)
        if (!isTrustedReference(use.reference, settings.trustedRegistries))
          reportUntrusted('dockerfile', use.reference, use.region, { via: use.via }, settings, report);
    },
    kubernetes: ({ document, settings, report }) => {
      if (settings.trustedRegistries.length === 0) return;
      for (const use of workloadImages(document))
        if (!isTrustedReference(use.reference, settings.trustedRegistries))
          reportUntrusted(
            'workload',
            use.reference,
            use.region,
            { owner: use.owner, name: use.name },
            settings,
            report
          );
    },
    compose: ({ document, settings, report }) => {
      if (settings.trustedRegistries.length === 0) return;
      // With `build:`, `image:` names the image Compose builds and tags: its Dockerfile is checked.
      for (const use of workloadImages(document).filter(u => !u.built))
        if (!isTrustedReference(use.reference, settings.trustedRegistries))
          reportUntrusted(
            'workload',
            use.reference,
            use.region,
            { owner: use.owner, name: use.name },
            settings,
            report
          );
    }
  }
});
export default rule;

function reportUntrusted(
  messageId: MessageId,
  reference: ImageReference,
  region: Region,
  data: Record<string, string>,
  settings: RuleSettings,
  report: (report: Report<MessageId>) => void
): void {
  report({
    messageId,
    data: {
      ...data,
      image: reference.raw,
      registry: reference.registry,
      canonical: reference.name,
      source: settings.trustedRegistriesSource ?? 'configured for this scan'
    },
    region
  });
}
