import type { Document } from 'yaml';
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments } from '../targets/yaml/yaml-library.js';
import type { KeyPath } from './rendered-objects.js';

/** How far a key path got in a file: the number of segments matched and the line of the last one. */
export interface KeyMatch {
  matched: number;
  line: number;
  /** The scalar value at the full path, when the whole path matched a scalar. */
  value?: unknown;
}

/** Which documents of a multi-document file may hold the object (kind and name), and list names for indices. */
export interface KeySearch {
  kind?: string;
  name?: string;
  /** The `name` of the rendered list item at `path.slice(0, index + 1)`, so reordered lists still match. */
  itemName?: (index: number) => string | undefined;
  /**
   * The file is the object's origin (kustomize's origin annotation says so): when no document has a
   * name the rendered one contains, a patch renamed it (`op: replace` of `/metadata/name`), and the one
   * document of its kind is the object.
   */
  origin?: boolean;
}

/**
 * Walks a key path through a plain YAML file (a values file, a kustomize resource or patch) and returns
 * how deep it got. List items are matched by their `name` when the rendered item has one (strategic
 * merge patches key containers by name), otherwise by index.
 */
export function findYamlKey(text: string, path: KeyPath, search: KeySearch = {}): KeyMatch | undefined {
  const lineCounter = new LineCounter();
  let documents: Document.Parsed[];
  try {
    documents = parseAllDocuments(text, { lineCounter }) as Document.Parsed[];
  } catch {
    return undefined;
  }
  let best: KeyMatch | undefined;
  const candidates = documents.filter(
    document =>
      document.contents &&
      (search.kind === undefined ||
        document.get('kind') === undefined ||
        document.get('kind') === search.kind)
  );
  // An overlay's `namePrefix` comes first and its `nameSuffix` last; a generated ConfigMap or Secret
  // ends in kustomize's hash. Of the names the rendered one contains, the longest is the object's:
  // `web-admin` is not the `web` of the same file.
  const nameOf = (document: Document.Parsed) => document.getIn(['metadata', 'name']);
  let longest = -1;
  for (const document of candidates) {
    const name = nameOf(document);
    if (search.name !== undefined && typeof name === 'string' && search.name.includes(name))
      longest = Math.max(longest, name.length);
  }
  const renamed =
    search.origin === true && search.name !== undefined && longest < 0
      ? candidates.filter(document => document.get('kind') === search.kind)
      : [];
  if (renamed.length === 1) return walkKeyPath(renamed[0]?.contents, path, search, lineCounter);
  for (const document of candidates) {
    const name = nameOf(document);
    if (
      search.name !== undefined &&
      typeof name === 'string' &&
      (!search.name.includes(name) || name.length < longest)
    )
      continue;
    const match = walkKeyPath(document.contents, path, search, lineCounter);
    if (match && (!best || match.matched > best.matched)) best = match;
  }
  return best;
}

/** How far the key path goes into a parsed node (a document's contents, a patch's value). */
export function walkKeyPath(
  root: unknown,
  path: KeyPath,
  search: KeySearch,
  lineCounter: LineCounter
): KeyMatch | undefined {
  let node = root;
  let match: KeyMatch | undefined;
  for (const [index, segment] of path.entries()) {
    let next: unknown;
    let start: number | undefined;
    if (isMap(node) && typeof segment === 'string') {
      const pair = node.items.find(p => isScalar(p.key) && String(p.key.value) === segment);
      if (!pair) break;
      next = pair.value;
      start = (pair.key as { range?: [number, number, number] }).range?.[0];
    } else if (isSeq(node) && typeof segment === 'number') {
      const wanted = search.itemName?.(index);
      next =
        wanted !== undefined
          ? node.items.find(item => isMap(item) && item.get('name') === wanted)
          : node.items[segment];
      if (next === undefined) break;
      start = (next as { range?: [number, number, number] }).range?.[0];
    } else break;
    if (start === undefined) break;
    match = { matched: index + 1, line: lineCounter.linePos(start).line };
    node = next;
  }
  if (match?.matched === path.length && isScalar(node)) match.value = node.value;
  return match;
}
