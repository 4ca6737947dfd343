import type { Document } from 'yaml';
import { maskUnreadDocuments } from '../targets/yaml/mask-unread-documents.js';
import { reindentedYaml } from '../targets/yaml/parse-yaml-documents.js';
import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  parse as parseYaml
} from '../targets/yaml/yaml-library.js';

/** A key path in a YAML document: map keys and sequence indices. */
export type KeyPath = (string | number)[];

/** One object of a rendered stream, with what the renderer said about where it came from. */
export interface RenderedObject {
  kind?: string;
  name?: string;
  /** 1-based lines of the object in the rendered stream. */
  startLine: number;
  endLine: number;
  /** Helm: the `# Source: chart/templates/x.yaml` path. */
  helmSource?: string;
  /** Kustomize: the origin annotation's `path` (relative to the scratch kustomization). */
  originPath?: string;
  /** Kustomize: the kustomization (relative to the scratch kustomization) whose generator made the object. */
  generatedIn?: string;
  /** Kustomize: kustomization files (relative to the scratch kustomization) whose patches changed the object. */
  patchedIn: string[];
  /** Kustomize: kustomization files whose `images` entries (the image tag transformer) applied to the object. */
  imagesIn: string[];
  document: Document;
  lineCounter: LineCounter;
}

const MAX_DEPTH = 64;
const ORIGIN = 'config.kubernetes.io/origin';
const TRANSFORMATIONS = 'alpha.config.kubernetes.io/transformations';

/**
 * The objects of a rendered YAML stream (`helm template`, `kubectl kustomize`). CustomResourceDefinitions
 * are left out before parsing (no rule reads them, and an operator's render is mostly their schemas:
 * Argo Workflows' overlays render 12 MB each); the lines of the others stay where they are.
 */
export function readRenderedObjects(text: string): RenderedObject[] {
  let lineCounter = new LineCounter();
  const objects: RenderedObject[] = [];
  const read = text.includes('CustomResourceDefinition')
    ? maskUnreadDocuments(text, kind => kind !== 'CustomResourceDefinition')
    : text;
  // Helm prints `# Source:` once per template: a template whose output starts with `---` (a false
  // `{{ if }}`, then `{{- if … }}` and `---`) leaves the header alone in an empty document, and the
  // object after it has none of its own. It came from the template of the header before it.
  let lastSource: string | undefined;
  let documents = parseAllDocuments(read, { lineCounter });
  // What go-yaml reads and the YAML 1.2 parser cuts short (`args: ['` … `']` at the key's indentation,
  // bitwarden's self-host chart): read as the scan reads it, or the object's keys are not where its
  // findings are.
  if (documents.some(document => document.errors.length)) {
    lineCounter = new LineCounter();
    documents = parseAllDocuments(reindentedYaml(read), { lineCounter });
  }
  for (const document of documents) {
    // An empty document (a CustomResourceDefinition left out, a stray `---`) is no object.
    if (!('contents' in document) || !document.contents) continue;
    if (isScalar(document.contents) && document.contents.value === null) {
      const comments = [document.commentBefore, document.contents.commentBefore, document.contents.comment];
      lastSource = sourceComment(comments.join('\n')) ?? lastSource;
      continue;
    }
    const range = document.contents.range ?? [0, 0, 0];
    const comment = `${document.commentBefore ?? ''}\n${document.contents.commentBefore ?? ''}`;
    const source = sourceComment(comment) ?? lastSource;
    lastSource = source;
    const annotations = document.getIn(['metadata', 'annotations']);
    const annotation = (key: string) =>
      isMap(annotations) ? (annotations.get(key) as unknown as string | undefined) : undefined;
    const kind = document.get('kind');
    const name = document.getIn(['metadata', 'name']);
    objects.push({
      ...(typeof kind === 'string' ? { kind } : {}),
      ...(typeof name === 'string' ? { name } : {}),
      startLine: lineCounter.linePos(range[0]).line,
      endLine: lineCounter.linePos(Math.max(range[0], range[2] - 1)).line,
      ...(source ? { helmSource: source } : {}),
      ...originOf(annotation(ORIGIN)),
      patchedIn: transformedIn(annotation(TRANSFORMATIONS), /Patch/),
      imagesIn: transformedIn(annotation(TRANSFORMATIONS), /^ImageTagTransformer$/),
      document,
      lineCounter
    });
  }
  return objects;
}

