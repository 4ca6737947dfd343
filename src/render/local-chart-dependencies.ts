/**
 * Helm: `file://` dependencies, charts a chart takes from elsewhere in the repository (linkerd's
 * `file://../partials`, SonarQube's Azure chart `file://../../charts/sonarqube`). `helm template` only
 * reads subcharts from `charts/`, and `helm dependency build` resolves the path against the chart
 * directory it is given, so a render in place fails unless the user vendored them, and a render of a
 * scratch copy loses the path. The referenced directories are copied into the scratch copy instead.
 */
import { cpSync, existsSync, readdirSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parse as parseYaml } from '../targets/yaml/yaml-library.js';
import { helmIgnore } from './helm-ignore.js';
import { readOptionalText } from './read-optional-text.js';

/** A `file://` dependency of a chart. */
export interface LocalChart {
  /** The dependency's `name` (the chart's own name). */
  name: string;
  /** Its `alias`, the subchart's name in the render when set. */
  alias?: string;
  /** `repository:` as written. */
  repository: string;
  /** The directory, absolute, resolved against the directory of the chart that lists it as Helm does. */
  dir: string;
  /** Its real path (symbolic links resolved); undefined when there is nothing there. */
  realDir?: string;
  /** Whether the chart that lists it holds it in `charts/` already (vendored): Helm uses that copy. */
  vendored: boolean;
  /**
   * Whether that copy is only an archive (`charts/name-1.0.0.tgz`, as `helm dependency build` leaves
   * it): the directory packed, whose files are the ones to point at.
   */
  archived: boolean;
  /** Why the directory cannot be used: not there, outside the working directory, or a cycle. */
  problem?: string;
  /** Its own `file://` dependencies. */
  dependencies: LocalChart[];
}

/** Charts of charts, at most: a real chain is two or three deep. */
const MAX_DEPTH = 8;

/**
 * The `file://` dependencies of the chart in `chartDir` (Chart.yaml's `dependencies`, or
 * requirements.yaml's for an `apiVersion: v1` chart), with theirs. A directory must be a chart inside
 * `boundary` (the working directory: an untrusted chart names no other file of the machine), and may not
 * be, or pack as a subchart, a chart that depends on it (the chain would never end).
 */
export function readLocalCharts(chartDir: string, boundary: string): LocalChart[] {
  const realBoundary = realPath(boundary) ?? resolve(boundary);
  return dependenciesOf(chartDir, realBoundary, [realPath(chartDir) ?? resolve(chartDir)]);
}

function dependenciesOf(chartDir: string, boundary: string, chain: string[]): LocalChart[] {
  const listed = chartDependencies(chartDir).filter(
    (entry): entry is ListedDependency & { repository: string } =>
      entry.repository?.startsWith('file://') === true
  );
  return listed.map(({ name, alias, repository }) => {
    const vendored = vendoredAs(chartDir, name);
    const path = repository.slice('file://'.length);
    // Helm: an absolute path stands, a relative one is joined to the chart directory.
    const dir = isAbsolute(path) ? resolve(path) : resolve(chartDir, path);
    const realDir = realPath(dir);
    const chart: LocalChart = {
      name,
      ...(alias ? { alias } : {}),
      repository,
      dir,
      ...(realDir ? { realDir } : {}),
      vendored: vendored !== undefined,
      archived: vendored === 'archive',
      dependencies: []
    };
    const problem = problemOf(realDir, boundary, chain);
    if (problem) chart.problem = problem;
    else if (realDir && chain.length < MAX_DEPTH)
      chart.dependencies = dependenciesOf(dir, boundary, [...chain, realDir]);
    return chart;
  });
}

