#!/usr/bin/env node
import { createRequire as __bulkheadRequire } from 'node:module';
const require = __bulkheadRequire(import.meta.url);
import {
  fitSarif
} from "./chunk-V65IUC22.js";
import {
  toSarif
} from "./chunk-75BYIK7X.js";
import "./chunk-XCBOZQIB.js";
import "./chunk-2KH2CT37.js";
import "./chunk-VOKH4RM3.js";
import "./chunk-QLIY3PYG.js";

// src/github/sarif-limits.ts
import { gzipSync } from "node:zlib";
var SARIF_LIMITS = {
  gzippedBytes: 1e7,
  runs: 20,
  resultsPerRun: 25e3,
  rulesPerRun: 25e3,
  extensionsPerRun: 100,
  tagsPerRule: 20,
  locationsPerResult: 1e3,
  threadFlowLocationsPerResult: 1e4
};
function runRules(run) {
  return [
    ...run.tool.driver.rules ?? [],
    ...(run.tool.extensions ?? []).flatMap((extension) => extension.rules ?? [])
  ];
}
function tagCount(rule) {
  const tags = rule.properties?.tags;
  return Array.isArray(tags) ? tags.length : 0;
}
function threadFlowLocations(result) {
  let count = 0;
  for (const flow of result.codeFlows ?? []) {
    for (const thread of flow.threadFlows) count += thread.locations.length;
  }
  return count;
}
function perItem(items, measure, limit, run, what) {
  const max = SARIF_LIMITS[limit];
  let worst = 0;
  let offenders = 0;
  for (const item of items) {
    const count = measure(item);
    if (count > max) offenders++;
    worst = Math.max(worst, count);
  }
  if (!offenders) return [];
  return [
    {
      limit,
      actual: worst,
      max,
      run,
      offenders,
      message: `Run ${run} has ${offenders} ${what} (largest ${worst} > ${max}).`
    }
  ];
}
function perRun(actual, limit, run, what) {
  const max = SARIF_LIMITS[limit];
  return actual > max ? [{ limit, actual, max, run, message: `Run ${run} has more ${what} than allowed (${actual} > ${max}).` }] : [];
}
function checkSarifLimits(log, gzippedBytes) {
  const violations = [];
  if (gzippedBytes > SARIF_LIMITS.gzippedBytes) {
    violations.push({
      limit: "gzippedBytes",
      actual: gzippedBytes,
      max: SARIF_LIMITS.gzippedBytes,
      message: `The gzipped SARIF is ${gzippedBytes} bytes, more than ${SARIF_LIMITS.gzippedBytes}.`
    });
  }
  if (log.runs.length > SARIF_LIMITS.runs) {
    violations.push({
      limit: "runs",
      actual: log.runs.length,
      max: SARIF_LIMITS.runs,
      message: `The SARIF has more runs than allowed (${log.runs.length} > ${SARIF_LIMITS.runs}).`
    });
  }
  log.runs.forEach((run, i) => {
    const results = run.results ?? [];
    const rules = runRules(run);
    violations.push(
      ...perRun(results.length, "resultsPerRun", i, "results"),
      ...perRun(rules.length, "rulesPerRun", i, "rules"),
      ...perRun((run.tool.extensions ?? []).length, "extensionsPerRun", i, "tool extensions"),
      ...perItem(rules, tagCount, "tagsPerRule", i, "rule(s) with too many tags"),
      ...perItem(
        results,
        (r) => (r.locations ?? []).length,
        "locationsPerResult",
        i,
        "result(s) with too many locations"
      ),
      ...perItem(
        results,
        threadFlowLocations,
        "threadFlowLocationsPerResult",
        i,
        "result(s) with too many thread-flow locations"
      )
    );
  });
  return violations;
}
function isProblem(value) {
  return "kind" in value;
}
function gzippedSize(text) {
  return gzipSync(Buffer.from(text, "utf8")).length;
}
function uploadableSarif(result, options = {}) {
  if (!result.complete) {
    return {
      kind: "incomplete-scan",
      message: "The scan did not complete, so its SARIF is not uploaded: a partial analysis would close existing alerts as fixed."
    };
  }
  const findings = options.includeSuppressed ? result.findings : result.findings.filter((f) => !f.suppression);
  const fitted = fitSarif(toSarif({ ...result, findings }, options), {
    limits: SARIF_LIMITS,
    gzippedSize,
    severityOf: (run, index) => run === 0 ? findings[index]?.severity : void 0
  });
  const violations = checkSarifLimits(fitted.log, gzippedSize(fitted.text));
  if (violations.length) {
    return {
      kind: "over-limits",
      message: `The SARIF exceeds GitHub's upload limits: ${violations.map((v) => v.message).join(" ")}`,
      violations
    };
  }
  return { sarif: fitted.text, ...fitted.truncation ? { truncation: fitted.truncation } : {} };
}
export {
  SARIF_LIMITS,
  checkSarifLimits,
  gzippedSize,
  isProblem,
  uploadableSarif
};
