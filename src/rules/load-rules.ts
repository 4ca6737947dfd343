import type { Rule } from '../core/rule.js';

/**
 * The shipped rules, loaded when a scan needs them (an `import()`: in dist/, a chunk of their own).
 * A scan of Dockerfiles alone loads only the rules with a Dockerfile check: compiling the manifest,
 * Compose and registry rules with their targets was about a twelfth of the Action's start-up on a
 * one-Dockerfile repository. Every other scan loads them all.
 */
export async function loadShippedRules(dockerfilesOnly: boolean): Promise<readonly Rule[]> {
  if (dockerfilesOnly) return (await import('./dockerfile-rules.js')).DOCKERFILE_RULES;
  return (await import('./index.js')).ALL_RULES;
}
