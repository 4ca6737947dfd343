import type { Finding, Note, Suppression } from '../core/finding.js';
import { PRODUCT_NAME, PRODUCT_VERSION } from '../core/product.js';
import type { Severity } from '../core/severity.js';
import type { TargetKind } from '../core/target.js';
import type { RenderedRoot, ScanResult } from '../core/scan-result.js';
import { countFindings } from './count-findings.js';

/**
 * Version 1 of the JSON output (docs/output-formats.md). Scripts depend on it: fields may be
 * added, never renamed or removed, without bumping `version`.
 */
export interface JsonReport {
  version: 1;
  tool: { name: string; version: string };
  /** False when the scan did not finish; the findings are then partial. */
  complete: boolean;
  summary: {
    /** Active (unsuppressed) findings. */
    total: number;
    bySeverity: Record<Severity, number>;
    suppressed: number;
    /** Files scanned. */
    files: number;
    /** Distinct files with an active finding (the F of "N findings in F files"). */
    filesWithFindings: number;
  };
  findings: JsonFinding[];
  notes: Note[];
  /** Helm charts and Kustomize roots, rendered or not (only when the scan found any). */
  renders?: RenderedRoot[];
  rules: { id: string; slug: string; title: string; severity: Severity }[];
}

export interface JsonSpan {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface JsonFinding extends JsonSpan {
  ruleId: string;
  slug: string;
  severity: Severity;
  message: string;
  target: TargetKind;
  logical?: string;
  fingerprint?: string;
  suppressed?: { kind: Suppression['kind']; justification?: string };
  relatedLocations?: (JsonSpan & { logical?: string; message: string })[];
}

function span(location: Finding['location']): JsonSpan {
  const { region } = location;
  return {
    file: location.file,
    line: region.startLine,
    column: region.startColumn,
    endLine: region.endLine,
    endColumn: region.endColumn
  };
}

function jsonFinding(finding: Finding): JsonFinding {
  // Explicit key order keeps the output stable for diffs and golden files.
  return {
    ruleId: finding.ruleId,
    slug: finding.slug,
    severity: finding.severity,
    message: finding.message,
    ...span(finding.location),
    target: finding.target,
    ...(finding.location.logical ? { logical: finding.location.logical } : {}),
    ...(finding.fingerprint ? { fingerprint: finding.fingerprint } : {}),
    ...(finding.suppression
      ? {
          suppressed: {
            kind: finding.suppression.kind,
            ...(finding.suppression.justification ? { justification: finding.suppression.justification } : {})
          }
        }
      : {}),
    ...(finding.relatedLocations?.length
      ? {
          relatedLocations: finding.relatedLocations.map(related => ({
            ...span(related),
            ...(related.logical ? { logical: related.logical } : {}),
            message: related.message
          }))
        }
      : {})
  };
}

/** The scan as a {@link JsonReport}. */
export function toJsonReport(result: ScanResult): JsonReport {
  const counts = countFindings(result);
  return {
    version: 1,
    tool: { name: PRODUCT_NAME, version: PRODUCT_VERSION },
    complete: result.complete,
    summary: {
      total: counts.active.length,
      bySeverity: counts.bySeverity,
      suppressed: counts.suppressed,
      files: result.files.length,
      filesWithFindings: counts.filesWithFindings
    },
    findings: result.findings.map(jsonFinding),
    notes: result.notes.map(note => ({
      kind: note.kind,
      message: note.message,
      ...(note.file ? { file: note.file } : {})
    })),
    ...(result.renders ? { renders: result.renders } : {}),
    rules: result.rules.map(meta => ({
      id: meta.id,
      slug: meta.slug,
      title: meta.title,
      severity: meta.severity
    }))
  };
}

/** {@link toJsonReport} as JSON text with a 2-space indent and a final newline. */
export function formatJson(result: ScanResult): string {
  return `${JSON.stringify(toJsonReport(result), null, 2)}\n`;
}
