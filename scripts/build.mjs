// Bundles the CLI (dist/cli.js), the GitHub Action (dist/index.js) and the scan worker (dist/scan-worker.js) into dist/ (committed), with the
// licenses of the bundled packages in dist/THIRD_PARTY_NOTICES.txt. `--check` builds in memory and fails
// when dist/ differs.
import { build } from 'esbuild';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { formatThirdPartyNotices } from './third-party-notices.mjs';

const check = process.argv.includes('--check');

// Rule links (SARIF helpUri, summary, `bulkhead explain`) point at package.json `repository`.
const { repository } = JSON.parse(readFileSync('package.json', 'utf8'));
const repositoryUrl = (typeof repository === 'string' ? repository : repository.url)
  .replace(/^git\+/, '')
  .replace(/\.git$/, '');

// dist/cli.js answers `--version` and `--help` alone and imports dist/cli-main.js for everything else
// (src/cli/index.ts): compiling the whole bundle was most of their start-up CPU.
const cliMainExternal = {
  name: 'cli-main-external',
  setup(build) {
    build.onResolve({ filter: /^\.\/run-cli\.js$/ }, args =>
      args.importer.endsWith('src/cli/index.ts') ? { path: './cli-main.js', external: true } : undefined
    );
  }
};

const result = await build({
  // dist/cli.js imports dist/cli-main.js for everything but `--version`/`--help`; the scan worker
  // (src/engine/scan-pool.ts) is its own bundle beside the entries, which start it as
  // `new URL('./scan-worker.js', import.meta.url)`.
  entryPoints: {
    cli: 'src/cli/index.ts',
    'cli-main': 'src/cli/run-cli.ts',
    index: 'src/action/index.ts',
    'scan-worker': 'src/engine/scan-worker.ts'
  },
  plugins: [cliMainExternal],
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  charset: 'utf8',
  // Bundle paths must not depend on where node_modules really lives (CI compares dist/ byte for byte).
  preserveSymlinks: true,
  write: !check,
  banner: {
    // Bundled CommonJS dependencies call require(); ESM has none, so provide one.
    js: "#!/usr/bin/env node\nimport { createRequire as __bulkheadRequire } from 'node:module';\nconst require = __bulkheadRequire(import.meta.url);"
  },
  metafile: true,
  define: { __BULKHEAD_REPOSITORY_URL__: JSON.stringify(repositoryUrl) },
  logLevel: 'warning'
});

// The shell parser's WebAssembly (src/targets/shell/load-bash-parser.ts reads them beside the
// bundles): web-tree-sitter's runtime and the tree-sitter-bash grammar, copied as they are.
const WASM = {
  'dist/web-tree-sitter.wasm': 'node_modules/web-tree-sitter/web-tree-sitter.wasm',
  'dist/tree-sitter-bash.wasm': 'node_modules/tree-sitter-bash/tree-sitter-bash.wasm'
};
const wasm = new Map(Object.entries(WASM).map(([to, from]) => [to, readFileSync(from)]));
if (!check) for (const [to, bytes] of wasm) writeFileSync(to, bytes);

const NOTICES = 'dist/THIRD_PARTY_NOTICES.txt';
const wasmInputs = Object.fromEntries(Object.values(WASM).map(from => [from, {}]));
const notices = formatThirdPartyNotices({ inputs: { ...result.metafile.inputs, ...wasmInputs } });
if (!check) writeFileSync(NOTICES, notices);

if (check) {
  const built = new Map(result.outputFiles.map(f => [relative(process.cwd(), f.path), f.text]));
  built.set(NOTICES, notices);
  for (const [to, bytes] of wasm) built.set(to, bytes);
  const committed = existsSync('dist') ? readdirSync('dist').map(name => `dist/${name}`) : [];
  const stale = [...built]
    .filter(([path, content]) =>
      typeof content === 'string'
        ? !existsSync(path) || readFileSync(path, 'utf8') !== content
        : !existsSync(path) || !readFileSync(path).equals(content)
    )
    .map(([path]) => path);
  const extra = committed.filter(path => !built.has(path));
  if (stale.length || extra.length) {
    console.error(
      `dist/ is stale (${[...stale, ...extra].join(', ')}): run 'npm run build' and commit dist/.`
    );
    process.exit(1);
  }
  console.log(`dist/ is up to date (${built.size} file${built.size === 1 ? '' : 's'}).`);
}
