import type { Finding, Note, Suppression } from '../core/finding.js';
import type { Region } from '../core/location.js';
import { formatMessage, type Rule, type RuleContext } from '../core/rule.js';
import type { RuleSettings } from '../core/settings.js';
import type { Severity } from '../core/severity.js';
import type { TargetKind } from '../core/target.js';
import { computeLineFingerprints } from '../reporters/line-fingerprints.js';
import { classifyFile } from './classify-file.js';
import { buildRepositoryFacts, type RepositoryBuild } from './repository-facts.js';
import { parseTarget } from './parse-target.js';
import type { ScannedFile } from './scan-result.js';
import { documentSuppression } from './document-suppression.js';
import { inlineSuppression, parseInlineSuppressions, type ConfigIgnores } from './suppressions.js';
import { compareFindings } from './sort-findings.js';

/** A file's text, already read and decoded. */
export interface SourceFile {
  /** Relative to the working directory, POSIX separators. */
  path: string;
  text: string;
  /** Forces the target (e.g. `--stdin-filename`); otherwise classified by name and content. */
  target?: TargetKind;
}

export interface EngineOptions {
  rules: Rule[];
  settings: RuleSettings;
  /** Per-rule `off` or severity, from `.bulkhead.yml`. */
  ruleConfig?: Record<string, 'off' | Severity>;
  ignores?: ConfigIgnores;
  /** Cross-file facts and pre-parsed Dockerfiles; by default, built from the sources themselves (tests, stdin). */
  repository?: RepositoryBuild;
}

export interface DocumentsResult {
  findings: Finding[];
  notes: Note[];
  files: ScannedFile[];
  /** False when a rule threw (the analysis is partial). */
  complete: boolean;
}

export const PARSE_ERROR_RULE_ID = 'BH000';

/** Runs classification, parsing, rules, suppression and fingerprinting over in-memory files. */
export function scanDocuments(sources: SourceFile[], options: EngineOptions): DocumentsResult {
  const rules = options.rules.filter(r => options.ruleConfig?.[r.meta.id] !== 'off');
  const parseErrorRule = rules.find(r => r.meta.id === PARSE_ERROR_RULE_ID);
  const result: DocumentsResult = { findings: [], notes: [], files: [], complete: true };
  const { facts: repository, parsed } =
    options.repository ??
    buildRepositoryFacts(
      sources.map(s => s.path),
      sources
    );

  for (const source of sources) {
    const target = source.target ?? classifyFile(source.path, source.text);
    if (!target) continue;
    result.files.push({ path: source.path, target });
    const outcome = parseTarget(target, source.text, source.path, parsed.get(source.path));
    const findings: Finding[] = [];
    const make = (rule: Rule, region: Region, message: string, severity?: Severity): Finding => ({
      ruleId: rule.meta.id,
      slug: rule.meta.slug,
      severity: effectiveSeverity(rule, options.ruleConfig, severity),
      message,
      target,
      location: { file: source.path, region }
    });
    if (outcome.kind === 'skip') {
      result.notes.push(outcome.note);
      continue;
    }
    if (outcome.kind === 'error') {
      if (parseErrorRule) findings.push(make(parseErrorRule, outcome.region, outcome.message));
    } else {
      for (const rule of rules) {
        const check = rule.checks[target] as ((context: RuleContext<unknown>) => void) | undefined;
        if (!check) continue;
        try {
          check({
            document: outcome.document,
            file: source.path,
            settings: options.settings,
            repository,
            report: report => {
              const finding = make(
                rule,
                report.region,
                formatMessage(rule.meta.messages[report.messageId] ?? report.messageId, report.data),
                report.severity
              );
              if (report.relatedLocations?.length) finding.relatedLocations = report.relatedLocations;
              findings.push(finding);
            }
          });
        } catch (error) {
          result.complete = false;
          result.notes.push({
            kind: 'info',
            file: source.path,
            message: `Internal error in rule ${rule.meta.id} (${rule.meta.slug}): ${error instanceof Error ? error.message : String(error)}`
          });
        }
      }
    }
    finishFindings(
      findings,
      source,
      options,
      outcome.kind === 'document' ? documentSuppression(target, outcome.document) : undefined
    );
    result.findings.push(...findings);
  }
  result.findings.sort(compareFindings);
  return result;
}

function effectiveSeverity(
  rule: Rule,
  config: EngineOptions['ruleConfig'],
  reported: Severity | undefined
): Severity {
  const configured = config?.[rule.meta.id];
  return configured && configured !== 'off' ? configured : (reported ?? rule.meta.severity);
}

/** Suppression and fingerprints need the file's text, so they are done per file. */
function finishFindings(
  findings: Finding[],
  source: SourceFile,
  options: EngineOptions,
  inDocument?: (finding: Finding) => Suppression | undefined
): void {
  if (findings.length === 0) return;
  const lines = source.text.split(/\r\n|\r|\n/);
  const inline = parseInlineSuppressions(lines);
  const fingerprints = computeLineFingerprints(source.text);
  for (const finding of findings) {
    const suppression =
      inlineSuppression(finding, inline) ?? inDocument?.(finding) ?? options.ignores?.suppression(finding);
    if (suppression) finding.suppression = suppression;
    const fingerprint = fingerprints.get(finding.location.region.startLine);
    if (fingerprint) finding.fingerprint = fingerprint;
  }
}
