import type { YamlNode } from '../yaml/yaml-node.js';

/** The OS a pod's node selection requires, and the selector that says so (for messages and SARIF). */
export interface NodeSelectionOs {
  os: 'windows' | 'linux';
  evidence: string;
}

/** RuntimeClass name → the OS its scheduling selects (`RepositoryFacts.runtimeClasses`). */
export type RuntimeClassOs = ReadonlyMap<string, 'windows' | 'linux'>;

const OS_LABELS = ['kubernetes.io/os', 'beta.kubernetes.io/os'];
const WINDOWS_BUILD_LABEL = 'node.kubernetes.io/windows-build';
// AKS labels every node with its OS SKU: Windows2019, Windows2022, Windows2025, … for Windows pools;
// Ubuntu, AzureLinux, CBLMariner, … for Linux pools (https://learn.microsoft.com/azure/aks/windows-faq).
const AKS_OS_SKU_LABEL = 'kubernetes.azure.com/os-sku';
const AKS_LINUX_SKU = /^(?:ubuntu|azurelinux|cblmariner|mariner)/;

/** The OS that a node label with this value selects, if the label is an OS label. */
function labelOs(key: string, value: string | undefined): 'windows' | 'linux' | undefined {
  const lower = value?.toLowerCase() ?? '';
  if (OS_LABELS.includes(key)) return lower === 'windows' || lower === 'linux' ? lower : undefined;
  if (key === WINDOWS_BUILD_LABEL) return 'windows';
  if (key === AKS_OS_SKU_LABEL) {
    if (lower.startsWith('windows')) return 'windows';
    return AKS_LINUX_SKU.test(lower) ? 'linux' : undefined;
  }
  return undefined;
}

/**
 * The OS the pod's node selection requires: `nodeSelector`, else required node affinity, else a
 * RuntimeClass of the scan whose scheduling selects an OS (kubernetes.io/docs/concepts/windows/user-guide).
 */
export function nodeSelectionOs(spec: YamlNode, runtimeClassOs: RuntimeClassOs): NodeSelectionOs | undefined {
  for (const [key, node] of spec.get('nodeSelector')?.entries() ?? []) {
    const os = labelOs(key, node.text);
    if (os) return { os, evidence: `nodeSelector ${key}=${node.text ?? ''}` };
  }
  const affinity = requiredAffinityOs(spec);
  if (affinity) return affinity;
  const runtimeClass = spec.get('runtimeClassName')?.text;
  const os = runtimeClass ? runtimeClassOs.get(runtimeClass) : undefined;
  return runtimeClass && os
    ? { os, evidence: `RuntimeClass '${runtimeClass}' schedules to ${os} nodes` }
    : undefined;
}

/** Node selector terms are ORed: only when every term pins the same OS does the affinity pin the pod. */
function requiredAffinityOs(spec: YamlNode): NodeSelectionOs | undefined {
  const terms =
    spec
      .at('affinity', 'nodeAffinity', 'requiredDuringSchedulingIgnoredDuringExecution', 'nodeSelectorTerms')
      ?.items() ?? [];
  const pinned = terms.map(termOs);
  const [first] = pinned;
  return first && pinned.every(p => p?.os === first.os) ? first : undefined;
}

/** Expressions of a term are ANDed: any one that pins an OS pins the term. */
function termOs(term: YamlNode): NodeSelectionOs | undefined {
  for (const expression of term.get('matchExpressions')?.items() ?? []) {
    const key = expression.get('key')?.text ?? '';
    const operator = expression.get('operator')?.text;
    const values = (expression.get('values')?.items() ?? []).map(v => v.text ?? '');
    const evidence = `required node affinity ${key} ${operator ?? ''} [${values.join(', ')}]`.replace(
      '  ',
      ' '
    );
    if (key === WINDOWS_BUILD_LABEL && (operator === 'In' || operator === 'Exists'))
      return { os: 'windows', evidence };
    if (operator === 'In' && values.length) {
      const oses = new Set(values.map(v => labelOs(key, v)));
      const [os] = [...oses];
      if (oses.size === 1 && os) return { os, evidence };
    }
    if (operator === 'NotIn' && OS_LABELS.includes(key)) {
      const lower = values.map(v => v.toLowerCase());
      if (lower.includes('linux') && !lower.includes('windows')) return { os: 'windows', evidence };
      if (lower.includes('windows') && !lower.includes('linux')) return { os: 'linux', evidence };
    }
  }
  return undefined;
}