function problemOf(realDir: string | undefined, boundary: string, chain: string[]): string | undefined {
  if (!realDir || !existsSync(join(realDir, 'Chart.yaml'))) return 'there is no chart at that path';
  if (!isInside(realDir, boundary)) return 'it is outside the working directory, which is all a scan reads';
  if (chain.some(chart => chart === realDir || packagedAsSubchart(chart, realDir)))
    return 'it holds a chart that depends on it, so the chain never ends';
  return chain.length >= MAX_DEPTH ? `it is more than ${MAX_DEPTH} charts deep` : undefined;
}

/**
 * Whether Helm packs the chart in `chart` into the one in `dir` as one of its subcharts: it lies in
 * `dir`'s `charts/` (at any depth) and `dir`'s `.helmignore` keeps it. A chart that merely lies in
 * `dir` elsewhere (bjw-s' `common/test-chart`, which depends on `file://../`) is plain files to Helm,
 * or left out by `.helmignore`: it never depends on itself through `dir`.
 */
function packagedAsSubchart(chart: string, dir: string): boolean {
  if (!isInside(chart, dir)) return false;
  const path = relative(dir, chart).split(sep).join('/');
  return path.startsWith('charts/') && !helmIgnore(dir)(path, true);
}

/** A `dependencies` entry of a chart. */
export interface ListedDependency {
  name: string;
  alias?: string;
  /** `repository:` as written; undefined when the entry gives none (the chart is vendored in `charts/`). */
  repository?: string;
}

/** The `dependencies` of the chart in `chartDir`: Chart.yaml's, then requirements.yaml's (`apiVersion: v1`). */
export function chartDependencies(chartDir: string): ListedDependency[] {
  return [
    ...listedDependencies(readOptionalText(join(chartDir, 'Chart.yaml'))),
    ...listedDependencies(readOptionalText(join(chartDir, 'requirements.yaml')))
  ];
}

function listedDependencies(text: string | undefined): ListedDependency[] {
  if (text === undefined || !text.includes('dependencies')) return [];
  let data: unknown;
  try {
    data = parseYaml(text, { maxAliasCount: 100 });
  } catch {
    return [];
  }
  const entries = (data as { dependencies?: unknown } | null)?.dependencies;
  if (!Array.isArray(entries)) return [];
  return entries.flatMap(entry => {
    const { name, alias, repository } = (entry ?? {}) as Record<string, unknown>;
    if (typeof name !== 'string' || name === '' || /[\\/]/.test(name)) return [];
    return [
      {
        name,
        ...(typeof alias === 'string' && alias && !/[\\/]/.test(alias) ? { alias } : {}),
        ...(typeof repository === 'string' ? { repository } : {})
      }
    ];
  });
}

/**
 * How `charts/` holds the chart `name` already: a directory whose Chart.yaml names it, else an archive
 * `name-<version>.tgz` as `helm dependency build` leaves it; undefined when it does not.
 */
