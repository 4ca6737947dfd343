import type { Finding, Note, Suppression } from '../core/finding.js';
import type { TargetDocuments } from '../core/target.js';
import type { Rule } from '../core/rule.js';
import type { RuleSettings } from '../core/settings.js';
import type { Severity } from '../core/severity.js';
import type { TargetKind } from '../core/target.js';
import { computeLineFingerprints } from './line-fingerprints.js';
import { classifyFile } from './classify-file.js';
import { buildRepositoryFacts, type RepositoryBuild } from './repository-facts.js';
import { parseTarget } from './parse-target.js';
import type { ScannedFile } from '../core/scan-result.js';
import { documentSuppression } from './document-suppression.js';
import {
  inlineSuppression,
  parseInlineSuppressions,
  unknownIgnoredRuleNotes,
  type ConfigIgnores
} from './suppressions.js';
import { ALL_RULES } from '../rules/index.js';
import { compareFindings } from '../core/sort-findings.js';
import { buildFinding, internalErrorNote, PARSE_ERROR_RULE_ID, runChecks } from './run-checks.js';
import { exceedsWorkBudget } from './work-budget.js';
import { buildModel } from '../model/build-model.js';
import { redactFindings } from '../secrets/redact-findings.js';
import { scanInlineDockerfiles } from './scan-inline-dockerfiles.js';
import type { ComposeDocument } from '../targets/compose/compose-document.js';

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
  /** False when the scan itself failed (an image that could not be read); a file's failure never makes it false. */
  complete: boolean;
}

export { PARSE_ERROR_RULE_ID };

/**
 * Runs classification, parsing, the model stage, rules, suppression and fingerprinting over in-memory files. Each file
 * is scanned inside its own boundary: whatever one file does to a parser or a rule, the other files'
 * findings are kept and the result stays complete (DESIGN.md "Containment").
 */
export function scanDocuments(sources: SourceFile[], options: EngineOptions): DocumentsResult {
  const rules = options.rules.filter(r => options.ruleConfig?.[r.meta.id] !== 'off');
  const result: DocumentsResult = { findings: [], notes: [], files: [], complete: true };
  const repository =
    options.repository ??
    buildRepositoryFacts(
      sources.map(s => s.path),
      sources
    );
  for (const source of sources) {
    const target = classifyContained(source, result.notes);
    if (!target) continue;
    result.files.push({ path: source.path, target });
    const findings = scanFile(source, target, rules, { ...options, repository }, result.notes);
    for (const finding of findings) result.findings.push(finding);
  }
  result.findings.sort(compareFindings);
  redactFindings(result.findings, result.notes);
  return result;
}

function classifyContained(source: SourceFile, notes: Note[]): TargetKind | undefined {
  try {
    return source.target ?? classifyFile(source.path, source.text);
  } catch (error) {
    notes.push(internalErrorNote(source.path, error, undefined, 'file classification'));
    return undefined;
  }
}

const KNOWN_RULE_IDS: ReadonlySet<string> = new Set(ALL_RULES.map(rule => rule.meta.id));

/** One file's findings; never throws (a failing step becomes a note or the file's BH000). */
function scanFile(
  source: SourceFile,
  target: TargetKind,
  rules: Rule[],
  options: EngineOptions & { repository: RepositoryBuild },
  notes: Note[]
): Finding[] {
  const findings: Finding[] = [];
  let document: TargetDocuments[keyof TargetDocuments] | undefined;
  try {
    const overBudget = exceedsWorkBudget(target, source.path, source.text);
    if (overBudget) {
      notes.push({ kind: 'budget', file: source.path, message: `Not scanned: ${overBudget}.` });
      return findings;
    }
    const parsed = options.repository.parsed.get(source.path);
    // Each file is scanned once: dropping the facts pass's copy lets a big document go as soon as its
    // rules are done, instead of keeping every parsed Dockerfile and config alive to the end.
    options.repository.parsed.delete(source.path);
    const outcome = parseTarget(target, source.text, source.path, parsed, options.repository.facts.files);
    if (outcome.kind === 'skip') {
      notes.push(outcome.note);
      return findings;
    }
    if (outcome.kind === 'error') {
      const parseErrorRule = rules.find(r => r.meta.id === PARSE_ERROR_RULE_ID);
      const location = { file: source.path, region: outcome.region };
      if (parseErrorRule)
        findings.push(buildFinding(parseErrorRule, target, location, outcome.message, options.ruleConfig));
    } else {
      document = outcome.document;
      if (outcome.note) notes.push(outcome.note);
      const run = runChecks(
        {
          target,
          document,
          file: source.path,
          repository: options.repository.facts,
          model: buildModel(target, document, source.path, options.repository.facts),
          locate: report => ({
            file: source.path,
            region: report.region,
            ...(report.logical ? { logical: report.logical } : {})
          })
        },
        rules,
        options,
        notes
      );
      for (const finding of run.findings) findings.push(finding);
      // A Compose service's `build.dockerfile_inline` is a Dockerfile: its findings are this file's.
      if (target === 'compose')
        for (const finding of scanInlineDockerfiles(
          document as ComposeDocument,
          source.path,
          rules,
          options,
          notes
        ))
          findings.push(finding);
    }
  } catch (error) {
    notes.push(internalErrorNote(source.path, error, undefined, 'the scan of this file'));
  }
  if (source.text.includes('bulkhead-ignore'))
    for (const note of unknownIgnoredRuleNotes(source.text, source.path, KNOWN_RULE_IDS)) notes.push(note);
  const kept = keepOneParseError(findings);
  try {
    finishFindings(kept, source, options, document ? documentSuppression(target, document) : undefined);
  } catch (error) {
    notes.push(internalErrorNote(source.path, error, undefined, 'suppression and fingerprints'));
  }
  return kept;
}

/**
 * At most one BH000 per file (RULES.md): the first problem, with the count of the others, so a junk
 * file of 30,000 lines gives one result rather than 30,000.
 */
function keepOneParseError(findings: Finding[]): Finding[] {
  const parseErrors = findings.filter(f => f.ruleId === PARSE_ERROR_RULE_ID);
  if (parseErrors.length <= 1) return findings;
  parseErrors.sort(compareFindings);
  const first = parseErrors[0]!;
  const more = parseErrors.length - 1;
  first.message = `${first.message} ${more} more ${more === 1 ? 'problem' : 'problems'} in this file.`;
  return findings.filter(f => f.ruleId !== PARSE_ERROR_RULE_ID || f === first);
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
  const fingerprints = computeLineFingerprints(
    source.text,
    findings.map(f => f.location.region.startLine)
  );
  for (const finding of findings) {
    const suppression =
      inlineSuppression(finding, inline) ?? inDocument?.(finding) ?? options.ignores?.suppression(finding);
    if (suppression) finding.suppression = suppression;
    const fingerprint = fingerprints.get(finding.location.region.startLine);
    if (fingerprint) finding.fingerprint = fingerprint;
  }
}
