/** Facts about the scanned tree that rules may read (they never touch the file system themselves). */
export interface RepositoryFacts {
  /** Every file found by discovery (not only target files), relative to the working directory, POSIX separators. */
  files: readonly string[];
  /** Text of the ignore files Docker reads (`.dockerignore`, `<name>.dockerignore`), by path. */
  ignoreFiles: ReadonlyMap<string, string>;
}

export const EMPTY_REPOSITORY: RepositoryFacts = { files: [], ignoreFiles: new Map() };

/** Whether a path is a Docker ignore file whose text the engine should load. */
export function isDockerIgnoreFile(path: string): boolean {
  return path.endsWith('.dockerignore');
}
