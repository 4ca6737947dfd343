import { PassThrough, type Readable } from 'node:stream';
import * as tarStream from 'tar-stream';

/** A tar entry's header, as tar-stream decodes it (PAX and GNU long names applied). */
export type TarHeader = tarStream.Header;

/**
 * An entry's body. tar-stream hands out streamx streams, not Node ones: only events, pause and
 * resume are used, and a body must never be destroyed (that destroys the whole archive stream).
 */
export interface TarEntryBody {
  on(event: 'data', listener: (chunk: Buffer) => void): unknown;
  on(event: 'end' | 'close', listener: () => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  once(event: 'end', listener: () => void): unknown;
  once(event: 'error', listener: (error: Error) => void): unknown;
  pause(): unknown;
  resume(): unknown;
}

/** How a tar stream ended: `complete` with its end-of-archive blocks, or just after the last entry. */
export interface TarEnd {
  complete: boolean;
}

/** The tar stream stops in the middle of an entry (or its header): a truncated file. */
export class TarTruncatedError extends Error {
  override name = 'TarTruncatedError';
}

// tar-stream reports a stream that stops early with this message, whether it stopped inside an
// entry (truncated) or only lacks its padding and end-of-archive blocks (umoci 0.4.7 writes those).
const UNEXPECTED_END = 'Unexpected end of data';

/**
 * Calls `onEntry` for each entry of the tar stream `input`, one at a time; whatever of a body
 * `onEntry` leaves unread is skipped. A stream without end-of-archive blocks is accepted; one cut
 * inside an entry rejects with `TarTruncatedError`.
 */
export function forEachTarEntry(
  input: Readable,
  onEntry: (header: TarHeader, body: TarEntryBody) => Promise<void>
): Promise<TarEnd> {
  return new Promise((resolve, reject) => {
    const extract = tarStream.extract();
    const tail = new TailTracker();
    let inFlight: Promise<void> | undefined;
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      input.unpipe(extract);
      extract.destroy();
      reject(
        error.message === UNEXPECTED_END ? new TarTruncatedError('The tar stream is truncated.') : error
      );
    };
    // The stream can end while the last entry is still being handled: wait for that first.
    const finish = (end: TarEnd) => {
      void (inFlight ?? Promise.resolve()).then(() => {
        if (settled) return;
        settled = true;
        resolve(end);
      });
    };
    extract.on('entry', (header, source, next) => {
      tail.entry(header);
      const body = source as unknown as TarEntryBody;
      const ended = new Promise<void>((done, failed) => {
        body.once('end', done);
        body.once('error', failed);
      });
      ended.catch(() => undefined);
      inFlight = onEntry(header, body)
        .then(() => {
          body.resume();
          return ended;
        })
        .then(() => next(), fail);
    });
    extract.on('finish', () => finish({ complete: true }));
    extract.on('error', (error: Error) => {
      if (error.message === UNEXPECTED_END && tail.lastEntryComplete() && tail.endsCleanly()) {
        finish({ complete: false });
      } else {
        fail(error);
      }
    });
    input.on('error', fail);
    input.pipe(extract);
    input.on('data', (chunk: Buffer) => tail.add(chunk));
  });
}

/**
 * Tells a tar stream that merely lacks its padding or end-of-archive blocks (fine) from one cut in
 * the middle of a header (truncated): the bytes after the last entry must all be zero.
 */
class TailTracker {
  private total = 0;
  private last: Buffer = Buffer.alloc(0);
  private lastEntryEnd = 0;
  private lastDataEnd = 0;

  add(chunk: Buffer): void {
    this.total += chunk.length;
    this.last = chunk.length >= 512 ? chunk.subarray(-512) : Buffer.concat([this.last, chunk]).subarray(-512);
  }

  entry(header: TarHeader): void {
    // tar-stream records where an entry's data starts in the stream (not in its public types).
    const start = (header as { byteOffset?: number }).byteOffset;
    if (start === undefined) return;
    this.lastDataEnd = start + (header.size ?? 0);
    this.lastEntryEnd = start + Math.ceil((header.size ?? 0) / 512) * 512;
  }

  /** Whether all of the last entry's data arrived (only its padding may be missing). */
  lastEntryComplete(): boolean {
    return this.total >= this.lastDataEnd;
  }

  endsCleanly(): boolean {
    const leftover = (this.total - this.lastEntryEnd) % 512;
    return leftover <= 0 || this.last.subarray(-leftover).every(byte => byte === 0);
  }
}

/**
 * Reads a body into memory when it has at most `maxBytes` (and `accept`s its first chunk), else
 * drains it and gives undefined. Never holds more than `maxBytes` plus one chunk.
 */
export function readEntryBody(
  body: TarEntryBody,
  maxBytes: number,
  accept: (firstChunk: Buffer) => boolean = () => true
): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    let rejected = false;
    body.on('data', chunk => {
      if (length === 0 && !accept(chunk)) rejected = true;
      length += chunk.length;
      if (rejected || length > maxBytes) chunks.length = 0;
      else chunks.push(chunk);
    });
    body.once('end', () =>
      resolve(rejected || length > maxBytes ? undefined : Buffer.concat(chunks, length))
    );
    body.once('error', reject);
  });
}

/**
 * The body as a Node stream with backpressure. When the consumer destroys it or stops, call the
 * returned `release` so the rest of the body is skipped instead of stalling the archive.
 */
export function entryAsNodeStream(body: TarEntryBody): { stream: Readable; release: () => void } {
  const stream = new PassThrough();
  let released = false;
  body.on('data', chunk => {
    if (released || stream.destroyed) return;
    if (!stream.write(chunk)) body.pause();
  });
  stream.on('drain', () => body.resume());
  body.on('end', () => {
    if (!released && !stream.destroyed) stream.end();
  });
  body.on('error', error => stream.destroy(error));
  const release = () => {
    released = true;
    if (!stream.destroyed) stream.destroy();
    body.resume();
  };
  stream.on('close', () => body.resume());
  return { stream, release };
}