function vendoredAs(chartDir: string, name: string): 'directory' | 'archive' | undefined {
  const charts = join(chartDir, 'charts');
  let entries: string[];
  try {
    entries = readdirSync(charts);
  } catch {
    return undefined;
  }
  if (entries.some(entry => chartName(readOptionalText(join(charts, entry, 'Chart.yaml'))) === name))
    return 'directory';
  const archive = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-\\d.*\\.tgz$`);
  return entries.some(entry => archive.test(entry)) ? 'archive' : undefined;
}

export function chartName(text: string | undefined): string | undefined {
  return text === undefined ? undefined : /^name:[ \t]*["']?([^"'\s#]+)["']?[ \t]*(#.*)?$/m.exec(text)?.[1];
}

/** The dependencies Helm reads from their path: those the listing chart does not vendor. */
export function unvendored(charts: readonly LocalChart[]): LocalChart[] {
  return charts.filter(chart => !chart.vendored);
}

/** Why the render cannot have a dependency it needs (the first such), said with the path as written. */
export function localChartProblem(charts: readonly LocalChart[], all: boolean): string | undefined {
  for (const chart of all ? charts : unvendored(charts)) {
    if (chart.problem)
      return `its dependency '${chart.name}' (${chart.repository}) ${chart.vendored ? 'cannot be built from its path' : 'is not in charts/ and cannot be copied there'}: ${chart.problem}.`;
    const inner = localChartProblem(chart.dependencies, false);
    if (inner) return inner;
  }
  return undefined;
}

/**
 * Copies every dependency of `charts` that is not vendored into `copy`'s `charts/` (a directory named
 * as the chart, which is how Helm finds it), with theirs in turn; `copy`. Never writes outside it.
 */
export function placeLocalCharts(copy: string, charts: readonly LocalChart[]): string {
  const placed = new Set<string>();
  for (const chart of unvendored(charts)) {
    // An aliased chart listed twice (two aliases) is one subchart directory: Helm copies it per alias.
    if (placed.has(chart.name) || !chart.realDir) continue;
    placed.add(chart.name);
    let target = join(copy, 'charts', chart.name);
    for (let n = 2; existsSync(target); n++) target = join(copy, 'charts', `${chart.name}-${n}`);
    placeLocalCharts(copyChart(chart.realDir, target), chart.dependencies);
  }
  return copy;
}

/**
 * For `helm dependency build`, which packages each `file://` dependency from its path: the chart and
 * its direct dependencies copied below `tree` as they lie to one another, so that the paths hold. Their
 * own dependencies are placed in their `charts/`. The chart's copy is returned.
 */
export function mirrorLocalCharts(chartDir: string, charts: readonly LocalChart[], tree: string): string {
  const usable = charts.filter(chart => chart.realDir && !chart.problem);
  let base = resolve(chartDir);
  for (const chart of usable) while (!isInside(chart.dir, base)) base = dirname(base);
  const copyOf = (dir: string) => join(tree, relative(base, dir));
  copyChart(realPath(chartDir) ?? chartDir, copyOf(chartDir));
  const copied = [resolve(chartDir)];
  const placed = new Set<string>();
  for (const chart of usable) {
    if (!copied.some(dir => isInside(chart.dir, dir))) {
      copyChart(chart.realDir as string, copyOf(chart.dir));
      copied.push(chart.dir);
    }
    // A chart listed twice (two aliases) gets its own dependencies once.
    if (!placed.has(chart.dir)) placeLocalCharts(copyOf(chart.dir), chart.dependencies);
    placed.add(chart.dir);
  }
  return copyOf(chartDir);
}

/**
 * The subchart directories of the render (`charts/partials`, `charts/a/charts/b`, relative to the chart;
 * by alias when there is one) that are copies of a dependency's directory, with that directory relative
 * to `cwd`: the files a finding on them points at. `all`: every direct dependency, vendored or not, is
 * taken from its path (`helm dependency build`). A dependency vendored only as an archive is that
 * directory packed (ory's hydra keeps `charts/hydra-maester-0.62.1.tgz` beside `file://../hydra-maester`):
 * its findings point at the directory too, whose own render finds the same.
 */
export function localChartDirectories(
  charts: readonly LocalChart[],
  cwd: string,
  all: boolean,
  prefix = ''
): Map<string, string> {
  const dirs = new Map<string, string>();
  const realCwd = realPath(cwd) ?? resolve(cwd);
  for (const chart of all ? charts : charts.filter(chart => !chart.vendored || chart.archived)) {
    if (!chart.realDir || chart.problem) continue;
    const rendered = `${prefix}charts/${chart.alias ?? chart.name}`;
    dirs.set(rendered, relative(realCwd, chart.realDir).split(sep).join('/') || '.');
    for (const [inner, dir] of localChartDirectories(chart.dependencies, cwd, false, `${rendered}/`))
      dirs.set(inner, dir);
  }
  return dirs;
}

/** A chart directory copied, less its `.git`; the copy's path. */
export function copyChart(from: string, to: string): string {
  cpSync(from, to, { recursive: true, filter: source => !/[\\/]\.git$/.test(source) });
  return to;
}

function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

function realPath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}
