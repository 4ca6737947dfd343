// Bundles the CLI (dist/cli.js, dist/cli-main.js), the GitHub Action (dist/index.js) and the scan worker
// (dist/scan-worker.js), with the chunks they share or load on demand (dist/chunk-<hash>.js), into dist/
// (committed), with the licenses of the bundled packages in dist/THIRD_PARTY_NOTICES.txt. `--check`
// builds in memory and fails when dist/ differs: a stale, missing or left-over file (a chunk's name is
// the hash of its content, so a stale chunk is both missing and left over).
import { build } from 'esbuild';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
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

// @actions/core imports its OIDC client (getIDToken) at load, and with it @actions/http-client and
// undici: 0.8 MB of the Action's bundle that Bulkhead never calls. Its import is swapped for a class
// that loads the real client (a chunk of its own, shipped but never loaded) on the first getIDToken.
const OIDC_UTILS = /^\.\/oidc-utils\.js$/;
const lazyOidcClient = {
  name: 'lazy-oidc-client',
  setup(build) {
    build.onResolve({ filter: OIDC_UTILS }, args =>
      args.namespace === 'file' && args.importer.endsWith('/@actions/core/lib/core.js')
        ? { path: args.importer, namespace: 'lazy-oidc-client' }
        : undefined
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-oidc-client' }, args => ({
      contents:
        'export class OidcClient {\n' +
        '  static async getIDToken(audience) {\n' +
        "    const { OidcClient } = await import('./oidc-utils.js');\n" +
        '    return OidcClient.getIDToken(audience);\n' +
        '  }\n' +
        '}\n',
      resolveDir: dirname(args.path),
      loader: 'js'
    }));
  }
};

// @actions/core imports node:crypto at load for one call: the random delimiter of a multi-line output
// (src/action/step-output.ts writes single-line ones itself). Loading node:crypto (and the streams it
// brings) took about 5 ms of every run; its import is swapped for a function that loads it on that call.
const lazyCrypto = {
  name: 'lazy-crypto',
  setup(build) {
    build.onResolve({ filter: /^(node:)?crypto$/ }, args =>
      args.importer.endsWith('/@actions/core/lib/file-command.js')
        ? { path: args.importer, namespace: 'lazy-crypto' }
        : undefined
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-crypto' }, () => ({
      contents:
        'export function randomUUID() {\n' +
        "  return process.getBuiltinModule('node:crypto').randomUUID();\n" +
        '}\n',
      loader: 'js'
    }));
  }
};

// Importing node:fs as an ES module builds its namespace from every export, getters included, and the
// stream classes' getters load node:stream and its 20 modules (about 4 ms of every start). The bundles
// import it as this module instead: node:fs's own object, read without its getters (`promises` aside,
// already loaded by Node's module loader). An import of a name it lacks fails the build (esbuild: no
// matching export; a property of `import * as fs` only warns, so warnings fail the build below).
const FS_EXPORTS = `
  appendFile appendFileSync access accessSync chown chownSync chmod chmodSync close closeSync
  copyFile copyFileSync cp cpSync createReadStream createWriteStream exists existsSync fchown
  fchownSync fchmod fchmodSync fdatasync fdatasyncSync fstat fstatSync fsync fsyncSync ftruncate
  ftruncateSync futimes futimesSync lchown lchownSync lchmod lchmodSync link linkSync lstat
  lstatSync lutimes lutimesSync mkdir mkdirSync mkdtemp mkdtempSync open openSync openAsBlob
  readdir readdirSync read readSync readv readvSync readFile readFileSync readlink readlinkSync
  realpath realpathSync rename renameSync rm rmSync rmdir rmdirSync stat statfs statSync statfsSync
  symlink symlinkSync truncate truncateSync unwatchFile unlink unlinkSync utimes utimesSync watch
  watchFile writeFile writeFileSync write writeSync writev writevSync Dirent Stats constants
  promises
`
  .trim()
  .split(/\s+/);
const fsWithoutStreams = {
  name: 'fs-without-streams',
  setup(build) {
    build.onResolve({ filter: /^(node:)?fs$/ }, args =>
      args.kind === 'import-statement' ? { path: 'node:fs', namespace: 'fs-without-streams' } : undefined
    );
    build.onLoad({ filter: /.*/, namespace: 'fs-without-streams' }, () => ({
      contents:
        "const fs = process.getBuiltinModule('node:fs');\n" +
        'export default fs;\n' +
        `export const { ${FS_EXPORTS.join(', ')} } = fs;\n`,
      loader: 'js'
    }));
  }
};

// dockerfile-ast calls two functions of vscode-languageserver-types (Position.create, Range.create): its
// imports get src/targets/dockerfile/lsp-types-subset.ts instead of the package's 65 KB, which every start
// compiled. The subset's test fails when dockerfile-ast calls anything else.
const lspTypesSubset = {
  name: 'lsp-types-subset',
  setup(build) {
    build.onResolve({ filter: /^vscode-languageserver-types$/ }, args =>
      args.importer.includes('/node_modules/dockerfile-ast/')
        ? { path: resolve('src/targets/dockerfile/lsp-types-subset.ts') }
        : undefined
    );
  }
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  // Bundle paths must not depend on where node_modules really lives (CI compares dist/ byte for byte).
  preserveSymlinks: true,
  // Written below, once the code is ASCII (asciiOnly).
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
  plugins: [lazyOidcClient, lazyCrypto, lspTypesSubset, fsWithoutStreams],
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

// Every bundle is pure ASCII: Node decodes a module's bytes and V8 compiles the text, and one non-ASCII
// character makes both take their slow path for the whole file (a two-byte string), about 7 ms of every
// start. esbuild escapes strings, templates and names (its default `charset`), but leaves comments it
// keeps and regular expressions as written. A line whose first such character follows a `//` or opens as a
// comment is escaped here (in a comment, a string or a regular expression `\uXXXX` means the same), and
// anything else fails the build: write the character as a `\u` escape in the source.
function asciiOnly(path, text) {
  if (!/[\u0080-\uffff]/.test(text)) return text;
  const escape = line =>
    line.replace(/[\u0080-\uffff]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const lines = text.split('\n');
  const left = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/[\u0080-\uffff]/.test(lines[i])) continue;
    const first = lines[i].search(/[\u0080-\uffff]/);
    const comment = /^\s*(\/\/|\/\*|\*)/.test(lines[i]) || lines[i].lastIndexOf('//', first) >= 0;
    if (comment) lines[i] = escape(lines[i]);
    else left.push(`${path}:${i + 1}: ${lines[i].trim().slice(0, 120)}`);
  }
  if (left.length) {
    console.error(`Non-ASCII characters outside comments (write them as \\u escapes):\n${left.join('\n')}`);
    process.exit(1);
  }
  return lines.join('\n');
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
// The lazy OIDC class above is Bulkhead's code (in its own namespace), not a package's.
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
