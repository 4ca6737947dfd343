import type { WorkloadContainer } from './kubernetes-document.js';
import type { EffectiveSetting } from './security-context.js';

/** The containers that take one effective setting from the same place (one pod field, or one container's). */
export interface SettingGroup<C extends WorkloadContainer = WorkloadContainer> {
  setting: EffectiveSetting;
  containers: C[];
}

/**
 * Groups containers by where their effective setting is written, so a pod-level value that several
 * containers inherit is reported once, at the pod field (naming the containers), and a container's own
 * value at its field (RULES.md "Locations in manifests"). Containers `pick` returns nothing for are left
 * out; groups come in the order of their first container.
 */
export function groupBySetting<C extends WorkloadContainer>(
  containers: readonly C[],
  pick: (container: C) => EffectiveSetting | undefined
): SettingGroup<C>[] {
  const groups = new Map<string, SettingGroup<C>>();
  for (const container of containers) {
    const setting = pick(container);
    if (!setting) continue;
    const { startLine, startColumn } = setting.node.reportRegion;
    const key = `${startLine}:${startColumn}`;
    const group = groups.get(key);
    if (group) group.containers.push(container);
    else groups.set(key, { setting, containers: [container] });
  }
  return [...groups.values()];
}

/** `container 'a'`, `containers 'a' and 'b'`, `containers 'a', 'b' and 'c'` for messages (prose). */
export function describeContainers(containers: readonly WorkloadContainer[]): string {
  const names = quotedList(containers);
  if (names.length <= 1) return `container ${names[0] ?? "''"}`;
  return `containers ${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

/** `'a'`, `'a', 'b'` for messages whose template already says "containers" (BH502, BH505, BH509). */
export function quotedNames(containers: readonly { name: string }[]): string {
  return quotedList(containers).join(', ');
}

const quotedList = (containers: readonly { name: string }[]): string[] => containers.map(c => `'${c.name}'`);
