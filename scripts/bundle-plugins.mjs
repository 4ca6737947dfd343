// What scripts/build.mjs changes in esbuild's way of bundling, each for a measured start-up cost or a
// layout need: the plugins, and the ASCII pass over the bundles it writes.
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';

// dist/cli.js answers `--version` and `--help` alone and imports dist/cli-main.js for everything else
// (src/cli/index.ts): compiling the whole bundle was most of their start-up CPU.
export const cliMainExternal = {
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
export const lazyOidcClient = {
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
export const lazyCrypto = {
  name: 'lazy-crypto',
  setup(build) {
    build.onResolve({ filter: /^(node:)?crypto$/ }, args =>
      args.importer.endsWith('/@actions/core/lib/file-command.js')
        ? // A fixed path: esbuild names the module by it in the bundle, which must not depend on the checkout.
          { path: 'node:crypto', namespace: 'lazy-crypto' }
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

// @actions/core writes its log lines and workflow commands (`info`, `error`, `setFailed`, `setSecret`…)
// with process.stdout.write, and creating process.stdout (a pipe on a runner) cost about 7-9 ms of every
// run for a few lines of text. In the bundle its three calls (lib/command.js, lib/core.js) write to file
// descriptor 1 instead (src/action/write-stdout.ts); @github/local-action, which runs the sources with a
// stand-in for the library, is unaffected. Another number of calls (a new version) fails the build.
const CORE_STDOUT_CALLS = { 'command.js': 1, 'core.js': 2 };
export const coreStdoutDirect = {
  name: 'core-stdout-direct',
  setup(build) {
    build.onLoad({ filter: /[\\/]@actions[\\/]core[\\/]lib[\\/](command|core)\.js$/ }, args => {
      const text = readFileSync(args.path, 'utf8');
      const file = basename(args.path);
      const calls = text.split('process.stdout.write(').length - 1;
      if (calls !== CORE_STDOUT_CALLS[file])
        throw new Error(
          `@actions/core lib/${file} calls process.stdout.write ${calls} times, not ${CORE_STDOUT_CALLS[file]}.`
        );
      return {
        contents:
          `import { writeStdout as __bulkheadWriteStdout } from ${JSON.stringify(resolve('src/action/write-stdout.ts'))};\n` +
          text.replaceAll('process.stdout.write(', '__bulkheadWriteStdout('),
        loader: 'js',
        resolveDir: dirname(args.path)
      };
    });
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
export const fsWithoutStreams = {
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
export const lspTypesSubset = {
  name: 'lsp-types-subset',
  setup(build) {
    build.onResolve({ filter: /^vscode-languageserver-types$/ }, args =>
      args.importer.includes('/node_modules/dockerfile-ast/')
        ? { path: resolve('src/targets/dockerfile/lsp-types-subset.ts') }
        : undefined
    );
  }
};

// Every bundle is pure ASCII: Node decodes a module's bytes and V8 compiles the text, and one non-ASCII
// character makes both take their slow path for the whole file (a two-byte string), about 7 ms of every
// start. esbuild escapes strings, templates and names (its default `charset`), but leaves comments it
// keeps and regular expressions as written. A line whose first such character follows a `//` or opens as a
// comment is escaped here (in a comment, a string or a regular expression `\uXXXX` means the same), and
// anything else fails the build: write the character as a `\u` escape in the source.
export function asciiOnly(path, text) {
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
