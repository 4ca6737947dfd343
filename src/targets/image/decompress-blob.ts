import { Readable, Transform, pipeline, type TransformCallback } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { RATIO_CHECK_AFTER_BYTES, formatBytes } from './limits.js';
import type { ImageLimits } from './model.js';
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

/**
 * The uncompressed bytes of `raw` (compression sniffed, not taken from a media type: buildah writes
 * plain tar under gzip types), guarded against bombs: the stream fails with `ImageLimitError` once
 * a limit is passed. `raw` is piped, never destroyed: the caller drains what is left of it.
 */
export async function decompressBlob(
  raw: Readable,
  guards: BlobGuards
): Promise<{ stream: Readable; compression: Compression }> {
  const input = await peekBytes(raw, 4);
  const compression = sniffCompression(input.head);
  const counter = new ByteCounter(guards);
  input.stream.on('error', error => counter.destroy(error));
  input.stream.pipe(counter.input);
  // Errors reach the consumer through `counter.output`, which the pipeline destroys with them.
  const output =
    compression === 'none'
      ? pipeline(counter.input, counter.output, () => undefined)
      : pipeline(
          counter.input,
          compression === 'gzip' ? createGunzip() : createZstdDecompressor(),
          counter.output,
          () => undefined
        );
  return { stream: output, compression };
}

/** Counts the bytes going into and coming out of a decompressor and enforces the guards. */
class ByteCounter {
  readonly input: Transform;
  readonly output: Transform;
  private inBytes = 0;
  private outBytes = 0;

  constructor(private readonly guards: BlobGuards) {
    this.input = new Transform({
      transform: (chunk: Buffer, _encoding, callback: TransformCallback) => {
        this.inBytes += chunk.length;
        const max = this.guards.maxCompressedBytes;
        if (max !== undefined && this.inBytes > max) {
          return callback(
            new ImageLimitError(`its blob is larger than ${formatBytes(max)}`, 'blob over the size limit')
          );
        }
        callback(null, chunk);
      }
    });
    this.output = new Transform({
      transform: (chunk: Buffer, _encoding, callback: TransformCallback) => {
        this.outBytes += chunk.length;
        callback(this.check(), chunk);
      }
    });
  }

  destroy(error: Error): void {
    this.input.destroy(error);
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
