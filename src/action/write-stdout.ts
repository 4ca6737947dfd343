import { writeSync } from 'node:fs';

/**
 * `process.stdout.write` for `@actions/core` in the bundle (scripts/bundle-plugins.mjs,
 * coreStdoutDirect): its log lines and workflow commands go straight to file descriptor 1, so the
 * Action never creates `process.stdout`, a stream whose setup (a pipe on a runner) cost about 7-9 ms
 * of every run for a few lines of text. Writes are synchronous, as Node's own stdout is on a pipe or
 * a file here.
 */
export function writeStdout(text: string): boolean {
  writeAll(1, text);
  return true;
}

/**
 * Writes all of `text` to `fd`, in UTF-8. A write can be partial, or refused for the moment (EAGAIN)
 * when a non-blocking pipe is full: the rest is written again. A reader that went away (EPIPE) ends
 * the output.
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
