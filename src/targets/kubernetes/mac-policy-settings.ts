import type { YamlNode } from '../yaml/yaml-node.js';
import type { PodWorkload } from './kubernetes-document.js';

/** One SELinux or AppArmor field that weakens the mandatory access control policy (BH514). */
export interface MacOverride {
  kind: 'selinuxType' | 'selinuxUserRole' | 'apparmor' | 'annotation';
  /** `The pod` or `Container 'web'`, for messages. */
  owner: string;
  field: string;
  value: string;
  node: YamlNode;
}

// pod-security-admission policy/check_seLinuxOptions.go, `selinuxAllowedTypes1_31` (the empty type is unset).
const SELINUX_TYPES = new Set([
  '',
  'container_t',
  'container_init_t',
  'container_kvm_t',
  'container_engine_t'
]);
/** Whether an SELinux type is one Pod Security's baseline allows (unset included); Compose's `label=type:` too. */
export function isContainerSelinuxType(type: string): boolean {
  return SELINUX_TYPES.has(type);
}

// policy/check_appArmorProfile.go: `RuntimeDefault` and `Localhost` profile types; annotation values
// empty, `runtime/default` or `localhost/<profile>`.
const APPARMOR_TYPES = new Set(['RuntimeDefault', 'Localhost']);
const APPARMOR_ANNOTATION = 'container.apparmor.security.beta.kubernetes.io/';

/**
 * Every place where the pod or one of its containers overrides SELinux or AppArmor beyond what the
 * Pod Security baseline allows. Each security context is judged where it is written, as admission
 * does: a pod-level value is reported even where every container overrides it.
 */
export function macPolicyOverrides(workload: PodWorkload): MacOverride[] {
  const contexts: [string, YamlNode | undefined][] = [
    ['The pod', workload.spec.get('securityContext')],
    ...workload.containers.map((c): [string, YamlNode | undefined] => [
      `Container '${c.name}'`,
      c.securityContext
    ])
  ];
  const found = contexts.flatMap(([owner, context]) => contextOverrides(owner, context));
  for (const [key, node] of workload.templateMetadata?.get('annotations')?.entries() ?? []) {
    const value = node.text ?? '';
    if (!key.startsWith(APPARMOR_ANNOTATION) || value === '' || value === 'runtime/default') continue;
    if (value.startsWith('localhost/')) continue;
    const container = key.slice(APPARMOR_ANNOTATION.length);
    found.push({ kind: 'annotation', owner: `Container '${container}'`, field: key, value, node });
  }
  return found;
}

function contextOverrides(owner: string, context: YamlNode | undefined): MacOverride[] {
  const found: MacOverride[] = [];
  const selinux = context?.get('seLinuxOptions');
  const type = selinux?.get('type');
  if (type && !isContainerSelinuxType(type.text ?? ''))
    found.push({ kind: 'selinuxType', owner, field: 'type', value: type.text ?? '', node: type });
  for (const field of ['user', 'role']) {
    const node = selinux?.get(field);
    if (node?.text) found.push({ kind: 'selinuxUserRole', owner, field, value: node.text, node });
  }
  const apparmor = context?.get('appArmorProfile');
  const profile = apparmor?.get('type');
  if (apparmor && apparmor.kind !== 'null' && !APPARMOR_TYPES.has(profile?.text ?? ''))
    found.push({
      kind: 'apparmor',
      owner,
      field: 'type',
      value: profile?.text ?? '',
      node: profile ?? apparmor
    });
  return found;
}
