import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PRODUCT_VERSION } from '../../src/core/product.js';
import { helpFor } from '../../src/cli/help-text.js';
import { actionEnvironment } from '../../bench/action-env.js';

const ROOT = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..');
/** What the scan says when an entry used the shell parser before loading it (src/targets/shell/parse-posix.ts). */
const NOT_LOADED = /shell parser (was not loaded|could not be loaded)/;

/** What the tests read of `scan --format json`. */
interface ScanJson {
  findings: { ruleId: string; file: string; suppressed?: unknown }[];
}

/** Every file of dist/ (the entries, their chunks, the shell parser, the notices). */
const DIST_FILES = readdirSync(join(ROOT, 'dist'));

/** The text of `entry` and of every chunk it imports statically, i.e. all that loads when it starts. */
function startupClosure(entry: string): string {
  const seen = new Set<string>();
  const visit = (file: string): string => {
    if (seen.has(file)) return '';
    seen.add(file);
    const text = readFileSync(join(ROOT, 'dist', file), 'utf8');
    // Static imports only (`import … from "./x.js"`, `import "./x.js"`); `import("./x.js")` loads on demand.
    const imported = [...text.matchAll(/^(?:import|export)\b[^;(]*?["']\.\/([^"']+)["'];?$/gm)];
    return text + imported.map(match => visit(match[1] as string)).join('');
  };
  return visit(entry);
}

describe('the shipped bundles', () => {
  it('ship the shell parser WebAssembly beside the bundles, and no mvdan-sh', () => {
    for (const file of ['web-tree-sitter.wasm', 'tree-sitter-bash.wasm'])
      expect(readFileSync(join(ROOT, 'dist', file)).subarray(0, 4)).toEqual(Buffer.from('\0asm', 'latin1'));
    // A marker of the GopherJS runtime that mvdan-sh was built with.
    for (const file of ['cli.js', 'cli-main.js', 'index.js', 'scan-worker.js'])
      expect(readFileSync(join(ROOT, 'dist', file), 'utf8')).not.toContain('$curGoroutine');
  });

  it('hold no path of the checkout they were built in (dist/ must build the same from any clone)', () => {
    const root = resolve(ROOT);
    const withPath = DIST_FILES.filter(
      file => file.endsWith('.js') && readFileSync(join(ROOT, 'dist', file), 'utf8').includes(root)
    );
    expect(withPath).toEqual([]);
  });

  it('parse RUN scripts with tree-sitter-bash in every entry, with no node_modules in reach (as the Action runs)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bulkhead-dist-'));
    try {
      mkdirSync(join(dir, 'bundle'));
      for (const file of DIST_FILES) copyFileSync(join(ROOT, 'dist', file), join(dir, 'bundle', file));
      // `then sudo` inside an `if`: the fallback tokenizer would also see `[` and `fi` as commands,
      // and a scan that fell back to it warns on stderr.
      const dockerfile =
        'FROM debian:bookworm\nRUN if [ -f /etc/debian_version ]; then sudo apt-get update; fi\nUSER 10001\n';
      // 64 files: four pool chunks, so that the worker takes some while this thread scans others.
      const names = Array.from({ length: 64 }, (_, i) => `app${i}`);
      for (const name of names) {
        mkdirSync(join(dir, name));
        writeFileSync(join(dir, name, 'Dockerfile'), dockerfile);
      }
      const cli = (args: string[]) =>
        spawnSync(process.execPath, [join(dir, 'bundle', 'cli.js'), ...args], {
          cwd: dir,
          encoding: 'utf8',
          env: { ...process.env, BULKHEAD_POOL_MIN_TARGETS: '0' }
        });
      // One thread, then a worker for part of the files, then `fix` (which scans again).
      for (const jobs of ['1', '2']) {
        const run = cli(['scan', '.', '--jobs', jobs, '--format', 'json', '--fail-on', 'none']);
        expect(run.status).toBe(0);
        expect(run.stderr).not.toMatch(NOT_LOADED);
        const result = JSON.parse(run.stdout) as { findings: { ruleId: string; message: string }[] };
        expect(result.findings.filter(f => f.ruleId === 'BH103').map(f => f.message)).toEqual(
          names.map(() => "RUN invokes 'sudo apt-get update'.")
        );
      }
      const fix = cli(['fix', '--dry-run', '.']);
      expect(fix.stderr).not.toMatch(NOT_LOADED);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('load the shell parser for a Dockerfile known by its content only (no Dockerfile name)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bulkhead-dist-'));
    try {
      mkdirSync(join(dir, 'build'));
      // Extension-less: classified as a Dockerfile by its content.
      writeFileSync(
        join(dir, 'build', 'Dockerfile-alpine'),
        'FROM alpine:3.20\nRUN if [ -f /etc/alpine-release ]; then sudo apk add curl; fi\nUSER 10001\n'
      );
      const run = spawnSync(
        process.execPath,
        [join(ROOT, 'dist', 'cli.js'), 'scan', '.', '--format', 'json', '--fail-on', 'none'],
        { cwd: dir, encoding: 'utf8' }
      );
      expect(run.status).toBe(0);
      expect(run.stderr).not.toMatch(NOT_LOADED);
      const result = JSON.parse(run.stdout) as { findings: { ruleId: string; message: string }[] };
      expect(result.findings.filter(f => f.ruleId === 'BH103').map(f => f.message)).toEqual([
        "RUN invokes 'sudo apk add curl'."
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('read plain RUN scripts without the shell parser, which a repository of those never loads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bulkhead-dist-'));
    try {
      // dist/ without its WebAssembly, away from node_modules: the shell parser cannot load here.
      mkdirSync(join(dir, 'dist'));
      for (const file of DIST_FILES.filter(name => !name.endsWith('.wasm')))
        copyFileSync(join(ROOT, 'dist', file), join(dir, 'dist', file));
      const scan = (dist: string, script: string) => {
        mkdirSync(join(dir, 'repo'), { recursive: true });
        writeFileSync(join(dir, 'repo', 'Dockerfile'), `FROM debian:bookworm\nRUN ${script}\nUSER 10001\n`);
        const run = spawnSync(
          process.execPath,
          [join(dist, 'cli.js'), 'scan', '.', '--format', 'json', '--fail-on', 'none'],
          { cwd: join(dir, 'repo'), encoding: 'utf8' }
        );
        const result = JSON.parse(run.stdout) as { findings: { ruleId: string; message: string }[] };
        return { stderr: run.stderr, findings: result.findings.map(f => `${f.ruleId} ${f.message}`) };
      };
      const plain = 'sudo apt-get update && sudo apt-get install -y curl | tee /tmp/log';
      const withoutParser = scan(join(dir, 'dist'), plain);
      expect(withoutParser).toEqual(scan(join(ROOT, 'dist'), plain));
      expect(withoutParser).toEqual({
        stderr: '',
        findings: expect.arrayContaining(["BH103 RUN invokes 'sudo apt-get update'."])
      });
      // A script beyond plain words needs the parser, and this copy of dist/ says it has none.
      const compound = 'if [ -f /etc/debian_version ]; then sudo apt-get update; fi';
      expect(scan(join(dir, 'dist'), compound).stderr).toMatch(NOT_LOADED);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answer --version and --help from dist/cli.js alone, and load the scanner for anything else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bulkhead-dist-'));
    try {
      copyFileSync(join(ROOT, 'dist', 'cli.js'), join(dir, 'cli.js'));
      const cli = (...args: string[]) =>
        spawnSync(process.execPath, [join(dir, 'cli.js'), ...args], { cwd: dir, encoding: 'utf8' });
      const version = cli('--version');
      expect([version.status, version.stdout]).toEqual([0, `${PRODUCT_VERSION}\n`]);
      const help = cli('help', 'scan');
      expect([help.status, help.stdout]).toEqual([0, helpFor('scan')]);
      // The scanner is dist/cli-main.js: without it beside cli.js, `rules` cannot load.
      const rules = cli('rules');
      expect(rules.status).not.toBe(0);
      expect(rules.stderr).toContain('cli-main.js');
      expect(readFileSync(join(ROOT, 'dist', 'cli.js'), 'utf8').length).toBeLessThan(64 * 1024);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('load Ajv, the image and registry readers, the upload and `fix` only when a run needs them', () => {
    // esbuild's comments name each bundled module; a start-up closure without them never compiles them.
    const onDemand = [
      'node_modules/ajv/',
      'node_modules/tar-stream/',
      'node_modules/undici/',
      'src/sources/image/',
      'src/sources/registry/',
      'src/github/upload-sarif.ts',
      'src/cli/run-fix.ts'
    ];
    for (const entry of ['index.js', 'cli-main.js']) {
      const closure = startupClosure(entry);
      expect(closure).toContain('// node_modules/dockerfile-ast/');
      expect({ entry, loaded: onDemand.filter(module => closure.includes(`// ${module}`)) }).toEqual({
        entry,
        loaded: []
      });
    }
    // …and they ship, in chunks beside the entries.
    const shipped = DIST_FILES.filter(file => file.startsWith('chunk-'))
      .map(file => readFileSync(join(ROOT, 'dist', file), 'utf8'))
      .join('');
    for (const module of onDemand) expect(shipped).toContain(`// ${module}`);
  });

  it('scan a repository of Dockerfiles without loading the YAML parser, and load it for a manifest', () => {
    // The YAML and TOML parsers are chunks of their own, loaded by import() (src/engine/load-document-parsers.ts).
    const [yamlChunk, ...more] = DIST_FILES.filter(
      file =>
        file.startsWith('chunk-') &&
        readFileSync(join(ROOT, 'dist', file), 'utf8').includes('// node_modules/yaml/dist/index.js')
    );
    expect({ yamlChunk, more }).toEqual({ yamlChunk: expect.any(String), more: [] });
    for (const entry of ['index.js', 'cli-main.js', 'scan-worker.js']) {
      const closure = startupClosure(entry);
      expect({
        entry,
        yaml: closure.includes('// node_modules/yaml/'),
        toml: closure.includes('// node_modules/toml-eslint-parser/')
      }).toEqual({ entry, yaml: false, toml: false });
    }
    // The proof at run time: a bundle without the YAML chunk still scans Dockerfiles (an import of
    // a missing chunk would fail the scan), from the CLI and from the Action.
    const dir = mkdtempSync(join(tmpdir(), 'bulkhead-dist-'));
    try {
      mkdirSync(join(dir, 'action', 'dist'), { recursive: true });
      for (const file of DIST_FILES)
        if (file !== yamlChunk) copyFileSync(join(ROOT, 'dist', file), join(dir, 'action', 'dist', file));
      for (const file of ['package.json', 'action.yml'])
        copyFileSync(join(ROOT, file), join(dir, 'action', file));
      const workspace = join(dir, 'workspace');
      mkdirSync(join(workspace, 'web'), { recursive: true });
      // What sits beside a Dockerfile in a small repository: none of it is YAML, JSON or TOML.
      writeFileSync(
        join(workspace, 'web', 'Dockerfile'),
        'FROM nginx:1.27\nCOPY site/ /usr/share/nginx/html/\n'
      );
      writeFileSync(join(workspace, 'web', '.dockerignore'), '.git\n*.md\n');
      writeFileSync(join(workspace, 'LICENSE'), 'MIT License\n\nCopyright (c) 2026 Acme\n');
      writeFileSync(join(workspace, 'README.md'), '# web\n');
      const cli = () =>
        spawnSync(
          process.execPath,
          [join(dir, 'action', 'dist', 'cli.js'), 'scan', '.', '--format', 'json', '--fail-on', 'none'],
          { cwd: workspace, encoding: 'utf8' }
        );
      const ruleIds = (stdout: string) =>
        (JSON.parse(stdout) as { findings: { ruleId: string }[] }).findings.map(f => f.ruleId);
      const plain = cli();
      expect([plain.status, plain.stderr]).toEqual([0, '']);
      expect(ruleIds(plain.stdout)).toEqual(['BH101']);
      const env = actionEnvironment({
        root: join(dir, 'action'),
        workspace,
        temp: join(dir, 'runner'),
        inputs: { upload: 'false', 'fail-on': 'none' }
      });
      const action = spawnSync(process.execPath, [join(dir, 'action', 'dist', 'index.js')], {
        cwd: workspace,
        env,
        encoding: 'utf8'
      });
      expect([action.status, action.stderr]).toEqual([0, '']);
      expect(action.stdout).toContain('::error title=BH101%3A image-runs-as-root,file=web/Dockerfile');
      // A manifest beside it needs the YAML chunk: the same bundle now fails (exit 3, the scan itself).
      writeFileSync(
        join(workspace, 'web', 'deployment.yaml'),
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n'
      );
      const manifest = cli();
      expect([manifest.status, manifest.stderr]).toEqual([3, expect.stringContaining(String(yamlChunk))]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("load the glob matcher only for the user's own globs, in the main thread and in a worker", () => {
    // picomatch is a chunk of its own, loaded by import() (src/engine/glob-library.ts).
    const [globChunk, ...more] = DIST_FILES.filter(
      file =>
        file.startsWith('chunk-') &&
        readFileSync(join(ROOT, 'dist', file), 'utf8').includes('// node_modules/picomatch/lib/picomatch.js')
    );
    expect({ globChunk, more }).toEqual({ globChunk: expect.any(String), more: [] });
    for (const entry of ['index.js', 'cli-main.js', 'scan-worker.js'])
      expect({ entry, picomatch: startupClosure(entry).includes('// node_modules/picomatch/') }).toEqual({
        entry,
        picomatch: false
      });
    const dir = mkdtempSync(join(tmpdir(), 'bulkhead-dist-'));
    try {
      mkdirSync(join(dir, 'bundle'));
      for (const file of DIST_FILES)
        if (file !== globChunk) copyFileSync(join(ROOT, 'dist', file), join(dir, 'bundle', file));
      const repo = join(dir, 'repo');
      // 40 apps, so that with the pool forced a worker scans some of them; each COPY has a wildcard
      // source, which Docker's own patterns match without the glob matcher.
      const apps = Array.from({ length: 40 }, (_, i) => `app${i}`);
      for (const app of apps) {
        mkdirSync(join(repo, app, 'certs'), { recursive: true });
        writeFileSync(join(repo, app, 'Dockerfile'), 'FROM alpine:3.20\nCOPY cert* /etc/app/\nUSER 10001\n');
        writeFileSync(join(repo, app, 'certs', 'server.key'), '-----BEGIN PRIVATE KEY-----\n');
      }
      const scan = (bundle: string, ...args: string[]) => {
        const run = spawnSync(
          process.execPath,
          [join(bundle, 'cli.js'), 'scan', '.', '--format', 'json', '--fail-on', 'none', ...args],
          { cwd: repo, encoding: 'utf8', env: { ...process.env, BULKHEAD_POOL_MIN_TARGETS: '0' } }
        );
        const result = run.status === 0 ? (JSON.parse(run.stdout) as ScanJson) : undefined;
        const bh203 = result?.findings.filter(f => f.ruleId === 'BH203') ?? [];
        return {
          status: run.status,
          stderr: run.stderr,
          reported: bh203.filter(f => !f.suppressed).map(f => f.file),
          suppressed: bh203.filter(f => f.suppressed).map(f => f.file)
        };
      };
      const files = (names: string[]) => names.map(app => `${app}/Dockerfile`).sort();
      for (const jobs of ['1', '2'])
        expect(scan(join(dir, 'bundle'), '--jobs', jobs)).toEqual({
          status: 0,
          stderr: '',
          reported: files(apps),
          suppressed: []
        });
      // An exclude glob and a config ignore's paths need the matcher: this bundle has none…
      writeFileSync(
        join(repo, '.bulkhead.yml'),
        'ignore:\n  - rules: [BH203]\n    paths: ["app1*/**"]\n    reason: test keys\n'
      );
      expect(scan(join(dir, 'bundle'), '--jobs', '1')).toEqual(
        expect.objectContaining({ status: 3, stderr: expect.stringContaining(String(globChunk)) })
      );
      // …and the shipped one loads it in every thread that matches (app1, app10-app19 suppressed).
      const ignored = apps.filter(app => app.startsWith('app1'));
      for (const jobs of ['1', '2'])
        expect(scan(join(ROOT, 'dist'), '--jobs', jobs, '--exclude', 'app3*')).toEqual({
          status: 0,
          stderr: '',
          reported: files(apps.filter(app => !app.startsWith('app3') && !ignored.includes(app))),
          suppressed: files(ignored)
        });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('run the Action from its own directory, whatever the working directory, and find its chunks', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bulkhead-dist-action-'));
    try {
      // The action's checkout (dist/ with its chunks and package.json), away from node_modules, and a
      // workspace elsewhere: the runner starts `node <action>/dist/index.js` in the workspace.
      mkdirSync(join(dir, 'action', 'dist'), { recursive: true });
      for (const file of DIST_FILES)
        copyFileSync(join(ROOT, 'dist', file), join(dir, 'action', 'dist', file));
      for (const file of ['package.json', 'action.yml'])
        copyFileSync(join(ROOT, file), join(dir, 'action', file));
      mkdirSync(join(dir, 'workspace', 'api'), { recursive: true });
      writeFileSync(
        join(dir, 'workspace', 'api', 'Dockerfile'),
        'FROM python:3.12-slim\nWORKDIR /srv\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\nCMD ["python", "app.py"]\n'
      );
      // A config file: its schema check loads Ajv from its chunk.
      writeFileSync(join(dir, 'workspace', '.bulkhead.yml'), 'rules:\n  BH104: off\n');
      const env = actionEnvironment({
        root: join(dir, 'action'),
        workspace: join(dir, 'workspace'),
        temp: join(dir, 'runner'),
        inputs: { upload: 'false', 'fail-on': 'none' }
      });
      // Node's own record of the built-in modules the run loaded, written as it exits, and a mark left
      // by the first use of process.stdout (its stream is never created: scripts/bundle-plugins.mjs).
      const loaded = join(dir, 'loaded.txt');
      const stdoutUsed = join(dir, 'stdout-used.txt');
      const preload = join(dir, 'record-loaded.cjs');
      writeFileSync(
        preload,
        `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(loaded)}, process.moduleLoadList.join('\\n')));\n` +
          "const stdout = Object.getOwnPropertyDescriptor(process, 'stdout');\n" +
          "Object.defineProperty(process, 'stdout', { ...stdout, get() {\n" +
          `  require('node:fs').writeFileSync(${JSON.stringify(stdoutUsed)}, new Error().stack);\n` +
          '  return stdout.get.call(process);\n' +
          '} });\n'
      );
      const run = spawnSync(
        process.execPath,
        ['--require', preload, join(dir, 'action', 'dist', 'index.js')],
        {
          cwd: join(dir, 'workspace'),
          env,
          encoding: 'utf8'
        }
      );
      expect([run.status, run.stderr, run.stdout]).toEqual([0, '', expect.any(String)]);
      // Not node:crypto (single-line outputs need no random delimiter), nor the fs stream classes an
      // ES module namespace of node:fs would load (scripts/bundle-plugins.mjs).
      const builtins = readFileSync(loaded, 'utf8').split('\n');
      expect(builtins).toContain('NativeModule fs');
      expect(builtins.filter(name => /^NativeModule (crypto|internal\/fs\/streams)$/.test(name))).toEqual([]);
      expect(run.stdout).toContain('::error title=BH101%3A image-runs-as-root,file=api/Dockerfile');
      expect(existsSync(stdoutUsed) ? readFileSync(stdoutUsed, 'utf8') : 'not used').toBe('not used');
      const outputs = readFileSync(join(dir, 'runner', 'output'), 'utf8');
      expect(outputs).toMatch(/^findings=1$/m);
      expect(readFileSync(join(dir, 'runner', 'summary.md'), 'utf8')).toContain('BH101');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
