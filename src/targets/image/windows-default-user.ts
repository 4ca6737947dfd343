import type { ImageHistoryEntry, ImagePlatform } from './model.js';

/** Who a Windows image runs as when its config `User` is empty, and why we think so. */
export interface WindowsDefaultUser {
  user: 'ContainerUser' | 'ContainerAdministrator';
  /** For messages, in parentheses: "its history shows a Server Core base, which runs as ContainerAdministrator". */
  reason: string;
}

// Windows Server 2016 / Nano Server sac2016 is build 14393: Nano Server ran as ContainerAdministrator
// until version 1709 (https://learn.microsoft.com/virtualization/windowscontainers/manage-containers/container-security).
const SERVER_2016 = /^10\.0\.14393(\.|$)/;
const NANO_SERVER = /nano-?server/i;
const SERVER_CORE = /server-?core/i;

/**
 * The default user of a Windows image with an empty `User` (RULES.md 1xx base defaults): Nano Server
 * since 1709 runs as ContainerUser; Server Core, Server, Windows and the 2016-era Nano Server run as
 * ContainerAdministrator. An image does not record its base by name, so the lineage is read from its
 * `os.version` (2016 builds) and from history commands that mention `nanoserver`; an image that shows
 * neither is taken to be Server Core lineage, whose empty default is ContainerAdministrator.
 */
export function windowsDefaultUser(
  platform: ImagePlatform,
  history: readonly ImageHistoryEntry[]
): WindowsDefaultUser {
  if (platform.osVersion && SERVER_2016.test(platform.osVersion)) {
    return {
      user: 'ContainerAdministrator',
      reason: `Windows Server 2016 base images (os.version ${platform.osVersion}) run as ContainerAdministrator`
    };
  }
  if (history.some(entry => NANO_SERVER.test(entry.createdBy)))
    return {
      user: 'ContainerUser',
      reason: 'its history shows a Nano Server base, which runs as ContainerUser'
    };
  if (history.some(entry => SERVER_CORE.test(entry.createdBy)))
    return {
      user: 'ContainerAdministrator',
      reason: 'its history shows a Server Core base, which runs as ContainerAdministrator'
    };
  return {
    user: 'ContainerAdministrator',
    reason: 'an empty User means ContainerAdministrator outside the Nano Server lineage'
  };
}
