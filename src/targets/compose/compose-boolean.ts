import type { YamlNode } from '../yaml/yaml-node.js';
import { interpolateDefaults } from './interpolate-defaults.js';

/**
 * Whether a boolean field of a Compose file is on as Compose reads it: YAML `true`, or a string that
 * Compose casts to true after interpolation (`"true"`, `yes`, `on`, `y`, any case, or
 * `${PRIVILEGED:-true}` by its default). Compose parses with YAML 1.2, where `yes` is a string, and
 * then casts the string fields it knows to be booleans (compose-go's `toBoolean`).
 */
export function isComposeTrue(node: YamlNode | undefined): boolean {
  if (!node) return false;
  if (node.isTrue) return true;
  const text = node.kind === 'scalar' ? node.text : undefined;
  return text !== undefined && TRUE_WORDS.has(interpolateDefaults(text).value.trim().toLowerCase());
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', 'on']);
