import type { RegistryConfigDocument } from './registry-config-document.js';
import type { RegistryFormat } from './registry-format.js';

/** Every format of RULES.md 8xx, most specific first. */
export const REGISTRY_FORMATS: readonly RegistryFormat[] = [];

/** The format of a file, by name and content; undefined when it is not registry configuration. */
export function registryFormatOf(path: string, text: string): RegistryFormat | undefined {
  return REGISTRY_FORMATS.find(format => format.matches(path, text));
}

/** Parses a file already known to be registry configuration (throws InputParseError on bad syntax). */
export function parseRegistryConfig(text: string, path: string): RegistryConfigDocument {
  const format = registryFormatOf(path, text);
  if (!format) throw new Error(`'${path}' is not a registry configuration file.`);
  return format.parse(text, path);
}
