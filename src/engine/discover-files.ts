// The walk uses synchronous calls on purpose: it is syscall-bound, and a round trip through libuv's
// thread pool costs several times the stat itself (10,000 files: ~100 ms sync, ~300-900 ms with promises).
import {
  lstatSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
  type Dirent,
  type Stats
} from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { ConfigurationError, errorMessage } from '../core/errors.js';
import type { Note } from '../core/finding.js';
import { append } from '../core/append.js';
import { trackedIgnoredFiles } from './tracked-ignored-files.js';
import { loadGlobsFor, picomatch } from './glob-library.js';
import { isDockerfileName } from './classify-file.js';

/** What to scan and what to leave out. */
export interface DiscoverOptions {
  /** Paths given by the user (files or directories), absolute or relative to cwd. */
  paths: string[];
  cwd: string;
  /** Globs (picomatch, matched against the path relative to each scan root AND relative to cwd, POSIX); a directory matching is pruned. `dir/` and `**\/vendor/**` styles should both work. */
  exclude: string[];
  /** Honour .gitignore files (root and nested, plus .git/info/exclude) as git does. */
  useGitignore: boolean;
  /** Files above this many bytes are skipped with a note (default 5 MiB). */
  maxFileSize: number;
  /**
   * The files (paths as listed) that will be read: only these are sized, and a file over
   * `maxFileSize` is skipped with a note. Others are listed unread and unsized: a stat per file was
   * 40% of the walk of a tree where 93 files in 100 are source code no rule reads. Default: all.
   */
  willRead?: (path: string) => boolean;
}

/** A regular file to scan. */
export interface DiscoveredFile {
  absolutePath: string;
  /** Relative to cwd, POSIX separators, no leading './' (if outside cwd, keep a relative path with ../). */
  path: string;
  /** In bytes; only for a file the scan will read (DiscoverOptions.willRead). */
  size?: number;
}

/** The files to scan, in walk order (given paths in order, each directory sorted), and what was skipped. */
export interface Discovery {
  files: DiscoveredFile[];
  notes: Note[];
}

/** The gitignore rules in force in a directory, all rebased onto the repository root. */
interface IgnoreContext {
  matcher: Ignore;
  /** A path relative to the scan root, made relative to the repository root. */
  fromRoot: (rel: string) => string;
}

/** One directory given by the user, while it is walked. */
interface ScanRoot {
  given: string;
  /** The root relative to cwd, with a trailing '/' ('' for cwd itself). */
  prefix: string;
  realRoot: string;
  /** Real paths of walked directories: a symlink loop ends here. */
  visited: Set<string>;
  /** Symlinks met, followed once the tree is walked so that a target is reported under its real path. */
  links: { abs: string; rel: string; ctx: IgnoreContext | undefined }[];
  /** A gitignore rule left something out: git may still track files there. */
  gitIgnored: boolean;
}

// Git turns `core.ignorecase` on where the file system is case-insensitive by default.
// `allowRelativePaths` makes an odd path a non-match rather than a thrown error.
const IGNORE_OPTIONS = {
  ignorecase: process.platform === 'darwin' || process.platform === 'win32',
  allowRelativePaths: true
};
const toPosix = (p: string): string => p.split(path.sep).join('/');
const byName = (a: Dirent, b: Dirent): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Lists the files under the given paths: directories are walked (sorted, `.git` skipped, `exclude` and
 * gitignore applied, symlinks followed only inside the scan root, each real directory once); files named
 * explicitly are always kept. Oversized, unreadable and skipped entries become notes, never errors.
 * @throws ConfigurationError when a given path does not exist or cannot be read, or an exclude glob is invalid.
 */
