import type { ConfigNode } from '../config-node.js';
import { parseToml } from '../toml/toml-node.js';
import { isLoopbackHost } from './loopback-host.js';
import { baseName, pathSegments } from './path-segments.js';
import type { InsecureEndpoint, RegistryConfigDocument } from './registry-config-document.js';
import type { RegistryFormat } from './registry-format.js';
import { isPlainHttpUrl, registryHostOf } from './registry-hosts.js';

/**
 * The CRI registry table in its three spellings, one model (containerd docs/cri/config.md): config v1
 * keys plugins by short ID, v2 (containerd 1.3–1.7) by full ID, v3 (2.0+) moved image settings to
 * the images plugin.
 */
const REGISTRY_TABLES = [
  ['plugins', 'cri', 'registry'],
  ['plugins', 'io.containerd.grpc.v1.cri', 'registry'],
  ['plugins', 'io.containerd.cri.v1.images', 'registry']
];

/** A `[plugins.cri…]` / `[plugins."io.containerd.…"]` table, or dotted keys under `[plugins]`. */
const PLUGIN_TABLE = /^[ \t]*\[?[ \t]*plugins[ \t]*\.[ \t]*(?:cri\b|["']io\.containerd\.)/m;
const PLUGINS_HEADER = /^[ \t]*\[[ \t]*plugins[ \t]*\][ \t]*(?:#.*)?$/m;
const PLUGIN_KEY = /^[ \t]*(?:cri|["']io\.containerd\.[^"'\n]*["'])[ \t]*[.=]/m;
/** `[plugins."io.containerd.grpc.v1.cri".registry…]`, `[plugins."io.containerd.cri.v1.images".registry…]`, `[plugins.cri.registry…]`. */
const CRI_REGISTRY_TABLE =
  /^[ \t]*\[[ \t]*plugins[ \t]*\.[ \t]*(?:cri|["']io\.containerd\.(?:grpc\.v1\.cri|cri\.v1\.images)["'])[ \t]*\.[ \t]*registry\b/m;

/** containerd `config.toml` (and `conf.d` drop-ins): legacy CRI mirrors, TLS and auth settings. */
export const containerdFormat: RegistryFormat = {
  format: 'containerd',

  matches(path, text) {
    const name = baseName(path).toLowerCase();
    const named =
      name === 'config.toml' ||
      (name.endsWith('.toml') && pathSegments(path).some(segment => /containerd/i.test(segment)));
    // A CRI registry table says containerd whatever the name (containerd's `testdata/default-1.7.toml`).
    return (named && hasContainerdPlugins(text)) || (name.endsWith('.toml') && CRI_REGISTRY_TABLE.test(text));
  },

  parse(text) {
    const root = parseToml(text);
    const document: RegistryConfigDocument = {
      format: 'containerd',
      text,
      insecureEndpoints: [],
      listeners: [],
      credentials: [],
      trustWeaknesses: []
    };
    for (const path of REGISTRY_TABLES) {
      const registry = root.at(...path);
      if (registry?.kind === 'map') readRegistryTable(registry, document);
    }
    return document;
  }
};

/** Whether a TOML text has a containerd plugin table (the CRI plugin or any `io.containerd.*` one). */
export function hasContainerdPlugins(text: string): boolean {
  return PLUGIN_TABLE.test(text) || (PLUGINS_HEADER.test(text) && PLUGIN_KEY.test(text));
}

/**
 * What differs between containerd's CRI registry table (TOML) and k3s/RKE2's `registries.yaml`, which
 * is the same model written in YAML (rancher/wharfie pkg/registries).
 */
export interface RegistryTableDialect {
  /** `configs.<host>.auth` / `auths.<url>` fields holding a secret (`username` alone is not one). */
  secretAuthKeys: readonly string[];
  /**
   * Whether a `configs` entry is a registry's own configuration that the `"*"` defaults then skip: k3s
   * writes a hosts directory for it, so containerd never reads `_default` for it. containerd's CRI
   * falls back to `mirrors."*"` by the `mirrors` keys alone (`registryEndpoints`).
   */
  configsAreOwn: boolean;
  /** Whether a field is `true` as the runtime's decoder reads it. */
  isTrue(node: ConfigNode): boolean;
}

/** The CRI plugin's registry table in containerd's `config.toml`. */
const CONTAINERD_DIALECT: RegistryTableDialect = {
  secretAuthKeys: ['password', 'auth', 'identitytoken'],
  configsAreOwn: false,
  isTrue: node => node.isTrue
};

/** The `"*"` key of `mirrors` (and, in k3s, of `configs`): a default for registries without their own entry. */
const EVERY_REGISTRY = '*';

/**
 * Reads a registry table (`mirrors`, `configs`, `auths`) into the document. A `"*"` entry is a
 * default: its settings are marked `fallback`, and the registries with an entry of their own are
 * listed in `configuredRegistries`.
 */
export function readRegistryTable(
  registry: ConfigNode,
  document: RegistryConfigDocument,
  dialect: RegistryTableDialect = CONTAINERD_DIALECT
): void {
  const mirrors = registry.get('mirrors')?.entries() ?? [];
  const configs = registry.get('configs')?.entries() ?? [];
  const configured = [...mirrors, ...(dialect.configsAreOwn ? configs : [])]
    .map(([name]) => name)
    .filter(name => name !== EVERY_REGISTRY);
  if (configured.length)
    document.configuredRegistries = [...(document.configuredRegistries ?? []), ...configured];

  // `mirrors."<namespace>".endpoint`: an http:// endpoint is used for tag resolution too (no
  // capability split in this legacy format), so it counts for the namespace it mirrors.
  for (const [namespace, mirror] of mirrors) {
    for (const endpoint of stringsOf(mirror.get('endpoint'))) {
      const url = endpoint.text ?? '';
      if (!isPlainHttpUrl(url)) continue;
      const host = registryHostOf(url);
      document.insecureEndpoints.push({
        setting: 'plain-http',
        registry: host,
        ...(namespace !== host ? { mirrorOf: namespace } : {}),
        key: 'endpoint',
        region: endpoint.region,
        lowRisk: isLoopbackHost(host),
        ...(namespace === EVERY_REGISTRY ? { fallback: 'endpoint' as const } : {})
      });
    }
  }

  // `configs."<host>"` is keyed by the host actually contacted, which may be a mirror endpoint.
  const mirroredBy = (host: string): string[] =>
    mirrors.flatMap(([namespace, mirror]) =>
      namespace !== host && stringsOf(mirror.get('endpoint')).some(e => registryHostOf(e.text ?? '') === host)
        ? [namespace]
        : []
    );
  for (const [host, config] of configs) {
    const skip = config.at('tls', 'insecure_skip_verify');
    if (skip && dialect.isTrue(skip)) {
      const endpoint: InsecureEndpoint = {
        setting: 'skip-verify',
        registry: host,
        key: 'insecure_skip_verify',
        region: skip.reportRegion,
        lowRisk: isLoopbackHost(host),
        ...(host === EVERY_REGISTRY ? { fallback: 'endpoint' as const } : {})
      };
      const namespaces = mirroredBy(host);
      if (namespaces.length === 0) document.insecureEndpoints.push(endpoint);
      // A host the `"*"` mirror lists keeps its own entry: only its mirroring of every registry is a default.
      for (const namespace of namespaces)
        document.insecureEndpoints.push({
          ...endpoint,
          mirrorOf: namespace,
          ...(namespace === EVERY_REGISTRY ? { fallback: 'mirror' as const } : {})
        });
    }
    readCredentials(host, config.get('auth'), document, dialect);
  }
  // `auths."<url>"`: the older (1.3) spelling of the same credentials.
  for (const [url, auth] of registry.get('auths')?.entries() ?? [])
    readCredentials(registryHostOf(url), auth, document, dialect);
}

/** The strings of an array (other items skipped); a single string as a one-item list. */
function stringsOf(node: ConfigNode | undefined): ConfigNode[] {
  if (!node) return [];
  if (node.kind === 'scalar') return typeof node.scalar === 'string' ? [node] : [];
  return node.items().filter(item => typeof item.scalar === 'string');
}

function readCredentials(
  registry: string,
  auth: ConfigNode | undefined,
  document: RegistryConfigDocument,
  dialect: RegistryTableDialect
): void {
  for (const key of dialect.secretAuthKeys) {
    const field = auth?.get(key);
    const value = field?.scalar;
    if (field && typeof value === 'string' && value.trim())
      document.credentials.push({ registry, key, value, region: field.reportRegion });
  }
}
