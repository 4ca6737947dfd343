import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/**
 * Reads the shell parser's WebAssembly. The bundles in dist/ have the files beside them
 * (scripts/build.mjs copies them); from the sources they come from the packages.
 */
export async function readShellParserAssets(): Promise<{ runtime: Uint8Array; grammar: Uint8Array }> {
  const [runtime, grammar] = await Promise.all([
    readAsset('web-tree-sitter.wasm', 'web-tree-sitter/web-tree-sitter.wasm'),
    readAsset('tree-sitter-bash.wasm', 'tree-sitter-bash/tree-sitter-bash.wasm')
  ]);
  return { runtime, grammar };
}

async function readAsset(file: string, specifier: string): Promise<Uint8Array> {
  try {
    return await readFile(new URL(`./${file}`, import.meta.url));
  } catch {
    return readFile(createRequire(import.meta.url).resolve(specifier));
  }
}
