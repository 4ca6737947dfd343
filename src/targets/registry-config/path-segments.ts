/** The segments of a path with either separator (`C:\Program Files\containerd\config.toml` too), last = file name. */
export function pathSegments(path: string): string[] {
  return path.split(/[\\/]+/).filter(segment => segment !== '' && segment !== '.');
}
