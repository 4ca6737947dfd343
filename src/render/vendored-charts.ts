/**
 * Helm: where a vendored subchart's files are. A render names them by the subchart's name in the
 * parent (`# Source: parent/charts/second/templates/pod.yaml`): the `alias` the parent's dependency
 * gives it, else the `name` in its own Chart.yaml. The folder in `charts/` that holds it may be named
 * otherwise (`charts/sub` for `alias: second`, fluxcd's `helmchart` vendored once and listed twice).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { readChartArchive, type ChartArchive } from './chart-archive.js';
import { chartDependencies, chartName, type ListedDependency } from './local-chart-dependencies.js';
import { readOptionalText } from './read-optional-text.js';

/** Subcharts within subcharts, at most: a real chain is two or three deep. */
const MAX_DEPTH = 8;
/** Subchart folders read in all, at most (a `charts/` link to a folder above would never end). */
const MAX_FOLDERS = 1000;

/**
 * The subchart directories of a render of the chart in `chartDir` (`charts/second`,
 * `charts/second/charts/db`, relative to the chart) whose files lie in a folder of another name, with
 * that folder relative to `cwd` (`parent/charts/sub`). A subchart vendored as an archive
 * (`sub-0.1.0.tgz`) has no files to point at and is not listed.
 */
export function vendoredChartDirectories(chartDir: string, cwd: string): Map<string, string> {
  const walk = { cwd: resolve(cwd), dirs: new Map<string, string>(), budget: MAX_FOLDERS };
  collect(resolve(chartDir), '', 0, walk);
  return walk.dirs;
}

interface Walk {
  cwd: string;
  dirs: Map<string, string>;
  /** Subchart folders that may still be read. */
  budget: number;
}

function collect(chartDir: string, prefix: string, depth: number, walk: Walk): void {
  if (depth >= MAX_DEPTH || walk.budget <= 0) return;
  const folders = chartFolders(join(chartDir, 'charts'), walk);
  const dependencies = chartDependencies(chartDir);
  const renderedNames = (name: string) => namesInRender(name, dependencies);
  const claimed = new Set<string>();
  // A folder already named as the subchart is the one Helm's path names: it is taken first.
  const ordered = [...folders].sort((a, b) => Number(b.folder === b.name) - Number(a.folder === a.name));
  for (const { folder, name } of ordered)
    for (const rendered of renderedNames(name)) {
      if (claimed.has(rendered)) continue;
      claimed.add(rendered);
      const path = `${prefix}charts/${rendered}`;
      const dir = join(chartDir, 'charts', folder);
      if (folder !== rendered) walk.dirs.set(path, relative(walk.cwd, dir).split(sep).join('/') || '.');
      collect(dir, `${path}/`, depth + 1, walk);
    }
}

/**
 * The names a chart of `charts/` renders under: Helm loads every chart there by its own name; a
 * dependency that names it (any compatible version) takes it under its alias instead, once per alias.
 */
function namesInRender(name: string, dependencies: readonly ListedDependency[]): string[] {
  const listed = dependencies.filter(d => d.name === name);
  const aliases = listed.flatMap(d => (d.alias ? [d.alias] : []));
  return listed.some(d => !d.alias) || aliases.length === 0 ? [name, ...aliases] : aliases;
}

/** Archives of one `charts/` read, at most, to find one subchart (grafana's k8s-monitoring has dozens). */
const MAX_ARCHIVES = 100;

/**
 * The archive in `charts/` of the chart in `chartDir` (`charts/db-0.1.0.tgz`) that a render names
 * `rendered` (`parent/charts/second/…` for `db` under `alias: second`), read; undefined when none does.
 */
export function archivedSubchart(chartDir: string, rendered: string): ChartArchive | undefined {
  const charts = join(chartDir, 'charts');
  let entries: string[];
  try {
    entries = readdirSync(charts)
      .filter(entry => entry.endsWith('.tgz'))
      .sort();
  } catch {
    return undefined;
  }
  const dependencies = chartDependencies(chartDir);
  for (const entry of entries.slice(0, MAX_ARCHIVES)) {
    const archive = readChartArchive(join(charts, entry));
    if (archive && namesInRender(archive.name, dependencies).includes(rendered)) return archive;
  }
  return undefined;
}

/** The folders of a `charts/` directory that hold a chart, with its name, by folder name. */
function chartFolders(charts: string, walk: Walk): { folder: string; name: string }[] {
  let entries: string[];
  try {
    entries = readdirSync(charts).sort();
  } catch {
    return [];
  }
  return entries.flatMap(folder => {
    const dir = join(charts, folder);
    if (walk.budget <= 0 || !isDirectory(dir)) return [];
    walk.budget--;
    const name = chartName(readOptionalText(join(dir, 'Chart.yaml')));
    return name ? [{ folder, name }] : [];
  });
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
