import type { Finding } from '../core/finding.js';

/** Lines `start`..`end` (1-based, inclusive) of a file's new version. */
export interface LineRange {
  start: number;
  end: number;
}

/**
 * Changed lines per file, keyed by the new path (relative, POSIX separators). A file that is in the
 * diff but has no added line (a pure rename, a new empty file, a mode change) maps to `[]`.
 */
export type ChangedLines = Map<string, LineRange[]>;

const HUNK = /^@@@* -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/**
 * A path as git prints it: `"…"` with C escapes (octal bytes of UTF-8) when `core.quotePath` asks for
 * it, otherwise as is. Returns the path without quotes.
 */
export function unquoteGitPath(text: string): string {
  if (!text.startsWith('"') || !text.endsWith('"') || text.length < 2) return text;
  const bytes: number[] = [];
  const body = text.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i] ?? '';
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const next = body[i + 1] ?? '';
    const octal = /^[0-7]{3}/.exec(body.slice(i + 1, i + 4));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      i += 3;
    } else {
      bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** `a/dir/file` → `dir/file`; `/dev/null` → undefined. Also accepts paths without a prefix. */
function sidePath(raw: string, prefix: 'a/' | 'b/'): string | undefined {
  // `--- a/file\t` may carry a trailing tab when the name has spaces (GNU diff style).
  const text = unquoteGitPath(raw.replace(/\t.*$/, ''));
  if (text === '/dev/null') return undefined;
  return text.startsWith(prefix) ? text.slice(prefix.length) : text;
}

function addLine(ranges: LineRange[], line: number): void {
  const last = ranges[ranges.length - 1];
  if (last && last.end + 1 >= line) last.end = Math.max(last.end, line);
  else ranges.push({ start: line, end: line });
}

/**
 * Parses a unified diff (`git diff -U0 <base>`, any context size works) into the lines of the new
 * side that were added or modified, per new-side path. Renamed files are keyed by their new name;
 * deleted files and binary files are left out. Hunk bodies are walked line by line (using the hunk
 * header's counts), so a removed line that happens to read `--- x` cannot start a new file.
 */
export function parseUnifiedDiff(diff: string): ChangedLines {
  const changes: ChangedLines = new Map();
  const lines = diff.split('\n');
  /** The file being read: its new path, undefined when it was deleted or is binary. */
  let current: string | undefined;
  let ranges: LineRange[] = [];
  let renameTo: string | undefined;

  const open = (path: string | undefined): void => {
    current = path;
    if (path === undefined) return;
    ranges = changes.get(path) ?? [];
    changes.set(path, ranges);
  };

  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(/\r$/, '');
    if (
      line.startsWith('diff --git ') ||
      line.startsWith('diff --cc ') ||
      line.startsWith('diff --combined ')
    ) {
      current = undefined;
      renameTo = undefined;
      // `diff --git a/P b/P` names the file even when no `+++` line follows (empty new file, mode change).
      const same = /^diff --git a\/(.+) b\/\1$/.exec(line);
      if (same?.[1] !== undefined) open(same[1]);
      continue;
    }
    if (line.startsWith('rename to ') || line.startsWith('copy to ')) {
      renameTo = unquoteGitPath(line.slice(line.indexOf(' to ') + 4));
      open(renameTo);
      continue;
    }
    if (line.startsWith('deleted file mode')) {
      if (current !== undefined && (changes.get(current)?.length ?? 0) === 0) changes.delete(current);
      current = undefined;
      continue;
    }
    if (line.startsWith('new file mode') || line.startsWith('old mode') || line.startsWith('new mode')) {
      continue;
    }
    if (line.startsWith('Binary files ') || line === 'GIT binary patch') {
      // A binary file has no lines: forget it even if a rename header announced it.
      const path = current ?? renameTo;
      if (path !== undefined && (changes.get(path)?.length ?? 0) === 0) changes.delete(path);
      current = undefined;
      continue;
    }
    if (line.startsWith('--- ')) continue;
    if (line.startsWith('+++ ')) {
      open(sidePath(line.slice(4), 'b/'));
      continue;
    }
    const hunk = HUNK.exec(line);
    if (!hunk) continue;
    let oldLeft = hunk[1] === undefined ? 1 : Number(hunk[1]);
    let newLeft = hunk[3] === undefined ? 1 : Number(hunk[3]);
    let next = Number(hunk[2]);
    // Walk the body: `+` added (new side), ` ` context (both sides), `-` removed, `\` a marker.
    while ((oldLeft > 0 || newLeft > 0) && i + 1 < lines.length) {
      const body = lines[i + 1] ?? '';
      const kind = body[0];
      if (kind === '+') {
        if (current !== undefined) addLine(ranges, next);
        next++;
        newLeft--;
      } else if (kind === '-') {
        oldLeft--;
      } else if (kind === ' ' || body === '' || body === '\r') {
        // An empty line inside a hunk is a context line whose leading space was trimmed.
        next++;
        oldLeft--;
        newLeft--;
      } else if (kind !== '\\') {
        break; // malformed: the hunk ended early
      }
      i++;
    }
    // `\ No newline at end of file` after the last body line.
    while ((lines[i + 1] ?? '').startsWith('\\')) i++;
  }
  return changes;
}

