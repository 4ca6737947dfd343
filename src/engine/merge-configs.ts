import type { BulkheadConfig } from './config-file.js';

/**
 * `extends:` merge rules (README "Configuration", docs/org-rollout.md): `over` is the extending file and
 * wins. Settings (`fail-on`, `pod-security-level`, `require-digest`, `trusted-registries`, and
 * `render` as a whole) are replaced when set; `rules` and `images` merge per key; `ignore` and
 * `exclude` add up, base first. Paths keep the base directory of the extending file: an organization config cannot know a repository's layout,
 * so its globs are read as if written in the repository's own `.bulkhead.yml`.
 */
export function mergeConfigs(base: BulkheadConfig, over: BulkheadConfig): BulkheadConfig {
  return {
    baseDir: over.baseDir,
    file: over.file,
    rules: { ...base.rules, ...over.rules },
    ignore: [...base.ignore, ...over.ignore],
    exclude: [...new Set([...base.exclude, ...over.exclude])],
    trustedRegistries: over.trustedRegistries ?? base.trustedRegistries,
    requireDigest: over.requireDigest ?? base.requireDigest,
    podSecurityLevel: over.podSecurityLevel ?? base.podSecurityLevel,
    failOn: over.failOn ?? base.failOn,
    images: { ...base.images, ...over.images },
    ...(over.render || base.render ? { render: over.render ?? base.render } : {})
  };
}
