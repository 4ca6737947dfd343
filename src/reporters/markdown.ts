import type { Finding } from '../core/finding.js';
import { ruleDocsUrl } from '../core/product.js';
import { compareSeverity, meetsThreshold, SEVERITIES, type FailOn, type Severity } from '../core/severity.js';
import { TARGET_KINDS } from '../core/target.js';
import type { ScanResult } from '../engine/scan-result.js';
import { countFindings, plural } from './count-findings.js';
import { plainMessage } from './plain-message.js';
import { describeUnscanned, unscannedFiles } from './unscanned-files.js';
import { renderedRootsTable } from './rendered-roots.js';

export interface MarkdownOptions {
  /** Link for `file:line` (e.g. a blob URL at the scanned commit); no link when it returns undefined. */
  blobUrl?: (file: string, line: number) => string | undefined;
  /** The gate threshold, for the verdict emoji only (default `high`, the CLI default). */
  failOn?: FailOn;
  /** Rows in the findings table (default 50). */
  maxFindings?: number;
  /** Output budget in UTF-8 bytes (default just under GitHub's 1 MiB step-summary limit). */
  maxBytes?: number;
  /** New vs existing (on changed lines, not in the baseline); new findings are marked and listed first. */
  isNew?: (finding: Finding) => boolean;
  /** The gate's verdict, when one was taken: decides the headline emoji and adds a verdict line. */
  gate?: { verdict: 'pass' | 'fail'; failing: number; scope: 'all' | 'new' };
  /** Extra status lines (upload, processing), shown under the headline. */
  status?: string[];
}

/** GitHub drops the *whole* step summary above 1 MiB (sarif-github.md §3.d); stay well below. */
export const MAX_SUMMARY_BYTES = 1024 * 1024 - 16 * 1024;
/** A table cell longer than this is cut: the full message is in SARIF and the alert. */
const MAX_CELL = 500;
/** Rows in the "Files not scanned" table; the rest are counted. */
const MAX_UNSCANNED_ROWS = 20;

const SEVERITY_LABEL: Record<Severity, string> = {
  critical: '🟣 Critical',
  high: '🔴 High',
  medium: '🟠 Medium',
  low: '🟡 Low',
  info: '⚪ Info'
};

/**
 * Escapes text for a GFM table cell: `|` would end the cell, a newline the row, and `*`, `_`,
 * `` ` ``, `[`, `<`, … would turn scanned content into formatting, links or HTML.
 */
