/**
 * Helm: the template, named-template, values or chart-file line behind a key of a rendered object
 * (docs/rendering.md "Where findings point").
 */
import { Buffer } from 'node:buffer';
import { posix } from 'node:path';
import { isSeq } from '../targets/yaml/yaml-library.js';
import { definitionText, inlineIncludes, type ChartDirs } from './inline-includes.js';
import {
  helmChartPath,
  lineInText,
  type Mapped,
  type MappedLocation,
  type MappingContext
} from './mapping-context.js';
import type { KeyPath, RenderedObject } from './rendered-objects.js';
import {
  blockValuesPath,
  defaultedValuesPaths,
  indexTemplateKeys,
  valuesReferences,
  type TemplateKeyLine
} from './template-key-lines.js';
import { placeListItem } from './values-list-item.js';
import { pickByItemNames, renderedItemNames, templatedNameMatches } from './rendered-item-names.js';
import { literalReads } from './chart-file-reads.js';
import { mapArchivedSubchart } from './map-archived-subchart.js';
import { sameLinesInBlock } from './block-lines.js';
import { valuesLoopsByLine, type ValuesLoop } from './values-loops.js';
import { isScalarValue, loopValuesReferences, resolveKeyLoop, sameScalar } from './loop-references.js';
import { templatedKeysUnder } from './templated-keys.js';
import { bindValuesVariables, type BoundVariables, type ValuesReader } from './values-variables.js';
import {
  lookupValues,
  takenAppVersion,
  valuesEmpty,
  valuesItems,
  valuesList,
  valuesValue
} from './helm-values.js';

/**
 * The line, whose text is `lineText`, of what the template block under `location` pastes: a values key
 * it reads, or a chart file it reads with `.Files.Get "files/tls.key"`. `repeats`: how many lines above
 * it in the rendered block hold the same text; its own copy is then the one after as many in the source.
 */
export function valuesLineOfBlock(
  location: { file: string; line: number },
  lineText: string,
  context: MappingContext,
  repeats = 0
): Omit<MappedLocation, 'keyPath'> | undefined {
  const lines = (context.readText(location.file) ?? '').split(/\r\n|\r|\n/);
  const keyLine = lines[location.line - 1] ?? '';
  const indent = keyLine.length - keyLine.trimStart().length;
  const block: string[] = [];
  for (let i = location.line; i < lines.length && block.length < 200; i++) {
    const line = lines[i] as string;
    const content = line.trim();
    if (content !== '' && !content.startsWith('{{') && line.length - line.trimStart().length <= indent) break;
    block.push(line);
  }
  for (const reference of valuesReferences(block.join('\n'))) {
    const found = lookupValues(reference, [], context);
    if (!found?.exact) continue;
    const line = repeatedLine(context.readText(found.file), found.line, lineText, repeats);
    if (line) return { file: found.file, line, exact: true, via: 'values' };
  }
  for (const file of chartFilesRead(block.join('\n'), location.file)) {
    const line = repeatedLine(context.readText(file), 0, lineText, repeats);
    if (line) return { file, line, exact: true, via: 'template' };
  }
  return undefined;
}

/**
 * The line of `lineText` below `keyLine` (0: from the top): the copy after `repeats` others when the
 * source's block holds that many, else the first, as a search by text finds it.
 */
function repeatedLine(
  text: string | undefined,
  keyLine: number,
  lineText: string,
  repeats: number
): number | undefined {
  if (text === undefined) return undefined;
  return (
    (repeats > 0 ? sameLinesInBlock(text, keyLine, lineText)[repeats] : undefined) ??
    lineInText(text, lineText, Math.max(0, keyLine - 1))
  );
}

/**
 * The chart files a piece of template text reads with `.Files.Get "files/tls.key"`, relative to the
 * working directory (the path is the chart directory's: the one above `templates/` of `template`).
 */
