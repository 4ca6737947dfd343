import { KUSTOMIZATION_NAMES } from '../render/discover-render-roots.js';
import { loadTomlLibrary } from '../targets/toml/toml-library.js';
import { loadYamlLibrary } from '../targets/yaml/yaml-library.js';
import { classifyFile, isComposeName, isDockerfileName } from './classify-file.js';
import { measuresWithYamlLexer } from './work-budget.js';

/**
 * Loads the YAML and TOML parsers once per thread. Parsers and rules use them synchronously, so every
 * entry that may read a manifest, a Compose file, registry configuration, a render root or a config
 * file awaits this first: `scan()` (so the CLI, `fix` and the Action), the render step, the scan
 * worker, `parseConfig`, the Jest setup (test/setup-document-parsers.ts) and scripts that call the
 * engine directly. A scan of Dockerfiles alone does not: compiling and initialising `yaml` was about a
 * tenth of the Action's start-up on a one-Dockerfile repository.
 */
export async function loadDocumentParsers(): Promise<void> {
  await Promise.all([loadYamlLibrary(), loadTomlLibrary()]);
}

/**
 * Whether scanning these files may parse YAML, JSON (read with the YAML parser) or TOML: a file
 * with such an extension, a Compose or kustomization file, or a file whose content makes it a target
 * other than a Dockerfile (a script that starts dockerd), or a file the work budget measures
 * with the YAML lexer. Dockerfiles, `.dockerignore` files, shell scripts, systemd units and key files
 * do not.
 */
export function mayParseDocuments(files: Iterable<{ path: string; text: string }>): boolean {
  for (const { path, text } of files) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    if (DOCUMENT_FILE.test(base) || isComposeName(path) || KUSTOMIZATION_NAMES.includes(base)) return true;
    const kind = classifyFile(path, text);
    if (kind !== undefined && kind !== 'dockerfile') return true;
    if (!isDockerfileName(path) && measuresWithYamlLexer(path, text)) return true;
  }
  return false;
}

const DOCUMENT_FILE = /\.(ya?ml|json|toml|conf)$/i;
