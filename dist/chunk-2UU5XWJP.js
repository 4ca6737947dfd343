#!/usr/bin/env node
import { createRequire as __bulkheadRequire } from 'node:module';
const require = __bulkheadRequire(import.meta.url);

// src/core/jitter.ts
function equalJitter(ceiling, random) {
  const share = Math.min(Math.max(random(), 0), 1);
  return Math.round(ceiling / 2 + ceiling / 2 * share);
}

export {
  equalJitter
};
