#!/usr/bin/env node
import { createRequire as __bulkheadRequire } from 'node:module';
const require = __bulkheadRequire(import.meta.url);

// src/core/errors.ts
var ConfigurationError = class extends Error {
  name = "ConfigurationError";
};
var InputParseError = class extends Error {
  constructor(message, line = 1, column = 1) {
    super(message);
    this.line = line;
    this.column = column;
  }
  line;
  column;
  name = "InputParseError";
};
var InputTooLargeError = class extends Error {
  name = "InputTooLargeError";
};
function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
}

export {
  ConfigurationError,
  InputParseError,
  InputTooLargeError,
  errorMessage
};
