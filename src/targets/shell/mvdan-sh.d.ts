/**
 * The small part of `mvdan-sh` (a GopherJS build of mvdan.cc/sh/v3, shipped without types) that
 * Bulkhead uses. Nodes returned by the wrapper API are opaque here on purpose: reading their
 * fields through the wrapper is very slow, so `mvdan-ast.ts` reads the Go values behind them.
 */
declare module 'mvdan-sh' {
  /** A position; `Offset()` counts UTF-8 bytes, not UTF-16 code units. */
  export interface MvdanPos {
    Offset(): number;
    Line(): number;
    Col(): number;
  }

  /** A parsed file as handed out by the wrapper; `__internal_object__` is the Go `*syntax.File`. */
  export interface MvdanFile {
    readonly __internal_object__?: unknown;
  }

  /** What `Parse` throws on a syntax error (`syntax.ParseError`, `syntax.LangError`, ...). */
  export interface MvdanError {
    Error?(): string;
    Text?: string;
    Pos?: MvdanPos;
  }

  export interface MvdanParser {
    Parse(src: string, name: string): MvdanFile;
  }

  export interface MvdanSyntax {
    NewParser(...options: unknown[]): MvdanParser;
    Variant(lang: unknown): unknown;
    KeepComments(keep: boolean): unknown;
    LangBash: unknown;
    LangPOSIX: unknown;
    NodeType(node: unknown): string;
    Walk(node: unknown, visit: (node: unknown) => boolean): void;
  }

  const sh: { syntax: MvdanSyntax };
  export default sh;
}