function chartFilesRead(text: string, template: string): string[] {
  const at = template.lastIndexOf('/templates/');
  const chartDir = at < 0 ? posix.dirname(posix.dirname(template)) : template.slice(0, at);
  return literalReads(text)
    .filter(([how]) => how === 'Get')
    .map(([, path]) => posix.normalize(posix.join(chartDir, path)));
}

/** The chart directories whose named templates a template of `subchart` (`[]` for the chart's own) may include. */
function chartDirsOf(subchart: string[], context: MappingContext): ChartDirs {
  const local = [...(context.localCharts?.values() ?? [])];
  return {
    own: helmChartPath(context, subchart),
    root: context.root.dir,
    ...(local.length ? { local } : {})
  };
}

export function mapHelm(object: RenderedObject, path: KeyPath, context: MappingContext): Mapped | undefined {
  if (!object.helmSource) return undefined;
  // `# Source:` starts with the chart's name (not its directory): drop it and resolve in the chart directory.
  const segments = object.helmSource.split('/').slice(1);
  const templates = segments.lastIndexOf('templates');
  const template = helmChartPath(context, segments);
  const text = context.readText(template);
  if (text === undefined) return mapArchivedSubchart(object, path, segments, context, mapHelm);
  if (templates < 0) return undefined;
  const subchart = segments.slice(0, templates); // [] or ['charts', 'sub', …]
  const keys: { key: string; at: number }[] = [];
  path.forEach((segment, at) => typeof segment === 'string' && keys.push({ key: segment, at }));
  // Named templates the template pastes as blocks (a container, a pod spec, or the whole object as
  // the EBS CSI driver's node-windows.yaml does) are read in place: their keys are on their own lines.
  // Variables that stand for a values path (`$sc := merge .Values.sc dict`) are read as that path.
  const bound = boundVariables(template, text, subchart, context);
  const inlined = inlineIncludes(template, bound.text, chartDirsOf(subchart, context), context);
  const at = (line: number) => inlined.origin(line);
  const variables: VariableLines = {
    changed: bound.changed,
    rewritten: (from, to) => {
      for (let line = from; line <= to; line++) {
        const origin = at(line);
        if (origin.file === template && bound.rewritten.has(origin.line)) return true;
      }
      return false;
    }
  };
  const entries = indexTemplateKeys(inlined.text);
  const sameKind = entries.filter(e => e.kind === undefined || e.kind === object.kind);
  const candidates = sameKind.length ? sameKind : entries;
  const names = renderedItemNames(object, path);
  let depth = 0;
  let entry: TemplateKeyLine | undefined;
  const lines = inlined.text.split('\n');
  const rendered = object.document.getIn(path);
  let loops: ReturnType<typeof valuesLoopsByLine> | undefined;
  const loopsAt = (line: number) => (loops ??= valuesLoopsByLine(inlined.text))[line] ?? [];
  // A line in a `range` or `with` over empty values rendered nothing: another with the same keys did.
  const renders = (e: TemplateKeyLine) =>
    !loopsAt(e.line).some(loop => !loop.within && valuesEmpty(loop.valuesPath, subchart, context));
  for (let j = keys.length; j > 0 && !entry; j--) {
    const wanted = keys.slice(0, j).map(k => k.key);
    const written = candidates.filter(e => e.keys.length === j && e.keys.every((k, i) => k === wanted[i]));
    const live = written.length > 1 ? written.filter(renders) : written;
    const sameKeys = live.length ? live : written;
    // Branches of an `if` write the key twice (Istio's `image:` with and without a hub): the line
    // that renders to the value, with the values filled in, is the one Helm took.
    const taken =
      j === keys.length && sameKeys.length > 1
        ? sameKeys.filter(e => rendersTo(lines[e.line - 1] ?? '', rendered, subchart, context))
        : [];
    const byName = (template: string, value: string) =>
      templatedNameMatches(template, value, subchart, context, chartDirsOf(subchart, context));
    // A name a `range` over values prints (`- name: {{ $key }}`) is one of its keys: MISP's two loops
    // over extraVars and extraEnvVars each write only theirs. When the values seem to hold the name in
    // none of them (values given otherwise), the lines are picked as without loops.
    const pick = (from: TemplateKeyLine[]) =>
      pickByItemNames(from, names, (template, value, candidate) => {
        const loop = resolveKeyLoop(template, value, loopsAt(candidate.line), valuesPath =>
          valuesItems(valuesPath, subchart, context)
        );
        return loop === undefined ? byName(template, value) : loop !== false;
      }) ?? pickByItemNames(from, names, byName);
    // A line that renders to the value may be another list item's (a sidecar's literal `image:
    // busybox:latest` beside `image: {{ include "demo.image" . }}` printing the same): when none of
    // them is the rendered item, one whose value could not be filled in is.
    entry = (taken.length ? pick(taken) : undefined) ?? pick(sameKeys);
    if (entry) depth = j;
  }
  if (!entry) {
    const kindLine = candidates.find(e => e.keys.length === 1 && e.keys[0] === 'kind')?.line ?? 1;
    return { ...at(kindLine), exact: false, via: 'template' };
  }
  const matched: MatchedKey = {
    object,
    path,
    keys,
    depth,
    entry,
    entries,
    lines,
    at,
    subchart,
    context,
    variables,
    ownLine: line => at(line).file === template,
    loopsAt
  };
  // A list item's `name` identifies it: a finding there (a container without limits) is about the item,
  // so it stays on the template line even when the name text comes from values.
  if (depth === keys.length && path.at(-1) === 'name')
    return { ...at(entry.line), exact: true, via: 'template' };
  const keyed = depth === keys.length - 1 ? templatedKeyLine(matched) : undefined;
  if (depth !== keys.length && !keyed) return mapPastedBlock(matched);
  const key = keyed ?? matched;
  const appVersion = takenAppVersion(lines[key.entry.line - 1] ?? '', rendered, subchart, context);
  return { ...mapKeyLine(key, rendered), ...(appVersion ? { appVersion } : {}) };
}

