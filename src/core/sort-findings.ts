import type { Finding } from './finding.js';

/** Deterministic order: file, line, column, rule id, message. */
export function compareFindings(a: Finding, b: Finding): number {
  const ra = a.location.region;
  const rb = b.location.region;
  return (
    compareText(a.location.file, b.location.file) ||
    ra.startLine - rb.startLine ||
    ra.startColumn - rb.startColumn ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.message, b.message)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
