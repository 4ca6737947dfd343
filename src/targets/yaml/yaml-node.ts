import type { Document, Node, Pair, YAMLMap } from 'yaml';
import { isAlias, isNode, visit, isMap, isPair, isScalar, isSeq } from './yaml-library.js';
import type { Region } from '../../core/location.js';
import { scalarValueOffsets } from './scalar-offsets.js';

/** The text a tree was parsed from, and how its offsets map to the file's lines and columns. */
export interface YamlSource {
  /** The parsed text (the file's, or a copy with re-indented continuation lines). */
  text: string;
  /** The file's own text. */
  original: string;
  /** 1-based line and column in the file of an offset in `text`. */
  position: (offset: number) => { line: number; col: number };
}

interface Context extends YamlSource {
  document: Document.Parsed;
}

/** Alias hops and nested merges followed from one node (aliases may point at aliases). */
const MAX_HOPS = 8;
/** Mappings merged in for one lookup: `<<: [*a, *a, …]` nested in anchors must not fan out without end. */
const MAX_MERGED_MAPS = 256;

export type YamlNodeKind = 'map' | 'seq' | 'scalar' | 'null';
export type ScalarStyle = 'plain' | 'single' | 'double' | 'block';

/**
 * A read-only view of one YAML node with 1-based positions, so rules never touch the `yaml` package.
 * `line` is where a finding about the field belongs: the key's line for a mapping value (RULES.md:
 * "the key line of the offending field"), the node's own line for a sequence item.
 */
export class YamlNode {
  private constructor(
    private readonly node: Node | null | undefined,
    private readonly context: Context,
    /** Region of the key when this node is a mapping value. */
    readonly keyRegion?: Region
  ) {}

  /** The root of a parsed document. */
  static forDocument(document: Document.Parsed, source: YamlSource): YamlNode {
    return new YamlNode(document.contents, { ...source, document });
  }

  get kind(): YamlNodeKind {
    const node = this.resolved;
    if (isMap(node)) return 'map';
    if (isSeq(node)) return 'seq';
    if (isScalar(node) && node.value !== null) return 'scalar';
    return 'null';
  }

  /** The value's region (for a missing value: the key's). */
  get region(): Region {
    const range = this.node?.range;
    if (!range) return this.keyRegion ?? { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
    return this.toRegion(range[0], range[1]);
  }

  /** The line a finding about this field is reported on. */
  get line(): number {
    return (this.keyRegion ?? this.region).startLine;
  }

  /** The key's region when there is a key, else the node's: where findings go. */
  get reportRegion(): Region {
    return this.keyRegion ?? this.region;
  }

  /**
   * A mapping entry by key (string keys only). A repeated key's last value wins, as when go-yaml
   * decodes into a map (`sigs.k8s.io/yaml`). Merge keys (`<<: *base`, `<<: [*a, *b]`) are resolved
   * as Kubernetes' and Compose's go-yaml do (https://yaml.org/type/merge.html): an explicit key wins
   * over a merged one, an earlier mapping in the list over a later one. A merged value keeps its own
   * position: where it is written, inside the anchor.
   */
  get(key: string): YamlNode | undefined {
    const node = this.resolved;
    if (!isMap(node)) return undefined;
    let found: Pair | undefined;
    let merges = false;
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      if (isMergeKey(pair)) merges = true;
      else if (String(pair.key.value) === key) found = pair;
    }
    if (!found && merges) found = effectivePairs(node, this.context.document, 0, { maps: 0 }).get(key);
    return found ? this.child(found.value as Node | null, found.key as Node) : undefined;
  }

  /** A nested entry: `at('spec', 'template', 'spec')`. */
  at(...path: string[]): YamlNode | undefined {
    const [first, ...rest] = path;
    if (first === undefined) return this;
    const next = this.get(first);
    return rest.length ? next?.at(...rest) : next;
  }

  /** Mapping entries (string keys only): explicit keys in source order, each once, then merged ones (see {@link get}). */
  entries(): [string, YamlNode][] {
    const node = this.resolved;
    if (!isMap(node)) return [];
    const pairs = effectivePairs(node, this.context.document, 0, { maps: 0 });
    return [...pairs].map(([key, pair]) => [key, this.child(pair.value as Node | null, pair.key as Node)]);
  }

  /** Sequence items. */
  items(): YamlNode[] {
    const node = this.resolved;
    return isSeq(node) ? node.items.map(item => this.child(item as Node | null, undefined)) : [];
  }

  /**
   * Forgets these entries of this mapping (its own, not merged ones) to free memory: for parts of a
   * document no rule reads, such as a CustomResourceDefinition's schema.
   */
  dropEntries(keys: readonly string[]): void {
    const node = this.resolved;
    if (!isMap(node)) return;
    node.items = node.items.filter(pair => !(isScalar(pair.key) && keys.includes(String(pair.key.value))));
  }

  /** The scalar value as parsed (string, number, boolean); undefined for maps, sequences and null. */
  get scalar(): string | number | boolean | undefined {
    const node = this.resolved;
    if (!isScalar(node)) return undefined;
    const value = node.value;
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? value
      : undefined;
  }

  /** The scalar as a string (numbers and booleans as written). */
  get text(): string | undefined {
    const value = this.scalar;
    return value === undefined ? undefined : String(value);
  }

  /** True only for a YAML boolean `true` (a quoted "true" string is not: the API server rejects it). */
  get isTrue(): boolean {
    return this.scalar === true;
  }

