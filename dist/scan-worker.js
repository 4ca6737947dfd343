#!/usr/bin/env node
import { createRequire as __bulkheadRequire } from 'node:module';
const require = __bulkheadRequire(import.meta.url);
import {
  EMPTY_REPOSITORY,
  createChunkScanner,
  loadDocumentParsers,
  loadShellParser,
  rulesOfIds
} from "./chunk-RFA7GHZH.js";
import "./chunk-AVGLCT7R.js";
import "./chunk-FYCLPXZE.js";
import {
  ALL_RULES
} from "./chunk-VP3MHC6W.js";
import "./chunk-3V6Y6YS4.js";
import "./chunk-ZTEDUL7Q.js";
import "./chunk-B4AU2ZGJ.js";
import "./chunk-YTMMGOMI.js";
import "./chunk-MFQIY6JZ.js";
import "./chunk-X7A65PCW.js";
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
  const ready = Promise.all([loadShellParser(), loadDocumentParsers()]).then(() => {
    try {
      createChunkScanner(
        { ...setup, facts: EMPTY_REPOSITORY },
        rulesOfIds(setup.ruleIds, ALL_RULES)
      )(WARM_UP);
    } catch {
    }
  });
  let scanChunk;
  port.on("message", async (request) => {
    await ready;
    let reply;
    try {
      if (request.facts)
        scanChunk = createChunkScanner(
          { ...setup, facts: request.facts },
          rulesOfIds(setup.ruleIds, ALL_RULES)
        );
      if (!scanChunk) throw new Error("no facts came with the first chunk");
      reply = { index: request.index, outcome: scanChunk(request.sources) };
      port.postMessage(reply);
    } catch (error) {
      reply = { index: request.index, error: error instanceof Error ? error.message : String(error) };
      port.postMessage(reply);
    }
  });
}
