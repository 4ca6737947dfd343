import { writeSync } from 'node:fs';

/**
 * Writes all of `text` to file descriptor `fd`, in UTF-8, synchronously: the shells' output when it is
 * not a terminal (cli/standard-output.ts, action/write-stdout.ts), which spares creating Node's stream
 * for it (5-9 ms of every run). A write can be partial, or refused for the moment (EAGAIN) when a
 * non-blocking pipe is full: the rest is written again. A reader that went away (EPIPE, `| head`) ends
 * the output quietly, the rest being dropped, and the process keeps its own exit code.
 */
export function writeAll(fd: number, text: string): void {
  let bytes = Buffer.from(text, 'utf8');
  while (bytes.length > 0) {
    try {
      bytes = bytes.subarray(writeSync(fd, bytes));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') return;
      if (code !== 'EAGAIN') throw error;
      // A millisecond for the reader to drain the pipe.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
    }
  }
}
