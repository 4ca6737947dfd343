import { isMap, isScalar, isSeq, LineCounter, parseDocument } from '../targets/yaml/yaml-library.js';
import { findYamlKey, walkKeyPath, type KeyMatch, type KeySearch } from './find-yaml-key.js';
import type { KeyPath } from './rendered-objects.js';

/** Operations that write a `value` at their `path` (RFC 6902). */
const WRITING_OPS = new Set(['add', 'replace']);

/**
 * Where a kustomize patch sets a key path: a JSON 6902 patch (a list of `op`/`path`/`value`) by the
 * operation whose path leads to the key, and into its `value`; any other patch (strategic merge) as
 * YAML. A JSON patch names list items by index, or `-` for the end: either is taken for the rendered
 * item, as nothing else tells which it was.
 */
export function findInPatch(text: string, path: KeyPath, search: KeySearch = {}): KeyMatch | undefined {
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
  for (const op of root.items) {
    if (!isMap(op) || !WRITING_OPS.has(String(op.get('op')))) continue;
    const pointer = op.get('path');
    const segments = typeof pointer === 'string' ? pointerSegments(pointer) : undefined;
    if (!segments || !leads(segments, path)) continue;
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
    if (!best || match.matched > best.matched) best = match;
  }
  return best;
}

/** `/spec/containers/0/image` → ['spec', 'containers', '0', 'image'] (`~1` is `/`, `~0` is `~`). */
function pointerSegments(pointer: string): string[] | undefined {
  if (!pointer.startsWith('/')) return undefined;
  return pointer
    .slice(1)
    .split('/')
    .map(segment => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Whether the pointer's segments are the key path's first ones (an index or `-` for a list item). */
function leads(segments: readonly string[], path: KeyPath): boolean {
  return (
    segments.length <= path.length &&
    segments.every((segment, i) => {
      const key = path[i];
      return typeof key === 'number' ? segment === '-' || segment === String(key) : segment === key;
    })
  );
}
