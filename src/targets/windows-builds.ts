import { isNanoServer2016Reference, isWindowsImageName } from './dockerfile/base-images.js';
import type { ImageReference } from './dockerfile/image-reference.js';

/**
 * A Windows release as a container image or a node runs it: the build number is what process
 * isolation compares (host and image builds must be equal; revisions may differ since 1809).
 * Source: Microsoft, "Windows container version compatibility"
 * https://learn.microsoft.com/virtualization/windowscontainers/deploy-containers/version-compatibility
 * and "Windows Server release information"
 * https://learn.microsoft.com/windows/release-health/windows-server-release-info (read 2026-12).
 */
export interface WindowsRelease {
  /** The key of the support-dates table (`ltsc2022`, `1909`, `sac2016`). */
  key: string;
  /** For messages: `Windows Server 2022`, `Windows Server, version 1909`. */
  name: string;
  /** The build number, the third part of `10.0.20348.2340`. */
  build: number;
}

const release = (key: string, name: string, build: number): WindowsRelease => ({ key, name, build });

/** Every release that published container base images or runs Windows nodes, oldest first. */
export const WINDOWS_RELEASES: readonly WindowsRelease[] = [
  release('ltsc2016', 'Windows Server 2016', 14393),
  // The 2016-era Nano Server was a Semi-Annual Channel image on the 14393 build, serviced apart from Server Core 2016.
  release('sac2016', 'Nano Server 2016 (sac2016)', 14393),
  release('1709', 'Windows Server, version 1709', 16299),
  release('1803', 'Windows Server, version 1803', 17134),
  // 1809 and ltsc2019 tags are the same build (10.0.17763): the Windows Server 2019 images.
  release('ltsc2019', 'Windows Server 2019', 17763),
  release('1903', 'Windows Server, version 1903', 18362),
  release('1909', 'Windows Server, version 1909', 18363),
  release('2004', 'Windows Server, version 2004', 19041),
  release('20h2', 'Windows Server, version 20H2', 19042),
  release('ltsc2022', 'Windows Server 2022', 20348),
  // Annual Channel: Windows nodes only (AKS, Azure Stack HCI); no base images were published for it.
  release('23h2', 'Windows Server, version 23H2', 25398),
  release('ltsc2025', 'Windows Server 2025', 26100)
];

const BY_TAG_TOKEN: ReadonlyMap<string, string> = new Map([
  ['ltsc2016', 'ltsc2016'],
  ['sac2016', 'sac2016'],
  ['1709', '1709'],
  ['1803', '1803'],
  ['1809', 'ltsc2019'],
  ['ltsc2019', 'ltsc2019'],
  ['1903', '1903'],
  ['1909', '1909'],
  ['2004', '2004'],
  ['20h2', '20h2'],
  // Microsoft's first tag for 20H2 (dotnet-framework-docker and iis-docker still have `…-2009`).
  ['2009', '20h2'],
  ['ltsc2022', 'ltsc2022'],
  ['ltsc2025', 'ltsc2025']
]);

const BUILD_VERSION = /^10\.0\.(\d{5})(?:\.\d+)?$/;

function releaseByKey(key: string): WindowsRelease | undefined {
  return WINDOWS_RELEASES.find(r => r.key === key);
}

/** The release of a build number; the LTSC entry for 14393 (the Nano Server 2016 one is chosen by name). */
export function windowsReleaseOfBuild(build: number): WindowsRelease | undefined {
  return WINDOWS_RELEASES.find(r => r.build === build);
}

/** A build whose number is known but which is in no table row (an Insider build, Windows 11 client). */
function unlistedBuild(build: number): WindowsRelease {
  return { key: `10.0.${build}`, name: `Windows build 10.0.${build}`, build };
}

/** `10.0.20348`, `10.0.20348.2340`: the release of an OS version string (an image's `os.version`, a node label). */
export function windowsReleaseOfVersion(version: string): WindowsRelease | undefined {
  const match = BUILD_VERSION.exec(version.trim());
  if (!match) return undefined;
  const build = Number(match[1]);
  return windowsReleaseOfBuild(build) ?? unlistedBuild(build);
}

/** The release an image's tag names, with the tag token that says so. */
export interface TaggedRelease {
  release: WindowsRelease;
  /** `ltsc2022`, `1809`, `10.0.17763.5576`; empty for the untagged 2016-era Nano Server. */
  token: string;
}

