import { isLinuxRoot, isWindowsAdmin } from '../targets/dockerfile/user-names.js';
import type {
  AdminUser,
  EffectiveSecurityContext,
  ImageFacts,
  LinuxRunAs,
  WorkloadOs
} from './workload-model.js';

/**
 * Effective `runAsUser` (container over pod) wins; else `runAsNonRoot: true` (the kubelet refuses to
 * start a root container); else the image's default user (RULES.md 1xx: repo Dockerfile or base table).
 */
export function linuxRunAs(security: EffectiveSecurityContext, image: ImageFacts | undefined): LinuxRunAs {
  const runAsUser = security.runAsUser;
  if (runAsUser) {
    const uid = runAsUser.node.scalar;
    return typeof uid === 'number' && Number.isInteger(uid)
      ? { how: 'runAsUser', uid, setting: runAsUser }
      : { how: 'indeterminate' };
  }
  const nonRoot = security.runAsNonRoot;
  if (nonRoot?.node.isTrue) return { how: 'runAsNonRoot', setting: nonRoot };
  const user = image?.user;
  if (!user) return { how: 'unknown' };
  return user.os === 'windows'
    ? { how: 'indeterminate' }
    : { how: 'image', image: user, root: isLinuxRoot(user.user) };
}

/** The container's user when it is root (Linux) or admin-equivalent (Windows), explicit or by known default. */
export function adminUser(
  os: WorkloadOs,
  security: EffectiveSecurityContext,
  image: ImageFacts | undefined,
  runAs: LinuxRunAs
): AdminUser | undefined {
  if (os === 'windows') return windowsAdmin(security, image);
  if (runAs.how === 'runAsUser' && runAs.uid === 0) return { user: 'root', reason: "set by 'runAsUser: 0'" };
  if (runAs.how === 'image' && runAs.root)
    return { user: runAs.image.user, reason: runAs.image.reason, related: runAs.image.related };
  return undefined;
}

function windowsAdmin(
  security: EffectiveSecurityContext,
  image: ImageFacts | undefined
): AdminUser | undefined {
  const name = security.runAsUserName;
  if (name) {
    const user = name.node.text;
    return user !== undefined && isWindowsAdmin(user)
      ? { user, reason: "set by 'runAsUserName'" }
      : undefined;
  }
  const user = image?.user;
  if (!user || !isWindowsAdmin(user.user)) return undefined;
  // With runAsNonRoot the kubelet refuses an image whose config names ContainerAdministrator, so it
  // never runs; Server Core's empty default user passes that check (RULES.md BH611).
  const nonRoot = security.runAsNonRoot?.node.isTrue === true;
  if (nonRoot && user.explicit && user.user.toLowerCase() === 'containeradministrator') return undefined;
  return { user: user.user, reason: user.reason, related: user.related };
}
