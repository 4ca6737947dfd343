import type { ImageReference } from './image-reference.js';

export type ImageOs = 'windows' | 'linux';

/** What a well-known base image runs as when nothing sets `USER` (RULES.md, 1xx). */
export interface BaseImageDefault {
  os: ImageOs;
  /** Default user of the image, e.g. 'ContainerUser', 'ContainerAdministrator', '65532', '101', '1001', 'root'. */
  user: string;
  /** Human explanation used in messages, e.g. 'Nano Server images run as ContainerUser'. */
  reason: string;
}

const windows = (user: string, reason: string): BaseImageDefault => ({ os: 'windows', user, reason });
const linux = (user: string, reason: string): BaseImageDefault => ({ os: 'linux', user, reason });

// Nano Server 1709+ sets `User: ContainerUser` in its image config; Server Core, Server and
// Windows leave it empty, which means ContainerAdministrator
// (https://learn.microsoft.com/virtualization/windowscontainers/manage-containers/container-security).
const NANO_SERVER = windows('ContainerUser', 'Nano Server images run as ContainerUser');
const NANO_SERVER_2016 = windows(
  'ContainerAdministrator',
  'the 2016-era Nano Server (microsoft/nanoserver, 10.0.14393) runs as ContainerAdministrator'
);
const SERVER_CORE = windows('ContainerAdministrator', 'Server Core images run as ContainerAdministrator');
const WINDOWS_SERVER = windows(
  'ContainerAdministrator',
  'Windows Server images run as ContainerAdministrator'
);
const WINDOWS = windows('ContainerAdministrator', 'Windows images run as ContainerAdministrator');
const IIS = windows('ContainerAdministrator', 'IIS images are Server Core and run as ContainerAdministrator');
const DOTNET_FRAMEWORK = windows(
  'ContainerAdministrator',
  '.NET Framework images are Server Core and run as ContainerAdministrator'
);
// https://github.com/GoogleContainerTools/distroless#debug-images and the `nonroot` tags.
const DISTROLESS_NONROOT = linux('65532', "distroless ':nonroot' images run as uid 65532 (nonroot)");
const DISTROLESS_ROOT = linux('root', "distroless images without a 'nonroot' tag run as root");
// https://github.com/nginxinc/docker-nginx-unprivileged
const NGINX_UNPRIVILEGED = linux('101', 'nginx-unprivileged images run as uid 101 (nginx)');
// https://docs.bitnami.com/tutorials/why-non-root-containers-are-important-for-security
const BITNAMI = linux('1001', 'Bitnami images run as uid 1001');
const MINIDEB = linux('root', 'bitnami/minideb is a plain Debian base and runs as root');
// SQL Server 2019 and later run as the non-root `mssql` user (uid 10001); 2017 images ran as root
// (https://learn.microsoft.com/sql/linux/sql-server-linux-docker-container-security).
const MSSQL_NONROOT = linux('mssql', 'SQL Server 2019 and later images run as mssql (uid 10001)');
const SCRATCH = linux('root', "'scratch' has no user database; processes run as root");
// Linux images named for the Windows they serve, which the repository-name reading of
// isWindowsImageName would take for Windows: dockur/windows boots a Windows VM under QEMU in a
// Debian container (its Dockerfile copies qemux/qemu and sets no USER), and dockcross's
// `windows-*` images are Debian with MinGW cross-compilers (dockcross/base sets no USER either).
const DOCKUR_WINDOWS = linux('root', 'dockur/windows is a Linux (QEMU) image and runs as root');
const DOCKCROSS = linux('root', 'dockcross images are Debian cross-compilers and run as root');
// .NET 8 and later: the chiseled (Ubuntu) and distroless (Azure Linux) runtime-deps images end in
// `USER $APP_UID` (1654, `app`), and the runtime, aspnet and monitor images of those flavors build
// on them (dotnet/dotnet-docker `src/runtime-deps/*/*-chiseled*`, `*-distroless*`).
const DOTNET_APP = linux('1654', '.NET chiseled and distroless images run as uid 1654 (app)');
// Azure Linux and CBL-Mariner distroless `-nonroot` tags run as nonroot (65532), as Google's do.
const AZURE_LINUX_NONROOT = linux(
  '65532',
  "Azure Linux distroless '-nonroot' images run as uid 65532 (nonroot)"
);

/** The lower-cased parts of a reference that the table matches on (matching is case-insensitive). */
interface Name {
  registry: string;
  repository: string;
  segments: string[];
  tag: string;
  tagTokens: string[];
  /** Pinned by digest only: the tag, and with it variants such as `nonroot`, is unknown. */
  digestOnly: boolean;
  /** A variable stood for the registry (`${REGISTRY}/microsoft/nanoserver`): `registry` is a placeholder. */
  registryUnknown: boolean;
  /** A variable stood in the tag: `tag` holds only its literal words, and the image is not known to be untagged. */
  tagUnknown: boolean;
}

