import type { RelatedLocation, Region } from '../../core/location.js';
import type { RuntimeClassDetails } from '../../core/repository.js';
import {
  AKS_OS_SKU_LABEL,
  WINDOWS_BUILD_LABEL,
  windowsReleaseOfNodeLabel,
  windowsReleaseOfVersion,
  type WindowsRelease
} from '../windows-builds.js';
import type { YamlNode } from '../yaml/yaml-node.js';

/** The Windows builds a pod's nodes may run, as its node selection pins them. */
export interface PinnedWindowsBuild {
  releases: WindowsRelease[];
  /** For messages: `nodeSelector node.kubernetes.io/windows-build=10.0.20348`. */
  evidence: string;
  /** The selector line in the manifest (nodeSelector, affinity), when the pin is written there. */
  region?: Region;
  /** The RuntimeClass line, when the pin comes from its scheduling. */
  related?: RelatedLocation;
}

const BUILD_KEYS = [WINDOWS_BUILD_LABEL, AKS_OS_SKU_LABEL];

/**
 * The builds the pod's nodes run, when its node selection pins them: `nodeSelector` (or required node
 * affinity, `In`) on `node.kubernetes.io/windows-build` or AKS `kubernetes.azure.com/os-sku`, or a
 * RuntimeClass of the scan whose scheduling selects a build (Kubernetes merges it into the pod's
 * nodeSelector: https://kubernetes.io/docs/concepts/containers/runtime-class/#scheduling).
 * Undefined when any of its ORed affinity terms leaves the build open, or a value is not a known build.
 */
export function pinnedWindowsBuild(
  spec: YamlNode,
  runtimeClasses: ReadonlyMap<string, RuntimeClassDetails> | undefined
): PinnedWindowsBuild | undefined {
  for (const key of BUILD_KEYS) {
    const node = spec.get('nodeSelector')?.get(key);
    const release = node?.text ? windowsReleaseOfNodeLabel(key, node.text) : undefined;
    if (node && release)
      return {
        releases: [release],
        evidence: `nodeSelector ${key}=${node.text ?? ''}`,
        region: node.reportRegion
      };
  }
  const affinity = requiredAffinityBuild(spec);
  if (affinity) return affinity;
  const name = spec.get('runtimeClassName')?.text;
  const details = name ? runtimeClasses?.get(name) : undefined;
  const release = details?.windowsBuild ? windowsReleaseOfVersion(details.windowsBuild) : undefined;
  if (!name || !release) return undefined;
  return {
    releases: [release],
    evidence: `RuntimeClass '${name}' (${WINDOWS_BUILD_LABEL}=${details?.windowsBuild ?? ''})`,
    ...(details?.location ? { related: details.location } : {})
  };
}

/** Terms are ORed: the pod is pinned only when every term pins builds; it may land on any of them. */
function requiredAffinityBuild(spec: YamlNode): PinnedWindowsBuild | undefined {
  const terms =
    spec
      .at('affinity', 'nodeAffinity', 'requiredDuringSchedulingIgnoredDuringExecution', 'nodeSelectorTerms')
      ?.items() ?? [];
  const pinned = terms.map(termBuild);
  if (pinned.length === 0 || pinned.some(p => p === undefined)) return undefined;
  const releases = new Map<number, WindowsRelease>();
  for (const term of pinned) for (const release of term?.releases ?? []) releases.set(release.build, release);
  const [first] = pinned;
  return first ? { ...first, releases: [...releases.values()] } : undefined;
}

/** Expressions are ANDed: the first `In` on a build label whose values are all known builds pins the term. */
function termBuild(term: YamlNode): PinnedWindowsBuild | undefined {
  for (const expression of term.get('matchExpressions')?.items() ?? []) {
    const key = expression.get('key')?.text ?? '';
    if (!BUILD_KEYS.includes(key) || expression.get('operator')?.text !== 'In') continue;
    const values = (expression.get('values')?.items() ?? []).map(v => v.text ?? '');
    const releases = values.map(v => windowsReleaseOfNodeLabel(key, v));
    if (values.length === 0 || releases.some(r => r === undefined)) continue;
    return {
      releases: releases.filter((r): r is WindowsRelease => r !== undefined),
      evidence: `required node affinity ${key} In [${values.join(', ')}]`,
      region: expression.reportRegion
    };
  }
  return undefined;
}

const HYPERV_HANDLER = 'runhcs-wcow-hypervisor';
// A RuntimeClass defined outside the scan is judged by its name: the windows-testing webhook's
// `runhcs-wcow-hypervisor`, or names that say Hyper-V. Any other unknown class is taken as process isolation.
const HYPERV_NAME = /hyper-?v|hypervisor/i;

/** Whether the pod runs Hyper-V isolated (its RuntimeClass's handler is `runhcs-wcow-hypervisor`), where builds may differ. */
export function usesHyperVIsolation(
  spec: YamlNode,
  runtimeClasses: ReadonlyMap<string, RuntimeClassDetails> | undefined
): boolean {
  const name = spec.get('runtimeClassName')?.text;
  if (!name) return false;
  const details = runtimeClasses?.get(name);
  return details ? details.handler === HYPERV_HANDLER : HYPERV_NAME.test(name);
}
