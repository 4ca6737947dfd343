import type { Parser } from 'web-tree-sitter';
import { KindTable } from './bash-tree.js';

/** The loaded parser, shared by every parse in this thread (parsing is synchronous, so never re-entered). */
export interface BashParser {
  parser: Parser;
  kinds: KindTable;
}

let loaded: BashParser | undefined;
let loading: Promise<void> | undefined;
let failure: string | undefined;

/** The WebAssembly of web-tree-sitter's runtime and of the tree-sitter-bash grammar. */
export interface ShellParserAssets {
  runtime: Uint8Array;
  grammar: Uint8Array;
}

/**
 * Loads tree-sitter-bash (WebAssembly) once per thread, from the files `readAssets` reads (I/O
 * stays in src/sources/; the entries call src/engine/load-shell-parser.ts). WebAssembly instantiation and
 * web-tree-sitter's set-up are asynchronous while `parseShell` is synchronous and called deep in
 * rules, so every entry that may parse shell awaits this first: the scan, the scan worker, `fix`,
 * the rule tester and the fuzz harness. Never rejects: when the files are missing, shell scripts are
 * read by the fallback tokenizer and `bashParserFailure()` says why.
 */
export function loadBashParser(readAssets: () => Promise<ShellParserAssets>): Promise<void> {
  loading ??= readAssets()
    .then(instantiate)
    .then(
      parser => {
        loaded = parser;
      },
      (error: unknown) => {
        failure = `the shell parser could not be loaded: ${String(error)}`;
      }
    );
  return loading;
}

/** The parser, or undefined before `loadShellParser()` has finished (or when it failed). */
export function bashParser(): BashParser | undefined {
  return loaded;
}

export function bashParserFailure(): string | undefined {
  return failure;
}

/**
 * A function index no WebAssembly module of the parser has: with V8's `--wasm-tier-up-filter` set to
 * it, TurboFan recompiles none of their functions.
 */
const NO_FUNCTION_INDEX = 2 ** 31 - 1;

async function instantiate({ runtime, grammar }: ShellParserAssets): Promise<BashParser> {
  // Imported here, not at the top, so that `--version` never evaluates it.
  const { Parser, Language } = await import('web-tree-sitter');
  // V8 first runs WebAssembly with its baseline compiler (Liftoff) and recompiles hot functions with
  // TurboFan. tree-sitter's parse and lex functions are huge: TurboFan spent ~0.9 s of CPU on them
  // during a 5,000-Dockerfile scan (16,000 scripts), and Liftoff's code is fast enough that the whole
  // parse then cost ~0.75 s instead of ~1.6 s. TurboFan is also memory: on Node 24 it took the peak
  // RSS of a scan of one Dockerfile whose script made the lexer hot (`rm -rf ~/.b "${B}"/*/c`) from
  // 60 MB to 570 MB, and of the realistic 10,000-file bench tree from 160 MB to 640 MB. Node 20's V8
  // reads `--liftoff-only` at run time; Node 22's and 24's do not (V8 freezes most flags once
  // started), but they read the tier-up filter, set to a function no module has. The flags only
  // concern WebAssembly, which nothing else in Bulkhead runs; they are process-wide, so worker
  // threads inherit them.
  // `node:v8` is taken here, not imported at the top: a scan that never loads the parser skips it.
  const v8 = process.getBuiltinModule('node:v8');
  v8.setFlagsFromString('--liftoff-only');
  v8.setFlagsFromString(`--wasm-tier-up-filter=${NO_FUNCTION_INDEX}`);
  await Parser.init({ wasmBinary: runtime } as Parameters<typeof Parser.init>[0]);
  const parser = new Parser();
  parser.setLanguage(await Language.load(grammar));
  return { parser, kinds: new KindTable(parser.language as NonNullable<typeof parser.language>) };
}
