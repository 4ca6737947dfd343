import type { Fix } from './fix.js';
import type { Location, Region, RelatedLocation } from './location.js';
import type { Severity } from './severity.js';
import type { TargetKind } from './target.js';

/** Why a finding does not count: an in-source comment/annotation or the config file. */
export interface Suppression {
  kind: 'inSource' | 'external';
  justification?: string;
}

/** Facts behind a finding (SARIF `result.properties`), e.g. `podOs` and `podOsEvidence`. */
export type FindingProperties = Record<string, string | number | boolean>;

/** One result: a rule that fired at a location. Messages never hold an unredacted secret. */
export interface Finding {
  ruleId: string;
  /** The rule's kebab-case slug (SARIF `rules[].name`). */
  slug: string;
  /** Effective severity, after the rule's own choice and config overrides. */
  severity: Severity;
  message: string;
  target: TargetKind;
  location: Location;
  /**
   * `Report.valueRegion`: read when a rendered finding is mapped to its source, which drops it. A plain
   * file's finding keeps it; no reporter writes it.
   */
  valueRegion?: Region;
  /** `Report.valuePart`: as `valueRegion`. */
  valuePart?: string;
  relatedLocations?: RelatedLocation[];
  /** Facts behind the finding, emitted as SARIF result properties. */
  properties?: FindingProperties;
  suppression?: Suppression;
  /** Edits on the finding's own file that fix it (SARIF `fixes`, `bulkhead fix`). */
  fixes?: Fix[];
  /** codeql-action's `primaryLocationLineHash` for the primary location. */
  fingerprint?: string;
}

/**
 * Something the user should know that is not a finding (skipped file, expired ignore). `internal-error`
 * is a rule or engine step that failed on one file: the rest of the scan went on (DESIGN.md
 * "Containment"); `budget` is a file set aside because it would cost more than the work budget;
 * `render` is a Helm chart or Kustomize root that was not rendered (tool missing, render failed).
 */
export interface Note {
  kind:
    | 'skipped'
    | 'template'
    | 'too-large'
    | 'binary'
    | 'symlink'
    | 'expired-ignore'
    | 'unreadable'
    | 'info'
    | 'internal-error'
    | 'budget'
    | 'render';
  message: string;
  file?: string;
  /** The rule that failed (`internal-error`). */
  rule?: string;
}
