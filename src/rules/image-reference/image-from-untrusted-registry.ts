import { defineRule, type Report } from '../../core/rule.js';
import type { RuleSettings } from '../../core/settings.js';
import {
  dockerfileReferenceUses,
  imageBaseUses,
  isTrustedReference,
  workloadReferenceUses,
  type ReferenceUse
} from '../../targets/trusted-registries.js';

type MessageId = ReferenceUse['messageId'];

/** BH402: an image from a registry outside the configured `trusted-registries` list. */
const rule = defineRule<MessageId>({
  meta: {
    id: 'BH402',
    slug: 'image-from-untrusted-registry',
    title: 'Image pulled from a registry outside trusted-registries',
    description:
      'Only when `trusted-registries` is configured (`.bulkhead.yml`, `--trusted-registries`, or the Action input `trusted-registries`): a Dockerfile `FROM` or `COPY --from` image, a Kubernetes container, init container or ephemeral container image, a Compose `image:`, or the base of a built image (when its `org.opencontainers.image.base.name` label names it) comes from a registry or repository that is not on the list. Entries are `host[:port]` or `host[:port]/path/*` prefixes at path boundaries, with `*.domain` wildcards; `alpine` is `docker.io/library/alpine`, and `index.docker.io` is `docker.io`. Build stages, `scratch` and references that are only a variable are exempt. An image from an unvetted registry runs whatever its publisher pushes under that name.',
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
        "{owner} '{name}' pulls '{image}' from registry '{registry}' ('{canonical}'), which is not on the trusted-registries list {source}.",
      image:
        "The image is built on '{image}' (its base-name label) from registry '{registry}' ('{canonical}'), which is not on the trusted-registries list {source}."
    },
    whenToIgnore:
      'An image that is vetted but pulled under another name on purpose, e.g. through a pull-through cache the list does not name yet.'
  },
  checks: {
    dockerfile: ({ document, file, repository, settings, report }) =>
      reportUntrusted(
        dockerfileReferenceUses(document, repository.namedContexts?.get(file)),
        settings,
        report
      ),
    kubernetes: ({ document, settings, report }) =>
      reportUntrusted(workloadReferenceUses(document), settings, report),
    compose: ({ document, settings, report }) =>
      reportUntrusted(workloadReferenceUses(document), settings, report),
    image: ({ document, settings, report }) => reportUntrusted(imageBaseUses(document), settings, report)
  }
});
export default rule;

/** Reports the uses whose reference the configured list does not cover; no list, no findings. */
function reportUntrusted(
  uses: ReferenceUse[],
  settings: RuleSettings,
  report: (report: Report<MessageId>) => void
): void {
  if (settings.trustedRegistries.length === 0) return;
  for (const { reference, region, messageId, data, logical } of uses) {
    if (isTrustedReference(reference, settings.trustedRegistries)) continue;
    const source = settings.trustedRegistriesSource ?? 'configured for this scan';
    report({
      messageId,
      data: {
        ...data,
        image: reference.raw,
        registry: reference.registry,
        canonical: reference.name,
        source
      },
      region,
      ...(logical ? { logical } : {})
    });
  }
}
