import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  copyChart,
  localChartProblem,
  mirrorLocalCharts,
  placeLocalCharts,
  unvendored,
  type LocalChart
} from './local-chart-dependencies.js';
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
  /** `--namespace`; default `default`, as `helm install` without one. */
  namespace?: string;
  fetchDependencies: boolean;
  /** The chart's `file://` dependencies (readLocalCharts). */
  localCharts?: readonly LocalChart[];
  timeoutMs: number;
  env: Readonly<Record<string, string | undefined>>;
}

/** The release name in rendered output (`{{ .Release.Name }}`); any valid name would do. */
export const RELEASE_NAME = 'bulkhead';

/** The namespace of a chart that refuses `default` (refusesDefaultNamespace). */
export const OTHER_NAMESPACE = 'bulkhead';

/**
 * Whether a failed render is a chart's own refusal of the `default` namespace (a `fail` in a template:
 * NVIDIA's device plugin stops with "Running in the 'default' namespace is not recommended … use
 * --namespace"), which any other namespace passes.
 */
export function refusesDefaultNamespace(reason: string): boolean {
  return /execution error/i.test(reason) && /\bnamespace\b/i.test(reason) && /\bdefault\b/i.test(reason);
}

/**
 * `helm template` with the chart's defaults plus the configured values. There is no `--post-renderer`
 * and the plugin directory is empty, so nothing but Helm's template engine runs. Dependencies that are
 * not vendored in `charts/` make Helm fail (one note) unless fetching is allowed; then the chart is
 * copied to a scratch directory first, so `helm dependency build` never writes into the user's tree.
 * A `file://` dependency is in the repository: offline, its directory is copied into the scratch
 * copy's `charts/`; with fetching, the chart and its dependencies are copied as they lie, so the paths
 * `helm dependency build` follows still hold.
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
    const chart = stageChart(render, scratch);
    if (typeof chart !== 'string') return chart;
    if (render.fetchDependencies) {
      const built = await runRenderTool({
        ...base,
        args: ['dependency', 'build', chart],
        allowNetwork: true
      });
      if (!built.ok) return { ok: false, reason: `helm dependency build failed: ${built.reason}` };
    }
    const args = ['template', RELEASE_NAME, chart, '--namespace', render.namespace ?? 'default'];
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
 * The chart directory Helm is given: the user's own, or a scratch copy when dependencies are fetched
 * or a `file://` dependency must be copied into `charts/`; a failed outcome when one cannot be.
 */
function stageChart(render: HelmRender, scratch: string): string | ToolOutcome {
  const local = render.localCharts ?? [];
  const needed = render.fetchDependencies || unvendored(local).length > 0;
  if (!needed) return render.chartDir;
  const problem = localChartProblem(local, render.fetchDependencies);
  if (problem) return { ok: false, reason: problem };
  try {
    if (render.fetchDependencies)
      return local.length
        ? mirrorLocalCharts(render.chartDir, local, join(scratch, 'tree'))
        : copyChart(render.chartDir, join(scratch, 'chart'));
    return placeLocalCharts(copyChart(render.chartDir, join(scratch, 'chart')), local);
  } catch (error) {
    return {
      ok: false,
      reason: `the chart could not be copied with its local dependencies: ${String(error)}`
    };
  }
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
