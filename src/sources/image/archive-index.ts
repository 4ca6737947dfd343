import { InputParseError, errorMessage } from '../../core/errors.js';
import {
  ImageLimitError,
  decompressBlob,
  type BlobGuards,
  type DecompressedBlob
} from './decompress-blob.js';
import { openLocalFile } from './local-files.js';
import type { ImageLimits } from '../../targets/image/model.js';
import { TarTruncatedError, forEachTarEntry, readEntryBody, type TarEntryBody } from './tar-entries.js';

/** One entry of an image archive, name normalised (no `./`, no leading `/`). */
export interface ArchiveEntry {
  name: string;
  type: string;
  linkname?: string;
  size: number;
}

/** What one pass over an archive learnt: every entry, and the small JSON documents it holds. */
export interface ArchiveIndex {
  entries: Map<string, ArchiveEntry>;
  documents: Map<string, Buffer>;
}

const REGULAR_TYPES: ReadonlySet<string> = new Set(['file', 'contiguous-file']);
const TOP_DOCUMENTS: ReadonlySet<string> = new Set([
  'oci-layout',
  'index.json',
  'manifest.json',
  'repositories'
]);
const BLOB = /^blobs\/[^/]+\/[^/]+$/;
// Symlinks inside an archive may chain (skopeo: `<v1id>/layer.tar` → `../<diffid>.tar`); loops may not.
const MAX_LINK_HOPS = 32;
// The total of documents kept from one archive, in JSON-size limits: configs and manifests are small.
const DOCUMENT_BUDGET = 8;

/** Whether an entry holds file content (links and directories do not). */
export function isRegularEntry(entry: ArchiveEntry): boolean {
  return REGULAR_TYPES.has(entry.type);
}

/**
 * Streams an archive once (gzip/zstd-compressed or not) and records every entry, keeping in memory
 * only the small documents needed to find the image: `index.json`, `manifest.json`, `*.json`, and
 * blobs that are JSON (configs, manifests), within a total budget. Layers are skipped over.
 */
export async function indexArchive(
  file: string,
  display: string,
  limits: ImageLimits
): Promise<ArchiveIndex> {
  const index: ArchiveIndex = { entries: new Map(), documents: new Map() };
  let budget = limits.maxJsonBytes * DOCUMENT_BUDGET;
  await streamArchive(file, display, limits, async (entry, body) => {
    if (index.entries.size >= limits.maxEntriesPerLayer) {
      throw new InputParseError(`'${display}' has more than ${limits.maxEntriesPerLayer} entries.`);
    }
    index.entries.set(entry.name, entry);
    if (!isRegularEntry(entry) || entry.size > Math.min(limits.maxJsonBytes, budget)) return false;
    const isBlob = BLOB.test(entry.name);
    if (!isBlob && !TOP_DOCUMENTS.has(entry.name) && !entry.name.endsWith('.json')) return false;
    const bytes = await readEntryBody(body, limits.maxJsonBytes, isBlob ? startsLikeJson : undefined);
    if (bytes) {
      index.documents.set(entry.name, bytes);
      budget -= bytes.length;
    }
    return false;
  });
  return index;
}

/**
 * Streams an archive and hands each entry to `onEntry` until it returns true. Unreadable archives
 * (not a tar, truncated, a decompression bomb) are `InputParseError`s naming `display`.
 */
export async function streamArchive(
  file: string,
  display: string,
  limits: ImageLimits,
  onEntry: (entry: ArchiveEntry, body: TarEntryBody) => Promise<boolean>
): Promise<void> {
  const raw = openLocalFile(file);
  const guards: BlobGuards = {
    maxUncompressedBytes: Number.MAX_SAFE_INTEGER,
    maxCompressionRatio: limits.maxCompressionRatio
  };
  let blob: DecompressedBlob | undefined;
  let stopped = false;
  try {
    blob = await decompressBlob(raw, guards);
    await forEachTarEntry(blob.stream, async (header, body) => {
      const name = normaliseArchiveName(header.name);
      if (name === undefined) return;
      const entry: ArchiveEntry = { name, type: header.type ?? 'file', size: header.size ?? 0 };
      if (header.linkname) entry.linkname = header.linkname;
      if (await onEntry(entry, body)) {
        stopped = true;
        throw new StopPass();
      }
    });
    const limit = blob.limitError();
    if (limit) throw limit;
  } catch (error) {
    if (stopped && error instanceof StopPass) return;
    // A tripped guard ends the stream early: the tar reader then sees a truncated archive.
    throw archiveError(blob?.limitError() ?? error, display);
  } finally {
    blob?.stream.destroy();
    raw.destroy();
  }
}

/**
 * The regular-file entry `name` leads to, following symlinks and hardlinks inside the archive only:
 * absolute targets, targets above the archive root and loops lead nowhere.
 */
export function resolveArchiveEntry(
  entries: Map<string, ArchiveEntry>,
  name: string
): ArchiveEntry | undefined {
  let current = normaliseArchiveName(name);
  for (let hop = 0; hop <= MAX_LINK_HOPS && current !== undefined; hop++) {
    const entry = entries.get(current);
    if (!entry) return undefined;
    if (isRegularEntry(entry)) return entry;
    const target = entry.linkname;
    if (!target || target.startsWith('/')) return undefined;
    if (entry.type === 'symlink') {
      const dir = current.includes('/') ? current.slice(0, current.lastIndexOf('/')) : '';
      current = normaliseArchiveName(dir ? `${dir}/${target}` : target);
    } else if (entry.type === 'link') {
      // Hardlink targets are archive paths, relative to the archive root.
      current = normaliseArchiveName(target);
    } else {
      return undefined;
    }
  }
  return undefined;
}

/** `./a//b/../c` → `a/c`; undefined when the name climbs above the archive root or is the root. */
export function normaliseArchiveName(name: string): string | undefined {
  const segments: string[] = [];
  for (const segment of name.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.pop() === undefined) return undefined;
    } else {
      segments.push(segment);
    }
  }
  return segments.length > 0 ? segments.join('/') : undefined;
}

class StopPass extends Error {}

function startsLikeJson(chunk: Buffer): boolean {
  const first = chunk.toString('latin1', 0, 64).trimStart()[0];
  return first === '{' || first === '[';
}

function archiveError(error: unknown, display: string): Error {
  if (error instanceof InputParseError) return error;
  if (error instanceof TarTruncatedError) return new InputParseError(`'${display}' is truncated.`);
  if (error instanceof ImageLimitError)
    return new InputParseError(`'${display}' is not read: ${error.message}.`);
  return new InputParseError(
    `'${display}' is not a readable tar archive (${errorMessage(error).replace(/\.$/, '')}).`
  );
}
