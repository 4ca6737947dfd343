import { existsSync } from 'node:fs';
import { posix, relative, resolve } from 'node:path';
import type { RenderRoot } from './discover-render-roots.js';
import { localChartDirectories, readLocalCharts } from './local-chart-dependencies.js';
import {
  OTHER_NAMESPACE,
  refusesDefaultNamespace,
  renderHelm,
  unloadableSchemaReference,
  type HelmRender
} from './render-helm.js';
import { vendoredChartDirectories } from './vendored-charts.js';
import type { ToolOutcome } from './run-render-tool.js';
import { findWindowsSwitches, switchesOnValues, type WindowsSwitch } from './windows-switches.js';

/** `render.charts.<dir>` of the config: values files and `--set` pairs. */
export interface ChartConfig {
  values: string[];
  set: Record<string, string | number | boolean>;
}

export interface ChartRenderInput {
  helm: string;
  root: RenderRoot;
  cwd: string;
  /** `render.charts`, chart directories and values paths relative to `configDir`. */
  charts: Record<string, ChartConfig>;
  configDir: string;
  fetchDependencies: boolean;
  /** `render.windows-switches`: also render with the chart's Windows switches on. */
  windowsSwitches: boolean;
  timeoutMs: number;
  env: Readonly<Record<string, string | undefined>>;
  /** Every discovered file, relative to `cwd`. */
  files: readonly string[];
  readText: (path: string) => string | undefined;
}

/** A chart's render, with what it took and how to render it again. */
export interface ChartRender {
  outcome: ToolOutcome;
  /** The values files it was rendered with, relative to `cwd`, in order. */
  valuesFiles: string[];
  /** The chart's CI values file, when its defaults fail and that file rendered it. */
  ciValuesFile?: string;
  /** How the render departed from the chart's defaults and the config (render notes). */
  notes: string[];
  /** The values that turn the chart's Windows workloads on, and the render with (some of) them on. */
  switches: WindowsSwitch[];
  windowsPass?: (switches: WindowsSwitch[]) => Promise<ToolOutcome>;
  /** The same render again (generated secrets change between renders). */
  rerender: () => Promise<ToolOutcome>;
  /**
   * Subcharts of the render whose files lie elsewhere than the render names them (MappingContext): copied
   * from a `file://` dependency, or vendored in `charts/` under another name (an alias).
   */
  localCharts: Map<string, string>;
}

/**
 * Renders a chart with `helm template` as the config says. Offline, a values schema that refers to a
 * remote document fails every render: the chart is rendered without schema validation, with a note.
 * When the chart's defaults fail a `required`, a `fail` or the schema and no values are configured,
 * its chart-testing values (`ci/*-values.yaml`) render it, with a note.
 */
