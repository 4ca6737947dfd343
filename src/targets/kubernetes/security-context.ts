import type { YamlNode } from '../yaml/yaml-node.js';
import type { PodWorkload, WorkloadContainer } from './kubernetes-document.js';

/** A security setting as it applies to a container, and where it was set. */
export interface EffectiveSetting {
  node: YamlNode;
  level: 'pod' | 'container';
}

/** Fields that exist on both the pod and the container security context; the container wins. */
export type InheritedField =
  'runAsUser' | 'runAsGroup' | 'runAsNonRoot' | 'seLinuxOptions' | 'seccompProfile' | 'appArmorProfile';
export type WindowsOption = 'runAsUserName' | 'hostProcess' | 'gmsaCredentialSpecName' | 'gmsaCredentialSpec';

function podSecurityContext(workload: PodWorkload): YamlNode | undefined {
  return workload.spec.get('securityContext');
}

/**
 * Container over pod, field by field, as the kubelet computes it
 * (kubernetes pkg/securitycontext/util.go `DetermineEffectiveSecurityContext`).
 */
export function effectiveSetting(
  workload: PodWorkload,
  container: WorkloadContainer,
  field: InheritedField
): EffectiveSetting | undefined {
  const own = container.securityContext?.get(field);
  if (own && own.kind !== 'null') return { node: own, level: 'container' };
  const pod = podSecurityContext(workload)?.get(field);
  return pod && pod.kind !== 'null' ? { node: pod, level: 'pod' } : undefined;
}

/**
 * `windowsOptions` merge field by field (container `runAsUserName` over pod `runAsUserName`, …); the
 * two gMSA fields travel as a pair: if the container sets either, both come from the container.
 */
export function effectiveWindowsOption(
  workload: PodWorkload,
  container: WorkloadContainer,
  field: WindowsOption
): EffectiveSetting | undefined {
  const own = container.securityContext?.get('windowsOptions');
  const pod = podSecurityContext(workload)?.get('windowsOptions');
  const isGmsa = field === 'gmsaCredentialSpecName' || field === 'gmsaCredentialSpec';
  const containerSetsGmsa =
    isGmsa &&
    (own?.get('gmsaCredentialSpecName') !== undefined || own?.get('gmsaCredentialSpec') !== undefined);
  const ownValue = own?.get(field);
  if ((ownValue && ownValue.kind !== 'null') || containerSetsGmsa)
    return ownValue ? { node: ownValue, level: 'container' } : undefined;
  const podValue = pod?.get(field);
  return podValue && podValue.kind !== 'null' ? { node: podValue, level: 'pod' } : undefined;
}

/** A container-only field (`privileged`, `capabilities`, `allowPrivilegeEscalation`, …). */
export function containerSetting(container: WorkloadContainer, field: string): YamlNode | undefined {
  const node = container.securityContext?.get(field);
  return node && node.kind !== 'null' ? node : undefined;
}

/** Whether any container of the pod is effectively a HostProcess container. */
export function isHostProcessPod(workload: PodWorkload): boolean {
  return workload.containers.some(
    c => effectiveWindowsOption(workload, c, 'hostProcess')?.node.isTrue === true
  );
}
