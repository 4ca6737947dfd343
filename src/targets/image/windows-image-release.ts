import { windowsReleaseOfVersion, type WindowsRelease } from '../windows-builds.js';
import type { ImageHistoryEntry, ImagePlatform } from './model.js';

const NANO_SERVER = /nano-?server/i;

/**
 * The Windows release of a built image, from its config `os.version` (`10.0.17763.5576`). Build 14393
 * is both Server Core 2016 (LTSC) and the 2016 Nano Server (SAC, serviced until 2018): a history that
 * mentions Nano Server tells the second.
 */
export function windowsImageRelease(
  platform: ImagePlatform,
  history: readonly ImageHistoryEntry[]
): WindowsRelease | undefined {
  if (platform.os.toLowerCase() !== 'windows' || !platform.osVersion) return undefined;
  const release = windowsReleaseOfVersion(platform.osVersion);
  if (release?.key === 'ltsc2016' && history.some(entry => NANO_SERVER.test(entry.createdBy)))
    return { ...release, key: 'sac2016', name: 'Nano Server 2016 (sac2016)' };
  return release;
}
