/**
 * The choke point between the scan and every reporter: finding messages, related-location
 * messages, suppression justifications and notes all pass through {@link redactText} once, so no
 * output (text, JSON, SARIF, annotations, job summary, logs) can quote a secret that a rule,
 * a parser or an error message let through (RULES.md 2xx).
 */
import type { Finding, Note } from '../core/finding.js';
import { redactText } from './redact-text.js';

/** Redacts, in place, every free text of `findings` and `notes`. */
export function redactFindings(findings: Finding[], notes: Note[]): void {
  for (const finding of findings) {
    finding.message = redactText(finding.message);
    if (finding.location.logical) finding.location.logical = redactText(finding.location.logical);
    for (const related of finding.relatedLocations ?? []) {
      related.message = redactText(related.message);
      if (related.logical) related.logical = redactText(related.logical);
    }
    if (finding.suppression?.justification)
      finding.suppression.justification = redactText(finding.suppression.justification);
  }
  for (const note of notes) note.message = redactText(note.message);
}
