import { parseToml, type TomlNode } from '../toml/toml-node.js';
import { isLoopbackHost } from './loopback-host.js';
import { baseName, pathSegments } from './path-segments.js';
import type { RegistryConfigDocument, ShortNameResolution } from './registry-config-document.js';
import type { RegistryFormat } from './registry-format.js';

/** Any top-level key or table of registries.conf (v1 or v2), at the start of a line. */
const ANY_KEY =
  /^[ \t]*(?:\[\[[ \t]*registry\b|\[[ \t]*registries[ \t]*\.|\[[ \t]*aliases[ \t]*\]|(?:unqualified-search-registries|short-name-mode|credential-helpers)[ \t]*=)/m;
/** What only a registries.conf has, for a `.conf` file not named like one. */
const DISTINCTIVE_KEY =
  /^[ \t]*(?:\[\[[ \t]*registry[ \t]*\]\]|\[[ \t]*registries[ \t]*\.[ \t]*insecure[ \t]*\]|unqualified-search-registries[ \t]*=)/m;

/**
 * registries.conf content in a file of another kind's name (a `.toml` file, a `registries.fedora`
 * template), where only what no other TOML has will do: a v1 `[registries.search|insecure|block]`
 * table whose first key is its `registries` list (Cargo's `[registries.<name>]` tables hold `index`
 * and `token`), `unqualified-search-registries`, or a v2 `[[registry]]` array with `location` or
 * `prefix` keys (BuildKit's is `[registry."<host>"]`, containerd's `[plugins."…".registry]`).
 */
const V1_LIST_TABLE =
  /^[ \t]*\[[ \t]*registries[ \t]*\.[ \t]*(?:search|insecure|block)[ \t]*\][ \t]*(?:#.*)?\r?\n(?:[ \t]*(?:#.*)?\r?\n)*[ \t]*registries[ \t]*=/m;
const SEARCH_KEY = /^[ \t]*unqualified-search-registries[ \t]*=/m;
const REGISTRY_ARRAY = /^[ \t]*\[\[[ \t]*registry[ \t]*\]\]/m;
const LOCATION_KEY = /^[ \t]*(?:location|prefix)[ \t]*=/m;

/**
 * Names of registries.conf copies that do not end in `.conf`: `registries.conf.sample`,
 * `registries.conf.rpmnew`, and projectatomic/registries' per-distribution `registries.fedora`,
 * `registries.redhat`. Source, docs, data and template names (`registries.py`, `registries.md`,
 * `registries.conf.j2`) are not: a template is only meaningful rendered.
 */
const VARIANT_NAME = /^registries\.(?:conf\.)?[a-z0-9_-]+$/i;
const NOT_VARIANT =
  /\.(?:conf|toml|ya?ml|json|md|markdown|rst|txt|html|xml|sh|bash|bats|py|go|rs|[cm]?[jt]sx?|rb|java|kt|php|pl|lua|c|h|cc|cpp|cs|swift|scala|lock|service|j2|jinja2?|tpl|tmpl|gotmpl|erb|in|m4|bak|orig|rej|swp|patch|diff|log|out|golden|snap|egg-info)$/i;

/** Whether a file not named `*.conf` may still be a registries.conf copy by its name (see VARIANT_NAME). */
export function isRegistriesConfVariantName(path: string): boolean {
  const name = baseName(path);
  return VARIANT_NAME.test(name) && !NOT_VARIANT.test(name);
}

/** registries.conf content in a file not named `*.conf` (see V1_LIST_TABLE). */
function hasRegistriesConfContent(text: string): boolean {
  return (
    V1_LIST_TABLE.test(text) ||
    SEARCH_KEY.test(text) ||
    (REGISTRY_ARRAY.test(text) && LOCATION_KEY.test(text))
  );
}

/**
 * containers `registries.conf` and `registries.conf.d/*.conf` (containers-registries.conf(5)), used by
 * Podman, Buildah, Skopeo and CRI-O. v2: `[[registry]]` tables choose by `prefix` (default: `location`)
 * and pull from `location`; `insecure = true` allows HTTP and unverified TLS; `[[registry.mirror]]`
 * tables have their own `insecure`. v1 (deprecated, still read): `[registries.insecure]` and
 * `[registries.search]` lists. The same content is recognised in `.toml` files (projectatomic/registries'
 * `test/test0.toml`) and in `registries.conf.sample`-style copies by its distinctive tables and keys.
 */
export const registriesConfFormat: RegistryFormat = {
  format: 'registries-conf',

  matches(path, text) {
    const lower = baseName(path).toLowerCase();
    if (lower.endsWith('.toml') || isRegistriesConfVariantName(path)) return hasRegistriesConfContent(text);
    if (!lower.endsWith('.conf')) return false;
    const segments = pathSegments(path).map(segment => segment.toLowerCase());
    const name = segments[segments.length - 1] ?? '';
    if (name === 'registries.conf' || segments[segments.length - 2] === 'registries.conf.d')
      return ANY_KEY.test(text);
    return DISTINCTIVE_KEY.test(text);
  },

  parse(text) {
    const root = parseToml(text);
    const document: RegistryConfigDocument = {
      format: 'registries-conf',
      text,
      insecureEndpoints: [],
      listeners: [],
      credentials: [],
      trustWeaknesses: []
    };
    const registries = root.get('registry');
    const tables = registries?.kind === 'map' ? [registries] : (registries?.items() ?? []);
    for (const table of tables) readRegistryTable(table, document);

    for (const entry of root.at('registries', 'insecure', 'registries')?.strings() ?? []) {
      const registry = entry.text ?? '';
      document.insecureEndpoints.push({
        setting: 'insecure-registry',
        registry,
        key: 'registries.insecure',
        region: entry.region,
        lowRisk: isLoopbackHost(registry),
        prefix: true
      });
    }

    const shortNames = shortNamesOf(root);
    if (shortNames) document.shortNames = shortNames;
    return document;
  }
};

function readRegistryTable(table: TomlNode, document: RegistryConfigDocument): void {
  if (table.kind !== 'map') return;
  const location = table.get('location')?.text || undefined;
  const prefix = table.get('prefix')?.text || undefined;
  // Images are named by `prefix` and pulled from `location`: the location counts for the prefix.
  const namespace = prefix ?? location;
  const insecure = table.get('insecure');
  const registry = location ?? prefix;
  if (insecure?.isTrue && registry) {
    document.insecureEndpoints.push({
      setting: 'insecure-registry',
      registry,
      ...(namespace && namespace !== registry ? { mirrorOf: namespace } : {}),
      key: 'insecure',
      region: insecure.reportRegion,
      lowRisk: isLoopbackHost(registry),
      // `*.example.com` is a host wildcard, not a path prefix.
      prefix: !registry.startsWith('*.')
    });
  }

  const digestOnly = table.get('mirror-by-digest-only')?.isTrue === true;
  for (const mirror of table.get('mirror')?.items() ?? []) {
    const mirrorInsecure = mirror.get('insecure');
    const mirrorLocation = mirror.get('location')?.text;
    if (!mirrorInsecure?.isTrue || !mirrorLocation) continue;
    // A mirror used only for digest references never resolves tags, so it does not count for the
    // namespace it mirrors (RULES.md BH401) and what it serves is digest-checked.
    const byDigestOnly = digestOnly || mirror.get('pull-from-mirror')?.text === 'digest-only';
    document.insecureEndpoints.push({
      setting: 'insecure-registry',
      registry: mirrorLocation,
      ...(namespace && namespace !== mirrorLocation && !byDigestOnly ? { mirrorOf: namespace } : {}),
      key: 'insecure',
      region: mirrorInsecure.reportRegion,
      lowRisk: isLoopbackHost(mirrorLocation) || byDigestOnly,
      prefix: true
    });
  }
}

/** v2 `unqualified-search-registries` (preferred) or v1 `[registries.search] registries`. */
function shortNamesOf(root: TomlNode): ShortNameResolution | undefined {
  const list = root.get('unqualified-search-registries') ?? root.at('registries', 'search', 'registries');
  if (!list) return undefined;
  const mode = root.get('short-name-mode')?.text;
  return {
    searchRegistries: list.strings().map(entry => entry.text ?? ''),
    ...(mode ? { mode } : {}),
    region: list.reportRegion
  };
}
