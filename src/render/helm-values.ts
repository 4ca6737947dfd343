/**
 * Where a Helm chart's value is set: the values files in Helm's order (configured files, the last
 * winning, then the chart's and its subchart's `values.yaml`), read once per render.
 */
import { posix } from 'node:path';
import type { Document } from 'yaml';
import { isNode, parseDocument } from '../targets/yaml/yaml-library.js';
import { findYamlKey } from './find-yaml-key.js';
import { helmChartPath, type ChartLine, type Mapped, type MappingContext } from './mapping-context.js';
import type { KeyPath } from './rendered-objects.js';
import { valuesReferences } from './template-key-lines.js';
import { isEmptyValue } from './values-loops.js';

/**
 * The values files a chart's value may come from, the one that wins first: configured files (last
 * wins), then the chart's and subchart's values.yaml. `prefix` leads to the subchart's values.
 */
function valuesSources(subchart: string[], context: MappingContext): { file: string; prefix: string[] }[] {
  const subName = subchart.length >= 2 ? subchart.at(-1) : undefined;
  const sources: { file: string; prefix: string[] }[] = [];
  const prefix = subName ? [subName] : [];
  for (const file of [...context.valuesFiles].reverse()) sources.push({ file, prefix });
  sources.push({ file: posix.join(context.root.dir, 'values.yaml'), prefix });
  if (subchart.length)
    sources.push({ file: helmChartPath(context, [...subchart, 'values.yaml']), prefix: [] });
  return sources;
}

/**
 * The list a values path holds, from the first values file that sets the path (Helm replaces a list
 * whole, it never merges one); undefined when that is not a list.
 */
export function valuesList(
  valuesPath: KeyPath,
  subchart: string[],
  context: MappingContext
): unknown[] | undefined {
  const first = valuesSettings(valuesPath, subchart, context).next();
  return !first.done && Array.isArray(first.value) ? first.value : undefined;
}

/**
 * The items a `range` over a values path goes through once Helm has merged the values files: the
 * indices of a list (the first file's, as Helm replaces a list whole), the keys of a map (those of
 * every file that sets a map there); undefined for anything else.
 */
export function valuesItems(
  valuesPath: KeyPath,
  subchart: string[],
  context: MappingContext
): (string | number)[] | undefined {
  const keys = new Set<string>();
  for (const data of valuesSettings(valuesPath, subchart, context)) {
    if (Array.isArray(data)) return keys.size ? [...keys] : data.map((_, index) => index);
    if (typeof data !== 'object' || data === null) break;
    for (const key of Object.keys(data)) keys.add(key);
  }
  return keys.size ? [...keys] : undefined;
}

/** The value Helm gives a values path: from the first values file that sets it (`valuesSources`). */
export function valuesValue(valuesPath: KeyPath, subchart: string[], context: MappingContext): unknown {
  const first = valuesSettings(valuesPath, subchart, context).next();
  return first.done ? undefined : first.value;
}

/**
 * Whether a values path is empty as `range` and `with` see it once Helm has merged the values files:
 * unset, or set to an empty value that no file under it fills (maps merge; anything else replaces).
 */
export function valuesEmpty(valuesPath: KeyPath, subchart: string[], context: MappingContext): boolean {
  for (const data of valuesSettings(valuesPath, subchart, context)) {
    if (!isEmptyValue(data)) return false;
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return true;
  }
  return true;
}

/** Values files parsed once per render: a chart's findings read the same few files. */
const parsedValues = new WeakMap<MappingContext, Map<string, Document | undefined>>();

function parsedValuesFile(file: string, context: MappingContext): Document | undefined {
  let parsed = parsedValues.get(context);
  if (!parsed) parsedValues.set(context, (parsed = new Map()));
  if (!parsed.has(file)) {
    const text = context.readText(file);
    let document: Document | undefined;
    try {
      document = text === undefined ? undefined : parseDocument(text);
    } catch {
      document = undefined;
    }
    parsed.set(file, document);
  }
  return parsed.get(file);
}

/** The data each values file that sets a values path gives it, the one that wins first. */
function* valuesSettings(
  valuesPath: KeyPath,
  subchart: string[],
  context: MappingContext
): Generator<unknown> {
  for (const source of valuesSources(subchart, context)) {
    const document = parsedValuesFile(source.file, context);
    const wanted = [...source.prefix, ...valuesPath];
    if (!document?.hasIn(wanted)) continue;
    const node = document.getIn(wanted, true);
    yield isNode(node) ? node.toJSON() : node;
  }
}

/** The values file line of a values path, from the values file that wins (`valuesSources`). */
export function lookupValues(
  valuesPath: KeyPath,
  subchart: string[],
  context: MappingContext
): (Mapped & { value?: unknown }) | undefined {
  let partial: Mapped | undefined;
  for (const source of valuesSources(subchart, context)) {
    const text = context.readText(source.file);
    if (text === undefined) continue;
    const wanted = [...source.prefix, ...valuesPath];
    const match = findYamlKey(text, wanted);
    if (!match) continue;
    if (match.matched === wanted.length)
      return { file: source.file, line: match.line, exact: true, via: 'values', value: match.value };
    if (!partial && match.matched > source.prefix.length + Math.min(1, valuesPath.length - 1))
      partial = { file: source.file, line: match.line, exact: false, via: 'values' };
  }
  return partial;
}

/**
 * The chart's `appVersion` line when a template line's value (`valueText`) printed it into the rendered
 * scalar: an action that names `.Chart.AppVersion` and reads no value that is set, as Helm's scaffold
 * writes the image (`{{ .Values.image.tag | default .Chart.AppVersion }}` with `tag: ""`), and the
 * rendered scalar shows it. The values line of the repository is then not all of the value.
 */
export function takenAppVersion(
  valueText: string,
  rendered: unknown,
  subchart: string[],
  context: MappingContext
): ChartLine | undefined {
  if (!valueText.includes('.Chart.AppVersion') || typeof rendered !== 'string') return undefined;
  const taken = [...valueText.matchAll(/\{\{([\s\S]*?)\}\}/g)].some(
    ([, action]) =>
      action?.includes('.Chart.AppVersion') &&
      valuesReferences(action).every(path => isEmptyValue(lookupValues(path, subchart, context)?.value))
  );
  if (!taken) return undefined;
  const file = helmChartPath(context, [...subchart, 'Chart.yaml']);
  const text = context.readText(file);
  const match = text === undefined ? undefined : findYamlKey(text, ['appVersion']);
  const value = match?.matched === 1 ? match.value : undefined;
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const shown = String(value);
  return shown !== '' && rendered.includes(shown) && match
    ? { file, line: match.line, value: shown }
    : undefined;
}
