/**
 * The values a key line reads through the `range` or `with` over values it sits in: `value: {{ $val |
 * quote }}` in `{{- range $key, $val := .Values.env }}` is `env.<key>` of the item Helm was on when
 * it rendered the line, `{{ .hostNetwork }}` in `{{- with .Values.pod }}` is `pod.hostNetwork`. A
 * `range` item is the one the rendered list item's name names (`- name: {{ $key }}`), or else the only
 * item whose value is the rendered one; none when that cannot be told.
 */
import type { KeyPath } from './rendered-objects.js';
import type { ValuesLoop } from './values-loops.js';

export interface LoopScope {
  /** The values loops open on the key line (values-loops.ts). */
  loops: readonly ValuesLoop[];
  /** For each list item above the key line, outermost first: its templated `name:` and the rendered name. */
  itemNames: readonly { template?: string; rendered?: string }[];
  /** The keys (a map) or indices (a list) a `range` over a values path goes through. */
  items(valuesPath: KeyPath): (string | number)[] | undefined;
  /** The value Helm gives a values path. */
  value(valuesPath: KeyPath): unknown;
}

/** `$val`, `$val.a.b`, `.a.b` or `.` in an action: a variable or the dot, and the fields read from it. */
const REFERENCE =
  /(\$[A-Za-z_][A-Za-z0-9_]*)((?:\.[A-Za-z_][A-Za-z0-9_]*)*)|(?<![A-Za-z0-9_)\].$])((?:\.[A-Za-z_][A-Za-z0-9_]*)+|\.(?![A-Za-z0-9_.]))/g;
/** A name that is one such reference, maybe quoted: `{{ $key }}`, `{{ .name | quote }}`. */
const PRINTED_NAME =
  /^"?\{\{-?\s*(\$[A-Za-z_][A-Za-z0-9_]*|(?=\.))((?:\.[A-Za-z_][A-Za-z0-9_]*)*|\.)\s*(?:\|\s*quote\s*)?-?\}\}"?$/;
/** Fields of the chart's root, never of a values item: `.Values.x` in a loop is a reference of its own. */
const ROOT_FIELDS = new Set(['Values', 'Release', 'Chart', 'Capabilities', 'Template', 'Files', 'Subcharts']);
/** Items of a values map or list looked through, at most. */
const MAX_ITEMS = 1000;

/** The values paths a key line's value (`valueText`) reads through the loops it sits in. */
export function loopValuesReferences(valueText: string, rendered: unknown, scope: LoopScope): KeyPath[] {
  if (!scope.loops.length) return [];
  const references: KeyPath[] = [];
  for (const [action] of valueText.matchAll(/\{\{[\s\S]*?\}\}/g))
    for (const match of action.matchAll(REFERENCE)) {
      const variable = match[1];
      const fields = fieldsOf(match[2] ?? match[3] ?? '');
      if (!variable && ROOT_FIELDS.has(fields[0] ?? '')) continue;
      const loop = variable
        ? [...scope.loops].reverse().find(open => open.valueVariable === variable)
        : scope.loops.find(open => open.dot);
      // A loop over a field of another loop's item whose item was not told (resolveKeyLoop).
      if (!loop || loop.within) continue;
      if (!loop.range) {
        references.push([...loop.valuesPath, ...fields]);
        continue;
      }
      const item = loopItem(loop, fields, rendered, scope);
      if (item !== undefined) references.push([...loop.valuesPath, item, ...fields]);
    }
  return references;
}

/** The item of a `range` the rendered value came from: named by the rendered list item, or the only one holding it. */
function loopItem(
  loop: ValuesLoop,
  fields: string[],
  rendered: unknown,
  scope: LoopScope
): string | number | undefined {
  const items = scope.items(loop.valuesPath)?.slice(0, MAX_ITEMS);
  if (!items) return undefined;
  const valueOf = (item: string | number, at: string[]) => scope.value([...loop.valuesPath, item, ...at]);
  for (const { template, rendered: name } of scope.itemNames) {
    const printed = template === undefined ? null : PRINTED_NAME.exec(template);
    if (!printed || name === undefined) continue;
    const variable = printed[1] as string;
    const nameFields = fieldsOf(printed[2] as string);
    let named: (string | number)[];
    if (variable !== '' && variable === loop.keyVariable && nameFields.length === 0)
      named = items.filter(item => String(item) === name);
    else if ((variable === '' && loop.dot) || (variable !== '' && variable === loop.valueVariable))
      named = items.filter(item => sameScalar(name, valueOf(item, nameFields)));
    else continue;
    if (named.length === 1) return named[0];
  }
  if (!isScalarValue(rendered)) return undefined;
  const holding = items.filter(item => sameScalar(rendered, valueOf(item, fields)));
  return holding.length === 1 ? holding[0] : undefined;
}

function fieldsOf(text: string): string[] {
  return text === '.' || text === '' ? [] : text.slice(1).split('.');
}

export function isScalarValue(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** Whether a values scalar is the rendered one, compared as the text Helm prints. */
export function sameScalar(rendered: string | number | boolean, value: unknown): boolean {
  return isScalarValue(value) && String(value) === String(rendered);
}

/**
 * The `range` whose key a templated map key prints (`{{ $key }}: {{ $value | b64enc }}`), given the
 * rendered key: the loop, its values path made whole when it reads a field of another loop's item (the
 * one item whose field holds the key), when the key is one of the loop's; false when it is not, so
 * the line did not write it; undefined when that cannot be told (another key template, the values
 * unknown, or several items of the outer loop holding the key).
 */
export function resolveKeyLoop(
  keyTemplate: string,
  renderedKey: string,
  loops: readonly ValuesLoop[],
  items: (valuesPath: KeyPath) => (string | number)[] | undefined
): ValuesLoop | false | undefined {
  const printed = PRINTED_NAME.exec(keyTemplate.trim());
  const variable = printed?.[1];
  if (!variable || printed[2] !== '') return undefined;
  const loop = [...loops]
    .reverse()
    .find(open => open.keyVariable === variable || open.valueVariable === variable);
  if (!loop?.range || loop.keyVariable !== variable) return undefined;
  const holds = (valuesPath: KeyPath) => {
    const keys = items(valuesPath)?.slice(0, MAX_ITEMS);
    return keys === undefined ? undefined : keys.some(key => String(key) === renderedKey);
  };
  const { within, ...own } = loop;
  if (!within) return holds(loop.valuesPath) === undefined ? undefined : holds(loop.valuesPath) && own;
  const outer = items(within.valuesPath)?.slice(0, MAX_ITEMS);
  if (!outer) return undefined;
  const paths = outer.map(item => [...within.valuesPath, item, ...loop.valuesPath]);
  const known = paths.map(holds);
  const holding = paths.filter((_, i) => known[i] === true);
  if (holding.length === 1) return { ...own, valuesPath: holding[0] as KeyPath };
  return holding.length === 0 && !known.includes(undefined) ? false : undefined;
}
