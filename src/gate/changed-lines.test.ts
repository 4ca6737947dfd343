import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding } from '../core/finding.js';
import {
  type GitRunner,
  changedLinesSince,
  isOnChangedLine,
  parseUnifiedDiff,
  unquoteGitPath
} from './changed-lines.js';

function finding(file: string, startLine: number, endLine = startLine): Finding {
  return {
    ruleId: 'BH101',
    slug: 'image-runs-as-root',
    severity: 'high',
    message: 'm',
    target: 'dockerfile',
    location: { file, region: { startLine, startColumn: 1, endLine, endColumn: 2 } }
  };
}

/** Recorded from `git diff -U0 --find-renames main` in a scratch repository. */
const FEATURE_DIFF = [
  'diff --git a/Dockerfile b/Dockerfile',
  'index 251d53a..0f11c35 100644',
  '--- a/Dockerfile',
  '+++ b/Dockerfile',
  '@@ -1 +1 @@',
  '-FROM ubuntu:latest',
  '+FROM ubuntu:22.04',
  '@@ -3 +3 @@ RUN apt-get update',
  '-USER root',
  '+USER app',
  '@@ -4,0 +5 @@ CMD ["sh"]',
  '+EXPOSE 80',
  '\\ No newline at end of file',
  'diff --git a/added.yml b/added.yml',
  'new file mode 100644',
  'index 0000000..d508cf7',
  '--- /dev/null',
  '+++ b/added.yml',
  '@@ -0,0 +1,3 @@',
  '+x: 1',
  '+--- a/not-a-header',
  '+y: 2',
  'diff --git "a/caf\\303\\251.txt" "b/caf\\303\\251.txt"',
  'new file mode 100644',
  'index 0000000..c600332',
  '--- /dev/null',
  '+++ "b/caf\\303\\251.txt"',
  '@@ -0,0 +1 @@',
  '+é',
  'diff --git a/deploy/my app.yaml b/deploy/my app.yaml',
  'index aa6676c..a634563 100644',
  '--- a/deploy/my app.yaml\t',
  '+++ b/deploy/my app.yaml\t',
  '@@ -3 +3 @@ spec:',
  '-  hostPath: /var',
  '+  hostPath: /etc',
  'diff --git a/gone.txt b/gone.txt',
  'deleted file mode 100644',
  'index 286c5f5..0000000',
  '--- a/gone.txt',
  '+++ /dev/null',
  '@@ -1,2 +0,0 @@',
  '-gone',
  '--- a/looks-like-a-header',
  'diff --git a/img.bin b/img.bin',
  'index 88768ef..3e3315e 100644',
  'Binary files a/img.bin and b/img.bin differ',
  'diff --git a/old.yaml b/new.yaml',
  'similarity index 81%',
  'rename from old.yaml',
  'rename to new.yaml',
  'index 92dfa21..5df419f 100644',
  '--- a/old.yaml',
  '+++ b/new.yaml',
  '@@ -3 +3 @@ b',
  '-c',
  '+C',
  '@@ -10,0 +11,2 @@ j',
  '+k',
  '+l',
  ''
].join('\n');

describe('parseUnifiedDiff', () => {
  const changes = parseUnifiedDiff(FEATURE_DIFF);

  test('lists new-side ranges per file, merging adjacent lines', () => {
    expect(Object.fromEntries(changes)).toEqual({
      Dockerfile: [
        { start: 1, end: 1 },
        { start: 3, end: 3 },
        { start: 5, end: 5 }
      ],
      'added.yml': [{ start: 1, end: 3 }],
      'café.txt': [{ start: 1, end: 1 }],
      'deploy/my app.yaml': [{ start: 3, end: 3 }],
      'new.yaml': [
        { start: 3, end: 3 },
        { start: 11, end: 12 }
      ]
    });
  });

  test('leaves out deleted files, binary files and the old name of a rename', () => {
    expect(changes.has('gone.txt')).toBe(false);
    expect(changes.has('looks-like-a-header')).toBe(false);
    expect(changes.has('img.bin')).toBe(false);
    expect(changes.has('old.yaml')).toBe(false);
  });

  test('a pure rename, an empty new file and a mode change have no lines; binary files are left out', () => {
    const diff = [
      'diff --git a/k8s/pod.yaml b/manifests/pod.yaml',
      'similarity index 100%',
      'rename from k8s/pod.yaml',
      'rename to manifests/pod.yaml',
      'diff --git a/empty.txt b/empty.txt',
      'new file mode 100644',
      'index 0000000..e69de29',
      'diff --git a/run.sh b/run.sh',
      'old mode 100644',
      'new mode 100755',
      'diff --git a/logo.png b/logo.png',
      'new file mode 100644',
      'index 0000000..1b2c3d4',
      'Binary files /dev/null and b/logo.png differ',
      'diff --git a/a.bin b/b.bin',
      'similarity index 90%',
      'rename from a.bin',
      'rename to b.bin',
      'index 1111111..2222222 100644',
      'GIT binary patch',
      'literal 3',
      'KcmZQzU;qFB0RR91',
      '',
      ''
    ].join('\n');
    expect(Object.fromEntries(parseUnifiedDiff(diff))).toEqual({
      'manifests/pod.yaml': [],
      'empty.txt': [],
      'run.sh': []
    });
  });

  test('a diff with context lines counts only added lines, and copes with CRLF', () => {
    const diff = [
      'diff --git a/compose.yaml b/compose.yaml',
      '--- a/compose.yaml',
      '+++ b/compose.yaml',
      '@@ -1,5 +1,6 @@',
      ' services:',
      '   web:',
      '-    image: nginx',
      '+    image: nginx:1.27',
      '+    privileged: true',
      '',
      '     ports:',
      '@@ -20,2 +21,2 @@ volumes:',
      ' a',
      '-b',
      '+B',
      '\\ No newline at end of file',
      ''
    ].join('\r\n');
    expect(parseUnifiedDiff(diff).get('compose.yaml')).toEqual([
      { start: 3, end: 4 },
      { start: 22, end: 22 }
    ]);
  });

  test('an empty diff has no changes', () => {
    expect(parseUnifiedDiff('').size).toBe(0);
  });
});

