import type * as Sarif from 'sarif';
import type { Finding, Note } from '../core/finding.js';
import type { Location } from '../core/location.js';
import { INFORMATION_URI, PRODUCT_NAME, PRODUCT_VERSION, ruleDocsUrl } from '../core/product.js';
import type { RuleMeta } from '../core/rule.js';
import { toSarifLevel, toSecuritySeverity } from '../core/severity.js';
import type { ScanResult } from '../core/scan-result.js';
import { ruleHelpMarkdown, ruleHelpText } from './rule-help.js';
import type { Fix } from '../core/fix.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The base id every artifact URI is relative to (DESIGN.md: relative to the working directory). */
export const SRCROOT = '%SRCROOT%';

/** GitHub keeps only 10 tags per rule and rejects descriptions over 1024 characters. */
const MAX_TAGS = 10;
const MAX_DESCRIPTION = 1024;

export interface SarifOptions {
  /** Code scanning category; becomes `automationDetails.id` with a trailing `/` (sarif-github.md §1.5). */
  category?: string;
  /** `file://` URI of the scan's working directory; gives `%SRCROOT%` a concrete value. */
  srcRoot?: string;
}

const ABSOLUTE_WINDOWS = /^[A-Za-z]:[\\/]/;

/**
 * A scan path as a SARIF artifact URI: no `./`, each segment percent-encoded (codeql-action
 * decodes URIs with `decodeURIComponent`, and a `:` left in the first segment would read as a
 * URI scheme). Scan paths already use POSIX separators, so a `\` is part of a Linux file name
 * and gets encoded. Relative paths stay relative (to `%SRCROOT%`); absolute paths, which should
 * not occur for repository files, become `file://` URIs so the log stays valid.
 */
export function sarifArtifactUri(path: string): string {
  const windows = ABSOLUTE_WINDOWS.test(path);
  const segments = (windows ? path.replace(/\\/g, '/') : path)
    .split('/')
    .filter((segment, i) => segment !== '.' && (segment !== '' || i === 0));
  const encoded = segments.map((segment, i) =>
    windows && i === 0 ? segment : encodeURIComponent(segment).replace(/%40/g, '@')
  );
  if (windows) return `file:///${encoded.join('/')}`;
  return path.startsWith('/') ? `file://${encoded.join('/')}` : encoded.join('/');
}

function isRelativeUri(uri: string): boolean {
  return !uri.startsWith('file:');
}

function artifactLocation(file: string): Sarif.ArtifactLocation {
  const uri = sarifArtifactUri(file);
  return isRelativeUri(uri) ? { uri, uriBaseId: SRCROOT } : { uri };
}

