import type { ImageReference } from './dockerfile/image-reference.js';
import { isUnderRegistryPrefix, normaliseRegistryPattern } from './registry-patterns.js';

/**
 * Whether `trusted-registries` covers a reference (RULES.md BH402): each entry is `host[:port]` or a
 * `host[:port]/path/*` prefix at path boundaries, `*.domain` hosts allowed. `/*` only marks the entry
 * as a prefix, and a bare path is read the same way, so `ghcr.io/acme` and `ghcr.io/acme/*` both
 * cover `ghcr.io/acme/api`. References are compared in canonical form: `alpine` is
 * `docker.io/library/alpine`, `index.docker.io/x` is `docker.io/x`.
 */
export function isTrustedReference(reference: ImageReference, entries: readonly string[]): boolean {
  return entries.some(entry => {
    const prefix = normaliseRegistryPattern(entry).replace(/\/\*+$/, '');
    return prefix === '*' || isUnderRegistryPrefix(reference, prefix);
  });
}
