import type { RegistryConfigDocument, RegistryConfigFormat } from './registry-config-document.js';

/**
 * One registry/trust config format: how to recognise a file of it (by name AND content, so a generic
 * `config.toml`/`config.json` that is not registry configuration is never claimed) and how to reduce
 * it to the common model. `parse` throws InputParseError (src/core/errors.ts) on syntax errors.
 */
export interface RegistryFormat {
  format: RegistryConfigFormat;
  matches(path: string, text: string): boolean;
  parse(text: string, path: string): RegistryConfigDocument;
}
