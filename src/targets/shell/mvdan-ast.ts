/**
 * Reads mvdan-sh syntax trees through the GopherJS values behind the JavaScript wrappers.
 *
 * Why not the wrapper API (`syntax.Walk`, `node.Args`, `syntax.NodeType`)? Each wrapper access
 * builds a fresh "full wrapper" object, costing 20-60 µs, and `Walk` recurses through Go `defer`
 * frames, which made a 100-line RUN script take ~300 ms and long `&&` chains overflow the stack.
 * GopherJS represents a Go `*syntax.X` as an object whose exported fields are plain properties,
 * slices as `{ $array, $offset, $length }`, nil pointers as the type's `nil` sentinel and nil
 * interfaces as an object without a Go type. This module is the only place that knows that; the
 * shell tests pin the behaviour, and the dependency is pinned to the 0.10.x GopherJS build.
 */

/** A Go `*syntax.X` node (never nil). */
export type GoNode = { readonly [field: string]: unknown };

interface GoType {
  string: string;
  nil?: unknown;
  elem?: { fields?: { prop: string; typ: { kind: number } }[] };
}

/** GopherJS type kinds (`$kindInterface`, `$kindPtr`, `$kindSlice`). */
const KIND_INTERFACE = 20;
const KIND_PTR = 22;
const KIND_SLICE = 23;

function goType(value: unknown): GoType | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const ctor = (value as { constructor?: Partial<GoType> }).constructor;
  return ctor && typeof ctor.string === 'string' ? (ctor as GoType) : undefined;
}

/** Node type names by Go type, so the hot path does no string work. */
const typeNames = new Map<GoType, string | undefined>();

/** `'CallExpr'`, `'Word'`, ... for a non-nil syntax node, otherwise undefined. */
export function nodeType(value: unknown): string | undefined {
  const type = goType(value);
  if (!type || value === type.nil) return undefined;
  let name = typeNames.get(type);
  if (name === undefined && !typeNames.has(type)) {
    name = type.string.startsWith('*syntax.') ? type.string.slice('*syntax.'.length) : undefined;
    typeNames.set(type, name);
  }
  return name;
}

/** A node-valued field, or undefined when nil. */
export function child(node: GoNode, name: string): GoNode | undefined {
  const value = node[name];
  return nodeType(value) ? (value as GoNode) : undefined;
}

/** The elements of a slice-valued field that are syntax nodes. */
export function children(node: GoNode, name: string, out: GoNode[] = []): GoNode[] {
  const slice = node[name] as { $array?: ArrayLike<unknown>; $offset?: number; $length?: number } | undefined;
  const items = slice?.$array;
  if (!items || typeof slice.$length !== 'number') return out;
  const offset = slice.$offset ?? 0;
  // A plain loop: this runs for every node of every tree.
  for (let i = 0; i < slice.$length; i++) {
    const item = items[offset + i];
    if (nodeType(item)) out.push(item as GoNode);
  }
  return out;
}

/** Calls a Go method returning a `Pos` (e.g. `Pos`, `End`) or reads a `Pos` field; returns the byte offset. */
export function byteOffset(node: GoNode, name: string): number {
  const member = node[name];
  const pos = typeof member === 'function' ? (member as () => unknown).call(node) : member;
  const offset = (pos as { Offset?: () => unknown } | undefined)?.Offset?.();
  return typeof offset === 'number' ? offset : 0;
}

/**
 * Every syntax node directly below `node`, in field order, found by reflecting over the Go
 * struct's field list so that node types we don't name (arithmetic, `[[ ]]`, `coproc`, ...) are
 * still searched for nested commands.
 */
export function childNodes(node: GoNode): GoNode[] {
  const out: GoNode[] = [];
  for (const field of goType(node)?.elem?.fields ?? []) {
    const kind = field.typ.kind;
    if (kind === KIND_PTR || kind === KIND_INTERFACE) {
      const value = node[field.prop];
      if (nodeType(value)) out.push(value as GoNode);
    } else if (kind === KIND_SLICE) {
      children(node, field.prop, out);
    }
  }
  return out;
}

/**
 * Maps mvdan-sh byte offsets (UTF-8) to string indices (UTF-16). Expects a well-formed string,
 * which `wellFormed` guarantees; identity for ASCII, the common case.
 */
export class OffsetMap {
  private readonly table: Uint32Array | undefined;

  constructor(private readonly script: string) {
    // eslint-disable-next-line no-control-regex
    if (!/[^\x00-\x7f]/.test(script)) return;
    let bytes = 0;
    for (let i = 0; i < script.length; i++) bytes += utf8Length(script, i);
    const table = new Uint32Array(bytes + 1);
    let b = 0;
    for (let i = 0; i < script.length; i++) {
      const n = utf8Length(script, i);
      for (let k = 0; k < n; k++) table[b++] = i;
      if (n === 4) i++;
    }
    table[b] = script.length;
    this.table = table;
  }

  /** The string index of a byte offset, clamped into the script. */
  index(byteOffset: number): number {
    const clamped = Math.max(
      0,
      Math.min(byteOffset, this.table ? this.table.length - 1 : this.script.length)
    );
    return this.table ? (this.table[clamped] ?? this.script.length) : clamped;
  }
}

/** UTF-8 length of the character starting at `i`: 0 for the low half of a surrogate pair. */
function utf8Length(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0x80) return 1;
  if (c < 0x800) return 2;
  if (c >= 0xd800 && c <= 0xdbff) return 4;
  if (c >= 0xdc00 && c <= 0xdfff) return 0;
  return 3;
}

/** Replaces lone surrogates (which GopherJS would mangle into differently sized runes) by U+FFFD. */
export function wellFormed(script: string): string {
  return script.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}
