import type { PodWorkload } from '../targets/kubernetes/kubernetes-document.js';
import { nodeSelectionOs, type RuntimeClassOs } from '../targets/kubernetes/node-selection.js';
import type { EffectiveSecurityContext, ImageFacts, PodOs } from './workload-model.js';

/** What the OS decision reads of each container. */
interface ContainerSignals {
  security: EffectiveSecurityContext;
  imageFacts?: ImageFacts;
}

const WINDOWS_ONLY_OPTIONS = ['runAsUserName', 'gmsaCredentialSpecName', 'gmsaCredentialSpec'] as const;

/**
 * Decides a pod's OS once, for every rule (RULES.md 5xx, BH601). `spec.os.name` is authoritative;
 * HostProcess and node selection (nodeSelector or required affinity on `kubernetes.io/os`,
 * `node.kubernetes.io/windows-build`, AKS `kubernetes.azure.com/os-sku`, a RuntimeClass) are strong.
 * Without those, a pod that sets `windowsOptions` (which only Windows reads: a kustomize patch, a
 * partial manifest) or runs a Windows image (which only a Windows node can start; all containers of a
 * pod share its node) is a Windows pod too, but not pinned: BH610 still asks for node targeting.
 */
export function decidePodOs(
  workload: PodWorkload,
  containers: readonly ContainerSignals[],
  runtimeClassOs: RuntimeClassOs
): PodOs {
  const osName = workload.spec.at('os', 'name');
  const declared = osName?.text?.toLowerCase();
  if (declared === 'windows' || declared === 'linux')
    return { os: declared, declared: true, osName, pinned: true, evidence: `spec.os.name: ${declared}` };
  const selected = nodeSelectionOs(workload.spec, runtimeClassOs);
  const unpinned = { declared: false, pinned: false } as const;
  if (containers.some(c => c.security.hostProcess?.node.isTrue))
    return {
      os: 'windows',
      declared: false,
      pinned: selected?.os === 'windows',
      evidence: 'windowsOptions.hostProcess: true'
    };
  if (selected) return { os: selected.os, declared: false, pinned: true, evidence: selected.evidence };
  for (const option of WINDOWS_ONLY_OPTIONS) {
    const set = containers.find(c => c.security[option]);
    if (set) return { os: 'windows', ...unpinned, evidence: `windowsOptions.${option} is set` };
  }
  const images = containers.flatMap(c => (c.imageFacts ? [c.imageFacts] : []));
  const windows = images.find(i => i.os === 'windows');
  if (windows && !images.some(i => i.os === 'linux'))
    return { os: 'windows', ...unpinned, evidence: `image '${windows.text}' is a Windows image` };
  return { os: 'unknown', ...unpinned, evidence: 'nothing pins it to an OS' };
}
