import type { FindingProperties } from './finding.js';
import type { Fix } from './fix.js';
import type { RelatedLocation, Region } from './location.js';
import type { RepositoryFacts } from './repository.js';
import type { RuleSettings } from './settings.js';
import type { Severity } from './severity.js';
import type { TargetDocuments, TargetKind, TargetModels } from './target.js';

/** Rule metadata: the single source for docs, SARIF `rules[]`, `bulkhead rules` and the README table. */
export interface RuleMeta<MessageId extends string = string> {
  /** Stable id, `BH` + three digits; never reused. */
  id: string;
  /** kebab-case slug, equal to the rule's file name. */
  slug: string;
  /** Sentence case, no trailing period. */
  title: string;
  /** Why it matters, one to three sentences. */
  description: string;
  severity: Severity;
  /** What to do, imperative, ends with a period. */
  remediation: string;
  /** https links to the authoritative docs. */
  references: string[];
  /** Free tags plus CWE ids (`CWE-250`). */
  tags: string[];
  /** Message templates: `{name}` placeholders, name the value in quotes, end with a period. */
  messages: Record<MessageId, string>;
  /** Extra guidance for the docs page. */
  whenToIgnore?: string;
}

/** What a check reports; the engine adds file, fingerprint and suppression. */
export interface Report<MessageId extends string = string> {
  messageId: MessageId;
  data?: Record<string, string | number>;
  region: Region;
  /**
   * Where the value the message reports is written, when `region` is a key that only names it (an env
   * entry's `- name:` line): a rendered finding goes to the source of that value when another file than
   * the anchor's gives it (a Kustomize patch that replaces the entry, a Helm values file).
   */
  valueRegion?: Region;
  /**
   * The part of the value the message is about, when it is not all of it (an image's tag, one line of
   * a config file a Secret holds): a rendered finding goes to the chart line that gives that part (a
   * Helm chart's `appVersion`), or to that line in the file a Kustomize generator read the value from.
   */
  valuePart?: string;
  /** Overrides `meta.severity` where RULES.md gives a rule two severities. */
  severity?: Severity;
  relatedLocations?: RelatedLocation[];
  /** A logical location inside the file (an image's `config.User`, `history[3].created_by`, `<layer digest>:<path>`). */
  logical?: string;
  /** Facts behind the finding, shown as SARIF result properties (a pod's OS and the evidence for it). */
  properties?: FindingProperties;
  /** Edits that fix the finding, computed from the parsed document (rules stay pure). */
  fixes?: Fix[];
}

/** What a check receives. Checks are pure: no I/O, no clock, no environment. */
export interface RuleContext<Document, MessageId extends string = string, Model = unknown> {
  document: Document;
  /** The document's facts, computed once by the model stage (src/model/); rules read them, never recompute. */
  model: Model;
  /** Path of the file, relative to the working directory, POSIX separators. */
  file: string;
  settings: RuleSettings;
  /** The rest of the scanned tree (file list, Docker ignore files). */
  repository: RepositoryFacts;
  report(report: Report<MessageId>): void;
}

export type Checks<MessageId extends string> = {
  [K in TargetKind]?: K extends keyof TargetDocuments
    ? (
        context: RuleContext<
          TargetDocuments[K],
          MessageId,
          K extends keyof TargetModels ? TargetModels[K] : undefined
        >
      ) => void
    : never;
};

export interface Rule<MessageId extends string = string> {
  meta: RuleMeta<MessageId>;
  checks: Checks<MessageId>;
}

/** Declares a rule; infers the message ids so reports are checked by the compiler. */
export function defineRule<MessageId extends string>(rule: Rule<MessageId>): Rule<MessageId> {
  return rule;
}

/** The targets a rule has checks for. */
export function ruleTargets(rule: Rule): TargetKind[] {
  return Object.keys(rule.checks) as TargetKind[];
}

/** Fills `{name}` placeholders of a message template. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}
