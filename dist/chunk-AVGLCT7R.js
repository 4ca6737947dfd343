#!/usr/bin/env node
import { createRequire as __bulkheadRequire } from 'node:module';
const require = __bulkheadRequire(import.meta.url);

// src/targets/json-syntax-message.ts
var EXCERPT = /, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s;
function jsonSyntaxMessage(error) {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(EXCERPT, "");
}

export {
  jsonSyntaxMessage
};
