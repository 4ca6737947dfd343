import { ancestorsOf, pathKey } from './layer-entry-path.js';
import type { ImageFile } from './model.js';

/**
 * What one layer takes away from the layers below it: whiteouts, opaque directories, and every path
 * it writes again (a later entry at the same path replaces the file). Paths are kept as 53-bit
 * hashes, 8 bytes per entry, so a layer of a million files costs 8 MiB, not its path strings.
 */
export class LayerRemovals {
  private readonly whiteouts = new Set<string>();
  private readonly opaqueDirs = new Set<string>();
  private hashes = new Float64Array(256);
  private count = 0;
  private sorted = true;

  constructor(private readonly windows: boolean) {}

  /** A non-whiteout entry at `path`: a directory only replaces what is at its own path. */
  addEntry(path: string, isDirectory: boolean): void {
    const key = pathKey(path, this.windows);
    this.addHash(hashPath(isDirectory ? `${key}/` : key));
  }

  /** A `.wh.<name>` entry: `path` and everything below it are gone. */
  addWhiteout(path: string): void {
    this.whiteouts.add(pathKey(path, this.windows));
  }

  /** A `.wh..wh..opq` entry: lower layers' content of `dir` (`''` = the root) is hidden. */
  addOpaque(dir: string): void {
    this.opaqueDirs.add(pathKey(dir, this.windows));
  }

  /** Whether this layer deletes or replaces a lower layer's file at `path`. */
  removes(path: string): boolean {
    const key = pathKey(path, this.windows);
    const ancestors = ancestorsOf(key);
    if (this.whiteouts.has(key) || this.opaqueDirs.has('')) return true;
    if (this.has(hashPath(key)) || this.has(hashPath(`${key}/`))) return true;
    // An ancestor whited out, made opaque, or replaced by a non-directory takes the file with it.
    return ancestors.some(a => this.whiteouts.has(a) || this.opaqueDirs.has(a) || this.has(hashPath(a)));
  }

  private addHash(hash: number): void {
    if (this.count === this.hashes.length) {
      const grown = new Float64Array(Math.max(256, this.hashes.length * 2));
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[this.count++] = hash;
    this.sorted = false;
  }

  private has(hash: number): boolean {
    if (!this.sorted) {
      this.hashes = this.hashes.slice(0, this.count).sort();
      this.sorted = true;
    }
    let low = 0;
    let high = this.count - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const value = this.hashes[middle] ?? 0;
      if (value === hash) return true;
      if (value < hash) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  }
}

/**
 * Sets `deletedInLayer` on each file that a higher layer deletes or replaces: the lowest such layer.
 * `removals[i]` is layer i's record (undefined for a layer that was not read).
 */
export function markDeletedFiles(files: ImageFile[], removals: (LayerRemovals | undefined)[]): void {
  for (const file of files) {
    for (let layer = file.layerIndex + 1; layer < removals.length; layer++) {
      if (removals[layer]?.removes(file.path)) {
        file.deletedInLayer = layer;
        break;
      }
    }
  }
}

/** A 53-bit hash of a string (two multiplicative 32-bit lanes), exact in a double. */
function hashPath(text: string): number {
  let high = 0x9e3779b9;
  let low = 0x85ebca6b;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    high = Math.imul(high ^ code, 0x01000193);
    low = Math.imul(low ^ code, 0x5bd1e995);
    low ^= low >>> 13;
  }
  high = Math.imul(high ^ (high >>> 16), 0x85ebca6b) ^ text.length;
  low = Math.imul(low ^ (low >>> 15), 0xc2b2ae35);
  return (high >>> 0) * 0x200000 + ((low >>> 0) & 0x1fffff);
}
