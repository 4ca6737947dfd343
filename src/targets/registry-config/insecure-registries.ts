import type { InsecureRegistry } from '../../core/repository.js';
import type { ImageReference } from '../dockerfile/image-reference.js';
import type { InsecureEndpoint, RegistryConfigDocument } from './registry-config-document.js';
import { isUnderRegistryPrefix, normaliseRegistryPattern } from '../registry-patterns.js';
import { registriesWithOwnHostsDirectory } from './containerd-hosts.js';

/** How each setting reads in messages. */
export const INSECURE_SETTING_DESCRIPTION: Record<InsecureEndpoint['setting'], string> = {
  'plain-http': 'configured for plain HTTP',
  'skip-verify': 'configured to skip TLS verification',
  'insecure-registry': 'configured as an insecure registry'
};

/**
 * The mirror an endpoint is, as messages name it: the registry it mirrors, or undefined when it is a
 * registry itself (a hosts.toml `server` is its namespace's upstream, wherever it points).
 */
export function mirroredRegistryOf(endpoint: InsecureEndpoint): string | undefined {
  const { mirrorOf, registry } = endpoint;
  return mirrorOf !== undefined && mirrorOf !== registry && !endpoint.upstream ? mirrorOf : undefined;
}

/**
 * The registries a config marks insecure; a mirror counts for the registry it mirrors when it may
 * resolve tags. A default's entries (containerd `certs.d/_default`, a CRI or k3s `"*"`) leave out the
 * registries that have configuration of their own: for a hosts file its sibling directories among
 * `files` (every file of the scan), else the registries the file names itself.
 */
export function insecureRegistriesOf(
  path: string,
  document: RegistryConfigDocument,
  files: readonly string[] = []
): InsecureRegistry[] {
  let defaultsSkip: ReadonlySet<string> | undefined;
  const ownConfigured = (): ReadonlySet<string> =>
    (defaultsSkip ??=
      document.format === 'containerd-hosts'
        ? registriesWithOwnHostsDirectory(path, files)
        : new Set((document.configuredRegistries ?? []).map(normaliseRegistryPattern)));
  return document.insecureEndpoints.flatMap(endpoint => {
    const countsFor = endpoint.resolvesTags !== false ? endpoint.mirrorOf : undefined;
    const targets: [string, boolean][] = [
      [endpoint.registry, endpoint.fallback === 'endpoint'],
      ...(countsFor ? [[countsFor, endpoint.fallback !== undefined] as [string, boolean]] : [])
    ];
    return targets.map(([target, isDefault]) => ({
      pattern: normaliseRegistryPattern(target),
      prefix: endpoint.prefix === true,
      setting: endpoint.setting,
      key: endpoint.key,
      location: {
        file: path,
        region: endpoint.region,
        message: `'${endpoint.key}' in ${path}: ${INSECURE_SETTING_DESCRIPTION[endpoint.setting]}.`
      },
      ...(isDefault ? { except: ownConfigured() } : {})
    }));
  });
}

/**
 * The insecure-registry settings an image reference falls under (the configs that name its
 * registry, in config order, as far as the first ten distinct config lines: all a finding shows),
 * following the runtimes' own matching: the registry is `host[:port]` exactly as written (no port
 * = the default port, so `host` and `host:5000` differ); registries.conf `location` matches as a
 * prefix at path boundaries; `*.example.com` matches subdomains; Docker's CIDR entries match
 * IP-address registries; a default's entry (`except`) does not match the registries it excepts.
 *
 * Each list is indexed once (by exact host, path prefix, domain suffix and CIDR mask, each kept to
 * its first ten config lines) and each registry name answered once, so a repository with thousands
 * of config entries and thousands of image references costs their sum, not their product.
 */
export function matchInsecureRegistries(
  reference: ImageReference,
  registries: readonly InsecureRegistry[]
): InsecureRegistry[] {
  if (registries.length === 0) return [];
  let index = INDEXES.get(registries);
  if (!index) {
    index = indexRegistries(registries);
    INDEXES.set(registries, index);
  }
  const registry = reference.registry.toLowerCase();
  const name = `${registry}/${reference.repository.toLowerCase()}`;
  const key = `${registry}\n${name}`;
  let matches = index.answers.get(key);
  if (!matches) {
    matches = firstConfigLines(
      lookUp(index, registries, reference, registry, name).map(
        position => registries[position] as InsecureRegistry
      )
    );
    index.answers.set(key, matches);
  }
  return matches;
}

interface RegistryIndex {
  /** `*` and containerd's `_default`: every registry. */
  everywhere: number[];
  exact: Map<string, number[]>;
  /** registries.conf prefixes (also matched by the bare registry). */
  prefixes: Map<string, number[]>;
  /** registries.conf prefixes on a `*.domain` host: rare, so each is checked (and none capped). */
  wildcardPrefixes: number[];
  /** `*.example.com` by its suffix `.example.com`. */
  suffixes: Map<string, number[]>;
  /** CIDR entries: mask → masked network → entries. */
  networks: Map<number, Map<number, number[]>>;
  /**
   * Defaults' entries (`*` or an exact host: containerd hosts files name no other kind), by the set of
   * registries they except: one group per default file, so each is looked up once per registry.
   */
  defaults: Map<ReadonlySet<string>, { everywhere: Map<string, number[]>; exact: Map<string, number[]> }>;
  answers: Map<string, InsecureRegistry[]>;
}

