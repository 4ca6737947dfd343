/**
 * Which values list item a rendered list item is, when a template writes some items of a list itself
 * and pastes values lists after (or between) them: promtail's `volumes:` has `- name: config` and then
 * `{{- with .Values.defaultVolumes }}{{- toYaml . | nindent 4 }}`, so the rendered item 1 is the values
 * item 0. The rendered index alone points one item too far, or past the end of the values list.
 */

/** A values list item (by its list, in the order given, and its index there), or a literal item of the template. */
export type ListItemPlace = { list: number; index: number } | 'template';

/**
 * Where the rendered item at `index` of `rendered` came from, of the values lists (`lists`) the template
 * pastes into that list. A values list Helm pasted as it is shows as a run of equal rendered items:
 * the item is in the run, or else it is not from that list. A list whose run is not there (values
 * rewritten by `tpl`) is matched by the item's `name`, when exactly one of its items has it. When every
 * list was found and none holds the item, the template wrote it ('template'); undefined when nothing
 * can be told.
 */
export function placeListItem(
  rendered: readonly unknown[],
  index: number,
  lists: readonly (readonly unknown[])[]
): ListItemPlace | undefined {
  const unmatched: number[] = [];
  for (const [list, items] of lists.entries()) {
    const start = runStart(rendered, items);
    if (start === undefined) unmatched.push(list);
    else if (index >= start && index < start + items.length) return { list, index: index - start };
  }
  const name = nameOf(rendered[index]);
  for (const list of unmatched) {
    const named = (lists[list] as readonly unknown[]).flatMap((item, i) =>
      name !== undefined && nameOf(item) === name ? [i] : []
    );
    if (named.length === 1) return { list, index: named[0] as number };
  }
  return unmatched.length === 0 && lists.length > 0 ? 'template' : undefined;
}

/** The first index of `rendered` from which it holds `items` in order; an empty list is found anywhere. */
function runStart(rendered: readonly unknown[], items: readonly unknown[]): number | undefined {
  for (let start = 0; start + items.length <= rendered.length; start++)
    if (items.every((item, i) => sameData(item, rendered[start + i]))) return start;
  return undefined;
}

function nameOf(item: unknown): string | undefined {
  const name = isRecord(item) ? item.name : undefined;
  return typeof name === 'string' ? name : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Levels of nesting compared, at most: values items are a few levels deep, and recursion over input is bounded. */
const MAX_DEPTH = 64;

/** Deep equality of parsed YAML data (maps, lists, scalars); map keys in any order. */
function sameData(a: unknown, b: unknown, depth = 0): boolean {
  if (a === b) return true;
  if (depth >= MAX_DEPTH) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => sameData(item, b[i], depth + 1));
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every(key => Object.hasOwn(b, key) && sameData(a[key], b[key], depth + 1))
    );
  }
  return false;
}
