/**
 * Whether a kustomize patch's `target` selects a rendered object, as kustomize's `Select` decides
 * (api/resmap/reswrangler.go): `name` and `namespace` match the object's original or current value,
 * `group`, `version` and `kind` its type, each as an anchored regular expression; `labelSelector` and
 * `annotationSelector` its labels and annotations. The render only shows the object as it ends: its
 * name at the patch's kustomization is the resource's name with some of the rendered prefixes and
 * suffixes, and its labels are the rendered ones.
 */
import { isMap, isScalar } from '../targets/yaml/yaml-library.js';
import { wholeMatcher } from './anchored-pattern.js';
import type { PatchTarget } from './kustomization-sources.js';
import { matchesLabelSelector } from './label-selector.js';
import type { RenderedObject } from './rendered-objects.js';

/** What the object's resource file says, when it is known (a generated object has none). */
export interface OriginalIdentity {
  name?: string;
  namespace?: string;
}

/** The most names between the resource's and the rendered one that are tried (prefix and suffix lengths). */
const MAX_NAMES = 2000;

/**
 * Whether the target can select the object. A field this reader does not understand (a pattern with
 * flags, a malformed selector) does not rule the object out: the patch stays a candidate, as before.
 */
export function targetSelects(
  target: PatchTarget,
  object: RenderedObject,
  original: OriginalIdentity
): boolean {
  const apiVersion = object.document.get('apiVersion');
  const [group, version] =
    typeof apiVersion === 'string' && apiVersion.includes('/')
      ? (apiVersion.split('/', 2) as [string, string])
      : ['', typeof apiVersion === 'string' ? apiVersion : ''];
  const renderedNamespace = object.document.getIn(['metadata', 'namespace']);
  const names = object.name === undefined ? [] : namesBetween(object.name, original.name);
  const checks: [string | undefined, string[]][] = [
    [target.group, [group]],
    [target.version, [version]],
    [target.kind, object.kind === undefined ? [] : [object.kind]],
    [target.name, names],
    // An object without a namespace is in `default` to kustomize (EffectiveNamespace).
    [
      target.namespace,
      [typeof renderedNamespace === 'string' ? renderedNamespace : 'default', original.namespace ?? 'default']
    ]
  ];
  for (const [pattern, values] of checks) {
    const matches = pattern === undefined || values.length === 0 ? undefined : wholeMatcher(pattern);
    if (matches && !values.some(matches)) return false;
  }
  for (const [selector, field] of [
    [target.labelSelector, 'labels'],
    [target.annotationSelector, 'annotations']
  ] as const)
    if (selector !== undefined && matchesLabelSelector(selector, stringMap(object, field)) === false)
      return false;
  return true;
}

/**
 * The names the object may have had at some kustomization: the rendered name with outer prefixes and
 * suffixes taken off, down to the resource's name (`prod-dev-api`: `dev-api`, `api`, …).
 */
function namesBetween(rendered: string, original: string | undefined): string[] {
  const at = original === undefined || original === '' ? -1 : rendered.lastIndexOf(original);
  // A generated object's name has kustomize's hash after the generator's name: any part may be it.
  if (original === undefined || at < 0) return substrings(rendered);
  const end = at + original.length;
  const names: string[] = [];
  for (let start = 0; start <= at; start++)
    for (let stop = rendered.length; stop >= end; stop--) {
      if (names.length >= MAX_NAMES) return [rendered, original, ...names];
      names.push(rendered.slice(start, stop));
    }
  return names;
}

/** Every part of a name (bounded), for an object whose resource's name is unknown. */
function substrings(name: string): string[] {
  const names: string[] = [];
  for (let start = 0; start < name.length; start++)
    for (let stop = name.length; stop > start; stop--) {
      if (names.length >= MAX_NAMES) return [name, ...names];
      names.push(name.slice(start, stop));
    }
  return names;
}

/** The object's labels or annotations, those with string values. */
function stringMap(object: RenderedObject, field: 'labels' | 'annotations'): Record<string, string> {
  const node = object.document.getIn(['metadata', field]);
  const map: Record<string, string> = {};
  if (isMap(node))
    for (const pair of node.items)
      if (isScalar(pair.key) && isScalar(pair.value))
        map[String(pair.key.value)] = String(pair.value.value ?? '');
  return map;
}
