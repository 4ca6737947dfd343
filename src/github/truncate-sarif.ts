/**
 * Fits a SARIF log into GitHub code scanning's upload limits instead of failing the upload: the
 * most severe results that fit are kept (critical, high, medium, low, info; ties in a stable order),
 * per-result lists are cut to their maximum, and what was left out is counted for the log and the
 * job summary. Limits: https://docs.github.com/en/code-security/code-scanning/troubleshooting-sarif-uploads/results-exceed-limit
 * and https://docs.github.com/en/code-security/code-scanning/troubleshooting-sarif-uploads/file-too-large.
 * Deterministic: the same log and limits always give the same text. The input is never mutated.
 */
import type * as Sarif from 'sarif';
import { SEVERITIES, compareSeverity, type Severity } from '../core/severity.js';

/** The limits this module enforces by cutting (sarif-limits.ts `SARIF_LIMITS` has them all). */
export interface FitLimits {
  gzippedBytes: number;
  runs: number;
  resultsPerRun: number;
  tagsPerRule: number;
  locationsPerResult: number;
  threadFlowLocationsPerResult: number;
}

export type FitLimit = keyof FitLimits;

export interface Truncation {
  /** Results before and after. */
  total: number;
  kept: number;
  /** Left-out results per severity. */
  dropped: Record<Severity, number>;
  /** Results whose locations or thread-flow locations were cut; rules whose tags were cut. */
  trimmedResults: number;
  trimmedRules: number;
  /** Which limits forced a cut, in `FitLimits` order. */
  limits: FitLimit[];
}

export interface FitOptions {
  limits: FitLimits;
  /** Size of `text` once gzipped (what the upload sends). */
  gzippedSize: (text: string) => number;
  /** The scan's own severity of a result, when known; else it is read from the SARIF. */
  severityOf?: (run: number, index: number) => Severity | undefined;
}

interface Ranked {
  run: number;
  index: number;
  severity: Severity;
  key: string;
}

/** Bands of Bulkhead's `security-severity` values (core/severity.ts `toSecuritySeverity`). */
function severityFromScore(score: number): Severity {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  if (score >= 2) return 'low';
  return 'info';
}

function score(properties: Sarif.PropertyBag | undefined): number | undefined {
  const value: unknown = properties?.['security-severity'];
  const number = typeof value === 'string' ? Number(value) : NaN;
  return Number.isFinite(number) ? number : undefined;
}

/** A result's severity from the SARIF: its `security-severity`, its rule's, else its level. */
export function sarifSeverity(run: Sarif.Run, result: Sarif.Result): Severity {
  const rules = run.tool.driver.rules ?? [];
  const rule =
    result.ruleIndex !== undefined ? rules[result.ruleIndex] : rules.find(r => r.id === result.ruleId);
  const value = score(result.properties) ?? score(rule?.properties);
  if (value !== undefined) return severityFromScore(value);
  const level = result.level ?? rule?.defaultConfiguration?.level ?? 'warning';
  return ({ error: 'high', warning: 'medium', note: 'low', none: 'info' } as const)[level];
}

function stableKey(result: Sarif.Result): string {
  const physical = result.locations?.[0]?.physicalLocation;
  const line = String(physical?.region?.startLine ?? 0).padStart(10, '0');
  const column = String(physical?.region?.startColumn ?? 0).padStart(10, '0');
  const uri = physical?.artifactLocation?.uri ?? '';
  return [result.ruleId ?? '', uri, line, column, result.message.text ?? ''].join('\u0000');
}

function compareRanked(a: Ranked, b: Ranked): number {
  return (
    compareSeverity(a.severity, b.severity) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) ||
    a.run - b.run ||
    a.index - b.index
  );
}

/** Every result, most severe first. */
function rank(runs: readonly Sarif.Run[], severityOf: FitOptions['severityOf']): Ranked[] {
  const ranked: Ranked[] = [];
  runs.forEach((run, r) => {
    (run.results ?? []).forEach((result, index) => {
      const severity = severityOf?.(r, index) ?? sarifSeverity(run, result);
      ranked.push({ run: r, index, severity, key: stableKey(result) });
    });
  });
  return ranked.sort(compareRanked);
}

