/**
 * Kustomize: an object as each of its patches found it, replayed from its resource. A JSON 6902 patch
 * names a list item by its index in the object as it was when the patch ran; a strategic-merge patch
 * that kustomize applies before it, or after it, moves items: kustomize's merge puts the items a patch
 * names first, in the patch's order, then the others. `/containers/0` may be the render's second
 * container. The replay tells which item (by its `name`) the index meant.
 *
 * The merge is kustomize's in what moves, adds and deletes list items; where the replay cannot follow
 * a patch (a directive it does not know, a path the object does not have) it stops, and the patches
 * after it are matched by index as before.
 */
import { isMap, isSeq, parseAllDocuments } from '../targets/yaml/yaml-library.js';
import type { PatchSource } from './kustomization-sources.js';

/** The object's kind and rendered name: which document of a patch or resource file is it. */
export interface ObjectIdentity {
  kind?: string;
  name?: string;
}

/**
 * Keys that identify the items of a list a strategic merge merges item by item, in kustomize's (kyaml's)
 * order of preference; the first that every item has is the list's key. A list without one is replaced.
 */
const ASSOCIATIVE_KEYS = ['mountPath', 'devicePath', 'ip', 'type', 'topologyKey', 'name', 'containerPort'];

/** A patch kustomize applied that the replay cannot follow. */
class Unfollowable extends Error {}

/** Patches replayed, at most, and list items merged: an object has a few dozen of each. */
const MAX_PATCHES = 200;

/**
 * The object as each patch of `patches` (those kustomize applied to it, in its order) found it, replayed
 * from `resource` (the object's document in its resource file, as data), by patchKey. A patch the
 * replay cannot follow, and those after it, have no state.
 */
export function statesBeforePatches(
  resource: unknown,
  patches: readonly PatchSource[],
  identity: ObjectIdentity
): Map<string, unknown> {
  const states = new Map<string, unknown>();
  let state = resource;
  for (const source of patches.slice(0, MAX_PATCHES)) {
    // A patch file listed twice is looked up as its first application.
    if (!states.has(patchKey(source))) states.set(patchKey(source), state);
    try {
      const ops = jsonPatchOps(source.text);
      if (ops) state = ops.reduce(applyOp, state);
      else {
        const patch = patchDocument(source.text, source.target ? {} : identity);
        if (patch === undefined) throw new Unfollowable();
        state = strategicMerge(state, patch);
      }
    } catch {
      break;
    }
  }
  return states;
}

/** What statesBeforePatches knows a patch by: patchSources gives new objects on each call. */
export function patchKey(source: PatchSource): string {
  return `${source.field}\0${source.file}\0${source.firstLine}`;
}

/** The document of a resource or patch file that is the object (by kind and name), as data. */
export function patchDocument(text: string, identity: ObjectIdentity): unknown {
  let documents: unknown[];
  try {
    documents = parseAllDocuments(text).map(document => document.toJSON() as unknown);
  } catch {
    return undefined;
  }
  const candidates = documents.filter(
    data =>
      isObject(data) &&
      (identity.kind === undefined || data.kind === undefined || data.kind === identity.kind)
  ) as Record<string, unknown>[];
  // As findYamlKey takes it: of the names the rendered one contains (a `namePrefix` comes first), the longest.
  const nameOf = (data: Record<string, unknown>) =>
    isObject(data.metadata) && typeof data.metadata.name === 'string' ? data.metadata.name : undefined;
  const { name } = identity;
  if (name === undefined) return candidates[0];
  const named = candidates
    .filter(data => nameOf(data) === undefined || name.includes(nameOf(data) as string))
    .sort((a, b) => (nameOf(b)?.length ?? -1) - (nameOf(a)?.length ?? -1));
  return named[0];
}

/** A patch's operations when it is a JSON 6902 patch (a list of maps with `op`); else undefined. */
export function jsonPatchOps(text: string): Record<string, unknown>[] | undefined {
  let root: unknown;
  try {
    root = parseAllDocuments(text)[0]?.contents;
  } catch {
    return undefined;
  }
  if (!isSeq(root) || !root.items.some(op => isMap(op) && op.has('op'))) return undefined;
  return (root.toJSON() as unknown[]).filter(isObject);
}

