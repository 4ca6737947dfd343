import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** What `npm pack` puts in the tarball (the published package). */
function packedFiles(): string[] {
  const output = execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe']
  });
  const [pack] = JSON.parse(output) as { files: { path: string }[] }[];
  return (pack?.files ?? []).map(file => file.path).sort();
}

describe('the npm package', () => {
  it('ships the CLI, its licenses and the Action, and no source or tests', () => {
    const files = packedFiles();
    for (const required of [
      'LICENSE',
      'README.md',
      'package.json',
      'action.yml',
      'dist/cli.js',
      'dist/cli-main.js',
      'dist/web-tree-sitter.wasm',
      'dist/tree-sitter-bash.wasm',
      'dist/index.js',
      'dist/THIRD_PARTY_NOTICES.txt'
    ])
      expect(files).toContain(required);
    expect(files.filter(file => /^(src|test|scripts|node_modules)\//.test(file))).toEqual([]);
  });

  it('installs no runtime dependency: dist/cli.js bundles them', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    expect(Object.keys(pkg.dependencies ?? {})).toEqual([]);
    // The libraries the bundle is built from must still be installed by `npm ci` for the tests.
    for (const bundled of [
      'yaml',
      'dockerfile-ast',
      'ajv',
      '@actions/core',
      'web-tree-sitter',
      'tree-sitter-bash'
    ])
      expect(pkg.devDependencies[bundled]).toBeDefined();
  });

  it('installed from its tarball in an empty folder, gives a working `npx bulkhead`', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bulkhead-pack-'));
    try {
      const tarball = execFileSync(npm, ['pack', '--ignore-scripts', '--pack-destination', dir], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe']
      })
        .trim()
        .split('\n')
        .at(-1) as string;
      const app = join(dir, 'app');
      execFileSync('mkdir', [app]);
      writeFileSync(join(app, 'package.json'), '{ "name": "app", "private": true }\n');
      // --offline: with no dependencies the install must not need the registry at all.
      execFileSync(npm, ['install', '--offline', '--no-audit', '--no-fund', join(dir, tarball)], {
        cwd: app,
        stdio: 'pipe'
      });
      const installed = execFileSync('ls', [join(app, 'node_modules')], { encoding: 'utf8' })
        .trim()
        .split('\n');
      expect(installed).toEqual(['bulkhead']);
      writeFileSync(
        join(app, 'Dockerfile'),
        'FROM node:22-bookworm-slim\nCOPY . /app\nCMD ["node", "/app"]\n'
      );
      const scan = spawnSync(
        npm,
        ['exec', '--offline', '--', 'bulkhead', 'scan', 'Dockerfile', '--no-color'],
        {
          cwd: app,
          encoding: 'utf8'
        }
      );
      expect(scan.stdout).toContain('BH101');
      expect(scan.status).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