/** The template path of a `# Source: chart/templates/x.yaml` comment among `comment`'s lines. */
function sourceComment(comment: string): string | undefined {
  return /^\s*Source:\s*(.+?)\s*$/m.exec(comment)?.[1];
}

function originOf(text: string | undefined): { originPath?: string; generatedIn?: string } {
  const origin = safeParse(text) as
    { path?: unknown; configuredIn?: unknown; configuredBy?: { kind?: unknown } } | undefined;
  if (typeof origin?.path === 'string') return { originPath: origin.path };
  // `secretGenerator`/`configMapGenerator`: `configuredIn` names the kustomization, `configuredBy` the generator.
  const generator = String(origin?.configuredBy?.kind ?? '');
  return typeof origin?.configuredIn === 'string' && /Generator$/.test(generator)
    ? { generatedIn: origin.configuredIn }
    : {};
}

/** The kustomizations whose transformers of a kind (by name) changed the object. */
function transformedIn(text: string | undefined, kind: RegExp): string[] {
  const list = safeParse(text);
  if (!Array.isArray(list)) return [];
  return list
    .filter(t => kind.test(String((t as { configuredBy?: { kind?: unknown } })?.configuredBy?.kind)))
    .map(t => (t as { configuredIn?: unknown }).configuredIn)
    .filter((p): p is string => typeof p === 'string');
}

function safeParse(text: string | undefined): unknown {
  if (typeof text !== 'string') return undefined;
  try {
    return parseYaml(text, { maxAliasCount: 10 });
  } catch {
    return undefined;
  }
}

/** The object a rendered line belongs to. */
export function objectAtLine(objects: readonly RenderedObject[], line: number): RenderedObject | undefined {
  return objects.find(o => o.startLine <= line && line <= o.endLine);
}

/**
 * The key path of the deepest key that starts on `line` (a finding's line is the line of the offending
 * key, RULES.md "Locations in manifests"), or of a sequence item that starts there.
 */
export function keyPathAtLine(object: RenderedObject, line: number): KeyPath | undefined {
  let found: KeyPath | undefined;
  const lineOf = (offset: number) => object.lineCounter.linePos(offset).line;
  const visit = (node: unknown, path: KeyPath): void => {
    if (path.length > MAX_DEPTH) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key) || !pair.key.range) continue;
        const keyPath = [...path, String(pair.key.value)];
        const keyLine = lineOf(pair.key.range[0]);
        if (keyLine === line && (!found || keyPath.length > found.length)) found = keyPath;
        if (keyLine <= line) visit(pair.value, keyPath);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const range = (item as { range?: [number, number, number] }).range;
        if (!range || lineOf(range[0]) > line || lineOf(range[2]) < line) return;
        const itemPath = [...path, index];
        if (lineOf(range[0]) === line && (!found || itemPath.length > found.length)) found = itemPath;
        visit(item, itemPath);
      });
    }
  };
  visit(object.document.contents, []);
  return found;
}

/** A multi-line scalar below its key: the key's path, the key's line, and whether it is a literal `|` block. */
export interface BlockScalar {
  path: KeyPath;
  keyLine: number;
  /** A `|` block: its text's line N is the Nth line below the key. */
  literal: boolean;
}

/**
 * The multi-line scalar (a ConfigMap's `application.properties: |` block) whose text spans `line`
 * below its key: a finding inside embedded config text points there.
 */
export function blockScalarAt(object: RenderedObject, line: number): BlockScalar | undefined {
  const lineOf = (offset: number) => object.lineCounter.linePos(offset).line;
  let found: BlockScalar | undefined;
  const visit = (node: unknown, path: KeyPath): void => {
    if (found || path.length > MAX_DEPTH) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key) || !pair.key.range) continue;
        const keyPath = [...path, String(pair.key.value)];
        const value = pair.value as { range?: [number, number, number] } | null;
        const keyLine = lineOf(pair.key.range[0]);
        if (isScalar(value) && value.range && keyLine < line && line <= lineOf(value.range[1]))
          found = { path: keyPath, keyLine, literal: value.type === 'BLOCK_LITERAL' };
        else visit(pair.value, keyPath);
      }
    } else if (isSeq(node)) node.items.forEach((item, index) => visit(item, [...path, index]));
  };
  visit(object.document.contents, []);
  return found;
}
