/** The last segment of a path with either separator: a file's name (cheaper than pathSegments). */
export function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/** The segments of a path with either separator (`C:\Program Files\containerd\config.toml` too), last = file name. */
export function pathSegments(path: string): string[] {
  return path.split(/[\\/]+/).filter(segment => segment !== '' && segment !== '.');
}
