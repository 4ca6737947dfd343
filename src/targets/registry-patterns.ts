import type { ImageReference } from './dockerfile/image-reference.js';

/**
 * A registry entry as users and configs write it, in the form image references are compared in:
 * lower case, no scheme, no trailing `/`, and Docker Hub's aliases (`index.docker.io`,
 * `registry-1.docker.io`) as `docker.io`, the name `parseImageReference` gives Docker Hub.
 * Shared by BH401 (registry configs) and BH402 (`trusted-registries`) so both read a registry alike.
 */
export function normaliseRegistryPattern(value: string): string {
  const host = value
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/\/+$/, '');
  return /^(index\.docker\.io|registry-1\.docker\.io)(\/|$)/.test(host)
    ? host.replace(/^[^/]+/, 'docker.io')
    : host;
}

/**
 * Whether a reference's `registry/repository` lies under `prefix` (`host[:port][/path]`, normalised)
 * at a path boundary: `ghcr.io/acme` covers `ghcr.io/acme/api`, not `ghcr.io/acme-evil/api`.
 * The host is `host[:port]` exactly as written (no port = the default port, so `host` and
 * `host:5000` differ); a `*.domain` host covers the subdomains of `domain`, not `domain` itself.
 */
export function isUnderRegistryPrefix(reference: ImageReference, prefix: string): boolean {
  const slash = prefix.indexOf('/');
  const host = slash === -1 ? prefix : prefix.slice(0, slash);
  const path = slash === -1 ? '' : prefix.slice(slash + 1);
  const registry = reference.registry.toLowerCase();
  const hostMatches = host.startsWith('*.') ? registry.endsWith(host.slice(1)) : registry === host;
  if (!hostMatches) return false;
  const repository = reference.repository.toLowerCase();
  return path === '' || repository === path || repository.startsWith(`${path}/`);
}
