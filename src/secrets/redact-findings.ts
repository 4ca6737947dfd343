/**
 * The choke point between the scan and every reporter: finding messages, related-location
 * messages, suppression justifications and notes all pass through {@link redactText} once, so no
 * output (text, JSON, SARIF, annotations, job summary, logs) can quote a secret that a rule,
 * a parser or an error message let through (RULES.md 2xx). Locations (paths, logical locations
 * such as `config.Env[2]` or a layer file's path) are structure, not free text, and stay exact:
 * fingerprints, baselines and alert dismissal match on them.
 */
import type { Finding, Note } from '../core/finding.js';
import type { RenderedRoot } from '../core/scan-result.js';
import { redactText } from './redact-text.js';

/**
 * Redacts, in place, every free text of `findings` and `notes`, and the reasons of `renders` (a render
 * tool's error can quote the values it was given: kustomize prints a `helmCharts` entry's
 * `valuesInline` whole).
 */
export function redactFindings(findings: Finding[], notes: Note[], renders: RenderedRoot[] = []): void {
  for (const finding of findings) {
    finding.message = redactText(finding.message);
    for (const related of finding.relatedLocations ?? []) {
      related.message = redactText(related.message);
    }
    if (finding.suppression?.justification)
      finding.suppression.justification = redactText(finding.suppression.justification);
  }
  for (const note of notes) note.message = redactText(note.message);
  for (const render of renders) if (render.reason) render.reason = redactText(render.reason);
}