/**
 * The rendered key, the last of the path, as the templated key line under the matched one that wrote
 * it (`{{ $key }}: {{ $value | b64enc }}` under `data:`): the line of a `range` over values whose keys
 * include it, or else the block's only templated key when nothing else in the block pastes keys.
 * Undefined when that cannot be told: the key stays on the line above it.
 */
function templatedKeyLine(matched: MatchedKey): MatchedKey | undefined {
  const { path, keys, depth, entry, entries, lines, subchart, context } = matched;
  const key = path.at(-1);
  if (typeof key !== 'string' || (keys[depth - 1] as { at: number }).at !== path.length - 2) return undefined;
  const under = templatedKeysUnder(entry, entries, lines);
  if (!under.keys.length) return undefined;
  const items = (valuesPath: KeyPath) => valuesItems(valuesPath, subchart, context);
  const loops = under.keys.map(line =>
    resolveKeyLoop(line.keyTemplate, key, matched.loopsAt(line.line), items)
  );
  const looped = under.keys.flatMap((line, i) => (loops[i] ? [{ line, loop: loops[i] }] : []));
  const unknown = under.keys.filter((_, i) => loops[i] === undefined);
  const chosen =
    looped.length === 1
      ? looped[0]
      : !looped.length && unknown.length === 1 && !under.pastes
        ? { line: unknown[0] as (typeof under.keys)[number], loop: undefined }
        : undefined;
  if (!chosen) return undefined;
  const { line, loop } = chosen;
  const keyEntry: TemplateKeyLine = {
    ...entry,
    line: line.line,
    indent: line.indent,
    keys: [...entry.keys, key]
  };
  return {
    ...matched,
    depth: depth + 1,
    entry: keyEntry,
    templatedKey: { template: line.keyTemplate, rendered: key },
    // The loop that wrote the key (the innermost with its key variable), made whole when it reads a
    // field of another loop's item.
    loopsAt: at => {
      const open = matched.loopsAt(at);
      if (at !== line.line || !loop) return open;
      const innermost = open.map(other => other.keyVariable).lastIndexOf(loop.keyVariable);
      return open.map((other, i) => (i === innermost ? loop : other));
    }
  };
}

