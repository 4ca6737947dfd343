/**
 * Other objects of a kustomize render that a finding's message names (BH517's ServiceAccount), named as
 * their files name them. A base deployed by a `dev-` and a `prod-` overlay gives one finding at the
 * base's line only when its message is the same in both renders.
 */
import { sourceNameOf } from './map-kustomize.js';
import type { MappingContext } from './mapping-context.js';
import type { RenderedObject } from './rendered-objects.js';

/** `ServiceAccount 'prod-app'`: a kind, then the quoted name, as rule messages name objects. */
const NAMED_OBJECT = /\b([A-Z][A-Za-z0-9]*) '([^'\n]+)'/g;

/** Renames the objects of one render that messages name; source names are looked up once per object. */
export function sourceNamer(
  objects: readonly RenderedObject[],
  context: MappingContext
): (message: string, own: RenderedObject | undefined) => string {
  if (context.root.kind !== 'kustomize') return message => message;
  const byKey = new Map<string, RenderedObject[]>();
  for (const object of objects) {
    if (!object.kind || !object.name) continue;
    const key = `${object.kind}\u0000${object.name}`;
    byKey.set(key, [...(byKey.get(key) ?? []), object]);
  }
  const known = new Map<string, string | undefined>();
  const sourceName = (kind: string, name: string) => {
    const key = `${kind}\u0000${name}`;
    const named = byKey.get(key);
    if (!named) return undefined;
    if (!known.has(key)) {
      // Objects of one kind and name in several namespaces are renamed only when their files agree.
      const names = new Set(named.map(o => sourceNameOf(o, context)));
      known.set(key, names.size === 1 ? [...names][0] : undefined);
    }
    return known.get(key);
  };
  return (message, own) =>
    message.replace(NAMED_OBJECT, (whole, kind: string, name: string) => {
      // The finding's own object is named by the file its line is in (mapKustomize).
      if (own && kind === own.kind && name === own.name) return whole;
      const renamed = sourceName(kind, name);
      return renamed === undefined ? whole : `${kind} '${renamed}'`;
    });
}
