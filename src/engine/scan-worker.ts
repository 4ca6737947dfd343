import { parentPort, workerData } from 'node:worker_threads';
import { createChunkScanner, type ChunkReply, type ChunkRequest, type ChunkSetup } from './scan-chunk.js';
import { loadShellParser } from './load-shell-parser.js';

/**
 * The entry of a scan worker (bundled as dist/scan-worker.js beside the CLI and Action bundles). It
 * takes the setup from `workerData` and answers each chunk request with the chunk's result, or with
 * an error the main thread answers by scanning that chunk itself.
 */
const port = parentPort;
if (port) {
  const scanChunk = createChunkScanner(workerData as ChunkSetup);
  // The shell parser loads asynchronously (WebAssembly); chunks wait for it, in the order they came.
  const shellParser = loadShellParser();
  port.on('message', async (request: ChunkRequest) => {
    await shellParser;
    let reply: ChunkReply;
    try {
      reply = { index: request.index, outcome: scanChunk(request.sources) };
      port.postMessage(reply);
    } catch (error) {
      // A finding that cannot be cloned throws in postMessage: that chunk, too, is scanned in-thread.
      reply = { index: request.index, error: error instanceof Error ? error.message : String(error) };
      port.postMessage(reply);
    }
  });
}
