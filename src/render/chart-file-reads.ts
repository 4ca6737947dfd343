/**
 * The files of a chart that its templates paste with `.Files.Get "files/x.yaml"` or
 * `.Files.Glob "files/*.yaml"` (kserve, nats: manifests kept outside `templates/` and read whole). A
 * rendered chart deploys them as its templates make of them (a `replace` of the image tag, a `tpl`), so
 * they are judged as rendered, and a finding on an object pasted from one points at that file's line.
 */
import { posix } from 'node:path';
import { helmGlobMatcher } from './helm-glob.js';
import { definitionText, type ChartDirs } from './inline-includes.js';
import { helmChartPath, type MappingContext } from './mapping-context.js';
import type { RenderedObject } from './rendered-objects.js';
import { indexTemplateKeys } from './template-key-lines.js';

/** What a template reads of its chart's files. */
export interface TemplateReads {
  /** Chart files, relative to the working directory, in the order the template names them. */
  files: string[];
  /** Whether the template, or a named template it includes, writes YAML keys of its own. */
  writesKeys: boolean;
}

/** A rendered object's template and the directory of the chart it belongs to, relative to the working directory. */
export interface ObjectTemplate {
  template: string;
  chartDir: string;
}

/** `{{/* … *\/}}` and `{{- /* … *\/ -}}`: a comment's example call reads nothing. */
const COMMENT = /\{\{-?\s*\/\*[\s\S]*?\*\/\s*-?\}\}/g;
/** `.Files.Get "files/x.yaml"`, `$.Files.Glob "files/*.yaml"`, `$root.Files.Get \`x\``. */
const LITERAL_READ = /\bFiles\.(Get|GetBytes|Glob)\s+(?:"((?:[^"\\\n]|\\.)*)"|`([^`]*)`)/g;
/**
 * A named template reading a field of its argument: `.context.Files.Get .baseFile` (kserve), or
 * `.ctx.Files.Get (printf "files/%s" .file)` (nats). The caller passes the path in a `dict`.
 */
const PARAMETER_READ =
  /\bFiles\.(Get|GetBytes|Glob)\s+(?:\(\s*printf\s+"([^"%\\\n]*)%s"\s+)?\.([A-Za-z_][A-Za-z0-9_]*)(?![.\w])/g;
/** `include "name"` and `template "name"`. */
const INCLUDE = /\b(?:include|template)\s+"([^"]+)"/g;
/** A string key followed by a string value, as a `dict` call writes its pairs. */
const PAIR = /"([A-Za-z_][A-Za-z0-9_]*)"\s+"((?:[^"\\\n]|\\.)*)"/g;
/** Named templates followed from one template: a chart has tens, not hundreds, on one template. */
const MAX_INCLUDES = 30;
/** A chart's own files that Helm keeps apart from `.Files`. */
const NOT_FILES = new Set([
  'Chart.yaml',
  'Chart.lock',
  'values.yaml',
  'values.schema.json',
  'requirements.yaml',
  'requirements.lock'
]);

const cache = new WeakMap<MappingContext, Map<string, TemplateReads>>();
const namesCache = new WeakMap<MappingContext, Map<string, string[]>>();

/**
 * The chart files a template reads: with a literal path or pattern itself, or through a named template
 * it includes that reads a path the template passes in a `dict` (`"baseFile" "files/kserve/resources.yaml"`).
 * A path is a chart-relative name as Helm keeps it, and a pattern is matched with Helm's glob rules.
 */
export function templateFileReads(source: ObjectTemplate, context: MappingContext): TemplateReads {
  let byTemplate = cache.get(context);
  if (!byTemplate) cache.set(context, (byTemplate = new Map()));
  const known = byTemplate.get(source.template);
  if (known) return known;
  const reads = readsOf(source, context);
  byTemplate.set(source.template, reads);
  return reads;
}