function sarifLocation(location: Location, id?: number, message?: string): Sarif.Location {
  const { region } = location;
  return {
    ...(id === undefined ? {} : { id }),
    physicalLocation: {
      artifactLocation: artifactLocation(location.file),
      region: {
        startLine: region.startLine,
        startColumn: region.startColumn,
        endLine: region.endLine,
        endColumn: region.endColumn
      }
    },
    ...(location.logical ? { logicalLocations: [{ fullyQualifiedName: location.logical }] } : {}),
    ...(message === undefined ? {} : { message: { text: message } })
  };
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function reportingDescriptor(meta: RuleMeta): Sarif.ReportingDescriptor {
  const tags = [...new Set(['security', ...meta.tags])].slice(0, MAX_TAGS);
  return {
    id: meta.id,
    name: meta.slug,
    shortDescription: { text: truncate(meta.title, MAX_DESCRIPTION) },
    fullDescription: { text: truncate(meta.description, MAX_DESCRIPTION) },
    help: { text: ruleHelpText(meta), markdown: ruleHelpMarkdown(meta) },
    helpUri: ruleDocsUrl(meta.id),
    defaultConfiguration: { level: toSarifLevel(meta.severity) },
    properties: { tags, 'security-severity': toSecuritySeverity(meta.severity), precision: 'high' }
  };
}

/**
 * A fix as SARIF `fix` (§3.55): one `artifactChange` on the finding's file, one `replacement` per edit;
 * an insertion is an empty `deletedRegion`, a deletion has no `insertedContent`. `safety` says whether
 * `bulkhead fix` applies it without `--include-review`.
 */
function sarifFix(file: string, fix: Fix): Sarif.Fix {
  return {
    description: { text: fix.description },
    artifactChanges: [
      {
        artifactLocation: artifactLocation(file),
        replacements: fix.edits.map(({ region, replacement }) => ({
          deletedRegion: {
            startLine: region.startLine,
            startColumn: region.startColumn,
            endLine: region.endLine,
            endColumn: region.endColumn
          },
          ...(replacement ? { insertedContent: { text: replacement } } : {})
        }))
      }
    ],
    properties: { safety: fix.safety }
  };
}

function sarifResult(finding: Finding, rules: Map<string, { meta: RuleMeta; index: number }>): Sarif.Result {
  const rule = rules.get(finding.ruleId);
  const result: Sarif.Result = {
    ruleId: finding.ruleId,
    ...(rule ? { ruleIndex: rule.index } : {}),
    level: toSarifLevel(finding.severity),
    message: { text: finding.message },
    locations: [sarifLocation(finding.location)]
  };
  if (finding.relatedLocations?.length) {
    // Ids start at 1 so a message can link them as `[text](1)`.
    result.relatedLocations = finding.relatedLocations.map((related, i) =>
      sarifLocation(related, i + 1, related.message)
    );
  }
  if (finding.fixes?.length) result.fixes = finding.fixes.map(fix => sarifFix(finding.location.file, fix));
  if (finding.fingerprint) result.partialFingerprints = { primaryLocationLineHash: finding.fingerprint };
  if (finding.suppression) {
    const { kind, justification } = finding.suppression;
    result.suppressions = [{ kind, ...(justification ? { justification } : {}), status: 'accepted' }];
  }
  // A rule with two severities (BH502, BH505, …) states the finding's own score next to its level.
  if (rule && rule.meta.severity !== finding.severity) {
    result.properties = { 'security-severity': toSecuritySeverity(finding.severity) };
  }
  // Facts behind the finding (a workload's pod OS and why), so users can see how the rule judged it.
  if (finding.properties) result.properties = { ...finding.properties, ...result.properties };
  return result;
}

/** Kinds the user must act on, or that leave part of a file unjudged: warnings rather than notes. */
const WARNING_NOTES = new Set<Note['kind']>(['expired-ignore', 'unreadable', 'internal-error', 'budget']);

/** A note as a tool execution notification; an internal error names the rule that failed. */
function notification(note: Note): Sarif.Notification {
  return {
    level: WARNING_NOTES.has(note.kind) ? 'warning' : 'note',
    message: { text: note.message },
    ...(note.rule ? { associatedRule: { id: note.rule } } : {}),
    ...(note.file
      ? { locations: [{ physicalLocation: { artifactLocation: artifactLocation(note.file) } }] }
      : {}),
    properties: { kind: note.kind }
  };
}

function withTrailingSlash(text: string): string {
  return text.endsWith('/') ? text : `${text}/`;
}

/**
 * The scan as a SARIF 2.1.0 log with exactly one run, shaped for GitHub code scanning
 * (sarif-github.md §1.1–1.5). Deterministic: times come from the result, never the clock.
 * Suppressed findings are included with `suppressions`; leaving them out of an upload is the
 * caller's choice (DESIGN.md).
 */
export function toSarif(result: ScanResult, options: SarifOptions = {}): Sarif.Log {
  const rules = new Map(result.rules.map((meta, index) => [meta.id, { meta, index }]));
  const invocation: Sarif.Invocation = {
    executionSuccessful: result.complete,
    ...(result.startedAt ? { startTimeUtc: result.startedAt } : {}),
    ...(result.finishedAt ? { endTimeUtc: result.finishedAt } : {}),
    ...(options.srcRoot ? { workingDirectory: { uri: withTrailingSlash(options.srcRoot) } } : {}),
    ...(result.notes.length ? { toolExecutionNotifications: result.notes.map(notification) } : {})
  };
  const run: Sarif.Run = {
    tool: {
      driver: {
        name: PRODUCT_NAME,
        semanticVersion: PRODUCT_VERSION,
        informationUri: INFORMATION_URI,
        rules: result.rules.map(reportingDescriptor)
      }
    },
    ...(options.category ? { automationDetails: { id: withTrailingSlash(options.category) } } : {}),
    originalUriBaseIds: {
      [SRCROOT]: options.srcRoot
        ? { uri: withTrailingSlash(options.srcRoot) }
        : { description: { text: 'The working directory of the scan.' } }
    },
    invocations: [invocation],
    results: result.findings.map(finding => sarifResult(finding, rules)),
    columnKind: 'utf16CodeUnits'
  };
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
}

/** {@link toSarif} as JSON text with a 2-space indent and a final newline. */
export function formatSarif(result: ScanResult, options: SarifOptions = {}): string {
  return `${JSON.stringify(toSarif(result, options), null, 2)}\n`;
}
