/**
 * GitHub code scanning's hard limits on an uploaded SARIF file (sarif-github.md §1.4), and the
 * SARIF text Bulkhead uploads for a scan: cut to fit those limits (truncate-sarif.ts), then checked.
 * Sources: https://docs.github.com/en/code-security/code-scanning/troubleshooting-sarif-uploads/results-exceed-limit
 * (the limits table, also in the REST description of "Upload an analysis as SARIF data",
 * https://docs.github.com/en/rest/code-scanning/code-scanning#upload-an-analysis-as-sarif-data) and
 * https://docs.github.com/en/code-security/code-scanning/troubleshooting-sarif-uploads/file-too-large
 * (10 MB, gzip-compressed).
 */
import type * as Sarif from 'sarif';
import { gzipSync } from 'node:zlib';
import type { ScanResult } from '../core/scan-result.js';
import { toSarif, type SarifOptions } from '../reporters/sarif.js';
import { fitSarif, type Truncation } from './truncate-sarif.js';

/**
 * Above these GitHub rejects the upload. "10 MB" is taken as 10,000,000 bytes, the stricter
 * reading, so a file that passes here is never rejected for size.
 */
export const SARIF_LIMITS = {
  gzippedBytes: 10_000_000,
  runs: 20,
  resultsPerRun: 25_000,
  rulesPerRun: 25_000,
  extensionsPerRun: 100,
  tagsPerRule: 20,
  locationsPerResult: 1_000,
  threadFlowLocationsPerResult: 10_000
} as const;

export type SarifLimit = keyof typeof SARIF_LIMITS;

export interface LimitViolation {
  limit: SarifLimit;
  /** The largest offending count. */
  actual: number;
  max: number;
  /** 0-based run index, when the limit is per run or finer. */
  run?: number;
  /** How many rules/results in the run exceed a per-item limit. */
  offenders?: number;
  message: string;
}

function runRules(run: Sarif.Run): Sarif.ReportingDescriptor[] {
  return [
    ...(run.tool.driver.rules ?? []),
    ...(run.tool.extensions ?? []).flatMap(extension => extension.rules ?? [])
  ];
}

function tagCount(rule: Sarif.ReportingDescriptor): number {
  const tags: unknown = rule.properties?.tags;
  return Array.isArray(tags) ? tags.length : 0;
}

function threadFlowLocations(result: Sarif.Result): number {
  let count = 0;
  for (const flow of result.codeFlows ?? []) {
    for (const thread of flow.threadFlows) count += thread.locations.length;
  }
  return count;
}

/** Per-item limit: one violation for the run, naming the worst item and how many exceed. */
function perItem<T>(
  items: readonly T[],
  measure: (item: T) => number,
  limit: SarifLimit,
  run: number,
  what: string
): LimitViolation[] {
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

function perRun(actual: number, limit: SarifLimit, run: number, what: string): LimitViolation[] {
  const max = SARIF_LIMITS[limit];
  return actual > max
    ? [{ limit, actual, max, run, message: `Run ${run} has more ${what} than allowed (${actual} > ${max}).` }]
    : [];
}

/** Every way `log` (gzipped to `gzippedBytes`) breaks GitHub's upload limits; empty when it fits. */
export function checkSarifLimits(log: Sarif.Log, gzippedBytes: number): LimitViolation[] {
  const violations: LimitViolation[] = [];
  if (gzippedBytes > SARIF_LIMITS.gzippedBytes) {
    violations.push({
      limit: 'gzippedBytes',
      actual: gzippedBytes,
      max: SARIF_LIMITS.gzippedBytes,
      message: `The gzipped SARIF is ${gzippedBytes} bytes, more than ${SARIF_LIMITS.gzippedBytes}.`
    });
  }
  if (log.runs.length > SARIF_LIMITS.runs) {
    violations.push({
      limit: 'runs',
      actual: log.runs.length,
      max: SARIF_LIMITS.runs,
      message: `The SARIF has more runs than allowed (${log.runs.length} > ${SARIF_LIMITS.runs}).`
    });
  }
  log.runs.forEach((run, i) => {
    const results = run.results ?? [];
    const rules = runRules(run);
    violations.push(
      ...perRun(results.length, 'resultsPerRun', i, 'results'),
      ...perRun(rules.length, 'rulesPerRun', i, 'rules'),
      ...perRun((run.tool.extensions ?? []).length, 'extensionsPerRun', i, 'tool extensions'),
      ...perItem(rules, tagCount, 'tagsPerRule', i, 'rule(s) with too many tags'),
      ...perItem(
        results,
        r => (r.locations ?? []).length,
        'locationsPerResult',
        i,
        'result(s) with too many locations'
      ),
      ...perItem(
        results,
        threadFlowLocations,
        'threadFlowLocationsPerResult',
        i,
        'result(s) with too many thread-flow locations'
      )
    );
  });
  return violations;
}

/** Why a scan cannot be uploaded. */
export interface Problem {
  kind: 'incomplete-scan' | 'over-limits';
  message: string;
  violations?: LimitViolation[];
}

/** What to upload, and what had to be left out to fit GitHub's limits. */
export interface UploadableSarif {
  sarif: string;
  truncation?: Truncation;
}

export function isProblem(value: UploadableSarif | Problem): value is Problem {
  return 'kind' in value;
}

export function gzippedSize(text: string): number {
  return gzipSync(Buffer.from(text, 'utf8')).length;
}

/**
 * The SARIF text to upload for `result`, or why not. An incomplete scan is never uploaded (an
 * analysis missing results would close their alerts as fixed, sarif-github.md §1.6). Suppressed
 * findings are left out unless `includeSuppressed` (DESIGN.md "Action contract"; the local `sarif-file`
 * keeps them). A log over GitHub's limits keeps its most severe results (truncate-sarif.ts); only
 * what cutting cannot fix (too many rules or tool extensions) is a Problem.
 */
export function uploadableSarif(
  result: ScanResult,
  options: SarifOptions & {
    /** Keep suppressed results (marked), for `suppressed: dismiss`. */
    includeSuppressed?: boolean;
  } = {}
): UploadableSarif | Problem {
  if (!result.complete) {
    return {
      kind: 'incomplete-scan',
      message:
        'The scan did not complete, so its SARIF is not uploaded: a partial analysis would close existing alerts as fixed.'
    };
  }
  const findings = options.includeSuppressed ? result.findings : result.findings.filter(f => !f.suppression);
  // toSarif writes one run whose results are `findings` in order, so the scan's severities apply.
  const fitted = fitSarif(toSarif({ ...result, findings }, options), {
    limits: SARIF_LIMITS,
    gzippedSize,
    severityOf: (run, index) => (run === 0 ? findings[index]?.severity : undefined)
  });
  const violations = checkSarifLimits(fitted.log, gzippedSize(fitted.text));
  if (violations.length) {
    return {
      kind: 'over-limits',
      message: `The SARIF exceeds GitHub's upload limits: ${violations.map(v => v.message).join(' ')}`,
      violations
    };
  }
  return { sarif: fitted.text, ...(fitted.truncation ? { truncation: fitted.truncation } : {}) };
}
