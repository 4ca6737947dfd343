/**
 * `picomatch`, loaded by `loadGlobLibrary()` (an `import()`: a chunk of its own in dist/) instead of
 * with the bundle, like `yaml` (src/targets/yaml/yaml-library.ts). Only the user's own globs need it:
 * `--exclude` / `exclude:` and the `paths` of `.bulkhead.yml` `ignore` entries (a COPY source's
 * wildcards are Docker's patterns, matched by @balena/dockerignore). Compiling and initialising it
 * was about a twentieth of the Action's start-up on a repository with no such setting. The export is
 * an ESM live binding, set once loaded; a call before that is a TypeError (a bug in the entry that
 * scanned).
 */
import type Picomatch from 'picomatch';
import type { ConfigIgnore } from './config-file.js';

export let picomatch: typeof Picomatch;

let loading: Promise<void> | undefined;

/** Loads `picomatch` once per thread. */
export function loadGlobLibrary(): Promise<void> {
  loading ??= import('picomatch').then(namespace => {
    // `default` is the package's `module.exports` (a CommonJS package), in Node and in the bundle.
    picomatch = (namespace.default ?? namespace) as typeof Picomatch;
  });
  return loading;
}

/** Loads `picomatch` when `exclude` or a config ignore's `paths` hold a glob to match; resolves at once otherwise. */
export async function loadGlobsFor(
  exclude: readonly string[],
  ignores: readonly ConfigIgnore[]
): Promise<void> {
  if (exclude.length > 0 || ignores.some(ignore => ignore.paths.length > 0)) await loadGlobLibrary();
}
