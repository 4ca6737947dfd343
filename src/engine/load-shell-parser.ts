import { readShellParserAssets } from '../sources/read-shell-parser.js';
import { dockerdFlagsFormat } from '../targets/registry-config/dockerd-flags.js';
import { loadBashParser } from '../targets/shell/load-bash-parser.js';
import { classifyFile } from './classify-file.js';

/**
 * Loads the shell parser (tree-sitter-bash, WebAssembly) once per thread. WebAssembly is set up
 * asynchronously while rules parse shell synchronously, so every entry that may parse a script
 * awaits this first: `scan()` (so the CLI, `fix` and the Action), the scan worker, the rule tester
 * (test/setup-shell-parser.ts) and scripts that call the engine directly. Never rejects.
 */
export function loadShellParser(): Promise<void> {
  return loadBashParser(readShellParserAssets);
}

/**
 * Whether scanning this file may parse shell: a Dockerfile (by name or by content) with a RUN step
 * (the word anywhere, in any case, which also covers `ONBUILD RUN`), or dockerd command lines in
 * scripts and systemd units. Manifests, Compose files, other registry configuration and Dockerfiles
 * without RUN never do, so a scan of only those does not pay the parser's ~50 ms of loading. (Image
 * histories parse shell too: the scan loads the parser when it is given images.)
 */
export function mayParseShell(path: string, text: string): boolean {
  return (
    dockerdFlagsFormat.matches(path, text) ||
    (RUN_WORD.test(text) && classifyFile(path, text) === 'dockerfile')
  );
}

const RUN_WORD = /\brun\b/i;
