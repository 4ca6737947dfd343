// Image layouts and archives live in local files: this module is the image loader's only door to the
// filesystem (the registry client has its own, for Docker's config.json and certs.d).
import { createReadStream, promises as fs } from 'node:fs';
import type { Readable } from 'node:stream';

/** What a local path is. */
export type LocalPathKind = 'directory' | 'file' | 'missing';

/** Whether `path` is a directory, a file (symlinks followed), or neither. */
export async function localPathKind(path: string): Promise<LocalPathKind> {
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) return 'directory';
    return stat.isFile() ? 'file' : 'missing';
  } catch {
    return 'missing';
  }
}

/** The size of a regular file, or undefined when there is none. */
export async function localFileSize(path: string): Promise<number | undefined> {
  try {
    const stat = await fs.stat(path);
    return stat.isFile() ? stat.size : undefined;
  } catch {
    return undefined;
  }
}

/** Reads a whole (small) local file. */
export async function readLocalFile(path: string): Promise<Buffer> {
  return fs.readFile(path);
}

/** A stream of a local file's bytes. */
export function openLocalFile(path: string): Readable {
  return createReadStream(path);
}
