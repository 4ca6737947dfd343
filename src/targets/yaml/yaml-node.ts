import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Document,
  type LineCounter,
  type Node,
  type Scalar
} from 'yaml';
import type { Region } from '../../core/location.js';

export type YamlNodeKind = 'map' | 'seq' | 'scalar' | 'null';
export type ScalarStyle = 'plain' | 'single' | 'double' | 'block';

/**
 * A read-only view of one YAML node with 1-based positions, so rules never touch the `yaml` package.
 * `line` is where a finding about the field belongs: the key's line for a mapping value (RULES.md:
 * "the key line of the offending field"), the node's own line for a sequence item.
 */
export class YamlNode {
  constructor(
    private readonly node: Node | null | undefined,
    private readonly document: Document.Parsed,
    private readonly lines: LineCounter,
    /** Region of the key when this node is a mapping value. */
    readonly keyRegion?: Region
  ) {}

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

  /** A mapping entry by key (string keys only). */
  get(key: string): YamlNode | undefined {
    const node = this.resolved;
    if (!isMap(node)) return undefined;
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key) || String(pair.key.value) !== key) continue;
      return this.child(pair.value as Node | null, pair.key.range ?? undefined);
    }
    return undefined;
  }

  /** A nested entry: `at('spec', 'template', 'spec')`. */
  at(...path: string[]): YamlNode | undefined {
    const [first, ...rest] = path;
    if (first === undefined) return this;
    const next = this.get(first);
    return rest.length ? next?.at(...rest) : next;
  }

  /** Mapping entries in source order (string keys only). */
  entries(): [string, YamlNode][] {
    const node = this.resolved;
    if (!isMap(node)) return [];
    return node.items.flatMap(pair =>
      isPair(pair) && isScalar(pair.key)
        ? [
            [String(pair.key.value), this.child(pair.value as Node | null, pair.key.range ?? undefined)] as [
              string,
              YamlNode
            ]
          ]
        : []
    );
  }

  /** Sequence items. */
  items(): YamlNode[] {
    const node = this.resolved;
    return isSeq(node) ? node.items.map(item => this.child(item as Node | null, undefined)) : [];
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

  /** The scalar's source text exactly as written, quotes included (BH608 needs it). */
  get raw(): string | undefined {
    const node = this.resolved;
    if (!isScalar(node)) return undefined;
    const token = (node as Scalar & { srcToken?: { source?: string } }).srcToken;
    return token?.source;
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

  /** Plain JavaScript value (aliases resolved, bounded by the document's alias limit). */
  toJS(): unknown {
    const node = this.resolved;
    try {
      return node && 'toJS' in node ? (node as { toJS(doc: Document): unknown }).toJS(this.document) : null;
    } catch {
      return undefined; // alias bombs and the like: the caller sees "no value"
    }
  }

  private get resolved(): Node | null | undefined {
    let node = this.node;
    for (let hops = 0; isAlias(node) && hops < 8; hops++)
      node = node.resolve(this.document) as Node | undefined;
    return node;
  }

  private child(node: Node | null, keyRange: [number, number, number] | undefined): YamlNode {
    return new YamlNode(
      node,
      this.document,
      this.lines,
      keyRange ? this.toRegion(keyRange[0], keyRange[1]) : undefined
    );
  }

  private toRegion(start: number, end: number): Region {
    const from = this.lines.linePos(start);
    const to = this.lines.linePos(Math.max(start, end));
    return { startLine: from.line, startColumn: from.col, endLine: to.line, endColumn: to.col };
  }
}
