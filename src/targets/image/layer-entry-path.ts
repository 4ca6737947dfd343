/**
 * What a layer tar entry's name means for the image filesystem (image-spec `layer.md`): a path,
 * a whiteout deleting a lower-layer path, an opaque directory marker, or nothing at all.
 */
export type LayerEntryPath =
  | { kind: 'path'; path: string }
  | { kind: 'whiteout'; path: string }
  | { kind: 'opaque'; dir: string }
  /** The name climbs above the image root (`../`): runtimes refuse it; ignored, noted. */
  | { kind: 'escape' }
  /** The root itself, aufs metadata, Windows registry hives and utility VM files. */
  | { kind: 'ignored' };

const WHITEOUT = '.wh.';
const OPAQUE = '.wh..wh..opq';

/**
 * Classifies a layer entry name. Names are normalised like runtimes do when extracting (`./`,
 * `.` and inner `..` resolved; a leading `/` is dropped because Docker and containerd extract
 * absolute names under the root, so such a file is really in the image); Windows layers (hcsshim `legacy.go`) keep files under
 * `Files/` (stripped here), registry hives under `Hives/` and the utility VM under `UtilityVM/`.
 */
export function classifyLayerEntry(name: string, windows: boolean): LayerEntryPath {
  const segments = normaliseSegments(windows ? name.replaceAll('\\', '/') : name);
  if (segments === undefined) return { kind: 'escape' };
  if (windows) {
    if (segments.shift()?.toLowerCase() !== 'files') return { kind: 'ignored' };
  }
  const base = segments.pop();
  if (base === undefined) return { kind: 'ignored' };
  const dir = segments.join('/');
  const inDir = (child: string) => (dir ? `${dir}/${child}` : child);
  if (base === OPAQUE) return { kind: 'opaque', dir };
  if (base.startsWith(`${WHITEOUT}${WHITEOUT}`)) return { kind: 'ignored' };
  if (base.startsWith(WHITEOUT)) {
    const target = base.slice(WHITEOUT.length);
    return target ? { kind: 'whiteout', path: inDir(target) } : { kind: 'ignored' };
  }
  return { kind: 'path', path: inDir(base) };
}

/** The segments of a path taken relative to the root, or undefined when it climbs above the root. */
function normaliseSegments(name: string): string[] | undefined {
  const segments: string[] = [];
  for (const segment of name.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.pop() === undefined) return undefined;
      continue;
    }
    segments.push(segment);
  }
  return segments;
}

/** The key two paths are compared by: Windows filesystems ignore case. */
export function pathKey(path: string, windows: boolean): string {
  return windows ? path.toLowerCase() : path;
}

/** `a/b/c` → `a`, `a/b` (strict ancestors, nearest last). */
export function ancestorsOf(path: string): string[] {
  const parts = path.split('/');
  return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('/'));
}
