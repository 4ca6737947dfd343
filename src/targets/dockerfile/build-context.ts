import dockerignore from '@balena/dockerignore';
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
  const matcher = ignore().add(ignoreFile ? (repository.ignoreFiles.get(ignoreFile) as string) : '');
  const files = repository.files
    .filter(path => path.startsWith(prefix))
    .map(path => path.slice(prefix.length))
    .filter(path => !matcher.ignores(path));
  return { dir: contextDir, files, ignoreFile };
}

/** Files of the context that a COPY/ADD source (`.`, `dir/`, `dir`, `conf/*.json`) brings in. */
export function filesUnderSource(context: BuildContext, source: string): string[] {
  const normalised = source.replace(/^\.?\/+/, '').replace(/\/+$/, '');
  if (normalised === '' || normalised === '.') return context.files;
  if (/[*?[]/.test(normalised)) {
    const pattern = ignore().add(normalised);
    return context.files.filter(path => pattern.ignores(path));
  }
  return context.files.filter(path => path === normalised || path.startsWith(`${normalised}/`));
}
