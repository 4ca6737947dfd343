import { finished } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import { errorMessage } from '../../core/errors.js';
import { sensitiveFileKind } from '../../targets/sensitive-files.js';
import { ImageLimitError, decompressBlob, layerGuards, type DecompressedBlob } from './decompress-blob.js';
import { classifyLayerEntry } from '../../targets/image/layer-entry-path.js';
import { LayerRemovals } from '../../targets/image/layer-removals.js';
import { MAX_TEXT_BYTES, type ImageLimits } from '../../targets/image/model.js';
import { TarTruncatedError, forEachTarEntry, readEntryBody, type TarHeader } from './tar-entries.js';

/** A file of interest in one layer (an `ImageFile` before it knows its layer). */
export interface LayerFile {
  path: string;
  size: number;
  sensitiveKind?: string;
  text?: string;
}

/** What streaming one layer found. */
export interface LayerScan {
  files: LayerFile[];
  removals: LayerRemovals;
  /** Clauses about this layer, completed into notes by the caller: "was not read past …". */
  problems: string[];
  /** Set when a limit stopped the scan or the blob could not be read (files found before stay). */
  skipped?: string;
}

/** How to read a layer. */
export interface ScanLayerOptions {
  windows: boolean;
  limits: ImageLimits;
}

const REGULAR_TYPES: ReadonlySet<string> = new Set(['file', 'contiguous-file']);

/**
 * Streams one layer blob (gzip, zstd or plain tar, sniffed) and collects sensitive files and small
 * files holding private key material, plus what the layer deletes from the layers below. Links are
 * never followed, entries leaving the root are ignored, and `raw` is always consumed to its end.
 */
export async function scanLayer(raw: Readable, options: ScanLayerOptions): Promise<LayerScan> {
  const scan: LayerScan = { files: [], removals: new LayerRemovals(options.windows), problems: [] };
  const escapes: string[] = [];
  let entries = 0;
  let blob: DecompressedBlob | undefined;
  try {
    blob = await decompressBlob(raw, layerGuards(options.limits));
    await forEachTarEntry(blob.stream, async (header, body) => {
      if (++entries > options.limits.maxEntriesPerLayer) {
        throw new ImageLimitError(
          `it has more than ${options.limits.maxEntriesPerLayer} entries`,
          'too many entries'
        );
      }
      const entry = classifyLayerEntry(header.name, options.windows);
      if (entry.kind === 'escape') escapes.push(header.name);
      else if (entry.kind === 'whiteout') scan.removals.addWhiteout(entry.path);
      else if (entry.kind === 'opaque') scan.removals.addOpaque(entry.dir);
      else if (entry.kind === 'path') {
        scan.removals.addEntry(entry.path, header.type === 'directory');
        if (REGULAR_TYPES.has(header.type ?? 'file')) await inspectFile(entry.path, header, body, scan);
      }
    });
    const limit = blob.limitError();
    if (limit) throw limit;
  } catch (caught) {
    // A tripped guard ends the stream early: the tar reader then sees a truncated archive.
    const error = caught instanceof ImageLimitError ? caught : (blob?.limitError() ?? caught);
    if (error instanceof ImageLimitError) {
      scan.skipped = error.reason;
      scan.problems.push(`was not read to its end: ${error.message}`);
    } else if (error instanceof TarTruncatedError) {
      scan.problems.push('ends in the middle of an entry; the entries before it were scanned');
    } else {
      scan.skipped = 'unreadable';
      scan.problems.push(`could not be read: ${errorMessage(error).replace(/\.$/, '')}`);
    }
  } finally {
    blob?.stream.destroy();
    await drain(raw);
  }
  if (escapes.length > 0) {
    const first = escapes[0]?.slice(0, 200);
    scan.problems.push(
      `${escapes.length} ${escapes.length === 1 ? 'entry' : 'entries'} whose path leaves the image root ` +
        `were ignored (first: '${first}')`
    );
  }
  return scan;
}

async function inspectFile(
  path: string,
  header: TarHeader,
  body: Parameters<typeof readEntryBody>[0],
  scan: LayerScan
): Promise<void> {
  const size = header.size ?? 0;
  const sensitiveKind = sensitiveFileKind(path);
  const text =
    size > 0 && size <= MAX_TEXT_BYTES
      ? keyMaterialText(await readEntryBody(body, MAX_TEXT_BYTES))
      : undefined;
  if (sensitiveKind === undefined && text === undefined) return;
  scan.files.push({
    path,
    size,
    ...(sensitiveKind !== undefined && { sensitiveKind }),
    ...(text !== undefined && { text })
  });
}

/**
 * The text of a small file when it may hold a PEM/OpenSSH private key (BH207 decides whether it
 * does); binary files (a NUL byte) and files without both markers are not kept.
 */
function keyMaterialText(bytes: Buffer | undefined): string | undefined {
  if (bytes === undefined || bytes.includes(0)) return undefined;
  if (!bytes.includes('-----BEGIN') || !bytes.includes('PRIVATE KEY')) return undefined;
  return bytes.toString('utf8');
}

/** Reads what is left of `stream` so the source can go on to the next blob. */
async function drain(stream: Readable): Promise<void> {
  if (stream.readableEnded || stream.destroyed) return;
  stream.unpipe();
  stream.resume();
  await finished(stream).catch(() => undefined);
}
