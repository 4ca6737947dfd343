import { Transform, type TransformCallback } from 'node:stream';
import * as zlib from 'node:zlib';
import { Decompress } from 'fzstd';

/** Largest zstd window accepted: libzstd's own default limit (`ZSTD_WINDOWLOG_LIMIT_DEFAULT`, 2^27). */
const MAX_WINDOW_BYTES = 128 * 1024 * 1024;

type NativeZstd = { createZstdDecompress?: () => Transform };

/**
 * A zstd decompressing stream: Node's own where it has one (22.15+, 24), else the pure-JS `fzstd`
 * (Node 20), which emits one block (≤ 128 KiB) at a time so the caller's byte guards stay effective.
 */
export function createZstdDecompressor(): Transform {
  const native = (zlib as unknown as NativeZstd).createZstdDecompress;
  return typeof native === 'function' ? native() : new FzstdTransform();
}

// fzstd decodes synchronously, one block per callback; an RLE block turns 4 input bytes into 128 KiB.
// Feeding it small slices and waiting for the reader between them keeps the output buffered at
// any time to a few MiB, even for a bomb.
const SLICE_BYTES = 256;

class FzstdTransform extends Transform {
  private readonly decoder = new Decompress(chunk => {
    // A copy: fzstd reuses its window memory for the next block.
    if (chunk.length > 0) this.push(Buffer.from(chunk));
  });
  private checkedHeader = false;
  private pending = Buffer.alloc(0);
  private resumeFeeding: (() => void) | undefined;

  override _read(size: number): void {
    const resume = this.resumeFeeding;
    this.resumeFeeding = undefined;
    resume?.();
    super._read(size);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (!this.checkedHeader) {
      this.pending = Buffer.concat([this.pending, chunk]);
      const window = zstdWindowSize(this.pending);
      if (window === 'incomplete') return callback();
      if (window !== undefined && window > MAX_WINDOW_BYTES) {
        return callback(new Error(`zstd frame needs a ${window}-byte window (limit ${MAX_WINDOW_BYTES}).`));
      }
      this.checkedHeader = true;
      chunk = this.pending;
      this.pending = Buffer.alloc(0);
    }
    this.feed(chunk).then(() => callback(), callback);
  }

  override _flush(callback: TransformCallback): void {
    try {
      this.decoder.push(this.pending, true);
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }

  private async feed(chunk: Buffer): Promise<void> {
    for (let offset = 0; offset < chunk.length && !this.destroyed; offset += SLICE_BYTES) {
      this.decoder.push(chunk.subarray(offset, offset + SLICE_BYTES));
      if (this.readableLength >= this.readableHighWaterMark) {
        await new Promise<void>(resolve => (this.resumeFeeding = resolve));
      }
    }
  }
}

/**
 * The window size a zstd frame header asks for (RFC 8878 §3.1.1.1): a single-segment frame needs
 * its whole content size. `incomplete` when more bytes are needed; undefined when not a zstd frame.
 */
export function zstdWindowSize(bytes: Buffer): number | 'incomplete' | undefined {
  if (bytes.length < 6) return 'incomplete';
  if (bytes.readUInt32LE(0) !== 0xfd2fb528) return undefined;
  const descriptor = bytes[4] ?? 0;
  const singleSegment = (descriptor >> 5) & 1;
  if (!singleSegment) {
    const windowDescriptor = bytes[5] ?? 0;
    const base = 2 ** (10 + (windowDescriptor >> 3));
    return base + (base / 8) * (windowDescriptor & 7);
  }
  const dictionaryBytes = [0, 1, 2, 4][descriptor & 3] ?? 0;
  const sizeFlag = descriptor >> 6;
  const sizeBytes = [1, 2, 4, 8][sizeFlag] ?? 1;
  const start = 5 + dictionaryBytes;
  if (bytes.length < start + sizeBytes) return 'incomplete';
  const size = bytes.readUIntLE(start, Math.min(sizeBytes, 6)) + (sizeBytes === 2 ? 256 : 0);
  // An 8-byte size with any of its top 16 bits set is far over every limit.
  return sizeBytes === 8 && bytes.readUInt16LE(start + 6) > 0 ? Number.MAX_SAFE_INTEGER : size;
}
