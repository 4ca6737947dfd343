/**
 * Helm: from the template line that wrote a rendered key (a MatchedKey) to the line the user edits:
 * the values line the value comes from, a chart file it pastes, a values list item, or the template
 * line itself.
 */
import { Buffer } from 'node:buffer';
import { isSeq } from '../targets/yaml/yaml-library.js';
import { definitionText } from './inline-includes.js';
import { type Mapped, type MappingContext } from './mapping-context.js';
import type { KeyPath, RenderedObject } from './rendered-objects.js';
import { blockValuesPath, defaultedValuesPaths, valuesReferences } from './template-key-lines.js';
import { placeListItem } from './values-list-item.js';
import { renderedItemNames } from './rendered-item-names.js';
import { isScalarValue, loopValuesReferences, sameScalar } from './loop-references.js';
import { lookupValues, valuesEmpty, valuesItems, valuesList, valuesValue } from './helm-values.js';
import { chartDirsOf, type MatchedKey } from './helm-matched-key.js';
import { chartFilesRead } from './helm-pasted-sources.js';

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
export function mapKeyLine(matched: MatchedKey, rendered: unknown): Mapped {
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
export function mapPastedBlock(matched: MatchedKey): Mapped {
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
export function rendersTo(
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
