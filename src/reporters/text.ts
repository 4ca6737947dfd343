import { join } from 'node:path';
import type { Finding, Note } from '../core/finding.js';
import type { RuleMeta } from '../core/rule.js';
import { SEVERITIES, type Severity } from '../core/severity.js';
import { ruleDocsUrl } from '../core/product.js';
import type { ScanResult } from '../core/scan-result.js';
import { countFindings, plural } from './count-findings.js';
import { plainMessage } from './plain-message.js';
import { describeUnscanned, unscannedFiles } from './unscanned-files.js';
import { wrapText } from './wrap-text.js';
import { describeRenderedRoots } from './rendered-roots.js';

export interface TextOptions {
  /** Emit ANSI colours (the CLI decides from the TTY, `NO_COLOR` and `--color`). */
  color: boolean;
  /** When given, file headers show paths joined to it (absolute paths open from any terminal). */
  cwd?: string;
  /**
   * The fix under each finding. Off by default: one remediation repeated for every finding of a rule buries
   * the findings, so compact output prints each rule's fix once, after all files.
   */
  verbose?: boolean;
}

/** Terminal width the fixes are wrapped to (80-column terminals are still common). */
const WRAP_WIDTH = 80;

/** Notes are secondary to findings; past this many the rest are only counted. */
const MAX_NOTES = 20;

type Style = (text: string) => string;

/** SGR codes with their specific resets, so styles nest without clearing each other. */
function sgr(open: number, close: number): Style {
  return text => `\u001b[${open}m${text}\u001b[${close}m`;
}
const bold = sgr(1, 22);
const dim = sgr(2, 22);
const underline = sgr(4, 24);
const red = sgr(31, 39);
const green = sgr(32, 39);
const yellow = sgr(33, 39);
const blue = sgr(34, 39);
const magenta = sgr(35, 39);
const gray = sgr(90, 39);

const SEVERITY_STYLE: Record<Severity, Style> = {
  critical: text => bold(magenta(text)),
  high: red,
  medium: yellow,
  low: blue,
  info: gray
};

/**
 * Scanned files and messages come from untrusted repositories: control characters (an ESC
 * starting a terminal escape sequence, a CR hiding the line) are shown escaped, never sent raw.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, char =>
    char === '\t' ? ' ' : `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`
  );
}

function groupByFile(findings: Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.location.file);
    if (group) group.push(finding);
    else groups.set(finding.location.file, [finding]);
  }
  return groups;
}

function formatGroup(file: string, findings: Finding[], rules: Map<string, RuleMeta>, options: TextOptions) {
  const paint = (style: Style, text: string) => (options.color ? style(text) : text);
  const position = (finding: Finding) =>
    `${finding.location.region.startLine}:${finding.location.region.startColumn}`;
  const positionWidth = findings.reduce((widest, finding) => Math.max(widest, position(finding).length), 0);
  const idWidth = findings.reduce((widest, finding) => Math.max(widest, finding.ruleId.length), 0);
  const indent = ' '.repeat(2 + positionWidth + 2);
  const lines = [paint(underline, printable(options.cwd ? join(options.cwd, file) : file))];
  for (const finding of findings) {
    const severity = paint(SEVERITY_STYLE[finding.severity], finding.severity.padEnd(8));
    const id = finding.ruleId.padEnd(idWidth);
    lines.push(
      `  ${position(finding).padEnd(positionWidth)}  ${severity}  ${id}  ${printable(plainMessage(finding.message))}`
    );
    if (!options.verbose) continue;
    const remediation = rules.get(finding.ruleId)?.remediation;
    const hint = remediation ? `→ ${printable(remediation)} (${finding.slug})` : `→ ${finding.slug}`;
    lines.push(paint(dim, `${indent}${hint}`));
  }
  return lines;
}

/** "How to fix": each rule with findings once, by rule id, with its remediation wrapped and its docs link. */
function formatFixes(findings: Finding[], rules: Map<string, RuleMeta>, options: TextOptions): string[] {
  const paint = (style: Style, text: string) => (options.color ? style(text) : text);
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
  const lines = [paint(bold, 'How to fix:')];
  for (const ruleId of [...counts.keys()].sort()) {
    const meta = rules.get(ruleId);
    const count = plural(counts.get(ruleId) ?? 0, 'finding');
    lines.push(`  ${paint(bold, ruleId)} ${meta ? `${meta.slug} ` : ''}(${count})`);
    if (meta) lines.push(...wrapText(printable(meta.remediation), WRAP_WIDTH, '    '));
    lines.push(paint(dim, `    ${ruleDocsUrl(ruleId)}`));
  }
  return lines;
}