export async function discoverFiles(options: DiscoverOptions): Promise<Discovery> {
  const cwd = path.resolve(options.cwd);
  const files: DiscoveredFile[] = [];
  const notes: Note[] = [];
  // Real paths, so a file reached twice (two given paths, a link) is listed once. Not dev:ino: Windows
  // file ids overflow a double, and a bigint stat costs a third of the walk.
  /** Real path → the path it was listed under: each file is scanned once, under its first path. */
  const seen = new Map<string, string>();
  await loadGlobsFor(options.exclude, []);
  const excluded = compileExclude(options.exclude);
  const note = (kind: Note['kind'], file: string, why: string): void => {
    notes.push({ kind, message: `Skipped ${kind === 'symlink' ? 'symlink ' : ''}'${file}': ${why}.`, file });
  };
  const addFile = (abs: string, real: string, file: string, st: Stats): void => {
    if (seen.has(real)) return;
    seen.set(real, file);
    const size = st.size;
    if (size <= options.maxFileSize) files.push({ absolutePath: abs, path: file, size });
    else note('too-large', file, `${size} bytes is over the ${options.maxFileSize}-byte size limit`);
  };
  const isNamedTarget = (file: string): boolean =>
    (options.willRead?.(file) ?? true) && (isDockerfileName(file) || /\.(ya?ml|json|toml)$/i.test(file));
  const addUnread = (abs: string, real: string, file: string): void => {
    if (seen.has(real)) return;
    seen.set(real, file);
    files.push({ absolutePath: abs, path: file });
  };
  const isExcluded = (scan: ScanRoot, rel: string, isDir: boolean): boolean =>
    excluded(rel, isDir) || (scan.prefix !== '' && excluded(scan.prefix + rel, isDir));
  const isSkipped = (
    scan: ScanRoot,
    rel: string,
    isDir: boolean,
    ctx: IgnoreContext | undefined
  ): boolean => {
    if (isExcluded(scan, rel, isDir)) return true;
    if (ctx === undefined || !ctx.matcher.ignores(ctx.fromRoot(isDir ? `${rel}/` : rel))) return false;
    scan.gitIgnored = true;
    return true;
  };
  // Tracked files that a gitignore rule matches are scanned as git keeps them, unless `exclude` leaves them out.
  const addTracked = (scan: ScanRoot, root: string): void => {
    const tracked = trackedIgnoredFiles(root);
    if (tracked === undefined) {
      notes.push(untrackedIgnoreNote(scan.prefix.replace(/\/$/, '') || '.'));
      return;
    }
    for (const rel of tracked) {
      const segments = rel.split('/');
      if (
        segments.some((_, i) => isExcluded(scan, segments.slice(0, i + 1).join('/'), i < segments.length - 1))
      )
        continue;
      const abs = path.join(root, ...segments);
      try {
        const st = lstatSync(abs);
        if (st.isFile()) addFile(abs, realpathSync.native(abs), scan.prefix + rel, st);
      } catch {
        // Deleted since it was committed: nothing to scan.
      }
    }
  };

  const walk = (scan: ScanRoot, dir: string, rel: string, realDir: string, ctx?: IgnoreContext): void => {
    if (scan.visited.has(realDir)) return;
    scan.visited.add(realDir);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort(byName);
    } catch (error) {
      // Without its root the scan would silently pass; anything below the root is only a note.
      if (rel === '')
        throw new ConfigurationError(`Path '${scan.given}' ${cannotRead(error)}.`, { cause: error });
      return note('unreadable', scan.prefix + rel, `it ${cannotRead(error)}`);
    }
    if (ctx) ctx = enterDirectory(ctx, dir, rel, entries);
    for (const entry of entries) {
      const abs = dir + path.sep + entry.name;
      const childRel = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.name === '.git' || isSkipped(scan, childRel, entry.isDirectory(), ctx)) continue;
      if (entry.isSymbolicLink()) scan.links.push({ abs, rel: childRel, ctx });
      else if (entry.isDirectory()) walk(scan, abs, childRel, realDir + path.sep + entry.name, ctx);
      else if (entry.isFile()) {
        // Sockets, FIFOs and devices are left out above: reading a FIFO would block the scan.
        const file = scan.prefix + childRel;
        if (options.willRead && !options.willRead(file))
          addUnread(abs, realDir + path.sep + entry.name, file);
        else
          try {
            addFile(abs, realDir + path.sep + entry.name, file, statSync(abs));
          } catch (error) {
            note('unreadable', file, `it ${cannotRead(error)}`);
          }
      }
    }
  };

  const follow = (scan: ScanRoot, { abs, rel, ctx }: ScanRoot['links'][number]): void => {
    const file = scan.prefix + rel;
    let real: string;
    let st: Stats;
    try {
      real = realpathSync.native(abs);
      st = statSync(real);
    } catch {
      return note('symlink', file, 'its target does not exist or cannot be read');
    }
    if (real !== scan.realRoot && !real.startsWith(scan.realRoot + path.sep)) {
      note('symlink', file, `it points outside the scan root '${scan.given}'`);
    } else if (st.isFile()) {
      const listed = seen.get(real);
      if (listed === undefined) addFile(abs, real, file, st);
      // zabbix-docker's `compose.yaml` → `docker-compose_v3_alpine_mysql_latest.yaml`: its findings are
      // the target's. Links to scripts and extensionless files (CSI drivers' release-tools) stay silent.
      else if (isNamedTarget(file) || isNamedTarget(listed))
        note('symlink', file, `it points to a file already scanned ('${listed}')`);
    } else if (!st.isDirectory() || isSkipped(scan, rel, true, ctx)) return;
    else if (scan.visited.has(real))
      note(
        'symlink',
        file,
        isInside(realParent(abs), real)
          ? 'it points to a directory already scanned (a loop)'
          : `it points to a directory already scanned ('${scan.prefix + toPosix(path.relative(scan.realRoot, real)) || '.'}')`
      );
    else walk(scan, abs, rel, real, ctx);
  };

  for (const given of options.paths) {
    const root = path.resolve(cwd, given);
    const fromCwd = toPosix(path.relative(cwd, root));
    let st: Stats;
    try {
      st = statSync(root);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const problem = code === 'ENOENT' || code === 'ENOTDIR' ? 'does not exist' : cannotRead(error);
      throw new ConfigurationError(`Path '${given}' ${problem}.`, { cause: error });
    }
    if (st.isFile()) addFile(root, realpathSync.native(root), fromCwd, st);
    else if (!st.isDirectory()) note('skipped', fromCwd, 'it is not a regular file or a directory');
    else {
      const prefix = fromCwd === '' ? '' : `${fromCwd}/`;
      const realRoot = realpathSync.native(root);
      const scan: ScanRoot = { given, prefix, realRoot, visited: new Set(), links: [], gitIgnored: false };
      walk(scan, root, '', realRoot, options.useGitignore ? rootContext(root) : undefined);
      for (let link = scan.links.shift(); link; link = scan.links.shift()) follow(scan, link);
      if (scan.gitIgnored) addTracked(scan, root);
    }
  }
  return { files, notes };
}

