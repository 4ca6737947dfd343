import type { RepositoryFacts } from '../../core/repository.js';
import { defineRule, type Report } from '../../core/rule.js';
import { imageUses } from '../../targets/dockerfile/image-uses.js';
import type { ImageReference } from '../../targets/dockerfile/image-reference.js';
import {
  INSECURE_SETTING_DESCRIPTION,
  distinctConfigLines,
  matchInsecureRegistries
} from '../../targets/registry-config/insecure-registries.js';
import { workloadImages, type WorkloadImage } from '../../targets/workload-images.js';
import type { Region } from '../../core/location.js';

type MessageId = 'dockerfile' | 'workload';

/** BH401: an image pulled from a registry that a config in the repository marks insecure. */
const rule = defineRule<MessageId>({
  meta: {
    id: 'BH401',
    slug: 'image-from-insecure-registry',
    title: 'Image pulled from a registry configured as insecure',
    description:
      'The image comes from a registry that a registry configuration in this repository (Docker daemon.json, containerd config (also the `containerdConfigPatches` of a kind cluster) or hosts.toml, k3s/RKE2 registries.yaml, registries.conf, buildkitd.toml, dockerd flags) reaches over plain HTTP or without verifying its TLS certificate. A default (containerd `certs.d/_default`, a `"*"` mirror or config) counts only for registries without configuration of their own, as the runtimes read it. Whoever sits on the network path can serve a different image under the same name, and whichever runtime reads that config will run it.',
    severity: 'high',
    remediation:
      'Serve the registry over HTTPS with a certificate the runtimes trust (a private CA in `certs.d/<host>/ca.crt` is enough), remove it from the insecure settings, and pin images by digest.',
    references: [
      'https://docs.docker.com/engine/security/certificates/',
      'https://github.com/containerd/containerd/blob/main/docs/hosts.md',
      'https://distribution.github.io/distribution/about/insecure/'
    ],
    tags: ['CWE-295', 'CWE-494', 'supply-chain'],
    messages: {
      dockerfile: "{via} pulls '{image}' from registry '{registry}', {setting} in '{file}' ('{key}').",
      workload:
        "{owner} '{name}' pulls '{image}' from registry '{registry}', {setting} in '{file}' ('{key}')."
    }
  },
  checks: {
    dockerfile({ document, file, repository, report }) {
      for (const use of imageUses(document, repository.namedContexts?.get(file)))
        reportInsecure(use.reference, use.region, { via: use.via }, 'dockerfile', repository, report);
    },
    kubernetes: ({ document, repository, report }) =>
      reportWorkloads(workloadImages(document), repository, report),
    compose: ({ document, repository, report }) =>
      reportWorkloads(workloadImages(document), repository, report)
  }
});
export default rule;

function reportWorkloads(
  uses: WorkloadImage[],
  repository: RepositoryFacts,
  report: (report: Report<MessageId>) => void
): void {
  for (const use of uses)
    reportInsecure(
      use.reference,
      use.region,
      { owner: use.owner, name: use.name },
      'workload',
      repository,
      report
    );
}

function reportInsecure(
  reference: ImageReference,
  region: Region,
  data: Record<string, string>,
  messageId: MessageId,
  repository: RepositoryFacts,
  report: (report: Report<MessageId>) => void
): void {
  const matches = matchInsecureRegistries(reference, repository.insecureRegistries);
  const match = matches[0];
  if (!match) return;
  const setting = INSECURE_SETTING_DESCRIPTION[match.setting];
  report({
    messageId,
    data: {
      ...data,
      image: reference.raw,
      registry: reference.registry,
      setting,
      file: match.location.file,
      key: match.key
    },
    region,
    relatedLocations: distinctConfigLines(matches)
  });
}