export async function renderChart(input: ChartRenderInput): Promise<ChartRender> {
  const { root } = input;
  const chart = chartOptions(input);
  const notes: string[] = [];
  let valuesFiles = chart.values;
  let ciValues: string | undefined;
  const chartDir = resolve(input.cwd, root.dir);
  const localCharts = readLocalCharts(chartDir, input.cwd);
  const render: HelmRender = {
    helm: input.helm,
    chartDir,
    valuesFiles: chart.values.map(v => resolve(input.cwd, v)),
    set: chart.set,
    fetchDependencies: input.fetchDependencies,
    localCharts,
    timeoutMs: input.timeoutMs,
    env: input.env
  };
  let outcome = await renderHelm(render);
  const remoteSchema =
    outcome.ok || render.fetchDependencies ? undefined : unloadableSchemaReference(outcome.reason);
  if (!outcome.ok && remoteSchema) {
    render.skipSchemaValidation = true;
    outcome = await renderHelm(render);
    if (outcome.ok)
      notes.push(
        `Helm chart '${root.dir}' was rendered without checking its values schema, which refers to '${remoteSchema}' (not fetched: render.fetch-dependencies is off).`
      );
  }
  if (!outcome.ok && refusesDefaultNamespace(outcome.reason)) {
    const refused = outcome.reason;
    render.namespace = OTHER_NAMESPACE;
    outcome = await renderHelm(render);
    if (outcome.ok)
      notes.push(
        `Helm chart '${root.dir}' was rendered in namespace '${OTHER_NAMESPACE}': it refuses 'default': ${withPeriod(refused)}`
      );
    else {
      delete render.namespace;
      outcome = { ok: false, reason: refused };
    }
  }
  const ciFile =
    !outcome.ok && chart.values.length === 0 ? ciValuesFile(root, outcome.reason, input.files) : undefined;
  if (!outcome.ok && ciFile) {
    const defaultsFailed = outcome.reason;
    render.valuesFiles = [resolve(input.cwd, ciFile)];
    valuesFiles = [ciFile];
    outcome = await renderHelm(render);
    if (outcome.ok) {
      ciValues = ciFile;
      notes.push(
        `Helm chart '${root.dir}' was rendered with '${ciFile}': its default values fail: ${withPeriod(defaultsFailed)}`
      );
    } else
      outcome = { ok: false, reason: `${withPeriod(defaultsFailed)} With '${ciFile}': ${outcome.reason}` };
  }
  const values = input.readText(posix.join(root.dir, 'values.yaml'));
  const switches =
    input.windowsSwitches && values !== undefined
      ? findWindowsSwitches(values, chartTemplates(root, input.files, input.readText))
      : [];
  return {
    outcome,
    valuesFiles,
    ciValuesFile: ciValues,
    notes,
    switches,
    windowsPass: switches.length
      ? (on: WindowsSwitch[]) => renderHelm({ ...render, extraValues: switchesOnValues(on) })
      : undefined,
    rerender: () => renderHelm(render),
    // A `file://` dependency Helm takes from its path is that path's, whatever `charts/` holds.
    localCharts: new Map([
      ...vendoredChartDirectories(chartDir, input.cwd),
      ...localChartDirectories(localCharts, input.cwd, input.fetchDependencies)
    ])
  };
}

/** A sentence ends with one period. */
export function withPeriod(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** The configured values files and `--set` pairs of a chart, paths made relative to the working directory. */
function chartOptions(input: ChartRenderInput): ChartConfig {
  for (const [dir, chart] of Object.entries(input.charts)) {
    const chartDir = relative(input.cwd, resolve(input.configDir, dir)).split('\\').join('/') || '.';
    if (chartDir !== input.root.dir) continue;
    return { values: chart.values.map(v => valuesFilePath(input, dir, v)), set: chart.set };
  }
  return { values: [], set: {} };
}

/**
 * A configured values file, relative to the working directory. Config paths are relative to the
 * config file (RULES.md), so `envs/prod.yaml` beside `.bulkhead.yml` is that file; a name that
 * exists only in the chart directory (`values-prod.yaml`, as earlier versions read it) is the chart's.
 */
function valuesFilePath(input: ChartRenderInput, chartDir: string, file: string): string {
  const fromConfig = resolve(input.configDir, file);
  const fromChart = resolve(input.configDir, chartDir, file);
  const path = existsSync(fromConfig) || !existsSync(fromChart) ? fromConfig : fromChart;
  return relative(input.cwd, path).split('\\').join('/');
}

/** The texts of a chart's own templates (`templates/**`, helpers included). */
function chartTemplates(
  root: RenderRoot,
  files: readonly string[],
  readText: (path: string) => string | undefined
): string[] {
  const dir = root.dir === '.' ? 'templates/' : `${root.dir}/templates/`;
  return files.flatMap(file => {
    const text = file.startsWith(dir) ? readText(file) : undefined;
    return text === undefined ? [] : [text];
  });
}

/**
 * The values file chart-testing renders a chart with (`ci/*-values.yaml`, the first by name), when
 * the chart's defaults fail on a `required` or `fail` ("execution error") or on its values schema
 * (external-dns leaves `policy:` null for the user to choose): undefined otherwise.
 */
function ciValuesFile(root: RenderRoot, reason: string, files: readonly string[]): string | undefined {
  if (
    !reason.includes('execution error') &&
    !reason.includes("values don't meet the specifications of the schema")
  )
    return undefined;
  const dir = root.dir === '.' ? 'ci/' : `${root.dir}/ci/`;
  return files
    .filter(file => file.startsWith(dir) && /^[^/]*values\.ya?ml$/.test(file.slice(dir.length)))
    .sort()[0];
}
