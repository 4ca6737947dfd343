#!/usr/bin/env node
import { createRequire as __bulkheadRequire } from 'node:module';
const require = __bulkheadRequire(import.meta.url);
import {
  createChunkScanner,
  loadShellParser
} from "./chunk-A6BWIURP.js";
import {
  EMPTY_REPOSITORY,
  loadDocumentParsers,
  loadGlobsFor
} from "./chunk-3UFK2WML.js";
import "./chunk-MFQIY6JZ.js";
import "./chunk-R7SXB4GR.js";
import "./chunk-FYCLPXZE.js";
import "./chunk-QLIY3PYG.js";

// src/engine/scan-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var WARM_UP = [
  {
    path: "warm-up/Dockerfile",
    text: [
      "FROM debian:12-slim AS build",
      "ARG VERSION=1.0",
      'ENV PATH="/opt/app/bin:$PATH"',
      "RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates \\",
      "    && rm -rf /var/lib/apt/lists/*",
      "COPY . /src",
      'RUN cd /src && for f in *.sh; do sh "$f"; done',
      "FROM debian:12-slim",
      "COPY --from=build /src/out /opt/app",
      "USER 1000",
      'HEALTHCHECK CMD ["curl", "-f", "http://localhost/"]',
      'CMD ["/opt/app/bin/app"]',
      ""
    ].join("\n")
  }
];
var port = parentPort;
if (port) {
  const setup = workerData;
  const ready = Promise.all([
    loadShellParser(),
    loadDocumentParsers(),
    loadGlobsFor([], setup.ignores.list)
  ]).then(() => {
    try {
      createChunkScanner({ ...setup, facts: EMPTY_REPOSITORY })(WARM_UP);
    } catch {
    }
  });
  let scanChunk;
  port.on("message", async (request) => {
    await ready;
    let reply;
    try {
      if (request.facts) scanChunk = createChunkScanner({ ...setup, facts: request.facts });
      if (!scanChunk) throw new Error("no facts came with the first chunk");
      reply = { index: request.index, outcome: scanChunk(request.sources) };
      port.postMessage(reply);
    } catch (error) {
      reply = { index: request.index, error: error instanceof Error ? error.message : String(error) };
      port.postMessage(reply);
    }
  });
}