  /**
   * The scalar's source text exactly as written, quotes included (BH608 needs it); for a block
   * scalar, its lines after the `|`/`>` header.
   */
  get raw(): string | undefined {
    const node = this.resolved;
    if (!isScalar(node) || !node.range) return undefined;
    const { text } = this.context;
    let [start] = node.range;
    const end = node.range[1];
    if (node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL') {
      const newline = text.indexOf('\n', start);
      start = newline < 0 || newline >= end ? end : newline + 1;
    }
    return text.slice(start, end);
  }

  /**
   * For a string scalar, the 1-based file position of each character of its value, by index (past the
   * end: after the last one): where a text embedded in YAML (a Compose `dockerfile_inline`) has its
   * lines. Undefined when the value cannot be traced through its indentation, folding and escapes.
   */
  valuePositions(): ((index: number) => { line: number; col: number }) | undefined {
    const node = this.resolved;
    if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return undefined;
    const start = node.range[0];
    const offsets = scalarValueOffsets(this.context.text.slice(start, node.range[1]), node.type, node.value);
    if (!offsets) return undefined;
    const { position } = this.context;
    return index => {
      const last = offsets.length - 1;
      if (last < 0) return position(start);
      if (index <= last) return position(start + (offsets[Math.max(0, index)] as number));
      const after = position(start + (offsets[last] as number));
      return { line: after.line, col: after.col + 1 };
    };
  }

  get style(): ScalarStyle | undefined {
    const node = this.resolved;
    if (!isScalar(node)) return undefined;
    switch (node.type) {
      case 'QUOTE_DOUBLE':
        return 'double';
      case 'QUOTE_SINGLE':
        return 'single';
      case 'BLOCK_FOLDED':
      case 'BLOCK_LITERAL':
        return 'block';
      default:
        return 'plain';
    }
  }

  /**
   * Whether an edit of this node's text changes this node only: the document has no anchors or
   * aliases (an anchored value is shared by every alias of it) and the node was not reached through one.
   */
  get editable(): boolean {
    return !isAlias(this.node) && !hasSharedNodes(this.context.document);
  }

  /** A mapping or sequence written in flow style (`{…}`, `[…]`). */
  get isFlow(): boolean {
    const node = this.resolved;
    return (isMap(node) || isSeq(node)) && node.flow === true;
  }

  /** The file's own text, for edits that work on whole lines. */
  get sourceText(): string {
    return this.context.original;
  }

  /** Plain JavaScript value (aliases resolved, bounded by the document's alias limit). */
  toJS(): unknown {
    const node = this.resolved;
    try {
      return node && 'toJS' in node
        ? (node as { toJS(doc: Document): unknown }).toJS(this.context.document)
        : null;
    } catch {
      return undefined; // alias bombs and the like: the caller sees "no value"
    }
  }

  private get resolved(): Node | null | undefined {
    return resolveAlias(this.node, this.context.document);
  }

  private child(node: Node | null, key: Node | undefined): YamlNode {
    const range = key?.range;
    return new YamlNode(node, this.context, range ? this.toRegion(range[0], range[1]) : undefined);
  }

  private toRegion(start: number, end: number): Region {
    const from = this.context.position(start);
    const to = this.context.position(Math.max(start, end));
    return { startLine: from.line, startColumn: from.col, endLine: to.line, endColumn: to.col };
  }
}

const SHARED = new WeakMap<Document.Parsed, boolean>();

/** Whether a document has an anchor or an alias (computed once per document, only when a fix is built). */
function hasSharedNodes(document: Document.Parsed): boolean {
  let shared = SHARED.get(document);
  if (shared === undefined) {
    shared = false;
    visit(document, (_key, node) => {
      if (isAlias(node) || (isNode(node) && node.anchor)) {
        shared = true;
        return visit.BREAK;
      }
      return undefined;
    });
    SHARED.set(document, shared);
  }
  return shared;
}

function resolveAlias(node: unknown, document: Document.Parsed): Node | null | undefined {
  let current = node as Node | null | undefined;
  for (let hops = 0; isAlias(current) && hops < MAX_HOPS; hops++)
    current = current.resolve(document) as Node | undefined;
  return current;
}

/** A plain `<<` key: a quoted `"<<"` is an ordinary string key. */
function isMergeKey(pair: Pair): boolean {
  return isScalar(pair.key) && pair.key.value === '<<' && pair.key.type === 'PLAIN';
}

/** A mapping's entries with merge keys resolved: explicit keys (the last of a repeated one), then merged ones. */
function effectivePairs(
  map: YAMLMap,
  document: Document.Parsed,
  depth: number,
  budget: { maps: number }
): Map<string, Pair> {
  const pairs = new Map<string, Pair>();
  const merged: unknown[] = [];
  for (const pair of map.items) {
    if (!isPair(pair) || !isScalar(pair.key)) continue;
    if (isMergeKey(pair)) {
      merged.push(pair.value);
      continue;
    }
    const key = String(pair.key.value);
    pairs.delete(key);
    pairs.set(key, pair);
  }
  if (depth >= MAX_HOPS) return pairs;
  for (const value of merged) {
    const target = resolveAlias(value, document);
    const sources = isSeq(target) ? target.items.map(item => resolveAlias(item, document)) : [target];
    for (const source of sources) {
      if (!isMap(source) || ++budget.maps > MAX_MERGED_MAPS) continue;
      for (const [key, pair] of effectivePairs(source, document, depth + 1, budget))
        if (!pairs.has(key)) pairs.set(key, pair);
    }
  }
  return pairs;
}
