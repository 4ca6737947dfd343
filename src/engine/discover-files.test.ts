import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigurationError } from '../core/errors.js';
import { compileExcludedPath, discoverFiles, type DiscoverOptions } from './discover-files.js';

let tmp: string;
beforeAll(() => {
  tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'bulkhead-discover-')));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** A fresh directory under the temp root holding the given files (contents as strings). */
function tree(name: string, files: Record<string, string>): string {
  const dir = path.join(tmp, name);
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
  }
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

async function discover(cwd: string, options: Partial<DiscoverOptions> = {}) {
  return discoverFiles({
    paths: ['.'],
    cwd,
    exclude: [],
    useGitignore: true,
    maxFileSize: 5 * 1024 * 1024,
    ...options
  });
}

async function discoveredPaths(cwd: string, options: Partial<DiscoverOptions> = {}): Promise<string[]> {
  return (await discover(cwd, options)).files.map(f => f.path);
}

describe('discoverFiles', () => {
  it('walks directories in sorted order, skips .git and reports POSIX paths relative to cwd', async () => {
    const dir = tree('sorted', {
      'b.txt': 'b',
      'a/z.txt': 'z',
      'a/c/d.txt': 'd',
      'A.txt': 'A',
      '.git/config': ''
    });
    const result = await discover(dir);
    expect(result.files.map(f => f.path)).toEqual(['A.txt', 'a/c/d.txt', 'a/z.txt', 'b.txt']);
    expect(result.files[1]).toEqual({
      absolutePath: path.join(dir, 'a', 'c', 'd.txt'),
      path: 'a/c/d.txt',
      size: 1
    });
    expect(result.notes).toEqual([]);
  });

  describe('gitignore', () => {
    it('keeps files git tracks though a rule matches them, as git does (sigstore policy-controller)', async () => {
      const dir = tree('tracked-ignored', {
        '.gitignore': 'policy-controller\nnode_modules/\n',
        'test/policy-controller/cip.yaml': 'kind: ClusterImagePolicy\n',
        'test/policy-controller/scratch.yaml': 'kind: ClusterImagePolicy\n',
        'node_modules/pkg/Dockerfile': 'FROM node:22\n',
        'vendor/policy-controller': 'a tracked file the rule matches, left out by exclude\n',
        Dockerfile: 'FROM alpine:3.20\n'
      });
      const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
      git('init', '-q');
      git('add', '.gitignore', 'Dockerfile');
      git('add', '-f', 'test/policy-controller/cip.yaml', 'vendor/policy-controller');
      // Not committed and only added: git tracks a file from `git add` on.
      expect(await discoveredPaths(dir, { exclude: ['vendor/'] })).toEqual([
        '.gitignore',
        'Dockerfile',
        'test/policy-controller/cip.yaml'
      ]);
      expect((await discover(dir)).notes).toEqual([]);
      // Outside a work tree nothing is tracked: the rules alone decide, and a note says so.
      fs.rmSync(path.join(dir, '.git'), { recursive: true });
      expect(await discoveredPaths(dir, { exclude: ['vendor/'] })).toEqual(['.gitignore', 'Dockerfile']);
      expect((await discover(dir)).notes).toEqual([
        {
          kind: 'info',
          message:
            "'.' is not in a git work tree (or git could not run), so files that its .gitignore rules match were skipped without knowing whether git tracks them. Pass --no-gitignore to scan them."
        }
      ]);
    });

    it('says nothing of git outside a work tree when no rule left a file out', async () => {
      const dir = tree('untracked-unmatched', {
        '.gitignore': 'node_modules/\n',
        Dockerfile: 'FROM alpine:3.20\n'
      });
      expect((await discover(dir)).notes).toEqual([]);
    });

    let repo: string;
    beforeAll(() => {
      repo = tree('repo', {
        '.git/info/exclude': '# local only\nsecret.txt\n',
        '.gitignore': '*.log\nbuild/\n',
        'app/.gitignore': '!keep.log\n/local.yml\n',
        'app/a.log': '',
        'app/keep.log': '',
        'app/local.yml': '',
        'app/sub/local.yml': '',
        'app/sub/keep.log': '',
        'build/out.txt': '',
        // A directory ignored by a shallower rule and re-included by a deeper one, as git allows.
        'tools/.gitignore': '!build/\r\n',
        'tools/build/run.sh': '',
        'secret.txt': '',
        'main.yml': ''
      });
    });

    it('honours root and nested .gitignore files, negations, anchoring and .git/info/exclude', async () => {
      expect(await discoveredPaths(repo)).toEqual([
        '.gitignore',
        'app/.gitignore',
        'app/keep.log',
        'app/sub/keep.log',
        'app/sub/local.yml',
        'main.yml',
        'tools/.gitignore',
        'tools/build/run.sh'
      ]);
    });

    it('applies the repository rules above a scan root inside it', async () => {
      expect(await discoveredPaths(repo, { paths: ['app'] })).toEqual([
        'app/.gitignore',
        'app/keep.log',
        'app/sub/keep.log',
        'app/sub/local.yml'
      ]);
    });

    it('includes ignored files and directories that are named explicitly', async () => {
      const result = await discoveredPaths(repo, { paths: ['app/a.log', 'build', 'secret.txt'] });
      expect(result).toEqual(['app/a.log', 'build/out.txt', 'secret.txt']);
    });

    it('ignores nothing but .git with useGitignore off', async () => {
      const result = await discoveredPaths(repo, { useGitignore: false });
      expect(result).toEqual(expect.arrayContaining(['app/a.log', 'build/out.txt', 'secret.txt']));
      expect(result).toHaveLength(12);
    });

    it('starts afresh in a nested repository', async () => {
      const outer = tree('outer', {
        '.git/HEAD': '',
        '.gitignore': '*.yml\n',
        'sub/.git': 'gitdir: ../x\n',
        'sub/k.yml': ''
      });
      expect(await discoveredPaths(outer)).toEqual(['.gitignore', 'sub/k.yml']);
    });
  });

  describe('exclude', () => {
    let proj: string;
    beforeAll(() => {
      proj = tree('exclude', {
        'proj/vendor/lib.yml': '',
        'proj/src/vendor/lib.yml': '',
        'proj/src/app.yml': '',
        'proj/src/README.md': '',
        'proj/gen/out.yml': '',
        'proj/deep/gen/out.yml': '',
        'proj/vendor.yml': ''
      });
    });

    it('prunes directories matching `dir/` at any depth and `**/x/**` globs, and matches basenames', async () => {
      const exclude = ['vendor/', '**/gen/**', '*.md'];
      expect(await discoveredPaths(proj, { paths: ['proj'], exclude })).toEqual([
        'proj/src/app.yml',
        'proj/vendor.yml'
      ]);
    });

    it('matches globs relative to the scan root and relative to cwd', async () => {
      expect(await discoveredPaths(proj, { paths: ['proj'], exclude: ['src/**'] })).not.toContain(
        'proj/src/app.yml'
      );
      expect(await discoveredPaths(proj, { paths: ['proj'], exclude: ['proj/src'] })).not.toContain(
        'proj/src/app.yml'
      );
      expect(await discoveredPaths(proj, { paths: ['proj'], exclude: ['./proj/src/'] })).not.toContain(
        'proj/src/app.yml'
      );
    });
  });

  it('ignores empty exclude globs rather than excluding everything or throwing', async () => {
    const dir = tree('empty-glob', { 'a.yml': '' });
    expect(await discoveredPaths(dir, { exclude: ['', '/', './'] })).toEqual(['a.yml']);
  });

  describe('size limit', () => {
    it('skips a file over the limit with a note and keeps one at the limit', async () => {
      const dir = tree('size', { 'big.yml': '12345678901', 'ok.yml': '1234567890' });
      const result = await discover(dir, { maxFileSize: 10 });
      expect(result.files.map(f => f.path)).toEqual(['ok.yml']);
      expect(result.notes).toEqual([
        {
          kind: 'too-large',
          file: 'big.yml',
          message: "Skipped 'big.yml': 11 bytes is over the 10-byte size limit."
        }
      ]);
    });

    it('sizes only the files the scan will read: another file over the limit is listed, unsized, with no note', async () => {
      const dir = tree('will-read', {
        'big.yml': '12345678901',
        'docs/big.png': '12345678901',
        'ok.yml': '1'
      });
      const result = await discover(dir, { maxFileSize: 10, willRead: file => file.endsWith('.yml') });
      expect(result.files).toEqual([
        { absolutePath: path.join(dir, 'docs', 'big.png'), path: 'docs/big.png' },
        { absolutePath: path.join(dir, 'ok.yml'), path: 'ok.yml', size: 1 }
      ]);
      expect(result.notes).toEqual([expect.objectContaining({ kind: 'too-large', file: 'big.yml' })]);
    });

    it('skips a 50 MB file under the default limit, even when named explicitly', async () => {
      const dir = tree('huge', { 'small.yml': 'a: 1\n' });
      fs.writeFileSync(path.join(dir, 'huge.yml'), '');
      fs.truncateSync(path.join(dir, 'huge.yml'), 50 * 1024 * 1024);
      for (const paths of [['.'], ['huge.yml']]) {
        const result = await discover(dir, { paths });
        expect(result.files.map(f => f.path)).toEqual(paths[0] === '.' ? ['small.yml'] : []);
        expect(result.notes).toEqual([expect.objectContaining({ kind: 'too-large', file: 'huge.yml' })]);
      }
    });
  });

  describe('symlinks', () => {
    it('ends a symlink loop with a note', async () => {
      const dir = tree('loop', { 'dir/a.yml': '' });
      fs.symlinkSync(path.join(dir, 'dir'), path.join(dir, 'dir', 'link'));
      fs.symlinkSync('.', path.join(dir, 'self'));
      const result = await discover(dir);
      expect(result.files.map(f => f.path)).toEqual(['dir/a.yml']);
      expect(result.notes).toEqual([
        expect.objectContaining({ kind: 'symlink', file: 'dir/link' }),
        expect.objectContaining({ kind: 'symlink', file: 'self' })
      ]);
      expect(result.notes[0]?.message).toBe(
        "Skipped symlink 'dir/link': it points to a directory already scanned (a loop)."
      );
    });

    it('skips a second path to a directory with a note that names it, not a loop (a chart linking its library chart)', async () => {
      const dir = tree('second-path', { 'charts/library/Chart.yaml': '', 'charts/app/Chart.yaml': '' });
      fs.mkdirSync(path.join(dir, 'charts', 'app', 'charts'));
      fs.symlinkSync(path.join('..', '..', 'library'), path.join(dir, 'charts', 'app', 'charts', 'library'));
      const result = await discover(dir);
      expect(result.files.map(f => f.path)).toEqual(['charts/app/Chart.yaml', 'charts/library/Chart.yaml']);
      expect(result.notes.map(n => n.message)).toEqual([
        "Skipped symlink 'charts/app/charts/library': it points to a directory already scanned ('charts/library')."
      ]);
    });

    it('skips a link to a file or directory outside the scan root, and a dangling link, with notes', async () => {
      const outside = tree('outside', { 'secret.yml': '' });
      const dir = tree('escape', { 'in.yml': '' });
      fs.symlinkSync(path.join(outside, 'secret.yml'), path.join(dir, 'file-link.yml'));
      fs.symlinkSync(outside, path.join(dir, 'dir-link'));
      fs.symlinkSync(path.join(dir, 'missing.yml'), path.join(dir, 'dangling.yml'));
      const result = await discover(dir);
      expect(result.files.map(f => f.path)).toEqual(['in.yml']);
      expect(result.notes.map(n => [n.kind, n.file])).toEqual([
        ['symlink', 'dangling.yml'],
        ['symlink', 'dir-link'],
        ['symlink', 'file-link.yml']
      ]);
      expect(result.notes[2]?.message).toBe(
        "Skipped symlink 'file-link.yml': it points outside the scan root '.'."
      );
    });

    it('follows a link inside the root once, listing what it reaches twice under its real path, with a note', async () => {
      const dir = tree('inside', { 'z/real.yml': '', 'z/other.yml': '', 'only/linked.yml': '' });
      fs.symlinkSync(path.join(dir, 'z', 'real.yml'), path.join(dir, 'a-link.yml'));
      fs.symlinkSync('../only', path.join(dir, 'z', 'dir-link'));
      fs.writeFileSync(path.join(dir, '.gitignore'), 'only/\n');
      const result = await discover(dir);
      // `only/` is ignored, so its files are reached through the link alone.
      expect(result.files.map(f => f.path)).toEqual([
        '.gitignore',
        'z/other.yml',
        'z/real.yml',
        'z/dir-link/linked.yml'
      ]);
      // zabbix-docker's `compose.yaml` links its default stack file: the link is named, as a linked directory is.
      expect(result.notes.map(n => n.message)).toEqual([
        "Skipped symlink 'a-link.yml': it points to a file already scanned ('z/real.yml').",
        expect.stringMatching(/^'\.' is not in a git work tree/)
      ]);
    });

    it('says nothing of a second path to a file the scan does not read, a script or an extensionless file', async () => {
      const dir = tree('inside-unread', { 'docs/README.md': '', 'tools/build.sh': '', 'tools/OWNERS': '' });
      fs.symlinkSync(path.join('docs', 'README.md'), path.join(dir, 'README.md'));
      fs.symlinkSync(path.join('tools', 'build.sh'), path.join(dir, 'build.sh'));
      fs.symlinkSync(path.join('tools', 'OWNERS'), path.join(dir, 'OWNERS'));
      const result = await discover(dir, { willRead: file => !file.endsWith('.md') });
      expect(result.files.map(f => f.path)).toEqual(['docs/README.md', 'tools/OWNERS', 'tools/build.sh']);
      expect(result.notes).toEqual([]);
    });
  });

  it('lists a file reached through two given paths once', async () => {
    const dir = tree('dupes', { 'a.yml': '', 'sub/b.yml': '' });
    expect(
      await discoveredPaths(dir, { paths: ['.', 'a.yml', 'sub', path.join(dir, 'sub', 'b.yml')] })
    ).toEqual(['a.yml', 'sub/b.yml']);
  });

  it('keeps ../ paths for files outside cwd', async () => {
    const dir = tree('outside-cwd', { 'x/a.yml': '', 'cwd/.keep': '' });
    expect(await discoveredPaths(path.join(dir, 'cwd'), { paths: ['../x'] })).toEqual(['../x/a.yml']);
  });

  it('throws a ConfigurationError for a path that does not exist', async () => {
    const dir = tree('missing', {});
    const run = discover(dir, { paths: ['nope/Dockerfile'] });
    await expect(run).rejects.toThrow(ConfigurationError);
    await expect(discover(dir, { paths: ['nope'] })).rejects.toThrow("Path 'nope' does not exist.");
  });

  // Root reads every directory regardless of its mode, so this only runs as an ordinary user.
  const asUser = process.getuid?.() === 0 ? it.skip : it;
  asUser('notes an unreadable directory and walks on', async () => {
    const dir = tree('unreadable', { 'locked/a.yml': '', 'open/b.yml': '' });
    fs.chmodSync(path.join(dir, 'locked'), 0o000);
    try {
      const result = await discover(dir);
      expect(result.files.map(f => f.path)).toEqual(['open/b.yml']);
      expect(result.notes).toEqual([expect.objectContaining({ kind: 'unreadable', file: 'locked' })]);
      await expect(discover(dir, { paths: ['locked'] })).rejects.toThrow(
        "Path 'locked' cannot be read (EACCES)."
      );
    } finally {
      fs.chmodSync(path.join(dir, 'locked'), 0o755);
    }
  });
});

describe('compileExcludedPath', () => {
  const cwd = path.resolve('/repo');
  const isExcluded = compileExcludedPath(
    ['vendor/', '**/debug-*.yaml', 'web/values.yaml'],
    ['deploy/charts'],
    cwd
  );

  it.each([
    ['a file under an excluded folder, from the working directory', 'vendor/chart/templates/pod.yaml', true],
    [
      'a file under an excluded folder, from the scanned directory',
      'deploy/charts/vendor/templates/pod.yaml',
      true
    ],
    ['a file an any-depth glob names', 'deploy/charts/api/templates/debug-pod.yaml', true],
    ['a file named relative to the scanned directory', 'deploy/charts/web/values.yaml', true],
    ['a file of the same name elsewhere', 'deploy/charts/api/values.yaml', false],
    ['a folder glob does not name a file', 'deploy/charts/vendor', false],
    ['an ordinary template', 'deploy/charts/web/templates/deployment.yaml', false]
  ])('%s', (_label, file, expected) => {
    expect(isExcluded(file)).toBe(expected);
  });
});
