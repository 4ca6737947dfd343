import type { YamlNode } from '../yaml/yaml-node.js';
import { parseImageReference } from '../dockerfile/image-reference.js';
import { isWindowsImageName } from '../dockerfile/base-images.js';
import type { PodWorkload } from './kubernetes-document.js';
import { isHostProcessPod } from './security-context.js';

/** What OS a pod runs on, how sure we are, and why (RULES.md 5xx evidence ladder). */
export interface PodOs {
  os: 'windows' | 'linux' | 'unknown';
  /** `spec.os.name` is set: the API server validates against it. */
  declared: boolean;
  /** `spec.os.name` when present. */
  osName?: YamlNode;
  /** The pod pins itself to an OS's nodes (os.name, nodeSelector, required affinity, RuntimeClass). */
  pinned: boolean;
  evidence: string;
}

/** RuntimeClass name → the OS its scheduling selects (`RepositoryFacts.runtimeClasses`). */
export type RuntimeClassOs = ReadonlyMap<string, 'windows' | 'linux'>;

const OS_LABELS = ['kubernetes.io/os', 'beta.kubernetes.io/os'];
const WINDOWS_BUILD_LABEL = 'node.kubernetes.io/windows-build';

/**
 * Decides a pod's OS: `spec.os.name` is authoritative; HostProcess, a Windows nodeSelector or required
 * node affinity, `node.kubernetes.io/windows-build`, or a RuntimeClass that schedules to Windows are
 * strong signals (kubernetes.io/docs/concepts/windows/user-guide). Linux-only rules skip Windows pods.
 */
export function podOs(workload: PodWorkload, runtimeClassOs: RuntimeClassOs = new Map()): PodOs {
  const { spec } = workload;
  const osName = spec.at('os', 'name');
  const declaredOs = osName?.text?.toLowerCase();
  if (declaredOs === 'windows' || declaredOs === 'linux') {
    return {
      os: declaredOs,
      declared: true,
      osName,
      pinned: true,
      evidence: `spec.os.name is '${declaredOs}'`
    };
  }
  if (isHostProcessPod(workload))
    return {
      os: 'windows',
      declared: false,
      pinned: schedulingOs(spec, runtimeClassOs) === 'windows',
      evidence: 'it runs HostProcess containers'
    };
  const scheduled = schedulingOs(spec, runtimeClassOs);
  if (scheduled)
    return {
      os: scheduled,
      declared: false,
      pinned: true,
      evidence: `its node selection targets ${scheduled} nodes`
    };
  return { os: 'unknown', declared: false, pinned: false, evidence: 'nothing pins it to an OS' };
}

/** The OS the pod's node selection requires, if any. */
function schedulingOs(spec: YamlNode, runtimeClassOs: RuntimeClassOs): 'windows' | 'linux' | undefined {
  const selector = spec.get('nodeSelector');
  for (const label of OS_LABELS) {
    const value = selector?.get(label)?.text?.toLowerCase();
    if (value === 'windows' || value === 'linux') return value;
  }
  if (selector?.get(WINDOWS_BUILD_LABEL)) return 'windows';
  const fromAffinity = requiredAffinityOs(spec);
  if (fromAffinity) return fromAffinity;
  const runtimeClass = spec.get('runtimeClassName')?.text;
  return runtimeClass ? runtimeClassOs.get(runtimeClass) : undefined;
}

function requiredAffinityOs(spec: YamlNode): 'windows' | 'linux' | undefined {
  const terms =
    spec
      .at('affinity', 'nodeAffinity', 'requiredDuringSchedulingIgnoredDuringExecution', 'nodeSelectorTerms')
      ?.items() ?? [];
  for (const term of terms) {
    for (const expression of term.get('matchExpressions')?.items() ?? []) {
      const key = expression.get('key')?.text ?? '';
      const operator = expression.get('operator')?.text;
      const values = (expression.get('values')?.items() ?? []).map(v => v.text?.toLowerCase());
      if (key === WINDOWS_BUILD_LABEL && (operator === 'In' || operator === 'Exists')) return 'windows';
      if (!OS_LABELS.includes(key)) continue;
      if (operator === 'In' && values.length === 1 && (values[0] === 'windows' || values[0] === 'linux'))
        return values[0];
      if (operator === 'NotIn' && values.includes('linux') && !values.includes('windows')) return 'windows';
    }
  }
  return undefined;
}

/** Whether an image is a Windows image by name (for BH610 and tie-breaking). */
export function isWindowsImage(image: string | undefined): boolean {
  const reference = image ? parseImageReference(image) : undefined;
  return reference !== undefined && isWindowsImageName(reference);
}
