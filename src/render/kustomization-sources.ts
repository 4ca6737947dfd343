import { posix } from 'node:path';
import type { Document } from 'yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from '../targets/yaml/yaml-library.js';

/** Text a kustomization patches objects with: a patch file, or a patch written inline. */
export interface PatchSource {
  /** The patch file, or the kustomization for an inline patch (relative to the working directory). */
  file: string;
  text: string;
  /** The line of `file` that is the text's first line. */
  firstLine: number;
  /** The patch's `target`, when it gives one. */
  target?: PatchTarget;
  /** The kustomization field that lists it. */
  field: PatchField;
}

export type PatchField = 'patches' | 'patchesJson6902' | 'patchesStrategicMerge';

/**
 * The order kustomize applies a kustomization's patches in: by its transformers' order, the
 * `patchesStrategicMerge` first, then `patches`, then `patchesJson6902`, each field's in its order.
 */
const APPLIED: readonly PatchField[] = ['patchesStrategicMerge', 'patches', 'patchesJson6902'];

/** A kustomization's patches (patchSources) in the order kustomize applies them. */
export function inAppliedOrder(sources: readonly PatchSource[]): PatchSource[] {
  return APPLIED.flatMap(field => sources.filter(source => source.field === field));
}

/**
 * A patch's `target` selector: kustomize matches `group`, `version`, `kind`, `name` and `namespace` as
 * anchored regular expressions, and the selectors as label selectors (api/types/selector.go).
 */
export interface PatchTarget {
  group?: string;
  version?: string;
  kind?: string;
  name?: string;
  namespace?: string;
  labelSelector?: string;
  annotationSelector?: string;
}

const TARGET_FIELDS = [
  'group',
  'version',
  'kind',
  'name',
  'namespace',
  'labelSelector',
  'annotationSelector'
] as const;

/** An `images` entry of a kustomization, with the line of each field it sets. */
export interface ImageEntry {
  name: string;
  newName?: string;
  /** Lines of `name`, `newName`, `newTag` and `digest`, those it sets. */
  lines: { name: number; newName?: number; newTag?: number; digest?: number };
}

interface Parsed {
  document: Document;
  lineCounter: LineCounter;
}

/**
 * A kustomization parsed once for each render (`readText` is the render's cached reader): every finding
 * on a patched object asks for its kustomizations' patches and images again.
 */
const parsedKustomizations = new WeakMap<
  (path: string) => string | undefined,
  Map<string, Parsed | undefined>
>();

function readParsed(
  kustomization: string,
  readText: (path: string) => string | undefined
): Parsed | undefined {
  let known = parsedKustomizations.get(readText);
  if (!known) parsedKustomizations.set(readText, (known = new Map()));
  if (!known.has(kustomization)) known.set(kustomization, parseKustomization(readText(kustomization)));
  return known.get(kustomization);
}

function parseKustomization(text: string | undefined): Parsed | undefined {
  if (text === undefined) return undefined;
  const lineCounter = new LineCounter();
  try {
    const document = parseDocument(text, { lineCounter });
    return isMap(document.contents) ? { document, lineCounter } : undefined;
  } catch {
    return undefined;
  }
}

function lineOf(node: unknown, lineCounter: LineCounter): number | undefined {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? lineCounter.linePos(range[0]).line : undefined;
}

/**
 * The patches a kustomization applies, as text to search for a key: the files `patches[].path`,
 * `patchesJson6902[].path` and `patchesStrategicMerge` name, and the patches written inline
 * (`patches[].patch: |-`, an inline strategic merge patch), with the line each starts at. Argo CD's
 * dev overlay replaces images and removes security contexts with inline JSON patches only.
 */
export function patchSources(
  kustomization: string,
  readText: (path: string) => string | undefined
): PatchSource[] {
  const parsed = readParsed(kustomization, readText);
  if (!parsed) return [];
  const { document, lineCounter } = parsed;
  const dir = posix.dirname(kustomization);
  const sources: PatchSource[] = [];
  for (const field of ['patches', 'patchesJson6902', 'patchesStrategicMerge'] as const) {
    const fromFile = (path: string, target?: PatchTarget) => {
      const file = posix.normalize(posix.join(dir, path));
      const text = readText(file);
      if (text !== undefined)
        sources.push({ file, text, firstLine: 1, ...(target ? { target } : {}), field });
    };
    const list = document.get(field);
    if (!isSeq(list)) continue;
    for (const item of list.items) {
      if (isScalar(item) && typeof item.value === 'string') {
        // patchesStrategicMerge: a file name, or the patch itself.
        if (!item.value.includes('\n')) fromFile(item.value);
        else inline(item, { kustomization, field }, lineCounter, sources);
        continue;
      }
      if (!isMap(item)) continue;
      const target = targetOf(item.get('target'));
      const path = item.get('path');
      if (typeof path === 'string') fromFile(path, target);
      const patch = item.get('patch', true);
      if (isScalar(patch)) inline(patch, { kustomization, field }, lineCounter, sources, target);
    }
  }
  return sources;
}

/** An inline patch: a block scalar's text starts on the line after its indicator, line for line. */
function inline(
  scalar: { value: unknown; type?: string; range?: [number, number, number] | null },
  { kustomization, field }: { kustomization: string; field: PatchField },
  lineCounter: LineCounter,
  sources: PatchSource[],
  target?: PatchTarget
): void {
  if (typeof scalar.value !== 'string') return;
  const start = lineOf(scalar, lineCounter);
  if (start === undefined) return;
  const block = scalar.type === 'BLOCK_LITERAL' || scalar.type === 'BLOCK_FOLDED';
  sources.push({
    file: kustomization,
    text: scalar.value,
    firstLine: block ? start + 1 : start,
    ...(target ? { target } : {}),
    field
  });
}

function targetOf(node: unknown): PatchTarget | undefined {
  if (!isMap(node)) return undefined;
  const target: PatchTarget = {};
  for (const field of TARGET_FIELDS) {
    const value = node.get(field);
    // An empty field selects anything, as kustomize reads it.
    if (typeof value === 'string' && value !== '') target[field] = value;
  }
  return target;
}

/** The `images` entries of a kustomization (kustomize's image tag transformer). */
export function imageEntries(
  kustomization: string,
  readText: (path: string) => string | undefined
): ImageEntry[] {
  const parsed = readParsed(kustomization, readText);
  const list = parsed?.document.get('images');
  if (!parsed || !isSeq(list)) return [];
  const entries: ImageEntry[] = [];
  for (const item of list.items) {
    if (!isMap(item)) continue;
    const name = item.get('name');
    if (typeof name !== 'string') continue;
    const line = (key: string) => {
      const pair = item.items.find(p => isScalar(p.key) && p.key.value === key);
      return pair ? lineOf(pair.key, parsed.lineCounter) : undefined;
    };
    const newName = item.get('newName');
    const lines: ImageEntry['lines'] = { name: line('name') ?? 1 };
    for (const key of ['newName', 'newTag', 'digest'] as const) {
      const at = line(key);
      if (at !== undefined) lines[key] = at;
    }
    entries.push({ name, ...(typeof newName === 'string' ? { newName } : {}), lines });
  }
  return entries;
}
