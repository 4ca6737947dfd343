import type { Finding } from '../core/finding.js';
import { SEVERITIES, type Severity } from '../core/severity.js';
import type { ScanResult } from '../core/scan-result.js';

/** The numbers every human-facing output shows; computed once so text, JSON and Markdown agree. */
export interface FindingCounts {
  /** Findings that count (not suppressed). */
  active: Finding[];
  bySeverity: Record<Severity, number>;
  suppressed: number;
  /** Distinct files with at least one active finding. */
  filesWithFindings: number;
}

/** Counts the active (unsuppressed) findings of a result by severity and file. */
export function countFindings(result: ScanResult): FindingCounts {
  const active = result.findings.filter(finding => !finding.suppression);
  const bySeverity = Object.fromEntries(SEVERITIES.map(severity => [severity, 0])) as Record<
    Severity,
    number
  >;
  for (const finding of active) bySeverity[finding.severity] += 1;
  return {
    active,
    bySeverity,
    suppressed: result.findings.length - active.length,
    filesWithFindings: new Set(active.map(finding => finding.location.file)).size
  };
}

/** `1 finding`, `2 findings`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * `3 findings in 2 files · 14 files scanned` (or `no findings · 14 files scanned`): the same figures
 * in the same words in every human-facing output, so "files" never means two different things.
 */
export function describeCounts(counts: FindingCounts, filesScanned: number): string {
  const findings =
    counts.active.length === 0
      ? 'no findings'
      : `${plural(counts.active.length, 'finding')} in ${plural(counts.filesWithFindings, 'file')}`;
  return `${findings} · ${plural(filesScanned, 'file')} scanned`;
}