export function escapeMarkdown(text: string): string {
  const oneLine = text.replace(/\r\n|[\r\n]/g, ' ');
  const cut = oneLine.length > MAX_CELL ? `${oneLine.slice(0, MAX_CELL - 1)}…` : oneLine;
  return cut.replace(/[\\`*_{}[\]()<>#+!|~&$]/g, '\\$&');
}

/** Parentheses and spaces would end a Markdown link destination early. */
function linkDestination(url: string): string {
  return url.replace(/[\s()<>]/g, char => encodeURIComponent(char));
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

function verdict(result: ScanResult, active: Finding[], options: MarkdownOptions): string {
  if (!result.complete) return '⚠️';
  if (
    options.gate
      ? options.gate.verdict === 'fail'
      : active.some(f => meetsThreshold(f.severity, options.failOn ?? 'high'))
  )
    return '❌';
  return active.length > 0 ? '⚠️' : '✅';
}

function severityTable(bySeverity: Record<Severity, number>): string[] {
  const rows = SEVERITIES.map(severity => `| ${SEVERITY_LABEL[severity]} | ${bySeverity[severity]} |`);
  return ['| Severity | Findings |', '| --- | ---: |', ...rows];
}

function targetTable(result: ScanResult, active: Finding[]): string[] {
  const rows = TARGET_KINDS.flatMap(target => {
    const files = result.files.filter(file => file.target === target).length;
    const findings = active.filter(finding => finding.target === target).length;
    return files + findings > 0 ? [`| ${target} | ${files} | ${findings} |`] : [];
  });
  return rows.length > 0 ? ['| Target | Files | Findings |', '| --- | ---: | ---: |', ...rows] : [];
}

function gateLine(options: MarkdownOptions): string[] {
  const { gate } = options;
  if (!gate) return [];
  const threshold = `\`${options.failOn ?? 'high'}\``;
  const which = gate.scope === 'new' ? 'new finding' : 'finding';
  return gate.verdict === 'fail'
    ? [`**Gate: failed** — ${plural(gate.failing, which)} at or above ${threshold}.`, '']
    : [`**Gate: passed** — no ${which}s at or above ${threshold}.`, ''];
}

function findingRow(finding: Finding, options: MarkdownOptions): string {
  const { file, region } = finding.location;
  const place = escapeMarkdown(`${file}:${region.startLine}`);
  const url = options.blobUrl?.(file, region.startLine);
  const location = url ? `[${place}](${linkDestination(url)})` : place;
  const rule = `[${finding.ruleId}](${ruleDocsUrl(finding.ruleId)}) ${escapeMarkdown(finding.slug)}`;
  const fresh = options.isNew?.(finding) ? '🆕 ' : '';
  return `| ${fresh}${SEVERITY_LABEL[finding.severity]} | ${rule} | ${escapeMarkdown(plainMessage(finding.message))} | ${location} |`;
}

/**
 * A job summary in GitHub-flavoured Markdown: verdict, counts by severity and target, and the
 * most severe findings as a table (at most `maxFindings` rows and `maxBytes` in all, with a
 * note when rows were left out). Suppressed findings are only counted.
 */
export function formatMarkdown(result: ScanResult, options: MarkdownOptions = {}): string {
  const counts = countFindings(result);
  const maxBytes = options.maxBytes ?? MAX_SUMMARY_BYTES;
  const headline = counts.active.length > 0 ? plural(counts.active.length, 'finding') : 'no findings';
  const facts = [`${plural(result.files.length, 'file')} scanned`];
  if (counts.suppressed > 0) facts.push(`${counts.suppressed} suppressed`);
  if (result.notes.length > 0) facts.push(plural(result.notes.length, 'note'));
  const isNew = options.isNew;
  if (isNew) {
    const fresh = counts.active.filter(finding => isNew(finding)).length;
    facts.push(`${fresh} new · ${counts.active.length - fresh} existing`);
  }
  const head = [
    `## ${verdict(result, counts.active, options)} Bulkhead: ${headline}`,
    '',
    ...(result.complete ? [] : ['**The scan did not complete; these results are partial.**', '']),
    ...gateLine(options),
    ...(options.status?.length ? [...options.status.map(line => `${line}  `), ''] : []),
    facts.join(' · '),
    '',
    ...severityTable(counts.bySeverity),
    '',
    ...targetTable(result, counts.active)
  ].join('\n');
  const unscanned = unscannedSection(result) + renderedRootsTable(result.renders, escapeMarkdown);
  if (counts.active.length === 0) return `${head}\n${unscanned}`;

  // New first (when known), then most severe; the sort is stable, so file/line order holds within a group.
  const rank = (finding: Finding) => (isNew?.(finding) ? 0 : 1);
  const ranked = [...counts.active].sort(
    (a, b) => rank(a) - rank(b) || compareSeverity(a.severity, b.severity)
  );
  const limit = Math.min(ranked.length, options.maxFindings ?? 50);
  const tableHead =
    '\n\n### Findings\n\n| Severity | Rule | Message | Location |\n| --- | --- | --- | --- |\n';
  const footerRoom = 200;
  let used = bytes(head) + bytes(tableHead) + footerRoom + bytes(unscanned);
  const rows: string[] = [];
  for (const finding of ranked.slice(0, limit)) {
    const row = `${findingRow(finding, options)}\n`;
    if (used + bytes(row) > maxBytes) break;
    used += bytes(row);
    rows.push(row);
  }
  const omitted = ranked.length - rows.length;
  const footer =
    omitted > 0
      ? `\n_Showing the ${plural(rows.length, 'most severe finding')} of ${ranked.length}; see the SARIF or JSON output for all of them._\n`
      : '';
  return `${head}${tableHead}${rows.join('')}${footer}${unscanned}`;
}

/**
 * Files the scan could not read (binary, unreadable, over the size limit, templates): their alerts
 * may close although nothing was fixed, so the summary says which and why. At most
 * `MAX_UNSCANNED_ROWS` rows (each cell capped), the rest counted: the section stays a few KiB.
 */
function unscannedSection(result: ScanResult): string {
  const files = unscannedFiles(result.notes);
  if (files.length === 0) return '';
  const rows = files
    .slice(0, MAX_UNSCANNED_ROWS)
    .map(
      ({ file, reason, note }) =>
        `| ${escapeMarkdown(file)} | ${escapeMarkdown(reason)} | ${escapeMarkdown(note.message)} |`
    );
  const more = files.length - rows.length;
  return [
    '',
    '### Files not scanned',
    '',
    `${describeUnscanned(files)}. Their code-scanning alerts may close although nothing in them changed.`,
    '',
    '| File | Why | Note |',
    '| --- | --- | --- |',
    ...rows,
    ...(more > 0
      ? ['', `_… and ${plural(more, 'more file')}; see the notes in the JSON or SARIF output._`]
      : []),
    ''
  ].join('\n');
}
