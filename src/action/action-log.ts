/**
 * The step's log: the verdict and the figures first, then the findings grouped by file, one line
 * each, without the fix paragraphs (the job summary and the alerts carry those). On a large
 * repository the verdict used to come after thousands of lines.
 */
import type { Finding } from '../core/finding.js';
import type { FailOn } from '../core/severity.js';
import type { ScanResult } from '../core/scan-result.js';
import { countFindings, describeCounts, plural } from '../reporters/count-findings.js';
import { plainMessage } from '../reporters/plain-message.js';
import { printable } from '../reporters/text.js';
import { describeUnscanned, unscannedFiles } from '../reporters/unscanned-files.js';

export interface LogVerdict {
  gate: 'pass' | 'fail';
  failing: number;
  scope: 'all' | 'new';
  failOn: FailOn;
  /** Findings at or above `failOn` that did not count because they are not new. */
  notBlocking: number;
}

/** Past this many finding lines the rest are counted: the summary and SARIF have them all. */
const MAX_LOG_FINDINGS = 1000;

function verdictLine(verdict: LogVerdict, complete: boolean): string {
  const which = verdict.scope === 'new' ? 'new finding' : 'finding';
  const head =
    verdict.gate === 'fail'
      ? `Bulkhead: gate failed: ${plural(verdict.failing, which)} at or above '${verdict.failOn}'.`
      : `Bulkhead: gate passed: no ${which}s at or above '${verdict.failOn}'.`;
  const spared = verdict.notBlocking
    ? ` ${plural(verdict.notBlocking, 'existing finding')} at or above it did not block this change.`
    : '';
  return `${head}${spared}${complete ? '' : ' The scan did not complete; its results are partial.'}`;
}

/** The log lines, verdict first; `isNew` marks new findings when new vs existing is known. */
export function formatActionLog(
  result: ScanResult,
  verdict: LogVerdict,
  isNew?: (finding: Finding) => boolean
): string[] {
  const counts = countFindings(result);
  const figures = [describeCounts(counts, result.files.length)];
  if (counts.suppressed > 0) figures.push(`${counts.suppressed} suppressed`);
  if (result.notes.length > 0) figures.push(plural(result.notes.length, 'note'));
  if (isNew) {
    const fresh = counts.active.filter(finding => isNew(finding)).length;
    figures.push(`${fresh} new · ${counts.active.length - fresh} existing`);
  }
  const lines = [verdictLine(verdict, result.complete), figures.join(' · ')];
  const unscanned = unscannedFiles(result.notes);
  if (unscanned.length > 0) lines.push(`${describeUnscanned(unscanned)} (see the job summary).`);
  let file: string | undefined;
  for (const finding of counts.active.slice(0, MAX_LOG_FINDINGS)) {
    if (finding.location.file !== file) {
      file = finding.location.file;
      lines.push('', `📄 ${printable(file)}`);
    }
    const { startLine, startColumn } = finding.location.region;
    const mark = isNew?.(finding) ? ' (new)' : '';
    lines.push(
      `  ${startLine}:${startColumn}  ${finding.severity}  ${finding.ruleId}  ${printable(plainMessage(finding.message))}${mark}`
    );
  }
  if (counts.active.length > MAX_LOG_FINDINGS)
    lines.push('', `… and ${plural(counts.active.length - MAX_LOG_FINDINGS, 'more finding')}.`);
  return lines;
}
