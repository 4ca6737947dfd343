import { parseValidYaml } from '../yaml/parse-yaml-documents.js';
import { buildkitdFormat } from './buildkitd-config.js';
import { dockerDaemonFormat } from './docker-daemon-config.js';
import { readEmbeddedConfig } from './embedded-config.js';
import type { RegistryConfigDocument } from './registry-config-document.js';
import type { RegistryFormat } from './registry-format.js';

/** An action whose inputs hold a registry config inline, read as the file it becomes. */
interface InlineConfigInput {
  /** `uses:` without the version. */
  action: string;
  inputs: string[];
  format: RegistryFormat;
  /** How a syntax error in it starts (BH000 at its line in the workflow). */
  label: string;
  /** Only `|` and `>` blocks: a one-line TOML table cannot hold its keys. */
  blockOnly: boolean;
}

const INLINE_CONFIGS: InlineConfigInput[] = [
  // buildkitd.toml (`config-inline` is setup-buildx-action v2's name).
  {
    action: 'docker/setup-buildx-action',
    inputs: ['buildkitd-config-inline', 'config-inline'],
    format: buildkitdFormat,
    label: 'Inline buildkitd config',
    blockOnly: true
  },
  // daemon.json of the Docker Engine the step installs
  // (https://github.com/docker/setup-docker-action, crazy-max/ghaction-setup-docker: `daemon-config`).
  ...['docker/setup-docker-action', 'crazy-max/ghaction-setup-docker'].map(action => ({
    action,
    inputs: ['daemon-config'],
    format: dockerDaemonFormat,
    label: 'Inline daemon.json',
    blockOnly: false
  }))
];

/**
 * A cheap pre-check: a workflow that may write a BuildKit registry table or a daemon.json with
 * registry or listener settings inline.
 */
export function mayHaveInlineRegistryConfig(text: string): boolean {
  return (
    (/(?:buildkitd-)?config-inline[ \t]*:/.test(text) && /\[[ \t]*registry[ \t]*\./.test(text)) ||
    (/daemon-config[ \t]*:/.test(text) && /insecure-registries|registry-mirrors|hosts/.test(text))
  );
}

/**
 * The registry configs a workflow's steps write inline: `docker/setup-buildx-action`'s
 * `buildkitd-config-inline: |` (`[registry."host"] http = true`) and the `daemon-config` JSON of
 * `docker/setup-docker-action` or `crazy-max/ghaction-setup-docker` (`insecure-registries`,
 * `registry-mirrors`, `hosts`), with every setting at its line in the workflow. A syntax error in
 * one is reported at its line in the workflow (BH000).
 */
export function inlineRegistryConfigs(text: string, path: string): RegistryConfigDocument[] {
  const documents: RegistryConfigDocument[] = [];
  for (const { root } of parseValidYaml(text)) {
    for (const [, job] of root.get('jobs')?.entries() ?? []) {
      for (const step of job.get('steps')?.items() ?? []) {
        const uses = step.get('uses')?.text ?? '';
        for (const inline of INLINE_CONFIGS) {
          if (uses !== inline.action && !uses.startsWith(`${inline.action}@`)) continue;
          for (const input of inline.inputs) {
            const config = step.get('with')?.get(input);
            if (typeof config?.scalar !== 'string' || (inline.blockOnly && config.style !== 'block'))
              continue;
            documents.push(readEmbeddedConfig(config, path, inline.format, inline.label));
          }
        }
      }
    }
  }
  return documents;
}