/**
 * The Windows release an image reference pins by its tag: a release token (`ltsc2022`,
 * `4.8-windowsservercore-ltsc2019`, `lts-nanoserver-1809`, `1809-KB4493509`) or a build version
 * (`10.0.17763.5576`), on an image that is Windows by name. An untagged or `latest` 2016-era Nano
 * Server is `sac2016`, and Docker Hub's old `microsoft/windowsservercore` and `microsoft/iis` are
 * Windows Server 2016. Multi-platform tags (`mcr.microsoft.com/dotnet/aspnet:8.0`, `pause:3.9`)
 * resolve to a different build on each node, so they pin nothing: undefined, as for digests only.
 * Of a reference with variables only its literal tag words count (`app:${V}-windowsservercore-ltsc2019`
 * is `ltsc2019`; `servercore:${TAG}` pins nothing).
 */
export function windowsReleaseOfImage(reference: ImageReference): TaggedRelease | undefined {
  if (!isWindowsImageName(reference)) return undefined;
  const tag = (reference.tag ?? '').toLowerCase();
  // The 2016-era Nano Server first: its `10.0.14393.*` tags are Nano Server 2016, not Server 2016 LTSC.
  if (isNanoServer2016Reference(reference)) {
    const nano2016 = releaseByKey('sac2016');
    const token = tag.split(/[-_]/).find(part => part === 'sac2016' || part.startsWith('10.0.14393')) ?? tag;
    if (nano2016) return { release: nano2016, token };
  }
  for (const token of tag.split(/[-_]/)) {
    const key = BY_TAG_TOKEN.get(token);
    const known = key ? releaseByKey(key) : undefined;
    if (known) return { release: known, token };
    const version = windowsReleaseOfVersion(token);
    if (version) return { release: version, token };
  }
  // Docker Hub's `microsoft/windowsservercore` and `microsoft/iis` were retired in 2018 with their
  // `latest` (and so an untagged name) on Windows Server 2016; later releases shipped only on MCR. A
  // variable in the tag or registry (`microsoft/iis:${TAG}`) leaves it unknown, not untagged.
  if (
    reference.unresolved === undefined &&
    reference.registry === 'docker.io' &&
    HUB_2016_LATEST.has(reference.repository.toLowerCase()) &&
    (tag === '' || tag === 'latest')
  ) {
    const server2016 = releaseByKey('ltsc2016');
    if (server2016) return { release: server2016, token: tag };
  }
  return undefined;
}

const HUB_2016_LATEST = new Set(['microsoft/windowsservercore', 'microsoft/iis']);

/** AKS labels Windows nodes with their OS SKU (https://learn.microsoft.com/azure/aks/windows-faq). */
const AKS_OS_SKUS: ReadonlyMap<string, string> = new Map([
  ['windows2019', 'ltsc2019'],
  ['windows2022', 'ltsc2022'],
  ['windows2025', 'ltsc2025']
]);

export const WINDOWS_BUILD_LABEL = 'node.kubernetes.io/windows-build';
export const AKS_OS_SKU_LABEL = 'kubernetes.azure.com/os-sku';

/**
 * The release a node label value selects: `node.kubernetes.io/windows-build` holds `10.0.N`
 * (https://kubernetes.io/docs/concepts/windows/user-guide/), AKS `kubernetes.azure.com/os-sku` holds
 * `Windows2019`/`Windows2022`/`Windows2025`. `WindowsAnnual` follows a moving release: unknown.
 */
export function windowsReleaseOfNodeLabel(key: string, value: string): WindowsRelease | undefined {
  if (key === WINDOWS_BUILD_LABEL) return windowsReleaseOfVersion(value);
  if (key !== AKS_OS_SKU_LABEL) return undefined;
  const sku = AKS_OS_SKUS.get(value.trim().toLowerCase());
  return sku ? releaseByKey(sku) : undefined;
}

const WS2022_BUILD = 20348;
const ANNUAL_CHANNEL_23H2_BUILD = 25398;

/**
 * Whether a process-isolated container of `imageBuild` starts on a node of `nodeBuild`: the builds must
 * be equal, except that Windows Server Annual Channel 23H2 hosts run Windows Server 2022 images
 * ("portability": https://learn.microsoft.com/virtualization/windowscontainers/deploy-containers/portability).
 */
export function runsWithProcessIsolation(imageBuild: number, nodeBuild: number): boolean {
  return imageBuild === nodeBuild || (imageBuild === WS2022_BUILD && nodeBuild === ANNUAL_CHANNEL_23H2_BUILD);
}
