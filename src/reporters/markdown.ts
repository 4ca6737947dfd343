import type { Finding } from '../core/finding.js';
import { ruleDocsUrl } from '../core/product.js';
import type { RuleMeta } from '../core/rule.js';
import { compareSeverity, meetsThreshold, SEVERITIES, type FailOn, type Severity } from '../core/severity.js';
import { TARGET_KINDS } from '../core/target.js';
import type { ScanResult } from '../core/scan-result.js';
import { countFindings, describeCounts, plural } from './count-findings.js';
import { plainMessage } from './plain-message.js';
import { describeUnscanned, unscannedFiles } from './unscanned-files.js';
import { renderedRootsTable } from './rendered-roots.js';

export interface MarkdownOptions {
  /** Link for `file:line` (e.g. a blob URL at the scanned commit); no link when it returns undefined. */
  blobUrl?: (file: string, line: number) => string | undefined;
  /** The gate threshold, for the verdict emoji only (default `high`, the CLI default). */
  failOn?: FailOn;
  /** Findings listed in all (default 50); the rest are counted. */
  maxFindings?: number;
  /** Output budget in UTF-8 bytes (default just under GitHub's 1 MiB step-summary limit). */
  maxBytes?: number;
  /** New vs existing (on changed lines, not in the baseline): shown in separate sections. */
  isNew?: (finding: Finding) => boolean;
  /**
   * The gate's verdict, when one was taken: decides the headline emoji and adds a verdict line.
   * `notBlocking`: findings at or above the threshold that did not count because they are not new.
   */
  gate?: { verdict: 'pass' | 'fail'; failing: number; scope: 'all' | 'new'; notBlocking?: number };
  /** Extra status lines (upload, processing), shown under the headline. */
  status?: string[];
}

/** GitHub drops the *whole* step summary above 1 MiB (sarif-github.md §3.d); stay well below. */
export const MAX_SUMMARY_BYTES = 1024 * 1024 - 16 * 1024;
/** A message longer than this is cut: the full message is in SARIF and the alert. */
const MAX_CELL = 500;
/** Findings of one rule shown before the rest fold into `<details>`. */
const VISIBLE_PER_RULE = 5;
/** Files not scanned listed before the rest are counted. */
const MAX_UNSCANNED_ROWS = 20;

const SEVERITY_LABEL: Record<Severity, string> = {
  critical: '🟣 Critical',
  high: '🔴 High',
  medium: '🟠 Medium',
  low: '🟡 Low',
  info: '⚪ Info'
};

/**
 * Escapes scanned text for one line of Markdown: a newline would end the list item, and `*`, `_`,
 * `` ` ``, `[`, `<`, `|`, … would turn scanned content into formatting, links, tables or HTML.
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

function gateLine(options: MarkdownOptions): string[] {
  const { gate } = options;
  if (!gate) return [];
  const threshold = `\`${options.failOn ?? 'high'}\``;
  const which = gate.scope === 'new' ? 'new finding' : 'finding';
  const line =
    gate.verdict === 'fail'
      ? `**Gate: failed** — ${plural(gate.failing, which)} at or above ${threshold}.`
      : `**Gate: passed** — no ${which}s at or above ${threshold}.`;
  const spared = gate.notBlocking
    ? ` ${plural(gate.notBlocking, 'existing finding')} at or above it did not block this change.`
    : '';
  return [`${line}${spared}`, ''];
}

function severityLine(bySeverity: Record<Severity, number>): string {
  return SEVERITIES.filter(severity => bySeverity[severity] > 0)
    .map(severity => `${SEVERITY_LABEL[severity]} ${bySeverity[severity]}`)
    .join(' · ');
}

function targetLine(result: ScanResult, active: Finding[]): string {
  return TARGET_KINDS.flatMap(target => {
    const files = result.files.filter(file => file.target === target).length;
    const findings = active.filter(finding => finding.target === target).length;
    return files + findings > 0
      ? [`${target}: ${plural(files, 'file')}, ${plural(findings, 'finding')}`]
      : [];
  }).join(' · ');
}

/** One list item: the location, linked to the file and line at the commit, then the message. */
function findingItem(finding: Finding, group: Severity, options: MarkdownOptions): string {
  const { file, region } = finding.location;
  const place = escapeMarkdown(`${file}:${region.startLine}`);
  const url = options.blobUrl?.(file, region.startLine);
  const location = url ? `[${place}](${linkDestination(url)})` : place;
  // The group is labelled with its most serious severity; a finding with another one says so.
  const severity = finding.severity === group ? '' : ` (${finding.severity})`;
  return `- ${location}: ${escapeMarkdown(plainMessage(finding.message))}${severity}\n`;
}

