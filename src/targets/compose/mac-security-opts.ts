import type { YamlNode } from '../yaml/yaml-node.js';
import { isContainerSelinuxType } from '../kubernetes/mac-policy-settings.js';
import type { ComposeService } from './compose-document.js';
import { serviceList } from './service-fields.js';

/** One `security_opt` entry that weakens SELinux or AppArmor confinement (BH514). */
export interface ComposeMacOverride {
  kind: 'apparmorUnconfined' | 'labelDisable' | 'labelType' | 'labelUserRole';
  /** The entry as written (after `${VAR:-default}` interpolation), for messages. */
  option: string;
  /** The SELinux field (`type`, `user`, `role`) and its value, for the `label=` kinds. */
  field?: string;
  value?: string;
  node: YamlNode;
}

/**
 * The `security_opt` entries of a service that lift SELinux or AppArmor confinement, read as dockerd
 * reads them (moby `daemon/daemon_unix.go` parseSecurityOpt): `key=value`, or the deprecated
 * `key:value`, split at the first separator. `apparmor=unconfined` runs the container without an
 * AppArmor profile; `label=disable` (or a bare `disable`) turns SELinux separation off; `label=type:T`
 * with a type outside the container types, and any `label=user:U` / `label=role:R`, are the custom
 * labels Pod Security's baseline forbids (go-selinux `label.InitLabels` reads `field:value`). A named
 * AppArmor profile, `label=level:…` (MCS categories) and `label=filetype:…` keep the confinement.
 */
export function composeMacOverrides(service: ComposeService): ComposeMacOverride[] {
  const found: ComposeMacOverride[] = [];
  for (const { value, node } of serviceList(service, 'security_opt')) {
    const option = value.trim();
    if (option === 'disable') {
      found.push({ kind: 'labelDisable', option, node });
      continue;
    }
    const separator = option.includes('=') ? '=' : ':';
    const at = option.indexOf(separator);
    if (at < 0) continue;
    const key = option.slice(0, at);
    const setting = option.slice(at + 1);
    if (key === 'apparmor' && setting === 'unconfined')
      found.push({ kind: 'apparmorUnconfined', option, node });
    else if (key === 'label') {
      const label = labelOverride(setting);
      if (label) found.push({ ...label, option, node });
    }
  }
  return found;
}

function labelOverride(setting: string): Pick<ComposeMacOverride, 'kind' | 'field' | 'value'> | undefined {
  if (setting === 'disable') return { kind: 'labelDisable' };
  const at = setting.indexOf(':');
  if (at < 0) return undefined;
  const field = setting.slice(0, at);
  const value = setting.slice(at + 1);
  if (field === 'type' && !isContainerSelinuxType(value)) return { kind: 'labelType', field, value };
  if ((field === 'user' || field === 'role') && value !== '') return { kind: 'labelUserRole', field, value };
  return undefined;
}
