import type { Finding, Note } from '../core/finding.js';
import type { RuleMeta } from '../core/rule.js';
import type { TargetKind } from '../core/target.js';

/** A file the scan read and classified. */
export interface ScannedFile {
  /** Relative to the working directory, POSIX separators. */
  path: string;
  target: TargetKind;
}

/** Everything a reporter needs. Findings are sorted (file, line, column, rule id). */
export interface ScanResult {
  /** Every result, suppressed ones included (they carry `suppression`). */
  findings: Finding[];
  notes: Note[];
  files: ScannedFile[];
  /** Metadata of every rule that was enabled for the scan (SARIF `tool.driver.rules`). */
  rules: RuleMeta[];
  /** False when the scan did not complete (internal error); such a result is never uploaded. */
  complete: boolean;
  startedAt: string;
  finishedAt: string;
}
