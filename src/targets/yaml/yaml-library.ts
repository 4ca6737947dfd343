/**
 * The `yaml` package, loaded by `loadYamlLibrary()` (an `import()`: a chunk of its own in dist/)
 * instead of with the bundle. Compiling and initialising it was about a tenth of the Action's start-up
 * on a one-Dockerfile repository, which never reads YAML. Parsers and rules call it synchronously, so
 * the engine loads it before scanning anything but Dockerfiles (src/engine/load-document-parsers.ts).
 * The exports are ESM live bindings: an importer sees the package once it is loaded; a call before
 * that is a TypeError (a bug in the entry that scanned).
 */
import type * as Yaml from 'yaml';

export let Composer: typeof Yaml.Composer;
export let CST: typeof Yaml.CST;
export let isAlias: typeof Yaml.isAlias;
export let isMap: typeof Yaml.isMap;
export let isNode: typeof Yaml.isNode;
export let isPair: typeof Yaml.isPair;
export let isScalar: typeof Yaml.isScalar;
export let isSeq: typeof Yaml.isSeq;
export let Lexer: typeof Yaml.Lexer;
export let LineCounter: typeof Yaml.LineCounter;
/** The class's instance type, as `import { LineCounter } from 'yaml'` gives it. */
export type LineCounter = Yaml.LineCounter;
export let parse: typeof Yaml.parse;
export let parseAllDocuments: typeof Yaml.parseAllDocuments;
export let parseDocument: typeof Yaml.parseDocument;
export let Parser: typeof Yaml.Parser;
export let visit: typeof Yaml.visit;

let loading: Promise<void> | undefined;

/** Loads `yaml` once per thread. */
export function loadYamlLibrary(): Promise<void> {
  loading ??= import('yaml').then(namespace => {
    // `default` is the package's `module.exports`, both in Node (a CommonJS package) and in the
    // bundle (esbuild exports only that from a chunk of CommonJS code).
    const yaml = namespace.default ?? namespace;
    ({ Composer, CST, isAlias, isMap, isNode, isPair, isScalar, isSeq, Lexer, LineCounter } = yaml);
    ({ parse, parseAllDocuments, parseDocument, Parser, visit } = yaml);
  });
  return loading;
}
