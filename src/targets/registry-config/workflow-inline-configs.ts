import { parseValidYaml } from '../yaml/parse-yaml-documents.js';
import { buildkitdFormat } from './buildkitd-config.js';
import { readEmbeddedConfig } from './embedded-config.js';
import type { InsecureEndpoint } from './registry-config-document.js';

/** `docker/setup-buildx-action`'s inputs that hold a buildkitd.toml (`config-inline` is the v2 name). */
const INLINE_INPUTS = ['buildkitd-config-inline', 'config-inline'];

/** A cheap pre-check: a workflow that may write a BuildKit registry table inline. */
export function mayHaveInlineBuildkitdConfig(text: string): boolean {
  return /(?:buildkitd-)?config-inline[ \t]*:/.test(text) && /\[[ \t]*registry[ \t]*\./.test(text);
}

/**
 * The insecure registry endpoints of the buildkitd.toml a workflow's `docker/setup-buildx-action` step
 * writes inline (`buildkitd-config-inline: |` with `[registry."host"] http = true`), at their lines in
 * the workflow. Only block scalars are read (a one-line TOML table cannot hold its keys). A TOML
 * error in the inline config is reported at its line in the workflow (BH000).
 */
export function inlineBuildkitdEndpoints(text: string, path: string): InsecureEndpoint[] {
  const endpoints: InsecureEndpoint[] = [];
  for (const { root } of parseValidYaml(text)) {
    for (const [, job] of root.get('jobs')?.entries() ?? []) {
      for (const step of job.get('steps')?.items() ?? []) {
        if (!step.get('uses')?.text?.startsWith('docker/setup-buildx-action')) continue;
        for (const input of INLINE_INPUTS) {
          const config = step.get('with')?.get(input);
          if (config?.style !== 'block' || typeof config.scalar !== 'string') continue;
          for (const endpoint of readEmbeddedConfig(config, path, buildkitdFormat, 'Inline buildkitd config')
            .insecureEndpoints)
            endpoints.push(endpoint);
        }
      }
    }
  }
  return endpoints;
}
