import type { Writable } from 'node:stream';

const CLOSED_PIPE_CODES: ReadonlySet<string> = new Set(['EPIPE', 'ERR_STREAM_DESTROYED']);

/**
 * `bulkhead scan … | head` closes the pipe before the report is written; Node then raises EPIPE
 * as an unhandled 'error' event with a stack trace. A reader that stopped reading is not an error:
 * the rest of the output is dropped and the process ends with the scan's own exit code (so a
 * `pipefail` shell still sees the gate). Any other write error still surfaces.
 */
export function ignoreClosedPipe(stream: Writable): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === undefined || !CLOSED_PIPE_CODES.has(error.code)) throw error;
    if (!stream.destroyed) stream.destroy();
  });
}
