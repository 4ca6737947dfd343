import { parseToml, type TomlNode } from '../toml/toml-node.js';
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

/** `configs.<host>.auth` / `auths.<url>` fields holding a secret (`username` alone is not one). */
const SECRET_AUTH_KEYS = ['password', 'auth', 'identitytoken'];

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

function readRegistryTable(registry: TomlNode, document: RegistryConfigDocument): void {
  const mirrors = registry.get('mirrors')?.entries() ?? [];
  // `mirrors."<namespace>".endpoint`: an http:// endpoint is used for tag resolution too (no
  // capability split in this legacy format), so it counts for the namespace it mirrors.
  for (const [namespace, mirror] of mirrors) {
    for (const endpoint of mirror.get('endpoint')?.strings() ?? []) {
      const url = endpoint.text ?? '';
      if (!isPlainHttpUrl(url)) continue;
      const host = registryHostOf(url);
      document.insecureEndpoints.push({
        setting: 'plain-http',
        registry: host,
        ...(namespace !== host ? { mirrorOf: namespace } : {}),
        key: 'endpoint',
        region: endpoint.region,
        lowRisk: isLoopbackHost(host)
      });
    }
  }

  // `configs."<host>"` is keyed by the host actually contacted, which may be a mirror endpoint.
  const mirroredBy = (host: string): string[] =>
    mirrors.flatMap(([namespace, mirror]) =>
      namespace !== host &&
      (mirror.get('endpoint')?.strings() ?? []).some(e => registryHostOf(e.text ?? '') === host)
        ? [namespace]
        : []
    );
  for (const [host, config] of registry.get('configs')?.entries() ?? []) {
    const skip = config.at('tls', 'insecure_skip_verify');
    if (skip?.isTrue) {
      const endpoint: InsecureEndpoint = {
        setting: 'skip-verify',
        registry: host,
        key: 'insecure_skip_verify',
        region: skip.reportRegion,
        lowRisk: isLoopbackHost(host)
      };
      const namespaces = mirroredBy(host);
      if (namespaces.length === 0) document.insecureEndpoints.push(endpoint);
      for (const namespace of namespaces)
        document.insecureEndpoints.push({ ...endpoint, mirrorOf: namespace });
    }
    readCredentials(host, config.get('auth'), document);
  }
  // `auths."<url>"`: the older (1.3) spelling of the same credentials.
  for (const [url, auth] of registry.get('auths')?.entries() ?? [])
    readCredentials(registryHostOf(url), auth, document);
}

function readCredentials(
  registry: string,
  auth: TomlNode | undefined,
  document: RegistryConfigDocument
): void {
  for (const key of SECRET_AUTH_KEYS) {
    const field = auth?.get(key);
    const value = field?.scalar;
    if (field && typeof value === 'string' && value.trim())
      document.credentials.push({ registry, key, value, region: field.reportRegion });
  }
}
