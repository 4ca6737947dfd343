import type { RelatedLocation } from '../../core/location.js';
import { defineRule } from '../../core/rule.js';
import { pinnedWindowsBuild, usesHyperVIsolation } from '../../targets/kubernetes/pinned-windows-build.js';
import type { RepositoryFacts } from '../../core/repository.js';
import type { ImageReference } from '../../targets/dockerfile/image-reference.js';
import {
  runsWithProcessIsolation,
  windowsReleaseOfBuild,
  windowsReleaseOfImage,
  type WindowsRelease
} from '../../targets/windows-builds.js';

/** BH612: a container image built for another Windows build than the nodes the pod pins. */
export default defineRule({
  meta: {
    id: 'BH612',
    slug: 'windows-build-mismatch',
    title: 'Windows image build differs from the pinned node build',
    description:
      "With process isolation, a Windows container shares the host's kernel, so the image's OS build must equal the node's: a Windows Server 2019 (10.0.17763) image does not start on a Windows Server 2022 (10.0.20348) node, and the pod is stuck in `CreateContainerError`. AKS and most Kubernetes distributions offer process isolation only; Hyper-V isolation (RuntimeClass handler `runhcs-wcow-hypervisor`) runs older images on newer hosts. The image build is read from its tag (`ltsc2019`, `1809`, `ltsc2022`, `10.0.20348.x`, SAC tags); multi-platform tags resolve per node and are not checked.",
    severity: 'medium',
    remediation:
      "Use the image tag for the nodes' build (`ltsc2022` for `10.0.20348` / `Windows2022` nodes), or a multi-platform tag that includes it; or pin the pod to nodes of the image's build, or run it with a Hyper-V RuntimeClass (handler `runhcs-wcow-hypervisor`) where the cluster supports it.",
    references: [
      'https://learn.microsoft.com/virtualization/windowscontainers/deploy-containers/version-compatibility',
      'https://kubernetes.io/docs/concepts/windows/user-guide/#ensuring-os-specific-workloads-land-on-the-appropriate-container-host',
      'https://learn.microsoft.com/azure/aks/upgrade-windows-os',
      'https://learn.microsoft.com/virtualization/windowscontainers/deploy-containers/portability'
    ],
    tags: ['windows', 'availability'],
    messages: {
      mismatch:
        "Container '{container}' runs '{image}', a {imageRelease} image (build {imageBuild}), but the pod is pinned to {nodeRelease} nodes (build {nodeBuild}) by {evidence}: with process isolation the container will not start."
    },
    whenToIgnore:
      'Your Windows nodes run Hyper-V isolated containers by default (a containerd default runtime of `runhcs-wcow-hypervisor`), or a mutating webhook adds a Hyper-V RuntimeClass; suppress with that reason.'
  },
  checks: {
    kubernetes({ model, repository, file, report }) {
      for (const pod of model.pods) {
        // HostProcess containers run on the host, not against its kernel build; Linux pods have no Windows build.
        if (pod.hostProcess || pod.os.os === 'linux') continue;
        if (usesHyperVIsolation(pod.spec, repository.runtimeClassDetails)) continue;
        const pin = pinnedWindowsBuild(pod.spec, repository.runtimeClassDetails);
        if (!pin) continue;
        for (const container of pod.containers) {
          const reference = container.imageFacts?.reference;
          const tagged = reference ? imageRelease(reference, repository) : undefined;
          if (
            !tagged ||
            !container.image ||
            pin.releases.some(r => runsWithProcessIsolation(tagged.release.build, r.build))
          )
            continue;
          const related: RelatedLocation[] = pin.related
            ? [pin.related]
            : pin.region
              ? [{ file, region: pin.region, message: `The pod's node selection: ${pin.evidence}` }]
              : [];
          if (tagged.built) related.push(tagged.built);
          report({
            messageId: 'mismatch',
            data: {
              container: container.name,
              image: container.imageFacts?.text ?? '',
              imageRelease: tagged.release.name,
              imageBuild: `10.0.${tagged.release.build}`,
              nodeRelease: pin.releases.map(r => r.name).join(' or '),
              nodeBuild: pin.releases.map(r => `10.0.${r.build}`).join(' or '),
              evidence: pin.evidence
            },
            region: container.image.reportRegion,
            ...(related.length ? { relatedLocations: related } : {}),
            properties: pod.properties
          });
        }
      }
    }
  }
});

/** The image's release from its tag, else from the final base of the repository's Dockerfile that builds it. */
function imageRelease(
  reference: ImageReference,
  repository: RepositoryFacts
): { release: WindowsRelease; built?: RelatedLocation } | undefined {
  const tagged = windowsReleaseOfImage(reference);
  if (tagged) return tagged;
  // Behind a variable registry (`${REGISTRY}/app`), the name is a placeholder, not a built image's.
  const base = reference.unresolved?.registry
    ? undefined
    : repository.builtImages.get(reference.name.toLowerCase())?.windowsBase;
  const release = base ? windowsReleaseOfBuild(base.build) : undefined;
  return base && release ? { release, built: base.location } : undefined;
}
