import type { Region } from '../../core/location.js';
import type { YamlNode } from '../yaml/yaml-node.js';
import type { PodWorkload, WorkloadContainer } from './kubernetes-document.js';

/** One reason the API server rejects a pod's HostProcess settings. */
export type HostProcessDefect =
  | { kind: 'mismatch'; container: WorkloadContainer; value: boolean; podValue: boolean; region: Region }
  | { kind: 'mixed'; container: WorkloadContainer; hostProcess: WorkloadContainer[]; region: Region }
  | { kind: 'hostNetwork'; region: Region };

/** A `hostProcess` written as a YAML boolean (anything else fails to decode, so it never takes part). */
function booleanAt(node: YamlNode | undefined): { value: boolean; node: YamlNode } | undefined {
  return node && typeof node.scalar === 'boolean' ? { value: node.scalar, node } : undefined;
}

/**
 * The HostProcess checks of kubernetes validation.go `validateWindowsHostProcessPod`, which runs for
 * every pod whatever its OS: pod and container values must be identical when both are set; if any
 * container (init and ephemeral included) is effectively HostProcess, all must be; and `hostNetwork`
 * must be true. A container whose value contradicts the pod's is reported as a mismatch only.
 */
export function hostProcessDefects(workload: PodWorkload): HostProcessDefect[] {
  const pod = booleanAt(workload.spec.at('securityContext', 'windowsOptions', 'hostProcess'));
  const states = workload.containers.map(container => {
    const own = booleanAt(container.securityContext?.at('windowsOptions', 'hostProcess'));
    return { container, own, effective: own ? own.value : pod?.value === true };
  });
  const hostProcess = states.filter(s => s.effective).map(s => s.container);
  if (!pod && hostProcess.length === 0) return [];
  const defects: HostProcessDefect[] = [];
  for (const { container, own, effective } of states) {
    if (pod && own && own.value !== pod.value) {
      defects.push({
        kind: 'mismatch',
        container,
        value: own.value,
        podValue: pod.value,
        region: own.node.reportRegion
      });
    } else if (!effective && hostProcess.length > 0) {
      defects.push({
        kind: 'mixed',
        container,
        hostProcess,
        region: own?.node.reportRegion ?? container.region
      });
    }
  }
  const hostNetwork = workload.spec.get('hostNetwork');
  if (hostProcess.length > 0 && hostNetwork?.isTrue !== true)
    defects.push({ kind: 'hostNetwork', region: hostNetwork?.reportRegion ?? workload.specRegion });
  return defects;
}
