import type { RelatedLocation } from '../../core/location.js';
import type { RepositoryFacts } from '../../core/repository.js';
import { isLinuxRoot, isWindowsAdmin } from '../dockerfile/user-names.js';
import { imageUser, type ImageUser } from '../image-user.js';
import { containerOs } from './container-os.js';
import type { PodWorkload, WorkloadContainer } from './kubernetes-document.js';
import { effectiveSetting, effectiveWindowsOption, type EffectiveSetting } from './security-context.js';

/** Who a Linux container runs as, as far as the manifest and the repository tell. */
export type LinuxRunAs =
  | { how: 'runAsUser'; uid: number; setting: EffectiveSetting }
  | { how: 'runAsNonRoot'; setting: EffectiveSetting }
  | { how: 'image'; image: ImageUser; root: boolean }
  /** Nothing in the manifest, and an image we neither build nor know. */
  | { how: 'unknown' }
  /** A `runAsUser` that is not a number (a template), or a Windows image: nothing to say. */
  | { how: 'indeterminate' };

/**
 * Effective `runAsUser` (container over pod) wins; else `runAsNonRoot: true` (the kubelet refuses to
 * start a root container); else the image's default user (RULES.md 1xx: repo Dockerfile or base table).
 */
export function linuxRunAs(
  workload: PodWorkload,
  container: WorkloadContainer,
  repository: RepositoryFacts
): LinuxRunAs {
  const runAsUser = effectiveSetting(workload, container, 'runAsUser');
  if (runAsUser) {
    const uid = runAsUser.node.scalar;
    return typeof uid === 'number' && Number.isInteger(uid)
      ? { how: 'runAsUser', uid, setting: runAsUser }
      : { how: 'indeterminate' };
  }
  const nonRoot = effectiveSetting(workload, container, 'runAsNonRoot');
  if (nonRoot?.node.isTrue) return { how: 'runAsNonRoot', setting: nonRoot };
  const image = imageUser(container.image?.text, repository);
  if (!image) return { how: 'unknown' };
  return image.os === 'windows'
    ? { how: 'indeterminate' }
    : { how: 'image', image, root: isLinuxRoot(image.user) };
}

/** A root or admin-equivalent identity, with how we know it (for messages and SARIF related locations). */
export interface AdminUser {
  user: string;
  reason: string;
  related?: RelatedLocation;
}

/** The container's user when it is root (Linux) or admin-equivalent (Windows), explicit or by known default. */
export function adminUser(
  workload: PodWorkload,
  container: WorkloadContainer,
  repository: RepositoryFacts
): AdminUser | undefined {
  if (containerOs(workload, container, repository) === 'windows')
    return windowsAdmin(workload, container, repository);
  const runAs = linuxRunAs(workload, container, repository);
  if (runAs.how === 'runAsUser' && runAs.uid === 0) return { user: 'root', reason: "set by 'runAsUser: 0'" };
  if (runAs.how === 'image' && runAs.root)
    return { user: runAs.image.user, reason: runAs.image.reason, related: runAs.image.related };
  return undefined;
}

function windowsAdmin(
  workload: PodWorkload,
  container: WorkloadContainer,
  repository: RepositoryFacts
): AdminUser | undefined {
  const name = effectiveWindowsOption(workload, container, 'runAsUserName');
  if (name) {
    const user = name.node.text;
    return user !== undefined && isWindowsAdmin(user)
      ? { user, reason: "set by 'runAsUserName'" }
      : undefined;
  }
  const image = imageUser(container.image?.text, repository);
  if (!image || !isWindowsAdmin(image.user)) return undefined;
  // With runAsNonRoot the kubelet refuses an image whose config names ContainerAdministrator, so it
  // never runs; Server Core's empty default user passes that check (RULES.md BH611).
  const nonRoot = effectiveSetting(workload, container, 'runAsNonRoot')?.node.isTrue === true;
  if (nonRoot && image.explicit && image.user.toLowerCase() === 'containeradministrator') return undefined;
  return { user: image.user, reason: image.reason, related: image.related };
}
