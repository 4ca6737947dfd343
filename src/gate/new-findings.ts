import type { Finding } from '../core/finding.js';
import { type FailOn, type Severity, meetsThreshold, severityRank } from '../core/severity.js';
import { isInBaseline } from './baseline.js';
import { type ChangedLines, isOnChangedLine } from './changed-lines.js';

export interface NewFindingSources {
  /** Lines the change touched (`--new-since`); a finding elsewhere is not new. */
  changes?: ChangedLines;
  /** Fingerprints of an earlier SARIF (`--baseline`); a finding in it is not new. */
  baseline?: ReadonlySet<string>;
}

export interface ClassifiedFinding {
  finding: Finding;
  isNew: boolean;
}

/**
 * Marks each finding new or existing: new means on a changed line (when `changes` is given) and not in
 * the baseline (when `baseline` is given). With neither, every finding is new. Order is kept.
 */
export function classifyNew(
  findings: readonly Finding[],
  sources: NewFindingSources = {}
): ClassifiedFinding[] {
  const { changes, baseline } = sources;
  return findings.map(finding => ({
    finding,
    isNew:
      (changes === undefined || isOnChangedLine(finding, changes)) &&
      (baseline === undefined || !isInBaseline(finding, baseline))
  }));
}

/** A predicate over the very finding objects {@link classifyNew} saw (unknown findings are not new). */
export function newFindingPredicate(classified: readonly ClassifiedFinding[]): (finding: Finding) => boolean {
  const fresh = new Set(classified.filter(entry => entry.isNew).map(entry => entry.finding));
  return finding => fresh.has(finding);
}

export type GateScope = 'all' | 'new';

export interface GateOptions {
  failOn: FailOn;
  /** `all`: every finding counts; `new`: only findings `isNew` accepts. */
  scope: GateScope;
  isNew: (finding: Finding) => boolean;
}

export interface GateVerdict {
  gate: 'pass' | 'fail';
  /** Unsuppressed findings in scope at or above `failOn`, in input order. */
  failing: Finding[];
  /** The most serious severity among unsuppressed findings in scope (undefined when there are none). */
  highest?: Severity;
}

/** Whether a finding counts toward the gate: unsuppressed, in scope, at or above the threshold. */
export function failsGate(finding: Finding, options: GateOptions): boolean {
  return (
    !finding.suppression &&
    meetsThreshold(finding.severity, options.failOn) &&
    (options.scope === 'all' || options.isNew(finding))
  );
}

/**
 * The exit-code decision. Suppressed findings never count; the threshold uses the same severity model
 * as SARIF levels, annotations and the summary (`meetsThreshold`).
 */
export function gateVerdict(findings: readonly Finding[], options: GateOptions): GateVerdict {
  const failing: Finding[] = [];
  let highest: Severity | undefined;
  for (const finding of findings) {
    if (finding.suppression) continue;
    if (options.scope === 'new' && !options.isNew(finding)) continue;
    if (highest === undefined || severityRank(finding.severity) > severityRank(highest)) {
      highest = finding.severity;
    }
    if (failsGate(finding, options)) failing.push(finding);
  }
  return {
    gate: failing.length > 0 ? 'fail' : 'pass',
    failing,
    ...(highest === undefined ? {} : { highest })
  };
}
