import { fstatSync } from 'node:fs';
import { writeAll } from '../output/write-fd.js';
import { ignoreClosedPipe } from './ignore-closed-pipe.js';
import type { CliIo } from './main.js';

/**
 * The CLI's standard output or error. A pipe or a file (CI's log, `> report.sarif`, `| jq`) gets
 * synchronous writes to the file descriptor, with no stream: creating Node's stream for it cost about
 * 5 ms of every run, `--version` included. Anything else, a terminal above all, gets Node's stream: the
 * colours, the width and the progress line read it. (A terminal is a character device; telling it from
 * /dev/null takes `node:tty`, whose loading costs what the stream does.) Either way a reader that went
 * away (`bulkhead scan … | head`) drops the rest of the output quietly.
 */
export function standardOutput(fd: 1 | 2): CliIo['stdout'] {
  if (!isPipeOrFile(fd)) {
    const stream = fd === 1 ? process.stdout : process.stderr;
    ignoreClosedPipe(stream);
    return stream;
  }
  return {
    write(text: string) {
      writeAll(fd, text);
      return true;
    }
  };
}

function isPipeOrFile(fd: number): boolean {
  try {
    const stats = fstatSync(fd);
    return stats.isFIFO() || stats.isSocket() || stats.isFile();
  } catch {
    return false;
  }
}
