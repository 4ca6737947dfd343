import { readShellParserAssets } from '../sources/read-shell-parser.js';
import { loadBashParser } from '../targets/shell/load-bash-parser.js';

/**
 * Loads the shell parser (tree-sitter-bash, WebAssembly) once per thread. WebAssembly is set up
 * asynchronously while rules parse shell synchronously, so every entry that may parse a script
 * awaits this first: `scan()` (so the CLI, `fix` and the Action), the scan worker, the rule tester
 * (test/setup-shell-parser.ts) and scripts that call the engine directly. Never rejects.
 */
export function loadShellParser(): Promise<void> {
  return loadBashParser(readShellParserAssets);
}