/** `/spec/containers/0/image` → ['spec', 'containers', '0', 'image'] (`~1` is `/`, `~0` is `~`). */
export function pointerSegments(pointer: string): string[] | undefined {
  if (!pointer.startsWith('/')) return undefined;
  return pointer
    .slice(1)
    .split('/')
    .map(segment => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The value at a pointer's segments; undefined when the object has no such path. */
export function valueAt(data: unknown, segments: readonly string[]): unknown {
  let node = data;
  for (const segment of segments) {
    if (Array.isArray(node)) node = /^\d+$/.test(segment) ? node[Number(segment)] : undefined;
    else if (isObject(node)) node = Object.hasOwn(node, segment) ? node[segment] : undefined;
    else return undefined;
  }
  return node;
}

/** The `name` of a list item, when it has one. */
export function itemName(item: unknown): string | undefined {
  return isObject(item) && typeof item.name === 'string' ? item.name : undefined;
}

/** The object with one JSON 6902 operation applied (RFC 6902); throws where kustomize would fail. */
export function applyOp(data: unknown, op: Record<string, unknown>): unknown {
  const path = typeof op.path === 'string' ? pointerSegments(op.path) : undefined;
  if (!path) throw new Unfollowable();
  const from = typeof op.from === 'string' ? pointerSegments(op.from) : undefined;
  switch (op.op) {
    case 'add':
      return withValue(data, path, op.value, 'insert');
    case 'replace':
      return withValue(data, path, op.value, 'replace');
    case 'remove':
      return withValue(data, path, undefined, 'remove');
    case 'move':
    case 'copy': {
      if (!from) throw new Unfollowable();
      const value = valueAt(data, from);
      if (value === undefined) throw new Unfollowable();
      const source = op.op === 'move' ? withValue(data, from, undefined, 'remove') : data;
      return withValue(source, path, structuredClone(value), 'insert');
    }
    case 'test':
      return data;
    default:
      throw new Unfollowable();
  }
}

/** A copy of `data` with the value at `path` inserted (an object's key set), replaced or removed. */
function withValue(
  data: unknown,
  path: readonly string[],
  value: unknown,
  how: 'insert' | 'replace' | 'remove'
): unknown {
  if (path.length === 0) {
    if (how === 'remove') throw new Unfollowable();
    return value;
  }
  const [segment, ...rest] = path as [string, ...string[]];
  if (Array.isArray(data)) {
    const last = rest.length === 0;
    const index = segment === '-' && last && how === 'insert' ? data.length : Number(segment);
    if (!/^\d+$/.test(segment) && segment !== '-') throw new Unfollowable();
    if (index > data.length || (index === data.length && !(last && how === 'insert')))
      throw new Unfollowable();
    const copy = [...data];
    if (!last) copy[index] = withValue(data[index], rest, value, how);
    else if (how === 'insert') copy.splice(index, 0, value);
    else if (how === 'replace') copy[index] = value;
    else copy.splice(index, 1);
    return copy;
  }
  if (!isObject(data)) throw new Unfollowable();
  const copy = { ...data };
  if (rest.length) {
    if (!Object.hasOwn(data, segment)) throw new Unfollowable();
    copy[segment] = withValue(data[segment], rest, value, how);
  } else if (how === 'remove') {
    if (!Object.hasOwn(data, segment)) throw new Unfollowable();
    delete copy[segment];
  } else copy[segment] = value;
  return copy;
}

/**
 * A strategic merge of `patch` into `data`, as kustomize moves list items: maps merge key by key
 * (`null` deletes), a list whose items all have an identifying key merges item by item (the patch's
 * items first, then the others; `$patch: delete` drops one), any other list or scalar replaces.
 */
export function strategicMerge(data: unknown, patch: unknown): unknown {
  if (Array.isArray(patch)) return mergeList(Array.isArray(data) ? data : [], patch);
  if (!isObject(patch)) return patch;
  const directive = patch.$patch;
  if (directive === 'replace') return withoutDirectives(patch);
  if (directive !== undefined && directive !== 'merge') throw new Unfollowable();
  const merged: Record<string, unknown> = isObject(data) ? { ...data } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (key === '$patch') continue;
    // `$setElementOrder`, `$retainKeys`, `$deleteFromPrimitiveList`: orders and deletions not replayed.
    if (key.startsWith('$')) throw new Unfollowable();
    if (value === null) delete merged[key];
    else if (isObject(value) && value.$patch === 'delete') delete merged[key];
    else merged[key] = strategicMerge(merged[key], value);
  }
  return merged;
}

function mergeList(data: unknown[], patch: unknown[]): unknown[] {
  if (patch.some(item => isObject(item) && item.$patch === 'replace'))
    return patch.filter(item => !(isObject(item) && item.$patch === 'replace'));
  const key = ASSOCIATIVE_KEYS.find(candidate =>
    [...data, ...patch].every(item => isObject(item) && item[candidate] !== undefined)
  );
  if (key === undefined || data.length + patch.length > 10_000) return patch;
  const id = (item: unknown) => JSON.stringify((item as Record<string, unknown>)[key]);
  const patched = new Set(patch.map(id));
  const merged: unknown[] = [];
  for (const item of patch) {
    if ((item as Record<string, unknown>).$patch === 'delete') continue;
    merged.push(
      strategicMerge(
        data.find(existing => id(existing) === id(item)),
        item
      )
    );
  }
  return [...merged, ...data.filter(item => !patched.has(id(item)))];
}

function withoutDirectives(patch: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(patch).filter(([key]) => !key.startsWith('$')));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
