#!/usr/bin/env node
import { createRequire as __bulkheadRequire } from 'node:module';
const require = __bulkheadRequire(import.meta.url);

// src/core/severity.ts
var SEVERITIES = ["critical", "high", "medium", "low", "info"];
var RANK = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };
function severityRank(severity) {
  return RANK[severity];
}
function compareSeverity(a, b) {
  return RANK[b] - RANK[a];
}
function meetsThreshold(severity, failOn) {
  return failOn !== "none" && RANK[severity] >= RANK[failOn];
}
function isSeverity(value) {
  return typeof value === "string" && SEVERITIES.includes(value);
}
function toSarifLevel(severity) {
  if (RANK[severity] >= RANK.high) return "error";
  return severity === "medium" ? "warning" : "note";
}
function toSecuritySeverity(severity) {
  return { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0", info: "1.0" }[severity];
}

export {
  SEVERITIES,
  severityRank,
  compareSeverity,
  meetsThreshold,
  isSeverity,
  toSarifLevel,
  toSecuritySeverity
};
