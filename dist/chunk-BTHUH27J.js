#!/usr/bin/env node
import { createRequire as __bulkheadRequire } from 'node:module';
const require = __bulkheadRequire(import.meta.url);

// src/engine/rendered-repeats.ts
function findingKey(finding) {
  return `${lineKey(finding)}\0${finding.message}`;
}
function repeatFilter() {
  const taken = /* @__PURE__ */ new Map();
  const byObject = /* @__PURE__ */ new Map();
  return (finding, render = String(finding.properties?.renderedFrom)) => {
    const key = findingKey(finding);
    const objectKey = `${render}\0${String(finding.properties?.renderedObject)}\0${key}`;
    const nth = (byObject.get(objectKey) ?? 0) + 1;
    byObject.set(objectKey, nth);
    if ((taken.get(key) ?? 0) >= nth) return true;
    taken.set(key, nth);
    return false;
  };
}
function lineKey(finding) {
  return `${finding.ruleId}\0${finding.location.file}\0${finding.location.region.startLine}`;
}

export {
  repeatFilter,
  lineKey
};