/** Thread-flow locations beyond `max` (counted over all flows of the result) are cut. */
function trimThreadFlows(flows: Sarif.CodeFlow[], max: number): Sarif.CodeFlow[] {
  let budget = max;
  return flows.map(flow => ({
    ...flow,
    threadFlows: flow.threadFlows.map(thread => {
      const locations = thread.locations.slice(0, Math.max(budget, 0));
      budget -= locations.length;
      return { ...thread, locations };
    })
  }));
}

function threadFlowCount(result: Sarif.Result): number {
  let count = 0;
  for (const flow of result.codeFlows ?? [])
    for (const thread of flow.threadFlows) count += thread.locations.length;
  return count;
}

/** A result within the per-result limits, or the same object when it already is. */
function trimResult(result: Sarif.Result, limits: FitLimits): Sarif.Result {
  const locations = result.locations ?? [];
  const overLocations = locations.length > limits.locationsPerResult;
  const overFlows = threadFlowCount(result) > limits.threadFlowLocationsPerResult;
  if (!overLocations && !overFlows) return result;
  return {
    ...result,
    ...(overLocations ? { locations: locations.slice(0, limits.locationsPerResult) } : {}),
    ...(overFlows && result.codeFlows
      ? { codeFlows: trimThreadFlows(result.codeFlows, limits.threadFlowLocationsPerResult) }
      : {})
  };
}

function trimRule(rule: Sarif.ReportingDescriptor, max: number): Sarif.ReportingDescriptor {
  const tags: unknown = rule.properties?.tags;
  if (!Array.isArray(tags) || tags.length <= max) return rule;
  return { ...rule, properties: { ...rule.properties, tags: tags.slice(0, max) as string[] } };
}

/** The log with per-item cuts applied, and how many items were cut. */
function trimItems(log: Sarif.Log, limits: FitLimits) {
  let trimmedResults = 0;
  let trimmedRules = 0;
  const runs = log.runs.map(run => {
    const results = (run.results ?? []).map(result => {
      const trimmed = trimResult(result, limits);
      if (trimmed !== result) trimmedResults++;
      return trimmed;
    });
    const rules = run.tool.driver.rules?.map(rule => {
      const trimmed = trimRule(rule, limits.tagsPerRule);
      if (trimmed !== rule) trimmedRules++;
      return trimmed;
    });
    const driver = rules ? { ...run.tool.driver, rules } : run.tool.driver;
    return { ...run, tool: { ...run.tool, driver }, ...(run.results ? { results } : {}) };
  });
  return { log: { ...log, runs }, trimmedResults, trimmedRules };
}

/** `log` keeping only the `chosen` results (in their original order within each run). */
function keepResults(log: Sarif.Log, chosen: readonly Ranked[], runCount: number): Sarif.Log {
  const keep = log.runs.slice(0, runCount).map(() => new Set<number>());
  for (const item of chosen) keep[item.run]?.add(item.index);
  const runs = log.runs.slice(0, runCount).map((run, r) => {
    if (!run.results) return run;
    return { ...run, results: run.results.filter((_, index) => keep[r]?.has(index)) };
  });
  return { ...log, runs };
}

/** The ranked results a run-count and per-run cap allow, most severe first. */
function underCounts(ranked: readonly Ranked[], limits: FitLimits): Ranked[] {
  const perRun = new Map<number, number>();
  const allowed: Ranked[] = [];
  for (const item of ranked) {
    if (item.run >= limits.runs) continue;
    const count = perRun.get(item.run) ?? 0;
    if (count >= limits.resultsPerRun) continue;
    perRun.set(item.run, count + 1);
    allowed.push(item);
  }
  return allowed;
}

/**
 * The largest `k` such that the `k` most severe of `allowed` fit in the gzipped size limit, by
 * bisection (the first guess is proportional to the overshoot, which is usually close).
 */
