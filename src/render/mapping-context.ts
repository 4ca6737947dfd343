/**
 * What mapping a rendered finding back to its source shares between Helm (map-helm.ts) and Kustomize
 * (map-kustomize.ts): the context of a render, the location it gives, and finding a line by its text.
 */
import { posix } from 'node:path';
import type { RenderRoot } from './discover-render-roots.js';

/** Where a finding on a rendered object lands in the files the user edits. */
export interface MappedLocation {
  /** Relative to the working directory, POSIX separators. */
  file: string;
  line: number;
  /** False when only an enclosing key (or the object) was found: the rendered object is then a related location. */
  exact: boolean;
  via: 'template' | 'values' | 'resource' | 'patch' | 'chart' | 'root';
  /** The rendered key path, `spec.template.spec.containers[0].securityContext`. */
  keyPath: string;
  /** The object's name where the user writes it, when the rendered one differs (a generator's `name`). */
  sourceName?: string;
  /** Helm: the chart's `appVersion`, where the key's template line printed it into the rendered value. */
  appVersion?: ChartLine;
}

/** A line of a chart's Chart.yaml and the scalar it sets. */
export interface ChartLine {
  file: string;
  line: number;
  value: string;
}

export interface MappingContext {
  root: RenderRoot;
  cwd: string;
  /** Reads a file by its path relative to the working directory (cached by the caller). */
  readText(path: string): string | undefined;
  /** Configured values files of the chart, relative to the working directory, in `--values` order. */
  valuesFiles: string[];
  /** Kustomize: the absolute directory the origin annotations are relative to. */
  originBase?: string;
  /** Every discovered file, relative to the working directory (where a chart's named templates are). */
  files?: readonly string[];
  /**
   * Helm: subchart directories of the render, relative to the chart (`charts/partials`,
   * `charts/second`), whose files lie elsewhere, with that directory relative to the working directory:
   * copied from a `file://` dependency (`charts/partials` beside the chart), or vendored in a folder of
   * another name (`parent/charts/sub` for the dependency `sub` with `alias: second`).
   */
  localCharts?: ReadonlyMap<string, string>;
}

/**
 * A path of a Helm render (`charts/partials/templates/_proxy.tpl`, relative to the chart, as its
 * `# Source:` gives it past the chart's name) as a path relative to the working directory: in the
 * chart directory, in the directory a `file://` dependency copied into `charts/` came from, or in the
 * folder of `charts/` that holds an aliased subchart.
 */
export function helmChartPath(context: MappingContext, segments: readonly string[]): string {
  for (let end = segments.length; end >= 2 && context.localCharts?.size; end--) {
    const dir = context.localCharts.get(segments.slice(0, end).join('/'));
    if (dir !== undefined) return posix.join(dir, ...segments.slice(end));
  }
  return posix.join(context.root.dir, ...segments);
}

/**
 * The 1-based line, after line `after`, whose text is `wanted` (both trimmed), within a bounded look;
 * else a template line whose text before its first `{{` starts it (`password={{ .Values.db }}`).
 */
export function lineInText(text: string | undefined, wanted: string, after: number): number | undefined {
  const needle = wanted.trim();
  if (text === undefined || needle === '') return undefined;
  const lines = text.split(/\r\n|\r|\n/).slice(after, after + 5000);
  const same = lines.findIndex(line => line.trim() === needle);
  if (same >= 0) return after + same + 1;
  const templated = lines.findIndex(line => {
    const literal = line.trim().split('{{')[0] as string;
    return line.includes('{{') && literal.length >= 3 && needle.startsWith(literal);
  });
  return templated >= 0 ? after + templated + 1 : undefined;
}

/** A mapped location; `valueFile`: the file a generator's `files` entry reads, whose text is the value. */
export type Mapped = Omit<MappedLocation, 'keyPath'> & { valueFile?: string };
