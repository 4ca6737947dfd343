import type { InsecureRegistry } from '../../core/repository.js';
import type { ImageReference } from '../dockerfile/image-reference.js';
import type { InsecureEndpoint, RegistryConfigDocument } from './registry-config-document.js';
import { isUnderRegistryPrefix, normaliseRegistryPattern } from '../registry-patterns.js';

/** How each setting reads in messages. */
export const INSECURE_SETTING_DESCRIPTION: Record<InsecureEndpoint['setting'], string> = {
  'plain-http': 'configured for plain HTTP',
  'skip-verify': 'configured to skip TLS verification',
  'insecure-registry': 'configured as an insecure registry'
};

/** The registries a config marks insecure; a mirror counts for the registry it mirrors. */
export function insecureRegistriesOf(path: string, document: RegistryConfigDocument): InsecureRegistry[] {
  return document.insecureEndpoints.flatMap(endpoint => {
    const targets = [endpoint.registry, ...(endpoint.mirrorOf ? [endpoint.mirrorOf] : [])];
    return targets.map(target => ({
      pattern: normaliseRegistryPattern(target),
      prefix: endpoint.prefix === true,
      setting: endpoint.setting,
      key: endpoint.key,
      location: {
        file: path,
        region: endpoint.region,
        message: `'${endpoint.key}' in ${path}: ${INSECURE_SETTING_DESCRIPTION[endpoint.setting]}.`
      }
    }));
  });
}

/**
 * The insecure-registry settings an image reference falls under (every config that names its registry), following the runtimes' own matching: the
 * registry is `host[:port]` exactly as written (no port = the default port, so `host` and `host:5000`
 * differ); registries.conf `location` matches as a prefix at path boundaries; `*.example.com` matches
 * subdomains; Docker's CIDR entries match IP-address registries.
 */
export function matchInsecureRegistries(
  reference: ImageReference,
  registries: readonly InsecureRegistry[]
): InsecureRegistry[] {
  const registry = reference.registry.toLowerCase();
  return registries.filter(candidate => {
    const { pattern } = candidate;
    // containerd's `_default` hosts directory and `"*"` mirror keys apply to every registry.
    if (pattern === '*') return true;
    if (candidate.prefix) return isUnderRegistryPrefix(reference, pattern);
    if (pattern.startsWith('*.')) return registry.endsWith(pattern.slice(1));
    if (pattern.includes('/') && /^\d+\.\d+\.\d+\.\d+\/\d+$/.test(pattern)) return inCidr(registry, pattern);
    return registry === pattern;
  });
}

function inCidr(registry: string, cidr: string): boolean {
  const ip = /^(\d+)\.(\d+)\.(\d+)\.(\d+)(:\d+)?$/.exec(registry);
  const [base, bits] = cidr.split('/') as [string, string];
  const net = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(base);
  if (!ip || !net) return false;
  const toInt = (m: RegExpExecArray) =>
    ((Number(m[1]) << 24) | (Number(m[2]) << 16) | (Number(m[3]) << 8) | Number(m[4])) >>> 0;
  const size = Number(bits);
  const mask = size === 0 ? 0 : (~0 << (32 - size)) >>> 0;
  return (toInt(ip) & mask) === (toInt(net) & mask);
}

/**
 * The config lines behind `matches`, each once and at most ten: a config that repeats an entry
 * thousands of times must not copy thousands of related locations into every finding (BH401).
 */
export function distinctConfigLines(matches: readonly InsecureRegistry[]): InsecureRegistry['location'][] {
  const seen = new Set<string>();
  const kept: InsecureRegistry['location'][] = [];
  for (const { location } of matches) {
    const key = `${location.file}:${location.region.startLine}:${location.region.startColumn}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(location);
    if (kept.length === MAX_RELATED_LINES) break;
  }
  return kept;
}

const MAX_RELATED_LINES = 10;
