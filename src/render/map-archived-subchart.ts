/**
 * Helm: findings on a subchart vendored as an archive (`charts/db-0.1.0.tgz`). Its templates are
 * read from the archive where the render names them (`parent/charts/db/…`) and mapped as an unpacked
 * subchart's are, so a value the template reads from the parent's values for it (`db.auth.password`,
 * under its alias) points at that values line. A line of the archive
 * itself is no line of the repository: such a finding stays on the Chart.yaml of the chart whose
 * `charts/` holds the archive, at any depth (grafana's k8s-monitoring: telemetry-services' archives).
 */
import { posix, resolve } from 'node:path';
import { helmChartPath, type Mapped, type MappingContext } from './mapping-context.js';
import type { KeyPath, RenderedObject } from './rendered-objects.js';
import { archivedSubchart } from './vendored-charts.js';

/** map-helm's mapping, given here so that this module does not import it back. */
export type MapHelm = (object: RenderedObject, path: KeyPath, context: MappingContext) => Mapped | undefined;

/** An archive's files in place: the mapping context that reads them, and their paths there. */
interface ArchiveInPlace {
  context: MappingContext;
  files: ReadonlySet<string>;
}

/** Archives read once per render, by the folder the render names (`parent/charts/db`); null: none there. */
const inPlace = new WeakMap<MappingContext, Map<string, ArchiveInPlace | null>>();
/** The contexts that read an archive's files: a template missing there is not looked for again. */
const archiveContexts = new WeakSet<MappingContext>();

/**
 * Where a finding on a template Helm names `segments` (past the chart's name, `charts/db/templates/
 * secret.yaml`) lands when no file of the repository is there; undefined for the root's Chart.yaml
 * (where findings go that nothing maps), and when no chart holds it in `charts/`.
 */
export function mapArchivedSubchart(
  object: RenderedObject,
  path: KeyPath,
  segments: readonly string[],
  context: MappingContext,
  mapHelm: MapHelm
): Mapped | undefined {
  const owner = archiveOwner(segments, context);
  if (!owner) return undefined;
  const chartYaml: Mapped | undefined =
    owner.at === 0 ? undefined : { file: owner.chartYaml, line: 1, exact: false, via: 'root' };
  if (archiveContexts.has(context)) return chartYaml;
  const archive = archiveInPlace(segments.slice(0, owner.at + 2), owner.chartYaml, context);
  const mapped = archive ? mapHelm(object, path, archive.context) : undefined;
  if (!archive || !mapped || archive.files.has(mapped.file) || context.readText(mapped.file) === undefined)
    return chartYaml;
  // The subchart's appVersion is the archive's Chart.yaml: no line of the repository either.
  const { appVersion, ...rest } = mapped;
  return appVersion && !archive.files.has(appVersion.file) ? mapped : rest;
}

/** The Chart.yaml of the chart whose `charts/` holds the subchart, and the index of that `charts` in `segments`. */
function archiveOwner(
  segments: readonly string[],
  context: MappingContext
): { chartYaml: string; at: number } | undefined {
  // lastIndexOf counts a negative start from the end: the walk stops at the first segment.
  for (
    let at = segments.lastIndexOf('charts');
    at >= 0;
    at = at ? segments.lastIndexOf('charts', at - 1) : -1
  ) {
    const chartYaml = helmChartPath(context, [...segments.slice(0, at), 'Chart.yaml']);
    if (context.readText(chartYaml) !== undefined) return { chartYaml, at };
  }
  return undefined;
}

/** The archive the render names `subchart` (`charts/db`) read into a context of its own, where the render names its files. */
function archiveInPlace(
  subchart: readonly string[],
  ownerChartYaml: string,
  context: MappingContext
): ArchiveInPlace | undefined {
  let byFolder = inPlace.get(context);
  if (!byFolder) inPlace.set(context, (byFolder = new Map()));
  const folder = helmChartPath(context, subchart);
  const known = byFolder.get(folder);
  if (known !== undefined) return known ?? undefined;
  const archive = archivedSubchart(
    resolve(context.cwd, posix.dirname(ownerChartYaml)),
    subchart.at(-1) as string
  );
  let found: ArchiveInPlace | null = null;
  if (archive) {
    const texts = new Map([...archive.files].map(([file, text]) => [posix.join(folder, file), text]));
    const inArchive: MappingContext = {
      ...context,
      readText: file => texts.get(file) ?? context.readText(file),
      files: [...(context.files ?? []), ...texts.keys()]
    };
    archiveContexts.add(inArchive);
    found = { context: inArchive, files: new Set(texts.keys()) };
  }
  byFolder.set(folder, found);
  return found ?? undefined;
}
