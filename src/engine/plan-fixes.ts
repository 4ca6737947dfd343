import type { Finding } from '../core/finding.js';
import type { Fix } from '../core/fix.js';
import { compareSeverity, meetsThreshold, type Severity } from '../core/severity.js';

/** Which fixes `bulkhead fix` applies (`--rule`, `--severity`, `--include-review`). */
export interface FixFilter {
  /** Rule ids; empty or absent: every rule. */
  rules?: ReadonlySet<string>;
  /** Only findings at or above this severity. */
  severity?: Severity;
  includeReview: boolean;
}

/** A fix chosen for a finding. */
export interface PlannedFix {
  finding: Finding;
  fix: Fix;
}

/** Whether a finding's fix may be applied under the filter (suppressed findings never are). */
function wanted(finding: Finding, fix: Fix, filter: FixFilter): boolean {
  if (finding.suppression) return false;
  if (filter.rules?.size && !filter.rules.has(finding.ruleId)) return false;
  if (filter.severity && !meetsThreshold(finding.severity, filter.severity)) return false;
  return fix.safety === 'safe' || filter.includeReview;
}

/**
 * The first acceptable fix of each finding, by file, most severe finding first, so that when two
 * fixes overlap the one kept (see `selectFixes`) is the more important.
 */
export function planFixes(findings: readonly Finding[], filter: FixFilter): Map<string, PlannedFix[]> {
  const byFile = new Map<string, PlannedFix[]>();
  const ordered = findings
    .filter(f => f.fixes?.length && !f.location.logical)
    .sort((a, b) => compareSeverity(a.severity, b.severity));
  for (const finding of ordered) {
    const fix = finding.fixes?.find(f => wanted(finding, f, filter));
    if (!fix) continue;
    const planned = byFile.get(finding.location.file) ?? [];
    planned.push({ finding, fix });
    byFile.set(finding.location.file, planned);
  }
  return byFile;
}
