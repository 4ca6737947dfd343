import { writeAll } from '../output/write-fd.js';

/**
 * `process.stdout.write` for `@actions/core` in the bundle (scripts/bundle-plugins.mjs,
 * coreStdoutDirect): its log lines and workflow commands go straight to file descriptor 1, so the
 * Action never creates `process.stdout`, a stream whose setup (a pipe on a runner) cost about 7-9 ms
 * of every run for a few lines of text.
 */
export function writeStdout(text: string): boolean {
  writeAll(1, text);
  return true;
}
