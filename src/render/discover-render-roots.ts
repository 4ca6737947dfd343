import { posix } from 'node:path';
import { parse as parseYaml } from '../targets/yaml/yaml-library.js';

/** A directory rendered as a whole: a Helm chart (`Chart.yaml`) or a Kustomize root (`kustomization.yaml`). */
export interface RenderRoot {
  kind: 'helm' | 'kustomize';
  /** The directory, relative to the working directory, POSIX separators (`.` for the working directory). */
  dir: string;
  /** `Chart.yaml` or the kustomization file, relative to the working directory. */
  file: string;
}

/** The names kustomize looks for, in its own order (sigs.k8s.io/kustomize/api/konfig RecognizedKustomizationFileNames). */
export const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/** Kustomization fields whose entries may be other kustomization directories. */
const REFERENCE_FIELDS = ['resources', 'bases', 'components'];

/** Whether a file may make its directory a render root: a `Chart.yaml` or a kustomization file. */
export function isRenderRootFile(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return base === 'Chart.yaml' || KUSTOMIZATION_NAMES.includes(base);
}

/**
 * The roots to render among the discovered files. A chart inside another chart's `charts/` is a
 * subchart: the parent renders it. A kustomization that another one uses as a base or component is
 * rendered through its overlays only, since on its own it is not what the repository deploys; a
 * `kind: Component` never is a root.
 */
export function discoverRenderRoots(
  files: readonly string[],
  readText: (path: string) => string | undefined
): RenderRoot[] {
  const charts = new Set<string>();
  const kustomizations = new Map<string, string>();
  for (const file of files) {
    const dir = posix.dirname(file);
    const base = file.slice(file.lastIndexOf('/') + 1);
    if (base === 'Chart.yaml') charts.add(dir);
    else if (KUSTOMIZATION_NAMES.includes(base) && !kustomizations.has(dir)) kustomizations.set(dir, file);
  }
  const roots: RenderRoot[] = [];
  for (const dir of charts) {
    const file = posix.join(dir, 'Chart.yaml');
    if (!isSubchart(dir, charts) && !isLibraryChart(readText(file))) roots.push({ kind: 'helm', dir, file });
  }
  const bases = new Set<string>();
  for (const [dir, file] of kustomizations) {
    const kustomization = readKustomization(readText(file));
    // A Component is applied by the kustomizations that list it; kustomize cannot build one alone.
    if (kustomization.kind === 'Component') bases.add(dir);
    for (const reference of kustomization.references) bases.add(referencedPath(dir, reference));
  }
  for (const [dir, file] of kustomizations) if (!bases.has(dir)) roots.push({ kind: 'kustomize', dir, file });
  return roots.sort(compareRoots);
}

/** The order roots are rendered and reported in: by directory, a chart before a kustomization. */
export function compareRoots(a: RenderRoot, b: RenderRoot): number {
  return a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0;
}

/**
 * The directories of the library charts among the discovered files: what their templates hold is
 * only ever rendered through the charts that use them, so none of their files is scanned alone.
 */
export function libraryChartDirs(
  files: readonly string[],
  readText: (path: string) => string | undefined
): string[] {
  return files
    .filter(file => file === 'Chart.yaml' || file.endsWith('/Chart.yaml'))
    .filter(file => isLibraryChart(readText(file)))
    .map(file => posix.dirname(file));
}

/**
 * A library chart (`type: library`) only defines named templates for the charts that depend on it:
 * Helm refuses to render it alone, and its templates are rendered through those charts.
 */
function isLibraryChart(text: string | undefined): boolean {
  return text !== undefined && /^type:[ \t]*["']?library["']?[ \t]*(#.*)?$/m.test(text);
}

/** `parent/charts/<name>` (at any depth below a chart's `charts/`). */
function isSubchart(dir: string, charts: ReadonlySet<string>): boolean {
  for (let at = dir.lastIndexOf('/charts/'); at >= 0; at = dir.lastIndexOf('/charts/', at - 1)) {
    if (charts.has(dir.slice(0, at))) return true;
    if (at === 0) break;
  }
  return dir.startsWith('charts/') && charts.has('.');
}

/** A `resources`/`bases`/`components` entry of the kustomization in `dir`, relative to the working directory. */
export function referencedPath(dir: string, reference: string): string {
  return posix.normalize(posix.join(dir, reference)).replace(/\/$/, '') || '.';
}

/** What Bulkhead reads of a kustomization file. */
export interface KustomizationEntries {
  /** `Kustomization`, or `Component`. */
  kind?: string;
  /** Local `resources`/`bases`/`components` entries (remote URLs are never bases in this repository). */
  references: string[];
  /** Patch files it names (`patches[].path`, `patchesStrategicMerge`, `patchesJson6902[].path`), as written. */
  patches: string[];
}

/** A kustomization's kind, local references and patch files; nothing for a text that is not one. */
export function readKustomization(text: string | undefined): KustomizationEntries {
  const none: KustomizationEntries = { references: [], patches: [] };
  if (text === undefined) return none;
  let data: unknown;
  try {
    data = parseYaml(text, { maxAliasCount: 100 });
  } catch {
    return none;
  }
  if (!data || typeof data !== 'object') return none;
  const fields = data as Record<string, unknown>;
  const references: string[] = [];
  for (const field of REFERENCE_FIELDS) {
    const entries = fields[field];
    if (!Array.isArray(entries)) continue;
    for (const entry of entries)
      if (
        typeof entry === 'string' &&
        !/^[a-z][a-z0-9+.-]*:\/\/|^(github\.com|gitlab\.com|bitbucket\.org)\//i.test(entry)
      )
        references.push(entry);
  }
  const patches: unknown[] = [];
  for (const field of ['patches', 'patchesJson6902'])
    if (Array.isArray(fields[field]))
      for (const patch of fields[field] as unknown[])
        // A bare file name under `patches:` is an error for kustomize (the entry is an object), but it
        // names the file as a patch all the same: judged alone, a fragment only gives false findings.
        patches.push(typeof patch === 'string' ? patch : (patch as { path?: unknown } | null)?.path);
  if (Array.isArray(fields.patchesStrategicMerge))
    for (const patch of fields.patchesStrategicMerge) patches.push(patch);
  const entries = {
    references,
    patches: patches.filter(
      (e): e is string => typeof e === 'string' && !e.includes('\n') && !e.includes('://')
    )
  };
  return typeof fields.kind === 'string' ? { kind: fields.kind, ...entries } : entries;
}
