import type { Finding, Note } from './finding.js';
import type { RuleMeta } from './rule.js';
import type { TargetKind } from './target.js';

/** A file the scan read and classified. */
export interface ScannedFile {
  /** Relative to the working directory, POSIX separators. */
  path: string;
  target: TargetKind;
}

/** A Helm chart or Kustomize root and what became of it (job summary, text output). */
export interface RenderedRoot {
  /** The directory, relative to the working directory. */
  root: string;
  kind: 'helm' | 'kustomize';
  status: 'rendered' | 'skipped' | 'failed';
  reason?: string;
  /** Objects in the default render. */
  objects?: number;
  /** The Windows switches of the second pass (`windows.enabled=true`). */
  windowsValues?: string;
  /** The chart's CI values file it was rendered with, because its defaults fail (`ci/test-values.yaml`). */
  valuesFile?: string;
}

/** Everything a reporter needs. Findings are sorted (file, line, column, rule id). */
export interface ScanResult {
  /** Every result, suppressed ones included (they carry `suppression`). */
  findings: Finding[];
  notes: Note[];
  files: ScannedFile[];
  /** Helm charts and Kustomize roots found, rendered or not (absent when there were none). */
  renders?: RenderedRoot[];
  /** Metadata of every rule that was enabled for the scan (SARIF `tool.driver.rules`). */
  rules: RuleMeta[];
  /** False when the scan did not complete (internal error); such a result is never uploaded. */
  complete: boolean;
  startedAt: string;
  finishedAt: string;
}
