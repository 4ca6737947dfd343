import dockerignore from '@balena/dockerignore';
import { posix } from 'node:path';
import type { RepositoryFacts } from '../../core/repository.js';
import { sensitiveFileKind } from '../sensitive-files.js';

// The package is CommonJS with `module.exports = ignore` and `ignore.default = ignore`; its types describe the latter.
const ignore = dockerignore.default;

/** The files a `docker build` of this Dockerfile sends: the context directory minus `.dockerignore`. */
export interface BuildContext {
  /** Context directory relative to the working directory ('' for the working directory itself). */
  dir: string;
  /** Files in the context that the ignore file does not exclude, relative to `dir`. */
  files: string[];
  /** Those of `files` that hold credentials or key material by name (`sensitiveFileKind`), in the same order. */
  sensitiveFiles: string[];
  /** The ignore file that applies, if any. */
  ignoreFile?: string;
}

function dirOf(path: string): string {
  const at = path.lastIndexOf('/');
  return at < 0 ? '' : path.slice(0, at);
}

/**
 * Every file under each directory, in discovery order, built once per file list: one pass over the
 * files and their parent directories, so a build context costs its own size, not the whole repository's
 * (filtering the whole list for each Dockerfile made BH203 quadratic in Dockerfile-dense trees).
 */
const directoryIndexes = new WeakMap<readonly string[], Map<string, string[]>>();

function filesUnder(files: readonly string[], dir: string): readonly string[] {
  if (dir === '') return files;
  let index = directoryIndexes.get(files);
  if (!index) {
    index = new Map();
    for (const path of files) {
      for (let end = path.lastIndexOf('/'); end > 0; end = path.lastIndexOf('/', end - 1)) {
        const parent = path.slice(0, end);
        const under = index.get(parent);
        if (under) under.push(path);
        else index.set(parent, [path]);
      }
    }
    directoryIndexes.set(files, index);
  }
  return index.get(dir) ?? [];
}

/**
 * Whether a `*.key`/`*.pem` that a COPY takes from `context` holds public material only (an apt
 * signing key, a certificate: `RepositoryFacts.publicKeyFiles`). When the context is only assumed
 * (the Dockerfile's directory: no Compose file or workflow names one) and lacks the file, the nearest
 * directory above that holds it is the likely context (Jenkins' images are built with
 * `-f alpine/hotspot/Dockerfile .`).
 */
export function holdsOnlyPublicKey(
  context: BuildContext,
  repository: RepositoryFacts,
  source: string,
  assumed: boolean
): boolean {
  const publicKeys = repository.publicKeyFiles;
  if (!publicKeys) return false;
  const relative = source.replace(/^\.?\/+/, '');
  const inContext = context.dir ? `${context.dir}/${relative}` : relative;
  if (publicKeys.has(inContext)) return true;
  if (!assumed || hasFile(repository.files, inContext)) return false;
  const above = nearestFileAbove(repository.files, context.dir, relative);
  return above !== undefined && publicKeys.has(above);
}

/** The nearest file `<ancestor>/<relative>` of the repository in a directory above `dir` (its parent first). */
function nearestFileAbove(files: readonly string[], dir: string, relative: string): string | undefined {
  for (let at = dir; at !== '';) {
    at = dirOf(at);
    const candidate = at ? `${at}/${relative}` : relative;
    if (hasFile(files, candidate)) return candidate;
  }
  return undefined;
}

/** Whether `path` is one of the repository's files. */
function hasFile(files: readonly string[], path: string): boolean {
  return filesUnder(files, dirOf(path)).includes(path);
}

/**
 * A Compose `context: app/` or workflow `context: ./app/` names the directory `app`: the index keys
 * directories without a trailing slash, and posix.join keeps one (`app/`), so without this the context
 * would hold no files. The working directory itself (`.`, `./`) is ''.
 */
function contextDirOf(context: string): string {
  const dir = posix.normalize(context).replace(/(.)\/+$/, '$1');
  return dir === '.' ? '' : dir;
}