function formatNotes(notes: Note[]): string[] {
  const lines = notes
    .slice(0, MAX_NOTES)
    .map(note => `  ${note.file ? `${printable(note.file)}: ` : ''}${printable(note.message)}`);
  if (notes.length > MAX_NOTES) lines.push(`  … and ${notes.length - MAX_NOTES} more.`);
  return [`${plural(notes.length, 'note')}:`, ...lines];
}

function summaryLine(result: ScanResult, options: TextOptions): string {
  const paint = (style: Style, text: string) => (options.color ? style(text) : text);
  const counts = countFindings(result);
  const suppressed = counts.suppressed > 0 ? ` · ${counts.suppressed} suppressed` : '';
  const scanned = `${plural(result.files.length, 'file')} scanned`;
  if (counts.active.length === 0) {
    return paint(green, `✔ No findings · ${scanned}${suppressed}.`);
  }
  const bySeverity = SEVERITIES.filter(severity => counts.bySeverity[severity] > 0)
    .map(severity => `${counts.bySeverity[severity]} ${severity}`)
    .join(', ');
  // The same figures as describeCounts (JSON, Markdown, the Action's log), with the severities.
  const text = `✖ ${plural(counts.active.length, 'finding')} in ${plural(counts.filesWithFindings, 'file')} (${bySeverity}) · ${scanned}${suppressed}`;
  return paint(text => bold(red(text)), text);
}

/**
 * Human-readable output for terminals: active findings grouped by file, one line each
 * (`line:column  severity  rule  message`), then each rule's fix once (or, with `verbose`, the
 * remediation under every finding), then notes and a summary line. Suppressed findings are only counted.
 */
export function formatText(result: ScanResult, options: TextOptions): string {
  const rules = new Map(result.rules.map(meta => [meta.id, meta]));
  const blocks: string[][] = [];
  const active = result.findings.filter(finding => !finding.suppression);
  for (const [file, findings] of groupByFile(active))
    blocks.push(formatGroup(file, findings, rules, options));
  if (!options.verbose && active.length > 0) blocks.push(formatFixes(active, rules, options));
  // Files that were not read come first among the notes (which stop at MAX_NOTES) and get a line
  // of their own in the footer: nothing is known about their findings.
  const unscanned = unscannedFiles(result.notes);
  const first = new Set(unscanned.map(file => file.note));
  const notes = [...unscanned.map(file => file.note), ...result.notes.filter(note => !first.has(note))];
  if (notes.length > 0) blocks.push(formatNotes(notes));
  const footer = [summaryLine(result, options)];
  const rendered = describeRenderedRoots(result.renders);
  if (rendered) footer.push(rendered);
  if (unscanned.length > 0) {
    const warning = `⚠ ${describeUnscanned(unscanned)} (see the notes).`;
    footer.push(options.color ? yellow(warning) : warning);
  }
  if (!result.complete) {
    const warning = '⚠ The scan did not complete; these results are partial.';
    footer.push(options.color ? yellow(warning) : warning);
  }
  blocks.push(footer);
  return `${blocks.map(block => block.join('\n')).join('\n\n')}\n`;
}
