import type { YAMLMap } from 'yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from '../targets/yaml/yaml-library.js';
import { findYamlKey, walkKeyPath, type KeyMatch, type KeySearch } from './find-yaml-key.js';
import { applyOp, itemName, pointerSegments, valueAt } from './patch-replay.js';
import type { KeyPath } from './rendered-objects.js';

/** Operations that write a `value` at their `path` (RFC 6902). */
const WRITING_OPS = new Set(['add', 'replace']);

/**
 * Where a kustomize patch sets a key path: a JSON 6902 patch (a list of `op`/`path`/`value`) by the
 * operation whose path leads to the key, and into its `value`; any other patch (strategic merge) as
 * YAML. A JSON patch names list items by index, or `-` for the end. An item with a `name` is the
 * rendered item of that name: the one the operation writes (its `value`), or the one at the index in
 * `before`, the object as the patch found it (statesBeforePatches), with the patch's earlier
 * operations applied. Without names, the index (or `-`) is taken for the rendered item.
 */
export function findInPatch(
  text: string,
  path: KeyPath,
  search: KeySearch = {},
  before?: unknown
): KeyMatch | undefined {
  const lineCounter = new LineCounter();
  let root: unknown;
  try {
    root = parseDocument(text, { lineCounter }).contents;
  } catch {
    return undefined;
  }
  if (!isSeq(root) || !root.items.some(op => isMap(op) && op.has('op')))
    return findYamlKey(text, path, search);
  let best: KeyMatch | undefined;
  let state = before;
  for (const op of root.items) {
    const data = isMap(op) ? (op.toJSON() as Record<string, unknown>) : undefined;
    const writes = isMap(op) && WRITING_OPS.has(String(op.get('op')));
    const pointer = writes ? op.get('path') : undefined;
    const segments = typeof pointer === 'string' ? pointerSegments(pointer) : undefined;
    // The name of the item a segment of the pointer names: the value written, or the object's item.
    const meant = (at: number): string | undefined =>
      at === (segments as string[]).length - 1
        ? itemName(data?.value)
        : itemName(valueAt(state, (segments as string[]).slice(0, at + 1)));
    const match =
      writes && segments && leads(segments, path, meant, search)
        ? matchInOp(op, segments, path, search, lineCounter)
        : undefined;
    if (match && (!best || match.matched > best.matched)) best = match;
    state = afterOp(state, data);
  }
  return best;
}

/** Where in a writing operation whose pointer leads to the key path the path gets. */
function matchInOp(
  op: YAMLMap,
  segments: readonly string[],
  path: KeyPath,
  search: KeySearch,
  lineCounter: LineCounter
): KeyMatch {
  const value = op.items.find(pair => isScalar(pair.key) && pair.key.value === 'value');
  const at = (value?.key ?? op) as { range?: [number, number, number] };
  let match: KeyMatch = { matched: segments.length, line: lineCounter.linePos(at.range?.[0] ?? 0).line };
  const rest = path.slice(segments.length);
  if (rest.length && value) {
    const inner = walkKeyPath(
      value.value,
      rest,
      { itemName: index => search.itemName?.(index + segments.length) },
      lineCounter
    );
    if (inner) match = { ...inner, matched: segments.length + inner.matched };
  } else if (isScalar(value?.value)) match.value = value.value.value;
  return match;
}

/** The object after one operation, or undefined once it cannot be followed. */
function afterOp(state: unknown, op: Record<string, unknown> | undefined): unknown {
  if (state === undefined || op === undefined) return undefined;
  try {
    return applyOp(state, op);
  } catch {
    return undefined;
  }
}

/**
 * Whether the pointer's segments are the key path's first ones. A list item is the rendered one when
 * both have a name and the names are the same; else by its index (or `-`, for any).
 */
function leads(
  segments: readonly string[],
  path: KeyPath,
  meant: (at: number) => string | undefined,
  search: KeySearch
): boolean {
  return (
    segments.length <= path.length &&
    segments.every((segment, i) => {
      const key = path[i];
      if (typeof key !== 'number') return segment === key;
      const name = meant(i);
      const rendered = name === undefined ? undefined : search.itemName?.(i);
      if (rendered !== undefined) return name === rendered;
      return segment === '-' || segment === String(key);
    })
  );
}