/** Contexts already built for a repository, by directory and ignore file: Dockerfiles often share one. */
const contextCaches = new WeakMap<RepositoryFacts, Map<string, BuildContext>>();

/**
 * The build context of a Dockerfile: its own directory (later issues add Compose `build.context` and
 * workflow `context:`). BuildKit reads `<Dockerfile name>.dockerignore` next to the Dockerfile in
 * preference to `<context>/.dockerignore` (https://docs.docker.com/build/concepts/context/#filename-and-location).
 */
export function buildContextOf(
  dockerfile: string,
  repository: RepositoryFacts,
  context?: string
): BuildContext {
  const contextDir = context === undefined ? dirOf(dockerfile) : contextDirOf(context);
  const prefix = contextDir ? `${contextDir}/` : '';
  const specific = `${dockerfile}.dockerignore`;
  const general = `${prefix}.dockerignore`;
  const ignoreFile = repository.ignoreFiles.has(specific)
    ? specific
    : repository.ignoreFiles.has(general)
      ? general
      : undefined;
  let cache = contextCaches.get(repository);
  if (!cache) contextCaches.set(repository, (cache = new Map()));
  const key = `${contextDir}\0${ignoreFile ?? ''}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const matcher = ignoreMatcher(ignoreFile ? (repository.ignoreFiles.get(ignoreFile) as string) : '');
  const inContext = filesUnder(repository.files, contextDir);
  const relative = inContext.map(path => path.slice(prefix.length));
  let files: string[] | undefined;
  const built: BuildContext = {
    dir: contextDir,
    // Matching every file against the ignore file is the costly part; BH203 reads only `sensitiveFiles`.
    get files() {
      return (files ??= relative.filter(path => !matcher.ignores(path)));
    },
    sensitiveFiles: relative.filter(path => sensitiveFileKind(path) && !matcher.ignores(path)),
    ignoreFile
  };
  cache.set(key, built);
  return built;
}

/**
 * Docker's ignore matching, minus the lines it cannot compile: the library turns each pattern into a
 * RegExp and throws on the first match with an unterminated `[`; Docker rejects such a pattern, so it
 * excludes nothing here either.
 */
function ignoreMatcher(text: string): { ignores(path: string): boolean } {
  const whole = ignore().add(text);
  if (compiles(whole)) return whole;
  const usable = ignore();
  for (const line of text.split(/\r?\n/)) if (compiles(ignore().add(line))) usable.add(line);
  return usable;
}

function compiles(matcher: { ignores(path: string): boolean }): boolean {
  try {
    matcher.ignores('a');
    return true;
  } catch {
    return false;
  }
}

/**
 * Files of the context that a COPY/ADD source (`.`, `dir/`, `dir`, `conf/*.json`) brings in. Wildcards
 * follow Go's `filepath.Match` (BuildKit): `*` stays within one path segment, and a directory that
 * matches brings everything under it. The source is matched as a glob, never compiled as a RegExp.
 */
export function filesUnderSource(context: BuildContext, source: string): string[] {
  return selectUnderSource(context.files, source);
}

/** The context's files that `sensitiveFileKind` names and a COPY/ADD source brings in (BH203 reads only these). */
export function sensitiveFilesUnderSource(context: BuildContext, source: string): string[] {
  return selectUnderSource(context.sensitiveFiles, source);
}

function selectUnderSource(files: string[], source: string): string[] {
  const normalised = source.replace(/^\.?\/+/, '').replace(/\/+$/, '');
  if (normalised === '' || normalised === '.') return files;
  if (/[*?[]/.test(normalised)) {
    // Docker matches a COPY source's wildcards as it matches `.dockerignore` patterns (Go's
    // filepath.Match per path segment, no braces): a file is taken when it, or a folder above it,
    // matches. A leading `!` or `#` is part of the name here, not a negation or a comment.
    const pattern = ignore().add([/^[!#]/.test(normalised) ? `\\${normalised}` : normalised]);
    return files.filter(path => pattern.ignores(path));
  }
  return files.filter(path => path === normalised || path.startsWith(`${normalised}/`));
}
