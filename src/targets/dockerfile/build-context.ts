import dockerignore from '@balena/dockerignore';
import picomatch from 'picomatch';
import type { RepositoryFacts } from '../../core/repository.js';

// The package is CommonJS with `module.exports = ignore` and `ignore.default = ignore`; its types describe the latter.
const ignore = dockerignore.default;

/** The files a `docker build` of this Dockerfile sends: the context directory minus `.dockerignore`. */
export interface BuildContext {
  /** Context directory relative to the working directory ('' for the working directory itself). */
  dir: string;
  /** Files in the context that the ignore file does not exclude, relative to `dir`. */
  files: string[];
  /** The ignore file that applies, if any. */
  ignoreFile?: string;
}

function dirOf(path: string): string {
  const at = path.lastIndexOf('/');
  return at < 0 ? '' : path.slice(0, at);
}

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
  // posix.join yields '.' for the working directory itself.
  const contextDir = context === undefined ? dirOf(dockerfile) : context === '.' ? '' : context;
  const prefix = contextDir ? `${contextDir}/` : '';
  const specific = `${dockerfile}.dockerignore`;
  const general = `${prefix}.dockerignore`;
  const ignoreFile = repository.ignoreFiles.has(specific)
    ? specific
    : repository.ignoreFiles.has(general)
      ? general
      : undefined;
  const matcher = ignoreMatcher(ignoreFile ? (repository.ignoreFiles.get(ignoreFile) as string) : '');
  const files = repository.files
    .filter(path => path.startsWith(prefix))
    .map(path => path.slice(prefix.length))
    .filter(path => !matcher.ignores(path));
  return { dir: contextDir, files, ignoreFile };
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
  const normalised = source.replace(/^\.?\/+/, '').replace(/\/+$/, '');
  if (normalised === '' || normalised === '.') return context.files;
  if (/[*?[]/.test(normalised)) {
    const matches = picomatch(normalised, { dot: true, nobrace: true, noextglob: true });
    return context.files.filter(path => matchesItselfOrParent(path, matches));
  }
  return context.files.filter(path => path === normalised || path.startsWith(`${normalised}/`));
}

function matchesItselfOrParent(path: string, matches: (path: string) => boolean): boolean {
  for (let end = path.indexOf('/'); end > 0; end = path.indexOf('/', end + 1))
    if (matches(path.slice(0, end))) return true;
  return matches(path);
}
