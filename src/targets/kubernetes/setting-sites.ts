import type { EffectiveSetting } from './security-context.js';
import type { WorkloadContainer } from './kubernetes-document.js';

/** One place a finding goes: a container's own field, or the pod field with every container that inherits it. */
export interface SettingSite {
  setting: EffectiveSetting;
  containers: WorkloadContainer[];
}

/**
 * RULES.md "Locations in manifests": a pod-level value that containers inherit is reported once, at
 * the pod field (naming the containers); a container's own value at its field.
 */
export function settingSites(
  hits: { container: WorkloadContainer; setting: EffectiveSetting }[]
): SettingSite[] {
  const sites: SettingSite[] = [];
  let pod: SettingSite | undefined;
  for (const { container, setting } of hits) {
    if (setting.level === 'container') sites.push({ setting, containers: [container] });
    else if (pod) pod.containers.push(container);
    else sites.push((pod = { setting, containers: [container] }));
  }
  return sites;
}

/** `'a', 'b'` for messages. */
export function quotedNames(containers: readonly { name: string }[]): string {
  return containers.map(c => `'${c.name}'`).join(', ');
}