/** A rendered key found on a template line (`entry`), `depth` keys of `path` deep. */
interface MatchedKey {
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
interface VariableLines {
  /** Values paths the template changes through a variable: no values line holds what renders there. */
  changed: readonly string[][];
  /** Whether a line of the inlined template between `from` and `to` (1-based) read a variable as its path. */
  rewritten(from: number, to: number): boolean;
}

/** A template's variables, bound once per template for each render (a chart's findings share templates). */
const boundTemplates = new WeakMap<MappingContext, Map<string, BoundVariables>>();

function boundVariables(
  template: string,
  text: string,
  subchart: string[],
  context: MappingContext
): BoundVariables {
  let byTemplate = boundTemplates.get(context);
  if (!byTemplate) boundTemplates.set(context, (byTemplate = new Map()));
  let bound = byTemplate.get(template);
  if (!bound) byTemplate.set(template, (bound = bindValuesVariables(text, valuesReader(subchart, context))));
  return bound;
}

/** The chart's merged values, as a `ternary`'s condition reads them (values-variables.ts). */
function valuesReader(subchart: string[], context: MappingContext): ValuesReader {
  return {
    empty: path => valuesEmpty(path, subchart, context),
    hasKey: (path, key) => {
      const keys = valuesItems(path, subchart, context);
      if (!keys) {
        const value = valuesValue(path, subchart, context);
        // An empty map has no key; an unset path or a scalar is not a map `hasKey` reads.
        return typeof value === 'object' && value !== null && !Array.isArray(value) ? false : undefined;
      }
      if (keys.some(k => typeof k === 'number')) return undefined;
      if (!keys.includes(key)) return false;
      // Helm drops a key set to null when it merges values files.
      return valuesValue([...path, key], subchart, context) === null ? undefined : true;
    }
  };
}

/**
 * Whether the template changes a values path, or part of it, through a variable (`set $sc
 * "capabilities" …` changes `sc.capabilities` and so `sc`, but not `sc.runAsUser`).
 */
function changedInTemplate(valuesPath: KeyPath, changed: readonly string[][]): boolean {
  return changed.some(path =>
    path.every((segment, i) => i >= valuesPath.length || valuesPath[i] === segment)
  );
}

/** The whole path is written on the key line: the values it reads, a chart file it pastes, or the line. */
function mapKeyLine(matched: MatchedKey, rendered: unknown): Mapped {
  const { entry, lines, at, subchart, context, variables } = matched;
  const lineText = lines[entry.line - 1] ?? '';
  const valueText = lineText.slice(lineText.indexOf(':') + 1);
  // Values a named template on the line reads (`{{ include "redis.password" . | b64enc }}`,
  // `image: {{ template "redis.image" . }}`), after the line's own.
  const chartDirs = chartDirsOf(subchart, context);
  const definitions = [...valueText.matchAll(/\b(?:include|template)\s+"([^"]+)"/g)].map(
    match => definitionText(match[1] as string, chartDirs, context) ?? ''
  );
  // A named template that prints the rendered value as its own text, in one of its branches
  // (kubecost's `gcr.io/kubecost1/cost-model-nightly:latest` beside `{{ .Values.kubecostModel.image
  // }}:prod-…`), took it from none of the values it reads, though one may be part of it.
  const included = definitions.some(definition => printsLiterally(definition, rendered))
    ? []
    : definitions.flatMap(definition => valuesReferences(definition));
  const own = valuesReferences(valueText).reverse();
  // `{{ $val }}` in `range $key, $val := .Values.env`, `{{ .x }}` in `with .Values.pod`: a scalar item of values.
  const looped = matched.ownLine(entry.line) ? loopReferences(matched, valueText, rendered) : [];
  for (const reference of [...own, ...looped, ...included.reverse()] as KeyPath[]) {
    const found = lookupValues(reference, subchart, context);
    // A named template's argument that is a whole mapping (`.Values.image`, `.Values.global`) says
    // nothing of which of its lines the value came from.
    const scalar = !own.includes(reference as string[])
      ? ['string', 'number', 'boolean'].includes(typeof found?.value)
      : true;
    if (
      found?.exact &&
      scalar &&
      !changedInTemplate(reference, variables.changed) &&
      found.value !== '' &&
      found.value !== null &&
      renderedFrom(rendered, found.value)
    )
      return withoutValue(found);
  }
  // A chart file read whole (`tls.key: {{ .Files.Get "files/tls.key" | b64enc }}`): the file is the source.
  const read = chartFilesRead(valueText, at(entry.line).file)[0];
  if (read && context.readText(read) !== undefined)
    return { file: read, line: 1, exact: true, via: 'template' };
  return { ...at(entry.line), exact: true, via: 'template' };
}

