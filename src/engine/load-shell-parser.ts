import { readShellParserAssets } from '../sources/read-shell-parser.js';
import { dockerdFlagsFormat } from '../targets/registry-config/dockerd-flags.js';
import { parseDockerfile } from '../targets/dockerfile/parse-dockerfile.js';
import { runScriptSources } from '../targets/dockerfile/run-commands.js';
import { loadBashParser } from '../targets/shell/load-bash-parser.js';
import { needsBashParser } from '../targets/shell/parse-posix.js';
import { parseShell } from '../targets/shell/shell-commands.js';
import { isDockerfile } from './classify-file.js';

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
 * Whether scanning this file needs the shell parser: a Dockerfile (by name or by content) with a RUN
 * step whose script, or a script nested in it (`sh -c …`), is more than simple commands and operators
 * (src/targets/shell/parse-simple-posix.ts reads those), or dockerd command lines in scripts and systemd
 * units. Manifests, Compose files, other registry configuration and Dockerfiles whose RUN steps are
 * all plain never do, so a scan of only those does not pay the parser's ~50 ms of loading and ~35 ms
 * of first parse. (Image histories parse shell too: the scan loads the parser when it is given images.)
 */
export function mayParseShell(path: string, text: string): boolean {
  if (dockerdFlagsFormat.matches(path, text)) return true;
  if (!RUN_WORD.test(text) || !isDockerfile(path, text)) return false;
  // Reading a very long Dockerfile twice costs more than loading the parser.
  if (text.length > MAX_PROBED_DOCKERFILE) return true;
  try {
    return needsBashParser(() => {
      for (const script of runScriptSources(parseDockerfile(text))) parseShell(script.text, script.dialect);
    });
  } catch {
    return true;
  }
}

const RUN_WORD = /\brun\b/i;
const MAX_PROBED_DOCKERFILE = 64 * 1024;
