// Bundles the CLI (dist/cli.js, dist/cli-main.js), the GitHub Action (dist/index.js) and the scan worker
// (dist/scan-worker.js), with the chunks they share or load on demand (dist/chunk-<hash>.js), into dist/
// (committed), with the licenses of the bundled packages in dist/THIRD_PARTY_NOTICES.txt. `--check`
// builds in memory and fails when dist/ differs: a stale, missing or left-over file (a chunk's name is
// the hash of its content, so a stale chunk is both missing and left over).
import { build } from 'esbuild';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import {
  asciiOnly,
  cliMainExternal,
  coreStdoutDirect,
  fsWithoutStreams,
  lazyCrypto,
  lazyOidcClient,
  lspTypesSubset
} from './bundle-plugins.mjs';
import { formatThirdPartyNotices } from './third-party-notices.mjs';

const check = process.argv.includes('--check');

// Rule links (SARIF helpUri, summary, `bulkhead explain`) point at package.json `repository`.
const { repository } = JSON.parse(readFileSync('package.json', 'utf8'));
const repositoryUrl = (typeof repository === 'string' ? repository : repository.url)
  .replace(/^git\+/, '')
  .replace(/\.git$/, '');

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  // Bundle paths must not depend on where node_modules really lives (CI compares dist/ byte for byte).
  preserveSymlinks: true,
  // Written below, once the code is ASCII (asciiOnly in bundle-plugins.mjs).
  write: false,
  banner: {
    // Bundled CommonJS dependencies call require(); ESM has none, so provide one.
    js: "#!/usr/bin/env node\nimport { createRequire as __bulkheadRequire } from 'node:module';\nconst require = __bulkheadRequire(import.meta.url);"
  },
  metafile: true,
  define: { __BULKHEAD_REPOSITORY_URL__: JSON.stringify(repositoryUrl) },
  logLevel: 'warning'
};

// dist/cli.js stands alone (no chunk): `--version` and `--help` read nothing else.
const cli = await build({
  ...common,
  entryPoints: { cli: 'src/cli/index.ts' },
  plugins: [cliMainExternal, fsWithoutStreams],
  outdir: 'dist'
});

// The scanner's entries share their code through chunks (dist/chunk-<hash>.js), and what only some runs
// need is a chunk loaded by `import()` when it is needed: Ajv with a config file, the image readers with
// an image, the code-scanning upload, the `fix` command. The chunks sit beside
// the entries, in dist/ itself, because code that moves into a chunk still finds its neighbours as
// `new URL('./…', import.meta.url)` (dist/scan-worker.js, dist/*.wasm).
const result = await build({
  ...common,
  // The scan worker (src/engine/scan-pool.ts) is an entry too: the pool starts it as
  // `new URL('./scan-worker.js', import.meta.url)`.
  entryPoints: {
    'cli-main': 'src/cli/run-cli.ts',
    index: 'src/action/index.ts',
    'scan-worker': 'src/engine/scan-worker.ts'
  },
  plugins: [lazyOidcClient, lazyCrypto, lspTypesSubset, fsWithoutStreams, coreStdoutDirect],
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunk-[hash]'
});

// A warning (such as a property of a namespace import that no export provides) fails the build.
const warnings = [...cli.warnings, ...result.warnings];
if (warnings.length) {
  console.error(`esbuild warned ${warnings.length} time(s): the build is refused.`);
  process.exit(1);
}

const bundles = new Map(
  [...cli.outputFiles, ...result.outputFiles].map(file => {
    const path = relative(process.cwd(), file.path);
    return [path, asciiOnly(path, file.text)];
  })
);
if (!check) for (const [path, text] of bundles) writeFileSync(path, text);

// The shell parser's WebAssembly (src/targets/shell/load-bash-parser.ts reads them beside the
// bundles): web-tree-sitter's runtime and the tree-sitter-bash grammar, copied as they are.
const WASM = {
  'dist/web-tree-sitter.wasm': 'node_modules/web-tree-sitter/web-tree-sitter.wasm',
  'dist/tree-sitter-bash.wasm': 'node_modules/tree-sitter-bash/tree-sitter-bash.wasm'
};
const wasm = new Map(Object.entries(WASM).map(([to, from]) => [to, readFileSync(from)]));
if (!check) for (const [to, bytes] of wasm) writeFileSync(to, bytes);

// A chunk's name changes with its content: the chunks of an earlier build are removed, or `--check`
// would find them left over.
if (!check) {
  const written = new Set(Object.keys(result.metafile.outputs));
  for (const name of readdirSync('dist'))
    if (name.startsWith('chunk-') && !written.has(`dist/${name}`)) rmSync(`dist/${name}`);
}

const NOTICES = 'dist/THIRD_PARTY_NOTICES.txt';
// The lazy OIDC class and crypto function (bundle-plugins.mjs) are Bulkhead's code, not a package's.
const bundled = Object.entries({ ...cli.metafile.inputs, ...result.metafile.inputs }).filter(
  ([input]) => !input.startsWith('lazy-oidc-client:') && !input.startsWith('lazy-crypto:')
);
const wasmInputs = Object.fromEntries(Object.values(WASM).map(from => [from, {}]));
const notices = formatThirdPartyNotices({ inputs: { ...Object.fromEntries(bundled), ...wasmInputs } });
if (!check) writeFileSync(NOTICES, notices);

if (check) {
  const built = new Map(bundles);
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