function nameOf(ref: ImageReference): Name {
  const repository = ref.repository.toLowerCase();
  const tag = (ref.tag ?? '').toLowerCase();
  return {
    registry: ref.registry.toLowerCase(),
    repository,
    segments: repository.split('/'),
    tag,
    tagTokens: tag.split(/[-_]/).filter(token => token !== ''),
    digestOnly: ref.tag === undefined && ref.digest !== undefined,
    registryUnknown: ref.unresolved?.registry === true,
    tagUnknown: ref.unresolved?.tag === true
  };
}

/**
 * Whether the tag holds `word` as a word of its own, dots included among the separators: CBL-Mariner
 * dates its distroless tags after the variant (`2.0-nonroot.20250402`).
 */
function hasTagWord(name: Name, word: string): boolean {
  return name.tagTokens.some(token => token === word || token.split('.').includes(word));
}

/** Whether `path` occurs as whole consecutive segments, so mirrors (`myacr.azurecr.io/windows/servercore`) match too. */
function hasPath(name: Name, path: string): boolean {
  return `/${name.repository}/`.includes(`/${path}/`);
}

// Windows releases after 2016 (1709 introduced ContainerUser), as tag tokens or build numbers.
const POST_2016_RELEASE =
  /(?:^|[^0-9a-z])(?:1709|1803|1809|1903|1909|2004|20h2|ltsc2019|ltsc2022|ltsc2025)(?:$|[^0-9a-z])|10\.0\.(?:1[6-9]|2\d)\d{3}/;

function isNanoServer2016(name: Name): boolean {
  if (/(?:^|[-_])(?:sac2016|ltsc2016)(?:$|[-_])/.test(name.tag) || name.tag.includes('10.0.14393'))
    return true;
  // Until 1709, Nano Server shipped only on Docker Hub as microsoft/* (`microsoft/nanoserver`
  // untagged or `latest` is 10.0.14393, `microsoft/iis:nanoserver` builds on it); Hub names
  // without a later release number are that image.
  return isHubMicrosoftName(name) && !name.registryUnknown && !name.tagUnknown;
}

function isHubMicrosoftName(name: Name): boolean {
  return (
    name.registry === 'docker.io' &&
    name.segments[0] === 'microsoft' &&
    !POST_2016_RELEASE.test(`${name.repository}:${name.tag}`)
  );
}

/**
 * A Nano Server whose era a variable hides: `microsoft/nanoserver:${TAG}` (Docker Hub also had `1709`
 * and `1803` tags) or `${REGISTRY}/microsoft/nanoserver` may be the 2016-era image (ContainerAdministrator)
 * or a later one (ContainerUser), so its user is unknown.
 */
function isNanoServerOfUnknownEra(name: Name): boolean {
  return isHubMicrosoftName(name) && (name.registryUnknown || name.tagUnknown) && !isNanoServer2016(name);
}

/** Whether the path or tag names Nano Server, which wins over everything else (`powershell:lts-nanoserver-ltsc2022`). */
function namesNanoServer(name: Name): boolean {
  return name.repository.includes('nanoserver') || name.tag.includes('nanoserver');
}

function windowsAdminDefault(name: Name): BaseImageDefault | undefined {
  // Insider builds: the newer names add an `/insider` segment (`windows/servercore/insider`), the older
  // ones a suffix (`windowsservercore-insider`, `windows/servercore-insider`, `windows-insider`).
  const segments = name.segments.map(segment => segment.replace(/-insider$/, ''));
  if (segments.includes('servercore') || segments.includes('windowsservercore')) return SERVER_CORE;
  if (name.tag.includes('servercore')) return SERVER_CORE;
  if (hasPath(name, 'windows/server')) return WINDOWS_SERVER;
  // `mcr.microsoft.com/windows` is the full Windows image; other registries' `windows` repositories are unknown.
  if (name.registry === 'mcr.microsoft.com' && /^windows(?:\/insider|-insider)?$/.test(name.repository))
    return WINDOWS;
  if (hasPath(name, 'microsoft/iis')) return IIS;
  if (hasPath(name, 'dotnet/framework') || hasPath(name, 'microsoft/dotnet-framework'))
    return DOTNET_FRAMEWORK;
  // The old Hub ASP.NET 4.x and SQL Server for Windows images were built on Server Core.
  if (hasPath(name, 'microsoft/aspnet') || name.repository.startsWith('microsoft/mssql-server-windows')) {
    return SERVER_CORE;
  }
  return undefined;
}

