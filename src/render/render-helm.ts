import { cpSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runRenderTool, withScratchDirectory, type ToolOutcome } from './run-render-tool.js';

/** One `helm template` call. */
export interface HelmRender {
  helm: string;
  /** The chart directory, absolute. */
  chartDir: string;
  /** Values files (absolute), in order; later files win, as with `helm --values`. */
  valuesFiles: string[];
  /** `--set` pairs, as written in the config. */
  set: Record<string, string | number | boolean>;
  /** YAML text of extra values written to a scratch file and given last (the Windows pass). */
  extraValues?: string;
  /** `--skip-schema-validation`: the chart's values schema refers to documents that cannot be fetched offline. */
  skipSchemaValidation?: boolean;
  fetchDependencies: boolean;
  timeoutMs: number;
  env: Readonly<Record<string, string | undefined>>;
}

/** The release name in rendered output (`{{ .Release.Name }}`); any valid name would do. */
export const RELEASE_NAME = 'bulkhead';

/**
 * `helm template` with the chart's defaults plus the configured values. There is no `--post-renderer`
 * and the plugin directory is empty, so nothing but Helm's template engine runs. Dependencies that are
 * not vendored in `charts/` make Helm fail (one note) unless fetching is allowed; then the chart is
 * copied to a scratch directory first, so `helm dependency build` never writes into the user's tree.
 */
export function renderHelm(render: HelmRender): Promise<ToolOutcome> {
  return withScratchDirectory(async scratch => {
    const base = {
      command: render.helm,
      cwd: scratch,
      scratch,
      timeoutMs: render.timeoutMs,
      env: render.env
    };
    let chart = render.chartDir;
    if (render.fetchDependencies) {
      chart = join(scratch, 'chart');
      cpSync(render.chartDir, chart, { recursive: true, filter: source => !/[\\/]\.git$/.test(source) });
      const built = await runRenderTool({
        ...base,
        args: ['dependency', 'build', chart],
        allowNetwork: true
      });
      if (!built.ok) return { ok: false, reason: `helm dependency build failed: ${built.reason}` };
    }
    const args = ['template', RELEASE_NAME, chart, '--namespace', 'default'];
    for (const file of render.valuesFiles) args.push('--values', resolve(file));
    for (const [key, value] of Object.entries(render.set)) args.push('--set', `${key}=${String(value)}`);
    if (render.skipSchemaValidation) args.push('--skip-schema-validation');
    if (render.extraValues !== undefined) {
      const extra = join(scratch, 'bulkhead-switches.yaml');
      writeFileSync(extra, render.extraValues);
      args.push('--values', extra);
    }
    return runRenderTool({ ...base, args, allowNetwork: render.fetchDependencies });
  });
}

/**
 * The remote document a failed `helm template` could not load for the chart's values schema (a `$ref`
 * to `https://…`, as nginx's ingress chart has for Kubernetes' own definitions), or undefined when the
 * failure is another. Offline, such a schema can never be checked, whatever the values.
 */
export function unloadableSchemaReference(reason: string): string | undefined {
  if (!reason.includes("values don't meet the specifications of the schema")) return undefined;
  // The reason may be shortened in its middle; the fetch's own error closes it.
  return /(?:failing loading|Get) "(https?:\/\/[^"]+)"/.exec(reason)?.[1];
}