function largestFitting(
  allowed: readonly Ranked[],
  fits: (k: number) => boolean,
  firstGuess: number
): number {
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

export interface Fitted {
  log: Sarif.Log;
  text: string;
  /** Absent when nothing had to be cut. */
  truncation?: Truncation;
}

/** The limits `original` breaks that cutting fixes (the size is checked separately). */
function brokenLimits(original: Sarif.Log, limits: FitLimits, trimmedRules: number): Set<FitLimit> {
  const results = original.runs.flatMap(run => run.results ?? []);
  const broken = new Set<FitLimit>();
  if (original.runs.length > limits.runs) broken.add('runs');
  if (original.runs.some(run => (run.results?.length ?? 0) > limits.resultsPerRun))
    broken.add('resultsPerRun');
  if (trimmedRules) broken.add('tagsPerRule');
  if (results.some(r => (r.locations?.length ?? 0) > limits.locationsPerResult))
    broken.add('locationsPerResult');
  if (results.some(r => threadFlowCount(r) > limits.threadFlowLocationsPerResult)) {
    broken.add('threadFlowLocationsPerResult');
  }
  return broken;
}

/** The most severe of `allowed` that fit the gzipped size, and the log holding them. */
function fitSize(base: Sarif.Log, allowed: readonly Ranked[], runCount: number, options: FitOptions) {
  const build = (k: number) => JSON.stringify(keepResults(base, allowed.slice(0, k), runCount));
  const fits = (k: number) => options.gzippedSize(build(k)) <= options.limits.gzippedBytes;
  const size = options.gzippedSize(build(allowed.length));
  const guess = Math.floor((allowed.length * options.limits.gzippedBytes) / size);
  const kept = allowed.slice(0, largestFitting(allowed, fits, guess));
  return { kept, log: keepResults(base, kept, runCount) };
}

/** See the module comment. When even zero results do not fit the size, the rest is returned as is. */
export function fitSarif(original: Sarif.Log, options: FitOptions): Fitted {
  const { limits } = options;
  const trimmed = trimItems(original, limits);
  const ranked = rank(original.runs, options.severityOf);
  const runCount = Math.min(original.runs.length, limits.runs);
  let kept = underCounts(ranked, limits);
  let log = keepResults(trimmed.log, kept, runCount);
  const broken = brokenLimits(original, limits, trimmed.trimmedRules);
  if (options.gzippedSize(JSON.stringify(log)) > limits.gzippedBytes && kept.length > 0) {
    ({ kept, log } = fitSize(trimmed.log, kept, runCount, options));
    broken.add('gzippedBytes');
  }
  if (broken.size === 0) return { log: original, text: JSON.stringify(original) };
  const keptSet = new Set(kept);
  const dropped = Object.fromEntries(SEVERITIES.map(s => [s, 0])) as Record<Severity, number>;
  for (const item of ranked) if (!keptSet.has(item)) dropped[item.severity]++;
  const order = Object.keys(limits) as FitLimit[];
  return {
    log,
    text: JSON.stringify(log),
    truncation: {
      total: ranked.length,
      kept: kept.length,
      dropped,
      trimmedResults: trimmed.trimmedResults,
      trimmedRules: trimmed.trimmedRules,
      limits: order.filter(limit => broken.has(limit))
    }
  };
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

function limitText(limit: FitLimit, limits: FitLimits): string {
  const value = limits[limit];
  switch (limit) {
    case 'gzippedBytes':
      return `${value % 1_000_000 === 0 ? `${value / 1_000_000} MB` : `${count(value)} bytes`} of gzipped SARIF`;
    case 'runs':
      return `${count(value)} runs`;
    case 'resultsPerRun':
      return `${count(value)} results per run`;
    case 'tagsPerRule':
      return `${count(value)} tags per rule`;
    case 'locationsPerResult':
      return `${count(value)} locations per result`;
    case 'threadFlowLocationsPerResult':
      return `${count(value)} thread-flow locations per result`;
  }
}

/** One sentence for the log and the job summary: which limits, what was kept, what was left out. */
export function describeTruncation(truncation: Truncation, limits: FitLimits): string {
  const accepts = truncation.limits.map(limit => limitText(limit, limits)).join(', ');
  const left = truncation.total - truncation.kept;
  const bySeverity = SEVERITIES.filter(s => truncation.dropped[s] > 0)
    .map(s => `${count(truncation.dropped[s])} ${s}`)
    .join(', ');
  const parts = [`Code scanning accepts at most ${accepts}.`];
  if (left > 0) {
    parts.push(
      `Uploaded the ${count(truncation.kept)} most severe of ${count(truncation.total)} results; ` +
        `${count(left)} left out (${bySeverity}).`
    );
  }
  if (truncation.trimmedResults) {
    parts.push(`${count(truncation.trimmedResults)} result(s) had their locations cut to fit.`);
  }
  if (truncation.trimmedRules) parts.push(`${count(truncation.trimmedRules)} rule(s) had their tags cut.`);
  parts.push('The full SARIF is in the `sarif-file` output.');
  return parts.join(' ');
}