/** Whether a line of a named template's text is the rendered scalar as it stands, without an action. */
function printsLiterally(definition: string, rendered: unknown): boolean {
  if (typeof rendered !== 'string' || rendered === '') return false;
  return definition
    .split('\n')
    .some(line => !line.includes('{{') && line.trim().replace(/^"(.*)"$/, '$1') === rendered);
}

/** The values paths a key line's value reads through the `range` and `with` blocks over values it sits in. */
function loopReferences(matched: MatchedKey, valueText: string, rendered: unknown): KeyPath[] {
  const { object, path, entry, subchart, context } = matched;
  const loops = matched.loopsAt(entry.line);
  if (!loops.length) return [];
  const names = renderedItemNames(object, path);
  return loopValuesReferences(valueText, rendered, {
    loops,
    itemNames: [
      ...entry.itemNameTemplates.map((template, i) => ({
        ...(template !== undefined ? { template } : {}),
        ...(names[i] !== undefined ? { rendered: names[i] } : {})
      })),
      ...(matched.templatedKey ? [matched.templatedKey] : [])
    ],
    items: valuesPath => valuesItems(valuesPath, subchart, context),
    value: valuesPath => valuesValue(valuesPath, subchart, context)
  });
}

/** The rest of the path comes from a block the template pastes in (`toYaml .Values.x | nindent`). */
function mapPastedBlock(matched: MatchedKey): Mapped {
  const { object, path, keys, depth, entry, entries, lines, at, subchart, context, variables } = matched;
  const next = entries.find(e => e.line > entry.line && e.indent <= entry.indent);
  const block = lines
    .slice(entry.line - 1, (next?.line ?? lines.length + 1) - 1)
    .join('\n')
    .slice(0, 4000);
  // `{{- with .Values.x }}` may open on the line above the key, which then sits inside it.
  const above = withLineAbove(lines, entry.line - 1);
  const blockText = `${above}${block}`;
  // A block a variable pastes (`toYaml $sc`) may hold what the template set in it: the values line
  // must hold the rendered scalar.
  const fromVariable = variables.rewritten(
    entry.line - (above ? 1 : 0),
    (next?.line ?? lines.length + 1) - 1
  );
  const rendered = object.document.getIn(path);
  const values = (valuesPath: KeyPath) => {
    if (changedInTemplate(valuesPath, variables.changed)) return undefined;
    const found = lookupValues(valuesPath, subchart, context);
    return !fromVariable || !isScalarValue(rendered) || (found?.exact && sameScalar(rendered, found.value))
      ? found
      : undefined;
  };
  const defaulted = defaultedValuesPaths(blockText);
  const blockPath = defaulted
    ? (defaulted.find(candidate => !valuesEmpty(candidate, subchart, context)) ?? defaulted[1])
    : blockValuesPath(blockText);
  const keyAt = (keys[depth - 1] as { at: number }).at;
  const rest = path.slice(keyAt + 1);
  // An item of a list the template writes in part itself: which item of which values list it is.
  const item =
    typeof rest[0] === 'number'
      ? valuesListItem(object, path.slice(0, keyAt + 1), rest[0], blockText, subchart, context)
      : undefined;
  if (item === 'template') return { ...at(entry.line), exact: false, via: 'template' };
  if (item) {
    const found = values([...item, ...rest.slice(1)]);
    if (found) return withoutValue(found);
  } else if (blockPath) {
    const found = values([...blockPath, ...rest]);
    if (found) return withoutValue(found);
  }
  if (!item && isScalarValue(rendered)) {
    const end = (next?.line ?? lines.length + 1) - 1;
    const found = pastedFromLoopItem(matched, entry.line + 1, end, rest, rendered, values);
    if (found) return withoutValue(found);
  }
  return { ...at(entry.line), exact: false, via: 'template' };
}

