import type { Region } from '../../core/location.js';
import { InputParseError } from '../../core/errors.js';
import { parseValidYaml } from '../yaml/parse-yaml-documents.js';
import type { YamlNode } from '../yaml/yaml-node.js';
import { buildkitdFormat } from './buildkitd-config.js';
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
          for (const endpoint of readInline(config, path)) endpoints.push(endpoint);
        }
      }
    }
  }
  return endpoints;
}

/** The block's TOML parsed as buildkitd.toml, its regions moved to the workflow's lines and columns. */
function readInline(config: YamlNode, path: string): InsecureEndpoint[] {
  const raw = (config.raw ?? '').replace(/\r/g, '');
  const lines = raw.split('\n');
  const indent = lines.reduce(
    (least, line) => (line.trim() === '' ? least : Math.min(least, line.length - line.trimStart().length)),
    Number.POSITIVE_INFINITY
  );
  const shift = Number.isFinite(indent) ? indent : 0;
  const toml = lines.map(line => line.slice(shift)).join('\n');
  // The block's content starts on the line after its `|` header.
  const firstLine = config.region.startLine + 1;
  const moved = (region: Region): Region => ({
    startLine: region.startLine + firstLine - 1,
    startColumn: region.startColumn + shift,
    endLine: region.endLine + firstLine - 1,
    endColumn: region.endColumn + shift
  });
  try {
    return buildkitdFormat
      .parse(toml, path)
      .insecureEndpoints.map(endpoint => ({ ...endpoint, region: moved(endpoint.region) }));
  } catch (error) {
    if (!(error instanceof InputParseError)) throw error;
    const at = moved({
      startLine: error.line,
      startColumn: error.column,
      endLine: error.line,
      endColumn: error.column
    });
    throw new InputParseError(`Inline buildkitd config: ${error.message}`, at.startLine, at.startColumn);
  }
}