const INDEXES = new WeakMap<readonly InsecureRegistry[], RegistryIndex>();
const CIDR = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\/(\d+)$/;
const IP_REGISTRY = /^(\d+)\.(\d+)\.(\d+)\.(\d+)(:\d+)?$/;

function indexRegistries(registries: readonly InsecureRegistry[]): RegistryIndex {
  const index: RegistryIndex = {
    everywhere: [],
    exact: new Map(),
    prefixes: new Map(),
    wildcardPrefixes: [],
    suffixes: new Map(),
    networks: new Map(),
    defaults: new Map(),
    answers: new Map()
  };
  const lines = new Map<unknown, Set<string>>();
  const addTo = <K>(map: Map<K, number[]>, key: K, position: number): void => {
    const bucket = map.get(key) ?? [];
    if (bucket.length === 0) map.set(key, bucket);
    let seen = lines.get(bucket);
    if (!seen) lines.set(bucket, (seen = new Set()));
    const line = lineKey(registries[position] as InsecureRegistry);
    if (seen.size === MAX_RELATED_LINES && !seen.has(line)) return;
    seen.add(line);
    bucket.push(position);
  };
  const everywhere = new Map([['*', index.everywhere]]);
  registries.forEach(({ pattern, prefix, except }, position) => {
    if (except) {
      let group = index.defaults.get(except);
      if (!group) index.defaults.set(except, (group = { everywhere: new Map(), exact: new Map() }));
      addTo(pattern === '*' ? group.everywhere : group.exact, pattern, position);
    } else if (pattern === '*') addTo(everywhere, '*', position);
    else if (prefix && pattern.startsWith('*.')) index.wildcardPrefixes.push(position);
    else if (prefix) addTo(index.prefixes, pattern, position);
    else if (pattern.startsWith('*.')) addTo(index.suffixes, pattern.slice(1), position);
    else if (pattern.includes('/')) {
      const cidr = CIDR.exec(pattern);
      if (!cidr) return addTo(index.exact, pattern, position);
      const mask = maskOf(Number(cidr[5]));
      let networks = index.networks.get(mask);
      if (!networks) index.networks.set(mask, (networks = new Map()));
      addTo(networks, (addressOf(cidr) & mask) >>> 0, position);
    } else addTo(index.exact, pattern, position);
  });
  return index;
}

function lookUp(
  index: RegistryIndex,
  registries: readonly InsecureRegistry[],
  reference: ImageReference,
  registry: string,
  name: string
): number[] {
  const found: number[] = [...index.everywhere];
  for (const position of index.wildcardPrefixes)
    if (isUnderRegistryPrefix(reference, (registries[position] as InsecureRegistry).pattern))
      found.push(position);
  const take = (positions: number[] | undefined) => {
    if (positions) for (const position of positions) found.push(position);
  };
  take(index.exact.get(registry));
  // A prefix matches the registry, the whole name, or the name up to any `/`.
  const prefixes = new Set([registry, name]);
  for (let at = name.indexOf('/'); at > 0; at = name.indexOf('/', at + 1)) prefixes.add(name.slice(0, at));
  for (const prefix of prefixes) take(index.prefixes.get(prefix));
  for (let at = registry.indexOf('.'); at >= 0; at = registry.indexOf('.', at + 1))
    take(index.suffixes.get(registry.slice(at)));
  const ip = IP_REGISTRY.exec(registry);
  if (ip) {
    const address = addressOf(ip);
    for (const [mask, networks] of index.networks) take(networks.get((address & mask) >>> 0));
  }
  for (const [except, group] of index.defaults) {
    if (except.has(registry)) continue;
    take(group.everywhere.get('*'));
    take(group.exact.get(registry));
  }
  return found.sort((a, b) => a - b);
}

/** The matches at the first ten distinct config lines (a finding's related locations). */
function firstConfigLines(matches: InsecureRegistry[]): InsecureRegistry[] {
  const seen = new Set<string>();
  return matches.filter(match => {
    const line = lineKey(match);
    if (seen.size === MAX_RELATED_LINES && !seen.has(line)) return false;
    seen.add(line);
    return true;
  });
}

function lineKey({ location }: InsecureRegistry): string {
  return `${location.file}:${location.region.startLine}:${location.region.startColumn}`;
}

function addressOf(match: RegExpExecArray): number {
  return (
    ((Number(match[1]) << 24) | (Number(match[2]) << 16) | (Number(match[3]) << 8) | Number(match[4])) >>> 0
  );
}

function maskOf(size: number): number {
  return size === 0 ? 0 : (~0 << (32 - size)) >>> 0;
}

/**
 * The config lines behind `matches`, each once and at most ten: a config that repeats an entry
 * thousands of times must not copy thousands of related locations into every finding (BH401).
 */
export function distinctConfigLines(matches: readonly InsecureRegistry[]): InsecureRegistry['location'][] {
  const seen = new Set<string>();
  const kept: InsecureRegistry['location'][] = [];
  for (const match of matches) {
    const { location } = match;
    const key = lineKey(match);
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(location);
    if (kept.length === MAX_RELATED_LINES) break;
  }
  return kept;
}

const MAX_RELATED_LINES = 10;
