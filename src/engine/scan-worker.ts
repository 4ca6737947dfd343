import { parentPort, workerData } from 'node:worker_threads';
import { EMPTY_REPOSITORY } from '../core/repository.js';
import {
  createChunkScanner,
  type ChunkReply,
  type ChunkRequest,
  type ChunkResult,
  type WorkerSetup
} from './scan-chunk.js';
import { loadDocumentParsers } from './load-document-parsers.js';
import { loadGlobsFor } from './glob-library.js';
import { loadShellParser } from './load-shell-parser.js';
import type { SourceFile } from './scan-documents.js';

/**
 * Scanned once, with no facts, as soon as the worker starts, and thrown away: it loads what the first
 * chunk would load and compiles the code every file runs (the shell parser's WebAssembly among it),
 * while the main thread still reads the files and builds the facts.
 */
const WARM_UP: SourceFile[] = [
  {
    path: 'warm-up/Dockerfile',
    text: [
      'FROM debian:12-slim AS build',
      'ARG VERSION=1.0',
      'ENV PATH="/opt/app/bin:$PATH"',
      'RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates \\',
      '    && rm -rf /var/lib/apt/lists/*',
      'COPY . /src',
      'RUN cd /src && for f in *.sh; do sh "$f"; done',
      'FROM debian:12-slim',
      'COPY --from=build /src/out /opt/app',
      'USER 1000',
      'HEALTHCHECK CMD ["curl", "-f", "http://localhost/"]',
      'CMD ["/opt/app/bin/app"]',
      ''
    ].join('\n')
  }
];

/**
 * The entry of a scan worker (bundled as dist/scan-worker.js beside the CLI and Action bundles). It
 * takes the setup from `workerData`, warms up, and answers each chunk request with the chunk's
 * result, or with an error the main thread answers by scanning that chunk itself. The first request
 * carries the cross-file facts.
 */
const port = parentPort;
if (port) {
  const setup = workerData as WorkerSetup;
  // The shell parser (WebAssembly), the YAML and TOML parsers and the matcher of config ignores'
  // globs load asynchronously: the warm-up and every chunk wait for them, in the order they came.
  const ready = Promise.all([
    loadShellParser(),
    loadDocumentParsers(),
    loadGlobsFor([], setup.ignores.list)
  ]).then(() => {
    try {
      createChunkScanner({ ...setup, facts: EMPTY_REPOSITORY })(WARM_UP);
    } catch {
      // Only a warm-up: a real chunk that fails the same way is answered with an error below.
    }
  });
  let scanChunk: ((sources: SourceFile[]) => ChunkResult) | undefined;
  port.on('message', async (request: ChunkRequest) => {
    await ready;
    let reply: ChunkReply;
    try {
      if (request.facts) scanChunk = createChunkScanner({ ...setup, facts: request.facts });
      if (!scanChunk) throw new Error('no facts came with the first chunk');
      reply = { index: request.index, outcome: scanChunk(request.sources) };
      port.postMessage(reply);
    } catch (error) {
      // A finding that cannot be cloned throws in postMessage: that chunk, too, is scanned in-thread.
      reply = { index: request.index, error: error instanceof Error ? error.message : String(error) };
      port.postMessage(reply);
    }
  });
}
