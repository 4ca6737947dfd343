/** A host path RULES.md (BH505) calls sensitive, with what mounting it exposes (for messages). */
interface SensitivePath {
  /** Normalised: `/` separators, no trailing slash; Windows paths and pipe names lower-cased. */
  path: string;
  /** As RULES.md writes it, for messages (`C:\\Windows`); defaults to `path`. */
  shown?: string;
  /** Matches only the path itself (`/`, `C:\`), not what is below it. */
  exact?: boolean;
  exposes: string;
}

const LINUX: SensitivePath[] = [
  { path: '/', exact: true, exposes: "the host's whole file system" },
  { path: '/var/run/docker.sock', exposes: "the Docker daemon's API, and with it the host" },
  { path: '/var/run', exposes: 'the sockets of host daemons such as the container runtime' },
  // `/var/run` is a symlink to `/run` on every current distribution: the same directory.
  { path: '/run', exposes: 'the sockets of host daemons such as the container runtime' },
  { path: '/etc', exposes: "the host's configuration and credentials" },
  { path: '/proc', exposes: "the host's processes and kernel settings" },
  { path: '/root', exposes: "root's home directory" },
  { path: '/home', exposes: "the users' home directories" }
];

const WINDOWS: SensitivePath[] = [
  { path: '/', shown: 'C:\\', exact: true, exposes: "the host's whole system drive" },
  { path: '/windows', shown: 'C:\\Windows', exposes: 'the Windows system directory' },
  {
    path: '/programdata/docker',
    shown: 'C:\\ProgramData\\docker',
    exposes: "Docker's data and configuration"
  },
  {
    path: '/var/lib/kubelet',
    shown: 'C:\\var\\lib\\kubelet',
    exposes: "the kubelet's data, including the pods' secrets"
  },
  { path: '/k', shown: 'C:\\k', exposes: "the node's Kubernetes configuration and credentials" }
];

const PIPES: SensitivePath[] = [
  {
    path: 'docker_engine',
    shown: '\\\\.\\pipe\\docker_engine',
    exposes: "the Docker engine's API, and with it the host"
  },
  {
    path: 'containerd-containerd',
    shown: '\\\\.\\pipe\\containerd-containerd',
    exposes: "containerd's API, and with it the host"
  }
];

const WINDOWS_PIPE = /^\/\/\.\/pipe\/(.+)$/i;
const SYSTEM_DRIVE = /^c:(?:\/|$)/i;

/** Backslashes to slashes; `.`, `..` and empty segments resolved; leading `/` kept. */
function normaliseAbsolute(path: string): string {
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return `/${segments.join('/')}`;
}

function matches(path: string, list: SensitivePath[]): string | undefined {
  const hit = list.find(s => path === s.path || (!s.exact && path.startsWith(`${s.path}/`)));
  if (!hit) return undefined;
  return path === hit.path ? hit.exposes : `inside '${hit.shown ?? hit.path}': ${hit.exposes}`;
}

/**
 * What a host path gives the container when it is sensitive, for messages (`inside '/etc': the
 * host's configuration and credentials`) (RULES.md BH505: `/` and `C:\` exactly;
 * `/etc`, `/var/run`, `/var/run/docker.sock`, `/proc`, `/root`, `/home`, `C:\Windows`,
 * `C:\ProgramData\docker`, `C:\var\lib\kubelet`, `C:\k` and the Docker and containerd named pipes
 * with what is below them), else undefined. Either slash, any drive-letter case; Windows paths
 * compare case-insensitively (NTFS), Linux paths case-sensitively. `~` (Compose) is a home directory.
 * On a Windows node (`os`) a path without a drive letter is on the system drive: `/k` is `C:\k` and
 * `/var/lib/kubelet` is `C:\var\lib\kubelet` (Azure CNI's Windows DaemonSets), and the Linux list
 * (`/var/run` holding the runtime's socket) says nothing there.
 */
export function sensitiveHostPath(path: string, os?: 'windows' | 'linux'): string | undefined {
  const slashed = path.trim().replace(/\\/g, '/');
  const pipe = WINDOWS_PIPE.exec(slashed);
  if (pipe)
    return matches(
      normaliseAbsolute(pipe[1] ?? '')
        .slice(1)
        .toLowerCase(),
      PIPES
    );
  if (SYSTEM_DRIVE.test(slashed)) return matches(normaliseAbsolute(slashed.slice(2).toLowerCase()), WINDOWS);
  if (os === 'windows' && slashed.startsWith('/'))
    return matches(normaliseAbsolute(slashed.toLowerCase()), WINDOWS);
  if (slashed === '~') return "a user's home directory";
  if (slashed.startsWith('~/')) return "inside '~': a user's home directory";
  return slashed.startsWith('/') ? matches(normaliseAbsolute(slashed), LINUX) : undefined;
}

/** Whether a host path is sensitive in the sense of RULES.md BH505. */
export function isSensitiveHostPath(path: string): boolean {
  return sensitiveHostPath(path) !== undefined;
}

/**
 * A socket or named pipe: a client only connects to it, so a read-only mount still lets the
 * container drive the daemon behind it (`/var/run/docker.sock:ro` is as good as writable).
 */
export function isSocketPath(path: string): boolean {
  const slashed = path.trim().replace(/\\/g, '/');
  return WINDOWS_PIPE.test(slashed) || /\.sock$/i.test(slashed);
}
