import { Readable, Transform, type TransformCallback } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { RATIO_CHECK_AFTER_BYTES, formatBytes } from '../../targets/image/limits.js';
import type { ImageLimits } from '../../targets/image/model.js';
import { createZstdDecompressor } from './zstd-decompressor.js';

/** How a blob is compressed, by its magic bytes. */
export type Compression = 'gzip' | 'zstd' | 'none';

/** A size guard tripped while reading a blob; `reason` is short, for `ImageLayer.skipped`. */
export class ImageLimitError extends Error {
  override name = 'ImageLimitError';
  constructor(
    message: string,
    readonly reason: string
  ) {
    super(message);
  }
}

/** The compression `head` (a blob's first bytes) announces: gzip `1f 8b`, zstd `28 b5 2f fd`, else none. */
export function sniffCompression(head: Uint8Array): Compression {
  if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head[0] === 0x28 && head[1] === 0xb5 && head[2] === 0x2f && head[3] === 0xfd) return 'zstd';
  return 'none';
}

/** Which limits apply to a blob: the compressed size limit is only for layers. */
export interface BlobGuards {
  maxCompressedBytes?: number;
  maxUncompressedBytes: number;
  maxCompressionRatio: number;
}

/** The guards for a layer blob. */
export function layerGuards(limits: ImageLimits): BlobGuards {
  return {
    maxCompressedBytes: limits.maxLayerBytes,
    maxUncompressedBytes: limits.maxUncompressedLayerBytes,
    maxCompressionRatio: limits.maxCompressionRatio
  };
}

/** A decompressed blob: `limitError()` tells whether its stream ended early because a guard tripped. */
export interface DecompressedBlob {
  stream: Readable;
  compression: Compression;
  limitError(): ImageLimitError | undefined;
}

/**
 * The uncompressed bytes of `raw` (compression sniffed, not taken from a media type: buildah writes
 * plain tar under gzip types), guarded against bombs. When a guard trips, the stream delivers the
 * bytes before the limit and then ends (it does not fail): a consumer's own buffers run ahead of
 * what it has parsed (64 KiB from Node 22 on), and an error would throw those bytes away with the
 * files they hold. The caller checks `limitError()` once it has read the stream. `raw` is piped,
 * never destroyed: the caller drains what is left of it.
 */
export async function decompressBlob(raw: Readable, guards: BlobGuards): Promise<DecompressedBlob> {
  const input = await peekBytes(raw, 4);
  const compression = sniffCompression(input.head);
  const decompressor =
    compression === 'none' ? undefined : compression === 'gzip' ? createGunzip() : createZstdDecompressor();
  const counter = new ByteCounter(guards, () => {
    input.stream.unpipe(counter.input);
    counter.input.destroy();
    decompressor?.destroy();
  });
  const upstream = [input.stream, counter.input, ...(decompressor ? [decompressor] : [])];
  // After a trip, an upstream error (a gzip stream cut at the limit) only ends the output.
  for (const stream of upstream) {
    stream.on('error', (error: Error) =>
      counter.tripped ? counter.endOutput() : counter.output.destroy(error)
    );
  }
  counter.output.once('close', () => {
    input.stream.unpipe(counter.input);
    counter.input.destroy();
    decompressor?.destroy();
  });
  input.stream.pipe(counter.input);
  if (decompressor) counter.input.pipe(decompressor).pipe(counter.output);
  else counter.input.pipe(counter.output);
  return { stream: counter.output, compression, limitError: () => counter.tripped };
}

/**
 * Counts the bytes going into and coming out of a decompressor and enforces the guards. A trip
 * passes on the bytes up to the limit, stops the upstream (`stopUpstream`) and ends the output.
 */
class ByteCounter {
  readonly input: Transform;
  readonly output: Transform;
  tripped: ImageLimitError | undefined;
  private outputStopped = false;
  private inBytes = 0;
  private outBytes = 0;

  constructor(
    private readonly guards: BlobGuards,
    private readonly stopUpstream: () => void
  ) {
    this.input = new Transform({
      transform: (chunk: Buffer, _encoding, callback: TransformCallback) => {
        if (this.tripped) return callback();
        const max = this.guards.maxCompressedBytes ?? Number.POSITIVE_INFINITY;
        const allowed = Math.max(0, Math.min(chunk.length, max - this.inBytes));
        this.inBytes += chunk.length;
        if (allowed === chunk.length) return callback(null, chunk);
        this.tripped = new ImageLimitError(
          `its blob is larger than ${formatBytes(max)}`,
          'blob over the size limit'
        );
        // The bytes before the limit still go through the decompressor, then its input ends.
        if (allowed > 0) this.input.push(chunk.subarray(0, allowed));
        this.input.push(null);
        callback();
      }
    });
    this.output = new Transform({
      transform: (chunk: Buffer, _encoding, callback: TransformCallback) => {
        if (this.outputStopped) return callback();
        const allowed = Math.max(0, Math.min(chunk.length, this.guards.maxUncompressedBytes - this.outBytes));
        this.outBytes += chunk.length;
        const error = this.check();
        if (!error) return callback(null, chunk);
        this.tripped ??= error;
        this.outputStopped = true;
        if (allowed > 0 && error.reason === 'uncompressed size over the limit') {
          this.output.push(chunk.subarray(0, allowed));
        }
        this.endOutput();
        this.stopUpstream();
        callback();
      }
    });
  }

  /** Ends the output after the bytes it already holds. */
  endOutput(): void {
    this.outputStopped = true;
    if (!this.output.destroyed) this.output.push(null);
  }

  private check(): ImageLimitError | null {
    const { maxUncompressedBytes, maxCompressionRatio } = this.guards;
    if (this.outBytes > maxUncompressedBytes) {
      return new ImageLimitError(
        `it expands to more than ${formatBytes(maxUncompressedBytes)}`,
        'uncompressed size over the limit'
      );
    }
    if (this.outBytes > RATIO_CHECK_AFTER_BYTES && this.outBytes > maxCompressionRatio * this.inBytes) {
      return new ImageLimitError(
        `it expands more than ${maxCompressionRatio} times (a decompression bomb?)`,
        'compression ratio over the limit'
      );
    }
    return null;
  }
}

/**
 * The first `count` bytes of `stream` without consuming them: `stream` (with the bytes put back)
 * or, when it ended that early, a stream of what there was.
 */
function peekBytes(stream: Readable, count: number): Promise<{ head: Buffer; stream: Readable }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const cleanup = () => {
      stream.off('data', onData);
      stream.off('end', onEnd);
      stream.off('error', onError);
    };
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      length += chunk.length;
      if (length < count) return;
      stream.pause();
      cleanup();
      const head = Buffer.concat(chunks, length);
      stream.unshift(head);
      resolve({ head, stream });
    };
    const onEnd = () => {
      cleanup();
      const head = Buffer.concat(chunks, length);
      resolve({ head, stream: Readable.from(length > 0 ? [head] : []) });
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    stream.on('data', onData);
    stream.on('end', onEnd);
    stream.on('error', onError);
  });
}