/**
 * A scan root outside a git work tree (a source archive, a CI artifact) whose `.gitignore` rules left
 * files out: git would not ignore those of them it tracks, but without the repository nobody can tell
 * which (aks-store-demo's root `.gitignore` lists `kustomization.yaml`, meant for a downloaded tool,
 * and hid the whole tracked `kustomize/` tree of an unpacked archive).
 */
function untrackedIgnoreNote(root: string): Note {
  return {
    kind: 'info',
    message: `'${root}' is not in a git work tree (or git could not run), so files that its .gitignore rules match were skipped without knowing whether git tracks them. Pass --no-gitignore to scan them.`
  };
}

/**
 * Whether `--exclude` (with the config's `exclude:`) leaves out a file that another step reports on
 * without discovery listing it: rendering a chart maps findings back to every template and values
 * file, excluded or not. The file is relative to `cwd`; it and each folder above it are matched as
 * discovery matches them, from `cwd` and from each scanned directory that holds it. Call it after
 * `discoverFiles` with the same `exclude`, which loads the glob matcher.
 */
export function compileExcludedPath(
  exclude: string[],
  paths: string[],
  cwd: string
): (file: string) => boolean {
  const excluded = compileExclude(exclude);
  const prefixes = paths
    .map(given => toPosix(path.relative(cwd, path.resolve(cwd, given))))
    .filter(fromCwd => fromCwd !== '')
    .map(fromCwd => `${fromCwd}/`);
  const leftOut = (rel: string): boolean => {
    if (excluded(rel, false)) return true;
    for (let slash = rel.indexOf('/'); slash > 0; slash = rel.indexOf('/', slash + 1))
      if (excluded(rel.slice(0, slash), true)) return true;
    return false;
  };
  return file =>
    leftOut(file) || prefixes.some(prefix => file.startsWith(prefix) && leftOut(file.slice(prefix.length)));
}

/** The real path of the directory holding `abs` (itself when it cannot be resolved). */
function realParent(abs: string): string {
  try {
    return realpathSync.native(path.dirname(abs));
  } catch {
    return path.dirname(abs);
  }
}

/** Whether `dir` is `ancestor` or below it. */
function isInside(dir: string, ancestor: string): boolean {
  return dir === ancestor || dir.startsWith(ancestor + path.sep);
}

