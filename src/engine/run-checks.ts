import type { Finding, Note } from '../core/finding.js';
import type { Location } from '../core/location.js';
import { formatMessage, type Report, type Rule, type RuleContext } from '../core/rule.js';
import type { RepositoryFacts } from '../core/repository.js';
import type { Severity } from '../core/severity.js';
import type { TargetKind } from '../core/target.js';
import type { EngineOptions } from './scan-documents.js';

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
  /** The finding's location for a report (a text region; for images, the logical location). */
  locate(report: Report): Location;
}

/**
 * Runs every rule that has a check for the target over one document. A rule that throws leaves a
 * note and makes the result incomplete (`complete: false`); the other rules still run.
 */
export function runChecks(
  run: CheckRun,
  rules: readonly Rule[],
  options: EngineOptions,
  notes: Note[]
): { findings: Finding[]; complete: boolean } {
  const findings: Finding[] = [];
  let complete = true;
  for (const rule of rules) {
    const check = rule.checks[run.target] as ((context: RuleContext<unknown>) => void) | undefined;
    if (!check) continue;
    try {
      check({
        document: run.document,
        file: run.file,
        settings: options.settings,
        repository: run.repository,
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
          if (report.relatedLocations?.length) finding.relatedLocations = report.relatedLocations;
          findings.push(finding);
        }
      });
    } catch (error) {
      complete = false;
      notes.push({
        kind: 'info',
        file: run.file,
        message: `Internal error in rule ${rule.meta.id} (${rule.meta.slug}): ${error instanceof Error ? error.message : String(error)}`
      });
    }
  }
  return { findings, complete };
}
