import { parseToml, type TomlNode } from '../toml/toml-node.js';
import { isLoopbackHost } from './loopback-host.js';
import { baseName, pathSegments } from './path-segments.js';
import type { InsecureEndpoint, RegistryConfigDocument } from './registry-config-document.js';
import type { RegistryFormat } from './registry-format.js';
import { isPlainHttpUrl, redactUserinfo, registryHostOf } from './registry-hosts.js';
import { normaliseRegistryPattern } from '../registry-patterns.js';

/** Keys only a containerd hosts file has at the start of a line (docs/hosts.md). */
const HOSTS_KEYS = /^[ \t]*(?:server[ \t]*=|\[[ \t]*host[ \t]*\.|skip_verify[ \t]*=|capabilities[ \t]*=)/m;

/**
 * containerd `certs.d/<host>/hosts.toml` (containerd docs/hosts.md, core/remotes/docker/config/hosts.go):
 * the directory names the registry namespace; root keys configure its upstream (`server`),
 * `[host."<url>"]` tables are mirrors tried first. There is no plain-HTTP switch: the URL's scheme is it
 * (a URL without one is https).
 */
export const containerdHostsFormat: RegistryFormat = {
  format: 'containerd-hosts',

  matches(path, text) {
    if (baseName(path).toLowerCase() !== 'hosts.toml') return false;
    return pathSegments(path).some(segment => segment.toLowerCase() === 'certs.d') || HOSTS_KEYS.test(text);
  },

  parse(text, path) {
    const root = parseToml(text);
    const namespace = namespaceOf(path);
    const isDefault = hostsDirectoryOf(path) === DEFAULT_DIRECTORY;
    const document: RegistryConfigDocument = {
      format: 'containerd-hosts',
      text,
      insecureEndpoints: [],
      listeners: [],
      credentials: [],
      trustWeaknesses: []
    };
    const server = root.get('server');
    const serverUrl = typeof server?.scalar === 'string' ? server.scalar : undefined;
    const serverHost = serverUrl ? registryHostOf(serverUrl) : undefined;
    const upstream = serverHost || namespace || '*';
    if (server && serverUrl && isPlainHttpUrl(serverUrl))
      document.insecureEndpoints.push(
        endpointFor('plain-http', upstream, namespace, 'server', server, root, true)
      );
    readAuthorizationHeaders(root, upstream, document);
    const rootSkip = root.get('skip_verify');
    if (rootSkip?.isTrue)
      document.insecureEndpoints.push(
        endpointFor('skip-verify', upstream, namespace, 'skip_verify', rootSkip, root, true)
      );

    for (const [url, host] of root.get('host')?.entries() ?? []) {
      if (host.kind !== 'map') continue;
      const registry = registryHostOf(url);
      if (isPlainHttpUrl(url))
        document.insecureEndpoints.push(
          endpointFor('plain-http', registry, namespace, `host."${redactUserinfo(url)}"`, host, host, false)
        );
      readAuthorizationHeaders(host, registry, document);
      const skip = host.get('skip_verify');
      if (skip?.isTrue)
        document.insecureEndpoints.push(
          endpointFor('skip-verify', registry, namespace, 'skip_verify', skip, host, false)
        );
    }
    // containerd reads `_default` only for a registry without a directory of its own.
    if (isDefault) for (const endpoint of document.insecureEndpoints) endpoint.fallback = 'endpoint';
    return document;
  }
};

/**
 * `Authorization` in a `[header]` table (the root's, for `server`, or a host's): containerd sends it
 * with every request to that host, so `Basic <base64 user:password>` or `Bearer <token>` written there
 * is a registry login in the file (BH208). The value may be a string or a list of strings.
 */
function readAuthorizationHeaders(table: TomlNode, registry: string, document: RegistryConfigDocument): void {
  for (const [name, value] of table.get('header')?.entries() ?? []) {
    if (name.toLowerCase() !== 'authorization') continue;
    const values = value.kind === 'scalar' ? [value] : value.items();
    for (const item of values)
      if (typeof item.scalar === 'string' && item.scalar.trim())
        document.credentials.push({ registry, key: name, value: item.scalar, region: item.reportRegion });
  }
}

/** containerd's hosts directory for registries that have none of their own. */
const DEFAULT_DIRECTORY = '_default';

/** The directory a hosts file sits in (its last directory segment). */
function hostsDirectoryOf(path: string): string | undefined {
  const segments = pathSegments(path);
  return segments[segments.length - 2];
}

/** The registry a hosts directory is named after: `host_port_` is containerd's spelling of `host:port` (`hostDirectory`). */
function registryOfHostsDirectory(directory: string): string {
  const port = /^(.+)_(\d+)_$/.exec(directory);
  return port ? `${port[1]}:${port[2]}` : directory;
}

/**
 * The registries that have a directory of their own beside the `_default` directory of `path`, in
 * either spelling (containerd core/remotes/docker/config/hosts.go `hostPaths`: `host_port_`, then
 * `host:port`, then `_default`; the first that exists wins). What that directory holds does not matter:
 * a `ca.crt` alone is a registry's configuration, and `_default` is then not read for it. `files` is
 * every file of the scan; the answer for one certs.d root is computed once.
 */
export function registriesWithOwnHostsDirectory(path: string, files: readonly string[]): ReadonlySet<string> {
  const posixPath = path.replace(/\\/g, '/');
  const directoryStart = posixPath.lastIndexOf('/', posixPath.lastIndexOf('/') - 1) + 1;
  const root = posixPath.slice(0, directoryStart);
  let byRoot = OWN_DIRECTORIES.get(files);
  if (!byRoot) OWN_DIRECTORIES.set(files, (byRoot = new Map()));
  let registries = byRoot.get(root);
  if (registries) return registries;
  registries = new Set();
  for (const file of files) {
    if (!file.startsWith(root)) continue;
    const slash = file.indexOf('/', root.length);
    const directory = file.slice(root.length, slash);
    if (slash > root.length && directory !== DEFAULT_DIRECTORY)
      registries.add(normaliseRegistryPattern(registryOfHostsDirectory(directory)));
  }
  byRoot.set(root, registries);
  return registries;
}

const OWN_DIRECTORIES = new WeakMap<readonly string[], Map<string, Set<string>>>();

/**
 * The namespace a hosts file configures: its directory, `host_port_` meaning `host:port`
 * (containerd's `hostDirectory`), `_default` every registry. Only a directory under `certs.d` or one
 * that looks like a registry host counts (a template at `deploy/containerd/hosts.toml` names none).
 */
function namespaceOf(path: string): string | undefined {
  const segments = pathSegments(path);
  const directory = segments[segments.length - 2];
  if (!directory) return undefined;
  const underCertsDir = segments[segments.length - 3]?.toLowerCase() === 'certs.d';
  if (directory === DEFAULT_DIRECTORY) return '*';
  const registry = registryOfHostsDirectory(directory);
  if (
    registry !== directory ||
    underCertsDir ||
    /[.:]/.test(directory) ||
    directory.toLowerCase() === 'localhost'
  )
    return registry;
  return undefined;
}

/**
 * One insecure endpoint. A `[host."…"]` table is a mirror of the directory's namespace and the root
 * (`server`) its upstream, whichever host they name. A host trusted only to `pull` fetches blobs by
 * digest (verified), so it is low risk; a host without `resolve` never maps tags to digests, so it does
 * not count for the namespace it mirrors (RULES.md BH401).
 */
function endpointFor(
  setting: InsecureEndpoint['setting'],
  registry: string,
  namespace: string | undefined,
  key: string,
  at: TomlNode,
  hostTable: TomlNode,
  upstream: boolean
): InsecureEndpoint {
  const capabilities = hostTable
    .get('capabilities')
    ?.strings()
    .map(capability => (capability.text ?? '').toLowerCase());
  const pullOnly = !!capabilities?.length && capabilities.every(capability => capability === 'pull');
  const resolves = !capabilities?.length || capabilities.includes('resolve');
  const mirrors = namespace !== undefined && namespace !== registry;
  return {
    setting,
    registry,
    ...(mirrors ? { mirrorOf: namespace } : {}),
    ...(mirrors && !resolves ? { resolvesTags: false } : {}),
    ...(mirrors && upstream ? { upstream: true } : {}),
    key,
    region: at.reportRegion,
    lowRisk: isLoopbackHost(registry) || pullOnly
  };
}
