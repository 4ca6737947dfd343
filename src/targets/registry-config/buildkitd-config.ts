import { parseToml } from '../toml/toml-node.js';
import { hasContainerdPlugins } from './containerd-config.js';
import { isLoopbackHost } from './loopback-host.js';
import { baseName } from './path-segments.js';
import type { InsecureEndpoint, RegistryConfigDocument } from './registry-config-document.js';
import type { RegistryFormat } from './registry-format.js';
import { registryHostOf } from './registry-hosts.js';

const REGISTRY_TABLE = /^[ \t]*\[[ \t]*registry[ \t]*\.[ \t]*["'\w]/m;
const REGISTRY_KEYS = /^[ \t]*(?:http|insecure|mirrors)[ \t]*=/m;

/** The `[registry."<host>"]` switches of buildkitd.toml and the setting each one means. */
const SWITCHES: [key: string, setting: InsecureEndpoint['setting']][] = [
  ['http', 'plain-http'],
  ['insecure', 'skip-verify']
];

/**
 * BuildKit `buildkitd.toml` (moby/buildkit docs/buildkitd.toml.md, util/resolver): `http = true` is
 * plain HTTP, `insecure = true` skips certificate checks (with `http`, HTTPS falls back to HTTP).
 * `mirrors` lists hosts (a URL's scheme is ignored); a mirror's own switches come from its own
 * `[registry."<mirror>"]` table, and a mirror resolves tags, so it counts for the registries it mirrors.
 */
export const buildkitdFormat: RegistryFormat = {
  format: 'buildkitd',

  matches(path, text) {
    const name = baseName(path).toLowerCase();
    if (name === 'buildkitd.toml') return true;
    return (
      name.endsWith('.toml') &&
      REGISTRY_TABLE.test(text) &&
      REGISTRY_KEYS.test(text) &&
      !hasContainerdPlugins(text)
    );
  },

  parse(text) {
    const root = parseToml(text);
    const document: RegistryConfigDocument = {
      format: 'buildkitd',
      text,
      insecureEndpoints: [],
      listeners: [],
      credentials: [],
      trustWeaknesses: []
    };
    const registries = root.get('registry')?.entries() ?? [];
    const mirroring = new Map<string, string[]>();
    for (const [name, config] of registries) {
      for (const mirror of config.get('mirrors')?.strings() ?? []) {
        const host = registryHostOf(mirror.text ?? '');
        if (host && host !== name) mirroring.set(host, [...(mirroring.get(host) ?? []), name]);
      }
    }
    for (const [name, config] of registries) {
      for (const [key, setting] of SWITCHES) {
        const node = config.get(key);
        if (!node?.isTrue) continue;
        const endpoint: InsecureEndpoint = {
          setting,
          registry: name,
          key,
          region: node.reportRegion,
          lowRisk: isLoopbackHost(name)
        };
        const mirrored = mirroring.get(name) ?? [];
        if (mirrored.length === 0) document.insecureEndpoints.push(endpoint);
        for (const mirrorOf of mirrored) document.insecureEndpoints.push({ ...endpoint, mirrorOf });
      }
    }
    return document;
  }
};
