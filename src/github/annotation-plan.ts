import type { Finding } from '../core/finding.js';
import { PRODUCT_NAME } from '../core/product.js';
import { type FailOn, meetsThreshold, severityRank } from '../core/severity.js';
import { compareFindings } from '../core/sort-findings.js';
import {
  type AnnotationCommand,
  annotationCommand,
  escapeCommandData,
  formatAnnotation
} from '../reporters/github.js';
import { plainMessage } from '../reporters/plain-message.js';
import { append } from '../core/append.js';

/** actions/runner keeps at most this many annotations per level (error, warning, notice) per step. */
export const MAX_ANNOTATIONS_PER_LEVEL = 10;
/** actions/runner truncates annotation messages to this many characters. */
export const MAX_ANNOTATION_MESSAGE = 4096;

const LEVELS: readonly AnnotationCommand[] = ['error', 'warning', 'notice'];

export interface AnnotationPlanOptions {
  isNew: (finding: Finding) => boolean;
  failOn: FailOn;
  /** Which findings the gate counts; decides which findings are "gate-failing". Default `all`. */
  scope?: 'all' | 'new';
  /** Link to the job summary, named in the overflow notice. */
  summaryUrl?: string;
  /** `on`: annotate everything (within the caps); `auto`: on a pull request, skip what code scanning shows. */
  mode: 'on' | 'auto';
  isPullRequest: boolean;
  /** Whether the SARIF upload succeeded; `auto` only skips findings when it did. Default true. */
  uploaded?: boolean;
}

export interface AnnotationPlan {
  /** Findings to annotate, per level, most important first; each list has at most 10 (notices 9 with overflow). */
  annotations: Record<AnnotationCommand, Finding[]>;
  /** Text of the one overflow notice, when findings were left out because of the caps. */
  overflow?: string;
  /** Findings left out because of the per-level caps. */
  leftOut: Finding[];
  /** Findings not annotated here because code scanning annotates them on the pull request (`auto`). */
  byCodeScanning: Finding[];
  /** Says why `byCodeScanning` findings are not annotated here (for the log or summary). */
  codeScanningNote?: string;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * Chooses the workflow-command annotations for a step. GitHub keeps only 10 per level per step, so
 * findings are ordered gate-failing first, then new, then by severity, then file/line/column/rule, and
 * each level keeps the first 10. When anything is left out, one overflow notice (which takes one of the
 * 10 notice slots) says how many and points to the job summary. Suppressed findings are never
 * annotated. With `mode: 'auto'` on a pull request whose upload succeeded, new unsuppressed findings
 * are left to code scanning, which annotates them on the pull request itself.
 */
export function planAnnotations(
  findings: readonly Finding[],
  options: AnnotationPlanOptions
): AnnotationPlan {
  const { isNew, failOn, scope = 'all' } = options;
  const skipUploaded = options.mode === 'auto' && options.isPullRequest && options.uploaded !== false;
  const failing = (finding: Finding): boolean =>
    meetsThreshold(finding.severity, failOn) && (scope === 'all' || isNew(finding));

  const byCodeScanning: Finding[] = [];
  const candidates: { finding: Finding; failing: boolean; isNew: boolean }[] = [];
  for (const finding of findings) {
    if (finding.suppression) continue;
    const fresh = isNew(finding);
    if (skipUploaded && fresh) byCodeScanning.push(finding);
    else candidates.push({ finding, failing: failing(finding), isNew: fresh });
  }
  candidates.sort(
    (a, b) =>
      Number(b.failing) - Number(a.failing) ||
      Number(b.isNew) - Number(a.isNew) ||
      severityRank(b.finding.severity) - severityRank(a.finding.severity) ||
      compareFindings(a.finding, b.finding)
  );

  const grouped: Record<AnnotationCommand, Finding[]> = { error: [], warning: [], notice: [] };
  for (const { finding } of candidates) grouped[annotationCommand(finding.severity)].push(finding);

  const annotations: Record<AnnotationCommand, Finding[]> = { error: [], warning: [], notice: [] };
  let leftOut: Finding[] = [];
  for (const level of LEVELS) {
    annotations[level] = grouped[level].slice(0, MAX_ANNOTATIONS_PER_LEVEL);
    append(leftOut, grouped[level].slice(MAX_ANNOTATIONS_PER_LEVEL));
  }
  if (leftOut.length > 0 && annotations.notice.length === MAX_ANNOTATIONS_PER_LEVEL) {
    // The overflow notice needs a notice slot: give up the least important notice.
    leftOut = [...annotations.notice.splice(MAX_ANNOTATIONS_PER_LEVEL - 1), ...leftOut];
  }

  const plan: AnnotationPlan = { annotations, leftOut, byCodeScanning };
  if (leftOut.length > 0) {
    const where = options.summaryUrl ? `the job summary (${options.summaryUrl})` : 'the job summary';
    plan.overflow =
      `${plural(leftOut.length, 'more finding')} ${leftOut.length === 1 ? 'is' : 'are'} not annotated here ` +
      `(GitHub shows at most ${MAX_ANNOTATIONS_PER_LEVEL} annotations per level in a step); see ${where}.`;
  }
  if (byCodeScanning.length > 0) {
    plan.codeScanningNote =
      `${plural(byCodeScanning.length, 'new finding')} ${byCodeScanning.length === 1 ? 'is' : 'are'} ` +
      'annotated by code scanning on the pull request and not repeated here.';
  }
  return plan;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * The plan as workflow commands, one per line: errors, warnings, notices, then the overflow notice.
 * Messages longer than the runner keeps are shortened here, with an ellipsis, instead of cut silently.
 */
export function formatAnnotationPlan(plan: AnnotationPlan): string {
  const lines: string[] = [];
  for (const level of LEVELS) {
    for (const finding of plan.annotations[level]) {
      const message = plainMessage(finding.message);
      const shown =
        message.length > MAX_ANNOTATION_MESSAGE
          ? { ...finding, message: clip(message, MAX_ANNOTATION_MESSAGE).replace(/[[\]]/g, '\\$&') }
          : finding;
      lines.push(formatAnnotation(shown));
    }
  }
  if (plan.overflow) lines.push(`::notice title=${PRODUCT_NAME}::${escapeCommandData(plan.overflow)}`);
  return lines.map(line => `${line}\n`).join('');
}

/** One annotation as `@actions/core`'s `error`/`warning`/`notice` take it. */
export interface AnnotationCall {
  level: AnnotationCommand;
  message: string;
  properties: {
    title: string;
    file?: string;
    startLine?: number;
    endLine?: number;
    startColumn?: number;
    endColumn?: number;
  };
}

/** The plan as `@actions/core` calls, in the same order and with the same texts as {@link formatAnnotationPlan}. */
export function annotationCalls(plan: AnnotationPlan): AnnotationCall[] {
  const calls: AnnotationCall[] = [];
  for (const level of LEVELS) {
    for (const finding of plan.annotations[level]) {
      const { file, region } = finding.location;
      calls.push({
        level,
        message: clip(plainMessage(finding.message), MAX_ANNOTATION_MESSAGE),
        properties: {
          title: `${finding.ruleId}: ${finding.slug}`,
          file,
          startLine: region.startLine,
          endLine: region.endLine,
          // The runner only honours columns on single-line annotations.
          ...(region.startLine === region.endLine
            ? { startColumn: region.startColumn, endColumn: region.endColumn }
            : {})
        }
      });
    }
  }
  if (plan.overflow)
    calls.push({ level: 'notice', message: plan.overflow, properties: { title: PRODUCT_NAME } });
  return calls;
}
