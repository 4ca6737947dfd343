import type { YamlNode } from '../yaml/yaml-node.js';
import { parseJsonConfig, probeJson } from './json-config.js';
import type { RegistryConfigDocument, TrustWeakness } from './registry-config-document.js';
import type { RegistryFormat } from './registry-format.js';
import { baseName } from './path-segments.js';

/** Policy requirement types (containers/image `docs/containers-policy.json.5.md`). */
const REQUIREMENT_TYPES = new Set(['insecureAcceptAnything', 'reject', 'signedBy', 'sigstoreSigned']);
const ACCEPT_ANYTHING = 'insecureAcceptAnything';
/**
 * Transports that pull from a registry. `docker-daemon`, `containers-storage`, `oci`, `dir`,
 * archives and the like read local images; containers/image's own default policy accepts anything
 * from `docker-daemon`, which is normal.
 */
const REGISTRY_TRANSPORTS = new Set(['docker', 'atomic']);

/**
 * containers/image `policy.json` (Podman, Buildah, Skopeo, CRI-O; `/etc/containers/policy.json`,
 * `~/.config/containers/policy.json`, CRI-O per-namespace `<namespace>.json`): a requirement list that
 * only holds `insecureAcceptAnything` — as `default`, or for a registry transport's scope — accepts
 * images without any signature check (BH804). A list that also holds `signedBy`/`sigstoreSigned` still
 * enforces them (every requirement of the chosen list must pass).
 */
export const containersPolicyFormat: RegistryFormat = {
  format: 'containers-policy',
  matches(path, text) {
    const name = baseName(path);
    if (!name.toLowerCase().endsWith('.json')) return false;
    const probe = probeJson(text);
    if (probe.kind === 'object') {
      const { value } = probe;
      if (isRequirementList(value.default)) return true;
      // policy.json is parsed strictly: only `default` (mandatory) and `transports` are allowed.
      return (
        name === 'policy.json' &&
        Array.isArray(value.default) &&
        Object.keys(value).every(key => key === 'default' || key === 'transports')
      );
    }
    return (
      probe.kind === 'invalid' &&
      name === 'policy.json' &&
      text.includes('"default"') &&
      [...REQUIREMENT_TYPES].some(type => text.includes(`"${type}"`))
    );
  },
  parse(text) {
    const document: RegistryConfigDocument = {
      format: 'containers-policy',
      text,
      insecureEndpoints: [],
      listeners: [],
      credentials: [],
      trustWeaknesses: []
    };
    const root = parseJsonConfig(text, 'policy.json');
    if (!root) return document;
    const fallback = acceptsAnything(root.get('default'), `default policy '${ACCEPT_ANYTHING}'`);
    if (fallback) document.trustWeaknesses.push(fallback);
    for (const [transport, scopes] of root.get('transports')?.entries() ?? []) {
      if (!REGISTRY_TRANSPORTS.has(transport)) continue;
      for (const [scope, requirements] of scopes.entries()) {
        const where = scope === '' ? `every '${transport}' image` : `'${transport}' scope '${scope}'`;
        const weakness = acceptsAnything(requirements, `policy '${ACCEPT_ANYTHING}' for ${where}`);
        if (weakness) document.trustWeaknesses.push(weakness);
      }
    }
    return document;
  }
};

/** A non-empty list of `{ "type": … }` objects of known types (what `default` looks like). */
function isRequirementList(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every(
      item =>
        item !== null &&
        typeof item === 'object' &&
        REQUIREMENT_TYPES.has(String((item as Record<string, unknown>).type))
    )
  );
}

/** The weakness when every requirement of a list is `insecureAcceptAnything`, at the first one's `type`. */
function acceptsAnything(requirements: YamlNode | undefined, detail: string): TrustWeakness | undefined {
  const items = requirements?.kind === 'seq' ? requirements.items() : [];
  if (items.length === 0 || !items.every(item => item.get('type')?.scalar === ACCEPT_ANYTHING))
    return undefined;
  const type = items[0]?.get('type');
  return type ? { detail, region: type.reportRegion } : undefined;
}