/** `toYaml .stringData`, `toYaml $file.data`, `toYaml .`, `.data | toYaml`: what a line pastes, of the dot or a variable. */
const PASTED_FIELD =
  /toYaml\s+\(?\s*(\$[A-Za-z0-9_]+)?((?:\.[A-Za-z0-9_]+)+|\.)(?=[\s)|]|-?\}\})|\{\{-?\s*(\$[A-Za-z0-9_]+)?((?:\.[A-Za-z0-9_]+)+|\.)\s*\|\s*toYaml\b/;

/**
 * The values line of a rendered scalar that a line of the block (lines `from` to `to` of the inlined
 * template) pastes from an item of a `range` over values: `{{- toYaml .stringData | nindent 2 }}`
 * in `range $name, $file := .Values.secret.files`, or `{{- toYaml . }}` in `with .encodedData` there
 * (stakater's application chart). The item is the one whose values hold the rendered scalar at the
 * rendered key's place; none when no item or several do.
 */
function pastedFromLoopItem(
  matched: MatchedKey,
  from: number,
  to: number,
  rest: KeyPath,
  rendered: string | number | boolean,
  values: (valuesPath: KeyPath) => (Mapped & { value?: unknown }) | undefined
): (Mapped & { value?: unknown }) | undefined {
  const { lines, subchart, context } = matched;
  const found: (Mapped & { value?: unknown })[] = [];
  for (let line = from; line <= to && found.length < 2; line++) {
    const pasted = PASTED_FIELD.exec(lines[line - 1] ?? '');
    if (!pasted) continue;
    const variable = pasted[1] ?? pasted[3];
    const fieldText = (pasted[2] ?? pasted[4]) as string;
    const fields = fieldText === '.' ? [] : fieldText.slice(1).split('.');
    if (
      !variable &&
      ['Values', 'Release', 'Chart', 'Files', 'Capabilities', 'Template'].includes(fields[0] ?? '')
    )
      continue;
    const open = matched.loopsAt(line);
    const loop = variable
      ? [...open].reverse().find(other => other.valueVariable === variable)
      : open.find(other => other.dot);
    if (!loop || (loop.within && loop.range)) continue;
    const outer = loop.within ?? loop;
    const inner = loop.within ? loop.valuesPath : [];
    const itemsOf = outer.range ? (valuesItems(outer.valuesPath, subchart, context) ?? []) : [undefined];
    for (const item of itemsOf.slice(0, 1000)) {
      const at = [...outer.valuesPath, ...(item === undefined ? [] : [item]), ...inner, ...fields, ...rest];
      const value = values(at);
      if (value?.exact && sameScalar(rendered, value.value)) found.push(value);
    }
  }
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The values path of the rendered list item at `index` of the list at `listPath`, of the values lists
 * the template block (`blockText`) reads, the one it pastes whole first: the item's index there
 * counts neither the items the template writes itself nor those of another values list before it.
 * 'template' when the template wrote it; undefined when that cannot be told (the list is not pasted
 * as it is in values).
 */
function valuesListItem(
  object: RenderedObject,
  listPath: KeyPath,
  index: number,
  blockText: string,
  subchart: string[],
  context: MappingContext
): KeyPath | 'template' | undefined {
  const rendered = object.document.getIn(listPath);
  if (!isSeq(rendered)) return undefined;
  const first = blockValuesPath(blockText);
  const paths = [...(first ? [first] : []), ...valuesReferences(blockText)].filter(
    (candidate, i, all) => all.findIndex(other => other.join('.') === candidate.join('.')) === i
  );
  const lists: { path: string[]; items: unknown[] }[] = [];
  for (const candidate of paths.slice(0, 20)) {
    const items = valuesList(candidate, subchart, context);
    if (items) lists.push({ path: candidate, items });
  }
  const place = placeListItem(
    rendered.toJSON() as unknown[],
    index,
    lists.map(list => list.items)
  );
  if (place === undefined || place === 'template') return place;
  return [...(lists[place.list] as { path: string[] }).path, place.index];
}

/**
 * Whether a template key line's value, with each `{{ .Values.x }}` action (optionally piped to
 * `quote`) replaced by its values scalar, is the rendered scalar. False when an action is anything else.
 */
function rendersTo(
  lineText: string,
  rendered: unknown,
  subchart: string[],
  context: MappingContext
): boolean {
  if (typeof rendered !== 'string' && typeof rendered !== 'number' && typeof rendered !== 'boolean')
    return false;
  const value = lineText
    .slice(lineText.indexOf(':') + 1)
    .trim()
    // A trailing comment (`hostNetwork: true # required to fetch correct hostname`, which Helm keeps).
    .replace(/\s+#[^"'{}]*$/, '')
    .replace(/^"(.*)"$|^'(.*)'$/, '$1$2');
  let resolvable = true;
  const filled = value.replace(
    /\{\{-?\s*\$?\.Values((?:\.[A-Za-z0-9_]+)+)\s*(?:\|\s*quote\s*)?-?\}\}|\{\{[\s\S]*?\}\}/g,
    (action, path?: string) => {
      const found =
        path === undefined ? undefined : lookupValues(path.slice(1).split('.'), subchart, context)?.value;
      if (typeof found === 'string' || typeof found === 'number' || typeof found === 'boolean')
        return String(found);
      resolvable = false;
      return action;
    }
  );
  return resolvable && filled.replace(/^"(.*)"$/, '$1') === String(rendered);
}

/**
 * Whether a rendered scalar shows the values scalar a template line reads: as it is, quoted, in part
 * of a longer text (`repo:{{ .Values.tag }}`), cut short (`trunc`), in other case, or base64-encoded
 * (`b64enc`). A value the template only chooses by (`{{ .Values.ipv4.enabled | ternary "127.0.0.1"
 * "::1" }}`, `{{ if .Values.tls }}https{{ end }}`) is not where the rendered text comes from: the
 * template line is. A rendered map or list (from a scalar?) says nothing against it.
 */
function renderedFrom(rendered: unknown, value: unknown): boolean {
  if (typeof rendered !== 'string' && typeof rendered !== 'number' && typeof rendered !== 'boolean')
    return true;
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return true;
  const shown = String(rendered).toLowerCase();
  const given = String(value).toLowerCase();
  return (
    shown.includes(given) ||
    (shown.length >= 3 && given.startsWith(shown)) ||
    String(rendered) === Buffer.from(String(value)).toString('base64')
  );
}

/** The line above line index `at` when it only opens `{{- with .Values.x }}`, with its line break; else ''. */
function withLineAbove(lines: readonly string[], at: number): string {
  const above = lines[at - 1] ?? '';
  return /^\s*\{\{-?\s*with\s+\$?\.Values(\.[A-Za-z0-9_]+)+\s*-?\}\}\s*$/.test(above) ? `${above}\n` : '';
}

function withoutValue(found: Mapped & { value?: unknown }): Mapped {
  const { value: _value, ...mapped } = found;
  return mapped;
}
