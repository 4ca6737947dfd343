#!/usr/bin/env node
import { createRequire as __bulkheadRequire } from 'node:module';
const require = __bulkheadRequire(import.meta.url);

// src/core/partition-point.ts
function partitionPoint(length, before) {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = low + high >>> 1;
    if (before(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}

export {
  partitionPoint
};
