/**
 * `toml-eslint-parser`, loaded by `loadTomlLibrary()` (an `import()`) instead of with the bundle, like
 * `yaml` (src/targets/yaml/yaml-library.ts): only registry configuration is TOML. The exports are ESM
 * live bindings, set once it is loaded.
 */
import type * as Toml from 'toml-eslint-parser';

export let ParseError: typeof Toml.ParseError;
export let parseTOML: typeof Toml.parseTOML;

let loading: Promise<void> | undefined;

/** Loads `toml-eslint-parser` once per thread. */
export function loadTomlLibrary(): Promise<void> {
  loading ??= import('toml-eslint-parser').then(toml => {
    ({ ParseError, parseTOML } = toml);
  });
  return loading;
}