function linuxDefault(name: Name): BaseImageDefault | undefined {
  const [owner] = name.segments;
  if (name.registry === 'docker.io' && name.repository === 'library/scratch') return SCRATCH;
  if (owner === 'distroless' && name.registry !== 'docker.io') {
    if (hasTagWord(name, 'nonroot')) return DISTROLESS_NONROOT;
    return name.digestOnly ? undefined : DISTROLESS_ROOT;
  }
  if (hasPath(name, 'nginxinc/nginx-unprivileged')) return NGINX_UNPRIVILEGED;
  if (/(?:^|\/)dockurr?\/windows(?:-[a-z0-9]+)?$/.test(name.repository)) return DOCKUR_WINDOWS;
  if (/(?:^|\/)dockcross\/[^/]+$/.test(name.repository)) return DOCKCROSS;
  if (isDotnetLinux(name) && name.tagTokens.some(token => token === 'chiseled' || token === 'distroless'))
    return DOTNET_APP;
  if (isAzureLinuxDistroless(name) && hasTagWord(name, 'nonroot')) return AZURE_LINUX_NONROOT;
  if (name.repository === 'mssql/server' && /^20(19|2\d)-/.test(name.tag)) return MSSQL_NONROOT;
  if (owner === 'bitnami' || owner === 'bitnamilegacy' || owner === 'bitnamisecure') {
    return name.segments[1] === 'minideb' ? MINIDEB : BITNAMI;
  }
  return undefined;
}

/** Microsoft's .NET images on mcr.microsoft.com, but .NET Framework's (Server Core, Windows). */
function isDotnetLinux(name: Name): boolean {
  return (
    name.registry === 'mcr.microsoft.com' && name.segments[0] === 'dotnet' && name.segments[1] !== 'framework'
  );
}

function isAzureLinuxDistroless(name: Name): boolean {
  return (
    name.registry === 'mcr.microsoft.com' &&
    (hasPath(name, 'azurelinux/distroless') || hasPath(name, 'cbl-mariner/distroless'))
  );
}

/**
 * Whether the repository's default user depends on its tag (distroless `:nonroot`, SQL Server 2019+
 * as `mssql`): behind an unresolved tag (`gcr.io/distroless/static:${VARIANT}`) it is unknown.
 */
export function defaultUserDependsOnTag(ref: ImageReference): boolean {
  const name = nameOf(ref);
  return (
    (name.segments[0] === 'distroless' && name.registry !== 'docker.io') ||
    name.repository === 'mssql/server' ||
    isDotnetLinux(name) ||
    isAzureLinuxDistroless(name)
  );
}

/** Whether the reference is the 2016-era Nano Server (`microsoft/nanoserver` untagged, `sac2016`, 10.0.14393). */
export function isNanoServer2016Reference(ref: ImageReference): boolean {
  const name = nameOf(ref);
  return namesNanoServer(name) && isNanoServer2016(name);
}

/** The known default for an image, or undefined when the image is not in the table. */
export function lookupBaseImageDefault(ref: ImageReference): BaseImageDefault | undefined {
  const name = nameOf(ref);
  if (namesNanoServer(name)) {
    if (isNanoServerOfUnknownEra(name)) return undefined;
    return isNanoServer2016(name) ? NANO_SERVER_2016 : NANO_SERVER;
  }
  // With nothing of its tag known, a default that only some tags have is unknown (distroless
  // `:nonroot`); `static:latest-${ARCH}` still says `latest`.
  if (name.tagUnknown && ref.tag === undefined && defaultUserDependsOnTag(ref)) return undefined;
  return windowsAdminDefault(name) ?? linuxDefault(name);
}

const WINDOWS_TAG_TOKEN = /^(?:windows|ltsc20(?:16|19|22|25)|sac2016)$/;
// Bare release numbers are Windows only next to another token (`3.9-1809`), not as a whole tag (`app:2004`).
const WINDOWS_RELEASE_TOKEN = /^(?:1709|1803|1809|1903|1909|2004|20h2)$/;

/**
 * Whether the reference names a Windows image by name: the Windows family of the table, or a tag
 * token such as `windows`, `ltsc2022` or `1809` (`pause:3.9-windows-ltsc2022-amd64`). Microsoft
 * also ships Linux images on mcr.microsoft.com, so the registry alone says nothing.
 */
export function isWindowsImageName(ref: ImageReference): boolean {
  const known = lookupBaseImageDefault(ref);
  if (known) return known.os === 'windows';
  const name = nameOf(ref);
  if (namesNanoServer(name)) return true;
  const { tagTokens, segments } = name;
  // A repository named for Windows (`windows-host-process-containers-base-image`, `windows_exporter`).
  const repositoryTokens = segments.flatMap(segment => segment.split(/[-_.]/));
  return (
    repositoryTokens.includes('windows') ||
    tagTokens.some(token => WINDOWS_TAG_TOKEN.test(token)) ||
    (tagTokens.length > 1 && tagTokens.some(token => WINDOWS_RELEASE_TOKEN.test(token)))
  );
}