describe('unquoteGitPath', () => {
  test('decodes C escapes and octal UTF-8 bytes', () => {
    expect(unquoteGitPath('"b/caf\\303\\251 \\"x\\"\\t.txt"')).toBe('b/café "x"\t.txt');
    expect(unquoteGitPath('b/plain name')).toBe('b/plain name');
  });
});

describe('isOnChangedLine', () => {
  const changes = parseUnifiedDiff(FEATURE_DIFF);

  test('matches when any line of the region was added or modified', () => {
    expect(isOnChangedLine(finding('Dockerfile', 3), changes)).toBe(true);
    expect(isOnChangedLine(finding('Dockerfile', 2), changes)).toBe(false);
    expect(isOnChangedLine(finding('Dockerfile', 4), changes)).toBe(false);
    expect(isOnChangedLine(finding('new.yaml', 9, 11), changes)).toBe(true);
    expect(isOnChangedLine(finding('./deploy/my app.yaml', 3), changes)).toBe(true);
  });

  test('files outside the diff, renamed-away and deleted files never match', () => {
    expect(isOnChangedLine(finding('README.md', 1), changes)).toBe(false);
    expect(isOnChangedLine(finding('old.yaml', 3), changes)).toBe(false);
    expect(isOnChangedLine(finding('gone.txt', 1), changes)).toBe(false);
  });
});

describe('changedLinesSince', () => {
  test('diffs the working tree against the merge base', () => {
    const calls: string[][] = [];
    const run: GitRunner = (args, cwd) => {
      expect(cwd).toBe('/repo');
      calls.push(args);
      return args[0] === 'merge-base' ? 'abc123\n' : FEATURE_DIFF;
    };
    const changes = changedLinesSince('origin/main', '/repo', run);
    expect(calls[0]).toEqual(['merge-base', 'origin/main', 'HEAD']);
    expect(calls[1]).toEqual(
      expect.arrayContaining(['diff', '-U0', '--no-color', '--no-ext-diff', 'abc123'])
    );
    expect(calls[1]?.at(-1)).toBe('abc123');
    expect(changes.get('Dockerfile')).toHaveLength(3);
  });

  test('explains a missing merge base', () => {
    const run: GitRunner = () => {
      throw Object.assign(new Error('Command failed'), { stderr: 'fatal: Not a valid object name nope\n' });
    };
    expect(() => changedLinesSince('nope', '/repo', run)).toThrow(
      /merge base of "nope" and HEAD \(fatal: Not a valid object name nope\).*fetch-depth/
    );
  });

  test('refuses a ref that would read as an option', () => {
    expect(() => changedLinesSince('--output=x', '/repo', () => '')).toThrow(/not a git ref/);
  });

  test('works against a real repository', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bulkhead-diff-'));
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
        cwd: dir,
        encoding: 'utf8'
      });
    try {
      git('init', '-q', '-b', 'main');
      git('config', 'commit.gpgsign', 'false');
      writeFileSync(join(dir, 'Dockerfile'), 'FROM ubuntu:latest\nRUN true\nUSER root\n');
      writeFileSync(join(dir, 'old.yaml'), 'a: 1\nb: 2\nc: 3\nd: 4\ne: 5\nf: 6\n');
      writeFileSync(join(dir, 'gone.txt'), 'bye\n');
      git('add', '-A');
      git('commit', '-q', '-m', 'base');
      git('checkout', '-q', '-b', 'feature');
      writeFileSync(join(dir, 'Dockerfile'), 'FROM ubuntu:24.04\nRUN true\nUSER root\nEXPOSE 22');
      git('mv', 'old.yaml', 'new.yaml');
      writeFileSync(join(dir, 'new.yaml'), 'a: 1\nb: 2\nc: 3\nd: 4\ne: 5\nf: 6\ng: 7\n');
      git('rm', '-q', 'gone.txt');
      git('add', '-A');
      git('commit', '-q', '-m', 'feature');
      // Uncommitted edits count too: the scan reads the working tree.
      writeFileSync(join(dir, 'new.yaml'), 'a: 1\nB: 2\nc: 3\nd: 4\ne: 5\nf: 6\ng: 7\n');
      expect(Object.fromEntries(changedLinesSince('main', dir))).toEqual({
        Dockerfile: [
          { start: 1, end: 1 },
          { start: 4, end: 4 }
        ],
        'new.yaml': [
          { start: 2, end: 2 },
          { start: 7, end: 7 }
        ]
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