/** Removes `./` segments so finding paths and diff paths compare equal. */
function normalizePath(path: string): string {
  return path.replace(/^(?:\.\/)+/, '').replace(/\/\.\//g, '/');
}

/** Whether any line of the finding's primary region was added or modified by the change. */
export function isOnChangedLine(finding: Finding, changes: ChangedLines): boolean {
  const ranges = changes.get(normalizePath(finding.location.file));
  if (!ranges) return false;
  const { startLine, endLine } = finding.location.region;
  const last = Math.max(startLine, endLine);
  return ranges.some(range => range.start <= last && range.end >= startLine);
}

/** Runs git with arguments in a directory and returns its standard output. */
export type GitRunner = (args: string[], cwd: string) => string;

// node:child_process (with node:net and node:dgram) is loaded on the first git command, not at start-up:
// a run that diffs nothing (a scan without --new-since, an Action run without an earlier commit) never
// pays the ~10 ms of CPU it costs to load.
export const runGit: GitRunner = (args, cwd) =>
  process.getBuiltinModule('node:child_process').execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe']
  });

function gitError(error: unknown): string {
  const stderr = (error as { stderr?: unknown }).stderr;
  const text = typeof stderr === 'string' ? stderr : Buffer.isBuffer(stderr) ? stderr.toString('utf8') : '';
  return (text.trim() || (error instanceof Error ? error.message : String(error))).split('\n')[0] ?? '';
}

/**
 * The lines changed in the working tree since the merge base of `ref` and HEAD (what a pull request
 * adds on top of its base branch). Paths are relative to `cwd` (`--relative`), like scan paths when the
 * scan runs from `cwd`; changes outside `cwd` are not listed. Untracked files are not in the diff.
 */
export function changedLinesSince(ref: string, cwd: string, run: GitRunner = runGit): ChangedLines {
  if (ref.startsWith('-')) throw new Error(`--new-since: "${ref}" is not a git ref.`);
  let base: string;
  try {
    base = run(['merge-base', ref, 'HEAD'], cwd).trim();
  } catch (error) {
    throw new Error(
      `--new-since: cannot find the merge base of "${ref}" and HEAD (${gitError(error)}). ` +
        'In a shallow clone, fetch the base branch with enough history (actions/checkout: fetch-depth: 0).',
      { cause: error }
    );
  }
  if (!base) throw new Error(`--new-since: "${ref}" and HEAD have no common ancestor.`);
  let diff: string;
  try {
    diff = run(
      [
        '-c',
        'core.quotePath=false',
        'diff',
        '-U0',
        '--no-color',
        '--no-ext-diff',
        '--no-textconv',
        '--find-renames',
        '--relative',
        '--src-prefix=a/',
        '--dst-prefix=b/',
        base
      ],
      cwd
    );
  } catch (error) {
    throw new Error(`--new-since: git diff against ${base} failed (${gitError(error)}).`, { cause: error });
  }
  return parseUnifiedDiff(diff);
}
