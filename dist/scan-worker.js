#!/usr/bin/env node
import { createRequire as __bulkheadRequire } from 'node:module';
const require = __bulkheadRequire(import.meta.url);
import {
  createChunkScanner
} from "./chunk-A55R2EO2.js";
import "./chunk-BPZ2PBNM.js";
import "./chunk-FYCLPXZE.js";
import "./chunk-QLIY3PYG.js";

// src/engine/scan-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var port = parentPort;
if (port) {
  const scanChunk = createChunkScanner(workerData);
  port.on("message", (request) => {
    let reply;
    try {
      reply = { index: request.index, outcome: scanChunk(request.sources) };
      port.postMessage(reply);
    } catch (error) {
      reply = { index: request.index, error: error instanceof Error ? error.message : String(error) };
      port.postMessage(reply);
    }
  });
}
