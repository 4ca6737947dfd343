#!/usr/bin/env node
import { createRequire as __bulkheadRequire } from 'node:module';
const require = __bulkheadRequire(import.meta.url);
import {
  SEVERITIES,
  compareSeverity
} from "./chunk-VOKH4RM3.js";

// src/github/truncate-sarif.ts
function severityFromScore(score2) {
  if (score2 >= 9) return "critical";
  if (score2 >= 7) return "high";
  if (score2 >= 4) return "medium";
  if (score2 >= 2) return "low";
  return "info";
}
function score(properties) {
  const value = properties?.["security-severity"];
  const number = typeof value === "string" ? Number(value) : NaN;
  return Number.isFinite(number) ? number : void 0;
}
function sarifSeverity(run, result) {
  const rules = run.tool.driver.rules ?? [];
  const rule = result.ruleIndex !== void 0 ? rules[result.ruleIndex] : rules.find((r) => r.id === result.ruleId);
  const value = score(result.properties) ?? score(rule?.properties);
  if (value !== void 0) return severityFromScore(value);
  const level = result.level ?? rule?.defaultConfiguration?.level ?? "warning";
  return { error: "high", warning: "medium", note: "low", none: "info" }[level];
}
function stableKey(result) {
  const physical = result.locations?.[0]?.physicalLocation;
  const line = String(physical?.region?.startLine ?? 0).padStart(10, "0");
  const column = String(physical?.region?.startColumn ?? 0).padStart(10, "0");
  const uri = physical?.artifactLocation?.uri ?? "";
  return [result.ruleId ?? "", uri, line, column, result.message.text ?? ""].join("\0");
}
function compareRanked(a, b) {
  return compareSeverity(a.severity, b.severity) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) || a.run - b.run || a.index - b.index;
}
function rank(runs, severityOf) {
  const ranked = [];
  runs.forEach((run, r) => {
    (run.results ?? []).forEach((result, index) => {
      const severity = severityOf?.(r, index) ?? sarifSeverity(run, result);
      ranked.push({ run: r, index, severity, key: stableKey(result) });
    });
  });
  return ranked.sort(compareRanked);
}
function trimThreadFlows(flows, max) {
  let budget = max;
  return flows.map((flow) => ({
    ...flow,
    threadFlows: flow.threadFlows.map((thread) => {
      const locations = thread.locations.slice(0, Math.max(budget, 0));
      budget -= locations.length;
      return { ...thread, locations };
    })
  }));
}
function threadFlowCount(result) {
  let count2 = 0;
  for (const flow of result.codeFlows ?? [])
    for (const thread of flow.threadFlows) count2 += thread.locations.length;
  return count2;
}
function trimResult(result, limits) {
  const locations = result.locations ?? [];
  const overLocations = locations.length > limits.locationsPerResult;
  const overFlows = threadFlowCount(result) > limits.threadFlowLocationsPerResult;
  if (!overLocations && !overFlows) return result;
  return {
    ...result,
    ...overLocations ? { locations: locations.slice(0, limits.locationsPerResult) } : {},
    ...overFlows && result.codeFlows ? { codeFlows: trimThreadFlows(result.codeFlows, limits.threadFlowLocationsPerResult) } : {}
  };
}
function trimRule(rule, max) {
  const tags = rule.properties?.tags;
  if (!Array.isArray(tags) || tags.length <= max) return rule;
  return { ...rule, properties: { ...rule.properties, tags: tags.slice(0, max) } };
}
function trimItems(log, limits) {
  let trimmedResults = 0;
  let trimmedRules = 0;
  const runs = log.runs.map((run) => {
    const results = (run.results ?? []).map((result) => {
      const trimmed = trimResult(result, limits);
      if (trimmed !== result) trimmedResults++;
      return trimmed;
    });
    const rules = run.tool.driver.rules?.map((rule) => {
      const trimmed = trimRule(rule, limits.tagsPerRule);
      if (trimmed !== rule) trimmedRules++;
      return trimmed;
    });
    const driver = rules ? { ...run.tool.driver, rules } : run.tool.driver;
    return { ...run, tool: { ...run.tool, driver }, ...run.results ? { results } : {} };
  });
  return { log: { ...log, runs }, trimmedResults, trimmedRules };
}
function keepResults(log, chosen, runCount) {
  const keep = log.runs.slice(0, runCount).map(() => /* @__PURE__ */ new Set());
  for (const item of chosen) keep[item.run]?.add(item.index);
  const runs = log.runs.slice(0, runCount).map((run, r) => {
    if (!run.results) return run;
    return { ...run, results: run.results.filter((_, index) => keep[r]?.has(index)) };
  });
  return { ...log, runs };
}
function underCounts(ranked, limits) {
  const perRun = /* @__PURE__ */ new Map();
  const allowed = [];
  for (const item of ranked) {
    if (item.run >= limits.runs) continue;
    const count2 = perRun.get(item.run) ?? 0;
    if (count2 >= limits.resultsPerRun) continue;
    perRun.set(item.run, count2 + 1);
    allowed.push(item);
  }
  return allowed;
}
function largestFitting(allowed, fits, firstGuess) {
  let low = 0;
  let high = allowed.length;
  let guess = Math.min(Math.max(firstGuess, 0), high - 1);
  while (low < high) {
    if (fits(guess)) low = guess;
    else high = guess - 1;
    if (low === high) break;
    guess = Math.ceil((low + high) / 2);
  }
  return low;
}
function brokenLimits(original, limits, trimmedRules) {
  const results = original.runs.flatMap((run) => run.results ?? []);
  const broken = /* @__PURE__ */ new Set();
  if (original.runs.length > limits.runs) broken.add("runs");
  if (original.runs.some((run) => (run.results?.length ?? 0) > limits.resultsPerRun))
    broken.add("resultsPerRun");
  if (trimmedRules) broken.add("tagsPerRule");
  if (results.some((r) => (r.locations?.length ?? 0) > limits.locationsPerResult))
    broken.add("locationsPerResult");
  if (results.some((r) => threadFlowCount(r) > limits.threadFlowLocationsPerResult)) {
    broken.add("threadFlowLocationsPerResult");
  }
  return broken;
}
function fitSize(base, allowed, runCount, options) {
  const build = (k) => JSON.stringify(keepResults(base, allowed.slice(0, k), runCount));
  const fits = (k) => options.gzippedSize(build(k)) <= options.limits.gzippedBytes;
  const size = options.gzippedSize(build(allowed.length));
  const guess = Math.floor(allowed.length * options.limits.gzippedBytes / size);
  const kept = allowed.slice(0, largestFitting(allowed, fits, guess));
  return { kept, log: keepResults(base, kept, runCount) };
}
function fitSarif(original, options) {
  const { limits } = options;
  const trimmed = trimItems(original, limits);
  const ranked = rank(original.runs, options.severityOf);
  const runCount = Math.min(original.runs.length, limits.runs);
  let kept = underCounts(ranked, limits);
  let log = keepResults(trimmed.log, kept, runCount);
  const broken = brokenLimits(original, limits, trimmed.trimmedRules);
  if (options.gzippedSize(JSON.stringify(log)) > limits.gzippedBytes && kept.length > 0) {
    ({ kept, log } = fitSize(trimmed.log, kept, runCount, options));
    broken.add("gzippedBytes");
  }
  if (broken.size === 0) return { log: original, text: JSON.stringify(original) };
  const keptSet = new Set(kept);
  const dropped = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
  for (const item of ranked) if (!keptSet.has(item)) dropped[item.severity]++;
  const order = Object.keys(limits);
  return {
    log,
    text: JSON.stringify(log),
    truncation: {
      total: ranked.length,
      kept: kept.length,
      dropped,
      trimmedResults: trimmed.trimmedResults,
      trimmedRules: trimmed.trimmedRules,
      limits: order.filter((limit) => broken.has(limit))
    }
  };
}
function count(n) {
  return n.toLocaleString("en-US");
}
function limitText(limit, limits) {
  const value = limits[limit];
  switch (limit) {
    case "gzippedBytes":
      return `${value % 1e6 === 0 ? `${value / 1e6} MB` : `${count(value)} bytes`} of gzipped SARIF`;
    case "runs":
      return `${count(value)} runs`;
    case "resultsPerRun":
      return `${count(value)} results per run`;
    case "tagsPerRule":
      return `${count(value)} tags per rule`;
    case "locationsPerResult":
      return `${count(value)} locations per result`;
    case "threadFlowLocationsPerResult":
      return `${count(value)} thread-flow locations per result`;
  }
}
function describeTruncation(truncation, limits) {
  const accepts = truncation.limits.map((limit) => limitText(limit, limits)).join(", ");
  const left = truncation.total - truncation.kept;
  const bySeverity = SEVERITIES.filter((s) => truncation.dropped[s] > 0).map((s) => `${count(truncation.dropped[s])} ${s}`).join(", ");
  const parts = [`Code scanning accepts at most ${accepts}.`];
  if (left > 0) {
    parts.push(
      `Uploaded the ${count(truncation.kept)} most severe of ${count(truncation.total)} results; ${count(left)} left out (${bySeverity}).`
    );
  }
  if (truncation.trimmedResults) {
    parts.push(`${count(truncation.trimmedResults)} result(s) had their locations cut to fit.`);
  }
  if (truncation.trimmedRules) parts.push(`${count(truncation.trimmedRules)} rule(s) had their tags cut.`);
  parts.push("The full SARIF is in the `sarif-file` output.");
  return parts.join(" ");
}

export {
  sarifSeverity,
  fitSarif,
  describeTruncation
};
