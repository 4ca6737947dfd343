import type { Finding, Note } from '../core/finding.js';
import type { Location } from '../core/location.js';
import { formatMessage, type Report, type Rule, type RuleContext } from '../core/rule.js';
import type { RepositoryFacts } from '../core/repository.js';
import type { Severity } from '../core/severity.js';
import type { TargetKind } from '../core/target.js';
import type { EngineOptions } from './scan-documents.js';
import { errorMessage } from '../core/errors.js';
import { DEFAULT_WORK_BUDGET } from './work-budget.js';

/** The rule whose findings are parse errors: at most one per file (RULES.md BH000). */
export const PARSE_ERROR_RULE_ID = 'BH000';

/** A finding of `rule` at `location`; severity: the config's override, else the check's, else the rule's. */
export function buildFinding(
  rule: Rule,
  target: TargetKind,
  location: Location,
  message: string,
  ruleConfig: EngineOptions['ruleConfig'],
  reported?: Severity
): Finding {
  const configured = ruleConfig?.[rule.meta.id];
  return {
    ruleId: rule.meta.id,
    slug: rule.meta.slug,
    severity: configured && configured !== 'off' ? configured : (reported ?? rule.meta.severity),
    message,
    target,
    location
  };
}

/** One parsed document of a target, and where its reports land. */
export interface CheckRun {
  target: TargetKind;
  document: unknown;
  /** `RuleContext.file`. */
  file: string;
  repository: RepositoryFacts;
  /** The document's facts from the model stage (`buildModel`), for `RuleContext.model`. */
  model?: unknown;
  /** The finding's location for a report (a text region; for images, the logical location). */
  locate(report: Report): Location;
}

/**
 * Runs every rule that has a check for the target over one document. A rule that throws leaves an
 * internal-error note naming the file and the rule, and the other rules still run: one rule's bug on
 * one odd file must not cost the whole scan (DESIGN.md "Containment"). Once the file has used up
 * `budgetMs`, the remaining rules are skipped with a note.
 */
export function runChecks(
  run: CheckRun,
  rules: readonly Rule[],
  options: EngineOptions,
  notes: Note[],
  budgetMs = DEFAULT_WORK_BUDGET.maxRuleMs
): { findings: Finding[] } {
  const findings: Finding[] = [];
  const started = Date.now();
  for (const [index, rule] of rules.entries()) {
    const check = rule.checks[run.target] as ((context: RuleContext<unknown>) => void) | undefined;
    if (!check) continue;
    if (Date.now() - started > budgetMs) {
      // Counted among the rules with a check for this kind: a rule that cannot run on this file is not skipped.
      let skipped = 0;
      for (let i = index; i < rules.length; i++) if (rules[i]?.checks[run.target]) skipped++;
      notes.push({
        kind: 'budget',
        file: run.file,
        message: `Scanning took longer than ${budgetMs / 1000} s (work budget): ${skipped} rules were skipped for this file.`
      });
      break;
    }
    try {
      check({
        document: run.document,
        file: run.file,
        settings: options.settings,
        repository: run.repository,
        model: run.model,
        report: report => {
          const message = formatMessage(
            rule.meta.messages[report.messageId] ?? report.messageId,
            report.data
          );
          const finding = buildFinding(
            rule,
            run.target,
            run.locate(report),
            message,
            options.ruleConfig,
            report.severity
          );
          if (report.valueRegion) finding.valueRegion = report.valueRegion;
          if (report.valuePart !== undefined) finding.valuePart = report.valuePart;
          if (report.relatedLocations?.length) finding.relatedLocations = report.relatedLocations;
          if (report.properties) finding.properties = report.properties;
          if (report.fixes?.length) finding.fixes = report.fixes;
          findings.push(finding);
        }
      });
    } catch (error) {
      notes.push(
        internalErrorNote(run.file, error, rule.meta.id, `rule ${rule.meta.id} (${rule.meta.slug})`)
      );
    }
  }
  return { findings };
}

/** The note for a step that threw on one file; the message names the step, never the file's content. */
export function internalErrorNote(
  file: string,
  error: unknown,
  rule: string | undefined,
  step: string
): Note {
  const reason = error instanceof RangeError ? 'it ran out of stack or memory' : errorMessage(error);
  return {
    kind: 'internal-error',
    file,
    ...(rule ? { rule } : {}),
    message: `Internal error in ${step}; the rest of the scan went on: ${reason.replace(/\.?$/, '.')}`
  };
}
