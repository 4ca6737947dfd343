import type { Finding, Note } from '../core/finding.js';
import type { Rule } from '../core/rule.js';
import type { RepositoryFacts } from '../core/repository.js';
import type { ComposeDocument } from '../targets/compose/compose-document.js';
import { inlineDockerfilesOf, type InlineDockerfile } from '../targets/compose/inline-dockerfile.js';
import type { EngineOptions } from './scan-documents.js';
import { parseTarget } from './parse-target.js';
import { buildFinding, internalErrorNote, PARSE_ERROR_RULE_ID, runChecks } from './run-checks.js';

/**
 * The Dockerfile rules' findings on the `build.dockerfile_inline` texts of a Compose file, each where its
 * line is written in the Compose file (so the file's suppression comments, fingerprints and SARIF
 * location are the Compose file's). Each text is scanned in its own boundary: a broken one gives a
 * BH000 or a note at its Compose line, and the others and the Compose file's own findings stay.
 */
export function scanInlineDockerfiles(
  document: ComposeDocument,
  file: string,
  rules: readonly Rule[],
  options: EngineOptions & { repository: { facts: RepositoryFacts } },
  notes: Note[]
): Finding[] {
  const findings: Finding[] = [];
  const inlines = inlineDockerfilesOf(
    file,
    document.services.map(service => [service.name, service.node] as const)
  );
  for (const inline of inlines) {
    const own: Note[] = [];
    try {
      for (const finding of scanInline(inline, rules, options, own)) findings.push(finding);
    } catch (error) {
      own.push(internalErrorNote(inline.path, error, undefined, 'its scan'));
    }
    for (const note of own) notes.push({ ...note, file, message: `${describe(inline)}: ${note.message}` });
  }
  return findings;
}

function describe(inline: InlineDockerfile): string {
  return `The dockerfile_inline of service '${inline.service}'`;
}

function scanInline(
  inline: InlineDockerfile,
  rules: readonly Rule[],
  options: EngineOptions & { repository: { facts: RepositoryFacts } },
  notes: Note[]
): Finding[] {
  const outcome = parseTarget('dockerfile', inline.text, inline.path);
  if (outcome.kind === 'skip') {
    notes.push(outcome.note);
    return [];
  }
  if (outcome.kind === 'error') {
    const rule = rules.find(r => r.meta.id === PARSE_ERROR_RULE_ID);
    if (!rule) return [];
    const location = { file: inline.file, region: inline.regionOf(outcome.region) };
    return [
      relocated(buildFinding(rule, 'dockerfile', location, outcome.message, options.ruleConfig), inline)
    ];
  }
  const run = runChecks(
    {
      target: 'dockerfile',
      document: outcome.document,
      file: inline.path,
      repository: options.repository.facts,
      locate: report => ({ file: inline.file, region: inline.regionOf(report.region) })
    },
    rules,
    options,
    notes
  );
  return run.findings.map(finding => relocated(finding, inline));
}

/**
 * A finding on the inline text, told in Compose file terms: related lines of the text are placed in the
 * Compose file too, and a parse error says which service's text it is in. Fixes are edits of the
 * Dockerfile text, which the Compose file writes with indentation, folding or escapes: none is offered.
 */
function relocated(finding: Finding, inline: InlineDockerfile): Finding {
  // Counted with the file it is in (the job summary's per-target line), though a Dockerfile rule found it.
  finding.target = 'compose';
  if (finding.ruleId === PARSE_ERROR_RULE_ID) finding.message = `${describe(inline)}: ${finding.message}`;
  if (finding.valueRegion) finding.valueRegion = inline.regionOf(finding.valueRegion);
  if (finding.relatedLocations)
    finding.relatedLocations = finding.relatedLocations.map(related =>
      related.file === inline.path
        ? { ...related, file: inline.file, region: inline.regionOf(related.region) }
        : related
    );
  delete finding.fixes;
  return finding;
}