/** Compiles `--exclude` globs; `dir/` matches directories only, and a glob without `/` matches at any depth. */
function compileExclude(globs: string[]): (rel: string, isDir: boolean) => boolean {
  const compile = (list: string[]): ((rel: string) => boolean) => {
    const matchers = list.map(glob => {
      try {
        return picomatch(glob, { dot: true, basename: true });
      } catch (error) {
        const message = `Exclude glob '${glob}' is invalid (${errorMessage(error)}).`;
        throw new ConfigurationError(message, { cause: error });
      }
    });
    return rel => matchers.some(match => match(rel));
  };
  const normalized = globs.map(g => g.replace(/^\.\//, '')).filter(g => g.replace(/\/+$/, '') !== '');
  const files = compile(normalized.filter(g => !g.endsWith('/')));
  const dirs = compile(normalized.map(g => g.replace(/\/+$/, '')));
  return (rel, isDir) => (isDir ? dirs(rel) : files(rel));
}

/** The rules in force at a scan root: its repository's `info/exclude` and the `.gitignore`s above it. */
function rootContext(root: string): IgnoreContext {
  let top = root;
  for (let dir = root; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    if (readable(() => statSync(path.join(dir, '.git')))) {
      top = dir;
      break;
    }
  }
  const chain = toPosix(path.relative(top, root)).split('/').filter(Boolean);
  const rules: string[] = [];
  for (let i = 0; i < chain.length; i++) {
    const parent = chain.slice(0, i).join('/');
    const parentPrefix = parent === '' ? '' : `${escapeGlob(parent)}/`;
    // A directory the user names is scanned even if ignored, so its ancestors must not prune it; a
    // negation ending in `/` matches only that directory, never the files below it.
    const named = `!/${escapeGlob(chain.slice(0, i + 1).join('/'))}/`;
    append(rules, readRules(path.join(top, parent, '.gitignore'), parentPrefix)).push(named);
  }
  const prefix = chain.join('/');
  return extend(repositoryContext(top, prefix === '' ? rel => rel : rel => `${prefix}/${rel}`), rules);
}

/** A fresh context for a repository (or a submodule), where only its `info/exclude` applies at first. */
function repositoryContext(top: string, fromRoot: (rel: string) => string): IgnoreContext {
  // Worktrees and submodules have a `.git` file naming the real git directory; worktrees share
  // `info/exclude` with the main repository through `commondir`.
  let gitDir = path.join(top, '.git');
  const target = /^gitdir:\s*(.+?)\s*$/m.exec(readText(gitDir))?.[1];
  if (target) gitDir = path.resolve(top, target);
  const common = readText(path.join(gitDir, 'commondir')).trim();
  if (common) gitDir = path.resolve(gitDir, common);
  const rules = readRules(path.join(gitDir, 'info', 'exclude'), '');
  return extend({ matcher: ignore(IGNORE_OPTIONS), fromRoot }, rules);
}

/** Adds a directory's `.gitignore` (and starts afresh at a nested repository) before its entries are tested. */
function enterDirectory(ctx: IgnoreContext, dir: string, rel: string, entries: Dirent[]): IgnoreContext {
  if (rel !== '' && entries.some(e => e.name === '.git')) {
    const strip = rel.length + 1;
    ctx = repositoryContext(dir, r => r.slice(strip));
  }
  if (!entries.some(e => e.name === '.gitignore' && !e.isDirectory())) return ctx;
  const prefix = escapeGlob(ctx.fromRoot(rel === '' ? '' : `${rel}/`));
  return extend(ctx, readRules(path.join(dir, '.gitignore'), prefix));
}

/** A new context with more rules; sibling directories share a context, so it is never changed. */
function extend(ctx: IgnoreContext, rules: string[]): IgnoreContext {
  return rules.length === 0 ? ctx : { ...ctx, matcher: ignore(IGNORE_OPTIONS).add(ctx.matcher).add(rules) };
}

/** A path taken literally inside a gitignore pattern. */
function escapeGlob(literal: string): string {
  return literal.replace(/[\\*?[\]!#]/g, '\\$&');
}

/**
 * Reads a gitignore file with every pattern rebased onto the repository root, so that one matcher applies
 * all levels with git's precedence (later, deeper rules win) and its "an ignored parent cannot be
 * re-included" check sees the combined verdict, not one file's (https://git-scm.com/docs/gitignore).
 */
function readRules(file: string, prefix: string): string[] {
  const rules: string[] = [];
  for (const line of readText(file).split(/\r?\n/)) {
    const negated = line.startsWith('!');
    const body = negated ? line.slice(1) : line;
    if (body.trim() === '' || line.startsWith('#')) continue;
    // A slash at the start or in the middle anchors a pattern to its directory; otherwise it matches at any depth.
    const anchored = body.trimEnd().replace(/\/$/, '').includes('/');
    const rebased = prefix === '' ? body : prefix + (anchored ? body.replace(/^\//, '') : `**/${body}`);
    rules.push(negated ? `!${rebased}` : rebased);
  }
  return rules;
}

/** A file's text, or '' when it is missing or unreadable (an absent ignore file is the normal case). */
function readText(file: string): string {
  return readable(() => readFileSync(file, 'utf8')) ?? '';
}

/** What `read` returns, or undefined when it throws: a missing or unreadable file is not an error here. */
function readable<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** Why a path cannot be read, by error code: Node's messages hold the absolute path. */
function cannotRead(error: unknown): string {
  return `cannot be read (${(error as NodeJS.ErrnoException).code ?? errorMessage(error)})`;
}
