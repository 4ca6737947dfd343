import type { Finding } from '../core/finding.js';
import type { Severity } from '../core/severity.js';
import type { ScanResult } from '../core/scan-result.js';
import { plainMessage } from './plain-message.js';

export type AnnotationCommand = 'error' | 'warning' | 'notice';

/** One severity model: what fails the default gate is an error, medium a warning, the rest notices. */
export function annotationCommand(severity: Severity): AnnotationCommand {
  if (severity === 'critical' || severity === 'high') return 'error';
  return severity === 'medium' ? 'warning' : 'notice';
}

/**
 * Escapes a workflow-command message the way @actions/core's `escapeData` does, and shows other
 * control characters as their Unicode control pictures (`␛`, `␀`): the runner only decodes
 * `%25`, `%0D`, `%0A`, `%3A` and `%2C`, and a raw escape sequence or NUL from a file name would
 * reach the log as is. C1 controls and the Unicode line/paragraph separators become `�`.
 */
export function escapeCommandData(text: string): string {
  return text
    .replace(/%/g, '%25')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A')
    .replace(/[\p{Cc}\u2028\u2029]/gu, showControl);
}

function showControl(char: string): string {
  const code = char.charCodeAt(0);
  if (code === 0x09) return char;
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  return code === 0x7f ? '\u2421' : '\ufffd';
}

/** Escapes a workflow-command property value (`escapeProperty`): `:` and `,` delimit properties. */
export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One `::error file=…,line=…::message` workflow command for a finding. */
export function formatAnnotation(finding: Finding): string {
  const { file, region } = finding.location;
  const properties: [string, string | number][] = [
    ['file', file],
    ['line', region.startLine],
    ['endLine', region.endLine]
  ];
  // The runner only honours columns on single-line annotations (@actions/core AnnotationProperties).
  if (region.startLine === region.endLine) {
    properties.push(['col', region.startColumn], ['endColumn', region.endColumn]);
  }
  properties.push(['title', `${finding.ruleId}: ${finding.slug}`]);
  const props = properties.map(([key, value]) => `${key}=${escapeCommandProperty(String(value))}`).join(',');
  return `::${annotationCommand(finding.severity)} ${props}::${escapeCommandData(plainMessage(finding.message))}`;
}

/**
 * GitHub workflow commands, one line per unsuppressed finding, in result order. The runner
 * keeps only 10 annotations per level and step; choosing which ones is the `github/` layer's
 * job (it can pass a filtered result), this function only renders.
 */
export function formatGithubAnnotations(result: ScanResult): string {
  return result.findings
    .filter(finding => !finding.suppression)
    .map(finding => `${formatAnnotation(finding)}\n`)
    .join('');
}