interface RuleGroup {
  ruleId: string;
  slug: string;
  severity: Severity;
  findings: Finding[];
}

/** Findings grouped by rule, most severe rule first; file and line order within a rule. */
function groupByRule(findings: readonly Finding[]): RuleGroup[] {
  const groups = new Map<string, RuleGroup>();
  for (const finding of findings) {
    const group = groups.get(finding.ruleId);
    if (!group)
      groups.set(finding.ruleId, {
        ruleId: finding.ruleId,
        slug: finding.slug,
        severity: finding.severity,
        findings: [finding]
      });
    else {
      group.findings.push(finding);
      if (compareSeverity(finding.severity, group.severity) < 0) group.severity = finding.severity;
    }
  }
  return [...groups.values()].sort(
    (a, b) => compareSeverity(a.severity, b.severity) || a.ruleId.localeCompare(b.ruleId)
  );
}

/** Writes sections within a byte and item budget; what does not fit is counted in the footer. */
class Budget {
  used: number;
  listed = 0;
  constructor(
    start: number,
    private readonly maxBytes: number,
    private readonly maxItems: number
  ) {
    this.used = start;
  }
  take(text: string, item = false): boolean {
    if (item && this.listed >= this.maxItems) return false;
    if (this.used + bytes(text) > this.maxBytes) return false;
    this.used += bytes(text);
    if (item) this.listed += 1;
    return true;
  }
}

function ruleSection(
  group: RuleGroup,
  rules: Map<string, RuleMeta>,
  fixShown: Set<string>,
  options: MarkdownOptions,
  budget: Budget
): string {
  const heading = `#### ${SEVERITY_LABEL[group.severity]} · [${group.ruleId}](${ruleDocsUrl(group.ruleId)}) ${escapeMarkdown(group.slug)} · ${group.findings.length}\n\n`;
  if (!budget.take(heading)) return '';
  const parts = [heading];
  const items: string[] = [];
  for (const finding of group.findings) {
    const item = findingItem(finding, group.severity, options);
    if (!budget.take(item, true)) break;
    items.push(item);
  }
  // Folding a single finding away saves nothing: show up to one past the limit.
  const visible = items.length > VISIBLE_PER_RULE + 1 ? VISIBLE_PER_RULE : items.length;
  parts.push(...items.slice(0, visible));
  const folded = items.slice(visible);
  if (folded.length > 0) {
    const wrapper = `\n<details><summary>${plural(folded.length, 'more finding')} of ${group.ruleId}</summary>\n\n</details>\n`;
    if (budget.take(wrapper))
      parts.push(wrapper.replace('\n\n</details>', `\n\n${folded.join('')}\n</details>`));
  }
  const meta = rules.get(group.ruleId);
  if (meta && !fixShown.has(group.ruleId)) {
    const fix = `\n<details><summary>How to fix ${group.ruleId}</summary>\n\n${meta.remediation}\n\n</details>\n`;
    if (budget.take(fix)) {
      parts.push(fix);
      fixShown.add(group.ruleId);
    }
  }
  parts.push('\n');
  return parts.join('');
}

function findingsSection(
  title: string,
  findings: Finding[],
  rules: Map<string, RuleMeta>,
  fixShown: Set<string>,
  options: MarkdownOptions,
  budget: Budget,
  folded?: string
): string {
  if (findings.length === 0) return '';
  const open = `### ${title} (${findings.length})\n\n${folded ? `<details><summary>${folded}</summary>\n\n` : ''}`;
  const close = folded ? '</details>\n\n' : '';
  if (!budget.take(open + close)) return '';
  const body = groupByRule(findings)
    .map(group => ruleSection(group, rules, fixShown, options, budget))
    .join('');
  return `${open}${body}${close}`;
}

