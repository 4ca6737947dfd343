/**
 * Helm: a rendered key matched to the template line that wrote it, with what reading its value needs
 * (the inlined template's lines, the chart's values and named templates). map-helm.ts matches it;
 * map-helm-key-line.ts follows it to the line the user edits.
 */
import type { ChartDirs } from './inline-includes.js';
import { helmChartPath, type MappingContext } from './mapping-context.js';
import type { KeyPath, RenderedObject } from './rendered-objects.js';
import type { TemplateKeyLine } from './template-key-lines.js';
import type { ValuesLoop } from './values-loops.js';

/** A rendered key found on a template line (`entry`), `depth` keys of `path` deep. */
export interface MatchedKey {
  object: RenderedObject;
  path: KeyPath;
  /** The string keys of `path`, with their index in it. */
  keys: { key: string; at: number }[];
  depth: number;
  entry: TemplateKeyLine;
  /** Every key line of the template (named templates pasted in place). */
  entries: TemplateKeyLine[];
  lines: string[];
  /** A line of the inlined template as a file and line of the chart. */
  at: (line: number) => { file: string; line: number };
  subchart: string[];
  context: MappingContext;
  variables: VariableLines;
  /** Whether a line of the inlined template is the template's own (not pasted from a define). */
  ownLine(line: number): boolean;
  /** The values loops open on a line of the inlined template. */
  loopsAt(line: number): readonly ValuesLoop[];
  /** A key the entry's line prints with an action (`{{ $key }}:`), and the rendered key. */
  templatedKey?: { template: string; rendered: string };
}

/** What the template's variables bound to values paths (values-variables.ts) did to its lines. */
export interface VariableLines {
  /** Values paths the template changes through a variable: no values line holds what renders there. */
  changed: readonly string[][];
  /** Whether a line of the inlined template between `from` and `to` (1-based) read a variable as its path. */
  rewritten(from: number, to: number): boolean;
}

/** The chart directories whose named templates a template of `subchart` (`[]` for the chart's own) may include. */
export function chartDirsOf(subchart: string[], context: MappingContext): ChartDirs {
  const local = [...(context.localCharts?.values() ?? [])];
  return {
    own: helmChartPath(context, subchart),
    root: context.root.dir,
    ...(local.length ? { local } : {})
  };
}