function readsOf({ template, chartDir }: ObjectTemplate, context: MappingContext): TemplateReads {
  const text = withoutComments(context.readText(template) ?? '');
  const files = new Set<string>();
  const add = (how: string, path: string) => {
    for (const name of resolveRead(how, path, chartFileNames(chartDir, context)))
      files.add(posix.join(chartDir, name));
  };
  for (const [how, path] of literalReads(text)) add(how, path);
  const definitions: string[] = [];
  const included = [...new Set([...text.matchAll(INCLUDE)].map(match => match[1] as string))];
  if (included.length) {
    const passed = new Map<string, string[]>();
    for (const [, key, value] of text.matchAll(PAIR)) {
      const decoded = goString(`"${value as string}"`);
      if (decoded !== undefined) passed.set(key as string, [...(passed.get(key as string) ?? []), decoded]);
    }
    const local = [...(context.localCharts?.values() ?? [])];
    const chartDirs: ChartDirs = {
      own: chartDir,
      root: context.root.dir,
      ...(local.length ? { local } : {})
    };
    for (const name of included.slice(0, MAX_INCLUDES)) {
      const body = definitionText(name, chartDirs, context);
      if (body === undefined) continue;
      const definition = withoutComments(body);
      definitions.push(definition);
      if (!definition.includes('Files.')) continue;
      for (const [how, path] of literalReads(definition)) add(how, path);
      for (const [, how, prefix, field] of definition.matchAll(PARAMETER_READ))
        for (const value of passed.get(field as string) ?? []) add(how as string, `${prefix ?? ''}${value}`);
    }
  }
  // Only a template that reads files is asked whether it writes keys of its own.
  const writesKeys =
    files.size > 0 && [text, ...definitions].some(each => indexTemplateKeys(each).length > 0);
  return { files: [...files], writesKeys };
}

/**
 * The chart files that the templates of a render read and that rendered an object: what a template
 * pastes when it is rendered at all. A template that rendered nothing (an `if` over values that are
 * off) deployed none of its files.
 */
export function renderedChartFiles(objects: readonly RenderedObject[], context: MappingContext): string[] {
  if (context.root.kind !== 'helm') return [];
  const templates = new Map<string, ObjectTemplate>();
  for (const object of objects) {
    const source = objectTemplate(object, context);
    if (source) templates.set(source.template, source);
  }
  const files = new Set<string>();
  for (const source of templates.values())
    for (const file of templateFileReads(source, context).files) files.add(file);
  return [...files];
}

/** The template a rendered Helm object came from (its `# Source:`) and the directory of its chart. */
export function objectTemplate(object: RenderedObject, context: MappingContext): ObjectTemplate | undefined {
  if (!object.helmSource) return undefined;
  // `# Source:` starts with the chart's name (not its directory).
  const segments = object.helmSource.split('/').slice(1);
  const templates = segments.lastIndexOf('templates');
  if (templates < 0) return undefined;
  return {
    template: helmChartPath(context, segments),
    chartDir: helmChartPath(context, segments.slice(0, templates))
  };
}

/** `[how, path]` of each literal read: `Get`, `GetBytes` or `Glob`. */
export function literalReads(text: string): [string, string][] {
  const reads: [string, string][] = [];
  for (const [, how, quoted, raw] of text.matchAll(LITERAL_READ)) {
    const path = raw ?? goString(`"${quoted as string}"`);
    if (path !== undefined) reads.push([how as string, path]);
  }
  return reads;
}

/** The chart's names (relative to it) that a read gives: the file named, or those a pattern matches. */
function resolveRead(how: string, path: string, names: readonly string[]): string[] {
  if (how !== 'Glob') return names.includes(path) ? [path] : [];
  const matches = helmGlobMatcher(path);
  return matches ? names.filter(matches) : [];
}

/**
 * What Helm keeps as the chart's `.Files`, relative to the chart: everything but its templates, its
 * subcharts and the files Helm reads as the chart itself (Chart.yaml, values.yaml).
 */
function chartFileNames(chartDir: string, context: MappingContext): string[] {
  let byChart = namesCache.get(context);
  if (!byChart) namesCache.set(context, (byChart = new Map()));
  const known = byChart.get(chartDir);
  if (known) return known;
  const prefix = chartDir === '.' || chartDir === '' ? '' : `${chartDir}/`;
  const names = (context.files ?? [])
    .filter(file => file.startsWith(prefix))
    .map(file => file.slice(prefix.length))
    .filter(name => !name.startsWith('templates/') && !name.startsWith('charts/') && !NOT_FILES.has(name));
  byChart.set(chartDir, names);
  return names;
}

function withoutComments(text: string): string {
  return text.replace(COMMENT, match => match.replace(/[^\n]/g, ' '));
}

/** A Go interpreted string literal's value (escapes as JSON spells them); undefined when it is not one. */
function goString(literal: string): string | undefined {
  try {
    const value: unknown = JSON.parse(literal);
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}
