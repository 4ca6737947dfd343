/**
 * Helm: the template, named-template, values or chart-file line behind a key of a rendered object
 * (docs/rendering.md "Where findings point").
 */
import { inlineIncludes } from './inline-includes.js';
import { helmChartPath, type Mapped, type MappingContext } from './mapping-context.js';
import type { KeyPath, RenderedObject } from './rendered-objects.js';
import { indexTemplateKeys, type TemplateKeyLine } from './template-key-lines.js';
import { pickByItemNames, renderedItemNames, templatedNameMatches } from './rendered-item-names.js';
import { mapArchivedSubchart } from './map-archived-subchart.js';
import { valuesLoopsByLine } from './values-loops.js';
import { resolveKeyLoop } from './loop-references.js';
import { templatedKeysUnder } from './templated-keys.js';
import { bindValuesVariables, type BoundVariables, type ValuesReader } from './values-variables.js';
import { takenAppVersion, valuesEmpty, valuesItems, valuesValue } from './helm-values.js';
import { chartDirsOf, type MatchedKey, type VariableLines } from './helm-matched-key.js';
import { mapKeyLine, mapPastedBlock, rendersTo } from './map-helm-key-line.js';

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
