import type { YamlNode } from '../yaml/yaml-node.js';
import type { PodWorkload, WorkloadContainer } from './kubernetes-document.js';

/** A Linux-only field written in a pod template, with the container it belongs to (none: pod level). */
export interface LinuxOnlyField {
  field: string;
  node: YamlNode;
  container?: WorkloadContainer;
}

// The fields kubernetes validation.go `validateWindows` forbids when `spec.os.name` is `windows`
// (RULES.md BH606). `privileged` is listed for completeness; BH603 reports `privileged: true`.
const POD_SECURITY_CONTEXT = [
  'seLinuxOptions',
  'seccompProfile',
  'appArmorProfile',
  'fsGroup',
  'fsGroupChangePolicy',
  'sysctls',
  'runAsUser',
  'runAsGroup',
  'supplementalGroups',
  'supplementalGroupsPolicy',
  'seLinuxChangePolicy'
];
const POD_SPEC = ['hostPID', 'hostIPC', 'hostUsers', 'shareProcessNamespace'];
const CONTAINER_SECURITY_CONTEXT = [
  'seLinuxOptions',
  'seccompProfile',
  'appArmorProfile',
  'capabilities',
  'readOnlyRootFilesystem',
  'privileged',
  'allowPrivilegeEscalation',
  'procMount',
  'runAsUser',
  'runAsGroup'
];

/**
 * Whether the API server counts the field as set: any non-null value, except that `hostPID` and
 * `hostIPC` only count when true and `sysctls` only when non-empty (as validation.go checks them).
 */
function isSet(field: string, node: YamlNode | undefined): node is YamlNode {
  if (!node || node.kind === 'null') return false;
  if (field === 'hostPID' || field === 'hostIPC') return node.isTrue;
  if (field === 'sysctls') return node.kind !== 'seq' || node.items().length > 0;
  return true;
}

/** Linux-only fields set on the pod (`spec`, `spec.securityContext`) and on each container's security context. */
export function linuxOnlyFields(workload: PodWorkload): LinuxOnlyField[] {
  const found: LinuxOnlyField[] = [];
  const podContext = workload.spec.get('securityContext');
  for (const field of POD_SECURITY_CONTEXT) {
    const node = podContext?.get(field);
    if (isSet(field, node)) found.push({ field, node });
  }
  for (const field of POD_SPEC) {
    const node = workload.spec.get(field);
    if (isSet(field, node)) found.push({ field, node });
  }
  for (const container of workload.containers) {
    for (const field of CONTAINER_SECURITY_CONTEXT) {
      const node = container.securityContext?.get(field);
      if (isSet(field, node)) found.push({ field, node, container });
    }
  }
  return found;
}
