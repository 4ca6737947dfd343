import type { Language, Tree } from 'web-tree-sitter';

/** A node type with anonymous (punctuation, keyword) types marked by a leading space: `' export'`, `' |'`. */
export type Kind = string;

/**
 * A tree-sitter CST copied into plain arrays in one cursor pass. Every property read on a
 * web-tree-sitter node or cursor is a call into WebAssembly, so the reader asks for each node's
 * type and span once (offsets are UTF-16 indices, like the script string) and then works in
 * JavaScript. Nodes are numbered in pre-order; -1 means none.
 */
export class BashTree {
  readonly kind: Kind[] = [];
  readonly start: number[] = [];
  readonly end: number[] = [];
  readonly firstChild: number[] = [];
  readonly nextSibling: number[] = [];
  readonly parent: number[] = [];

  constructor(tree: Tree, kinds: KindTable) {
    const cursor = tree.walk();
    const lastChild: number[] = [];
    // Ancestors of the cursor's node: an explicit stack, as `a && b && …` nests one level per command.
    const ancestors: number[] = [];
    try {
      for (;;) {
        const node = this.kind.length;
        this.kind.push(kinds.of(cursor.nodeTypeId));
        this.start.push(cursor.startIndex);
        this.end.push(cursor.endIndex);
        this.firstChild.push(-1);
        this.nextSibling.push(-1);
        lastChild.push(-1);
        const parent = ancestors.length > 0 ? (ancestors[ancestors.length - 1] as number) : -1;
        this.parent.push(parent);
        if (parent >= 0) {
          const previous = lastChild[parent] as number;
          if (previous >= 0) this.nextSibling[previous] = node;
          else this.firstChild[parent] = node;
          lastChild[parent] = node;
        }
        if (cursor.gotoFirstChild()) {
          ancestors.push(node);
          continue;
        }
        while (!cursor.gotoNextSibling()) {
          if (!cursor.gotoParent()) return;
          ancestors.pop();
        }
      }
    } finally {
      cursor.delete();
    }
  }

  /** The direct children of `node`, in source order. */
  children(node: number): number[] {
    const out: number[] = [];
    for (let c = this.firstChild[node] as number; c >= 0; c = this.nextSibling[c] as number) out.push(c);
    return out;
  }

  /** Whether the node is a named one (not an operator, keyword or quote). */
  named(node: number): boolean {
    return !(this.kind[node] as string).startsWith(' ');
  }
}

/** Type names by the language's numeric type ids, looked up once per id. */
export class KindTable {
  private readonly names: Kind[] = [];

  constructor(private readonly language: Language) {}

  of(id: number): Kind {
    let name = this.names[id];
    if (name === undefined) {
      const type = this.language.nodeTypeForId(id) ?? 'ERROR';
      name = this.language.nodeTypeIsNamed(id) ? type : ` ${type}`;
      this.names[id] = name;
    }
    return name;
  }
}