/**
 * A job summary in GitHub-flavoured Markdown that fits GitHub's page width: no tables; the verdict,
 * the figures (`N findings in F files · M files scanned`) and then findings grouped by rule, each as
 * one list item with its message and a linked `file:line`, the fix once per rule, long lists folded
 * into `<details>`, and new findings apart from existing ones. At most `maxFindings` items and
 * `maxBytes` in all, with a note when findings were left out. Suppressed findings are only counted.
 * A clean, complete scan is a single line.
 */
export function formatMarkdown(result: ScanResult, options: MarkdownOptions = {}): string {
  const counts = countFindings(result);
  const maxBytes = options.maxBytes ?? MAX_SUMMARY_BYTES;
  const figures = describeCounts(counts, result.files.length);
  const unscanned = unscannedSection(result) + renderedRootsTable(result.renders, escapeMarkdown);
  const emoji = verdict(result, counts.active, options);
  if (counts.active.length === 0 && result.complete && unscanned === '' && emoji === '✅') {
    const extra = [
      ...(counts.suppressed > 0 ? [`${counts.suppressed} suppressed`] : []),
      ...(options.status ?? [])
    ];
    return `✅ **Bulkhead**: ${figures}${extra.length ? ` · ${extra.join(' ')}` : ''}\n`;
  }
  const facts = [figures];
  if (counts.suppressed > 0) facts.push(`${counts.suppressed} suppressed`);
  if (result.notes.length > 0) facts.push(plural(result.notes.length, 'note'));
  const isNew = options.isNew;
  const fresh = isNew ? counts.active.filter(finding => isNew(finding)) : counts.active;
  const existing = isNew ? counts.active.filter(finding => !isNew(finding)) : [];
  if (isNew) facts.push(`${fresh.length} new · ${existing.length} existing`);
  const head = [
    `## ${emoji} Bulkhead: ${figures.split(' · ')[0]}`,
    '',
    ...(result.complete ? [] : ['**The scan did not complete; these results are partial.**', '']),
    ...gateLine(options),
    ...(options.status?.length ? [...options.status.map(line => `${line}  `), ''] : []),
    facts.join(' · '),
    '',
    ...(counts.active.length ? [severityLine(counts.bySeverity), ''] : []),
    targetLine(result, counts.active),
    '',
    ''
  ].join('\n');
  if (counts.active.length === 0) return `${head}${unscanned}`;

  const footerRoom = 200;
  const budget = new Budget(bytes(head) + footerRoom + bytes(unscanned), maxBytes, options.maxFindings ?? 50);
  const rules = new Map(result.rules.map(meta => [meta.id, meta]));
  const fixShown = new Set<string>();
  const sections = isNew
    ? findingsSection('New findings', fresh, rules, fixShown, options, budget) +
      findingsSection(
        'Existing findings',
        existing,
        rules,
        fixShown,
        options,
        budget,
        `${plural(existing.length, 'finding')} already there before this change`
      )
    : findingsSection('Findings', counts.active, rules, fixShown, options, budget);
  const omitted = counts.active.length - budget.listed;
  const footer =
    omitted > 0
      ? `_Showing ${budget.listed} of ${plural(counts.active.length, 'finding')}; see the SARIF or JSON output for all of them._\n\n`
      : '';
  return `${head}${sections}${footer}${unscanned}`;
}

/**
 * Files the scan could not read (binary, unreadable, over the size limit, templates): their alerts
 * may close although nothing was fixed, so the summary says which and why. At most
 * `MAX_UNSCANNED_ROWS` items (each capped), the rest counted: the section stays a few KiB.
 */
function unscannedSection(result: ScanResult): string {
  const files = unscannedFiles(result.notes);
  if (files.length === 0) return '';
  const items = files
    .slice(0, MAX_UNSCANNED_ROWS)
    .map(
      ({ file, reason, note }) => `- ${escapeMarkdown(file)} (${reason}): ${escapeMarkdown(note.message)}`
    );
  const more = files.length - items.length;
  return [
    '### Files not scanned',
    '',
    `${describeUnscanned(files)}. Their code-scanning alerts may close although nothing in them changed.`,
    '',
    `<details><summary>${plural(files.length, 'file')}</summary>`,
    '',
    ...items,
    ...(more > 0
      ? ['', `_… and ${plural(more, 'more file')}; see the notes in the JSON or SARIF output._`]
      : []),
    '',
    '</details>',
    ''
  ].join('\n');
}
