import type { Finding, Note, Suppression } from '../core/finding.js';
import type { Rule } from '../core/rule.js';
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
import { buildFinding, runChecks } from './run-checks.js';
import { redactFindings } from '../secrets/redact-findings.js';

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
    if (outcome.kind === 'skip') {
      result.notes.push(outcome.note);
      continue;
    }
    if (outcome.kind === 'error') {
      if (parseErrorRule) {
        const location = { file: source.path, region: outcome.region };
        findings.push(buildFinding(parseErrorRule, target, location, outcome.message, options.ruleConfig));
      }
    } else {
      const run = runChecks(
        {
          target,
          document: outcome.document,
          file: source.path,
          repository,
          locate: report => ({
            file: source.path,
            region: report.region,
            ...(report.logical ? { logical: report.logical } : {})
          })
        },
        rules,
        options,
        result.notes
      );
      findings.push(...run.findings);
      result.complete &&= run.complete;
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
  redactFindings(result.findings, result.notes);
  return result;
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
