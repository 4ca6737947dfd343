import type { Note } from '../core/finding.js';
import type { Region } from '../core/location.js';
import type { TargetDocuments, TargetKind } from '../core/target.js';
import { errorMessage, InputParseError, InputTooLargeError } from '../core/errors.js';
import { parseDockerfile } from '../targets/dockerfile/parse-dockerfile.js';
import { parseManifests } from '../targets/kubernetes/parse-manifests.js';
import { legacyComposeNote, parseCompose } from '../targets/compose/parse-compose.js';
import type { ComposeDocument } from '../targets/compose/compose-document.js';
import type { KubernetesDocument } from '../targets/kubernetes/kubernetes-document.js';
import { parseRegistryConfig } from '../targets/registry-config/parse-registry-config.js';
import { isTemplate } from './classify-file.js';

/** What parsing a file gave: a document for the rules, a parse error (BH000), or a reason to skip it. */
export type ParseOutcome =
  | { kind: 'document'; document: TargetDocuments[keyof TargetDocuments]; note?: Note }
  | { kind: 'error'; message: string; region: Region }
  | { kind: 'skip'; note: Note };

const PARSERS: Partial<
  Record<TargetKind, (text: string, path: string) => TargetDocuments[keyof TargetDocuments]>
> = {
  dockerfile: parseDockerfile,
  kubernetes: parseManifests,
  compose: parseCompose,
  'registry-config': parseRegistryConfig
};

/**
 * Parses a classified file. Templates (Helm, Go, Jinja: `{{ … }}`) are skipped with a note, since only
 * their rendered output means anything. Never throws: a parser's exception becomes a parse error.
 */
export function parseTarget(
  kind: TargetKind,
  text: string,
  path: string,
  /** The document already parsed for cross-file facts. */
  parsed?: TargetDocuments[keyof TargetDocuments],
  /** Every file of the scan (paths as discovered), to tell a chart's `templates/` from another; empty: unknown. */
  files: readonly string[] = []
): ParseOutcome {
  const parse = PARSERS[kind];
  if (!parse)
    return { kind: 'skip', note: { kind: 'skipped', file: path, message: `No parser for ${kind} yet.` } };
  if (
    isTemplate(text, kind !== 'dockerfile', /\.(toml|conf)$/i.test(path)) ||
    isChartTemplate(path, text, files)
  )
    return TEMPLATE_SKIP(path);
  try {
    const document = parsed ?? parse(text, path);
    if (kind === 'kubernetes' && hasBrokenAction(document as KubernetesDocument, text))
      return TEMPLATE_SKIP(path);
    const note = kind === 'compose' ? legacyComposeNote(document as ComposeDocument, path) : undefined;
    return note ? { kind: 'document', document, note } : { kind: 'document', document };
  } catch (error) {
    if (error instanceof InputTooLargeError)
      return { kind: 'skip', note: { kind: 'too-large', file: path, message: error.message } };
    const at = error instanceof InputParseError ? error : undefined;
    const line = at?.line ?? 1;
    const column = at?.column ?? 1;
    // A template action whose own quotes break the YAML around it (`IMAGE: "{{ template "image" . }}"`):
    // the file is a template the structural look let through, not a broken manifest.
    if (at && kind !== 'dockerfile' && hasActionOnLine(text, line)) return TEMPLATE_SKIP(path);
    return {
      kind: 'error',
      message: at
        ? at.message
        : error instanceof RangeError
          ? 'Could not parse the file: its structure is too deep for the parser (it ran out of stack).'
          : `Could not parse the file: ${errorMessage(error)}`,
      region: { startLine: line, startColumn: column, endLine: line, endColumn: column + 1 }
    };
  }
}

const TEMPLATE_SKIP = (file: string): ParseOutcome => ({
  kind: 'skip',
  note: {
    kind: 'template',
    file,
    message: 'Template file (`{{ … }}`, `{% … %}` or `<% … %>`): skipped; scan the rendered output instead.'
  }
});

/** A document of the manifest file whose YAML a template action broke (see the catch below): a template. */
function hasBrokenAction(document: KubernetesDocument, text: string): boolean {
  return document.problems.some(problem => problem.syntax && hasActionOnLine(text, problem.region.startLine));
}

/** Whether the 1-based `line` of `text` holds a whole `{{ … }}` action. */
function hasActionOnLine(text: string, line: number): boolean {
  let start = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf('\n', start);
    if (next < 0) return false;
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  const content = text.slice(start, end < 0 ? undefined : end);
  const open = content.indexOf('{{');
  return open >= 0 && content.indexOf('}}', open + 2) > 0;
}

/**
 * A file under a Helm chart's `templates/` is only meaningful rendered (RULES.md BH000), even when its
 * `{{ … }}` all sit inside values and the raw file happens to read as YAML. A `templates/` folder with
 * no `Chart.yaml` above it is no chart's (Cluster API's cloud-init templates quote a Jinja
 * `'{{ ds.meta_data["local_hostname"] }}'`): its files are read as they are. When the scan's files
 * are unknown (stdin), any `templates/` counts.
 */
function isChartTemplate(path: string, text: string, files: readonly string[]): boolean {
  if (!text.includes('{{')) return false;
  // Helm renders every file below `templates/`, in subfolders too (mariadb-operator's `templates/operator/`).
  for (const at of path.matchAll(/(^|\/)templates\//g)) {
    if (files.length === 0) return true;
    const chartDir = path.slice(0, at.index);
    if (chartFiles(files).has(chartDir ? `${chartDir}/Chart.yaml` : 'Chart.yaml')) return true;
  }
  return false;
}

const CHART_FILES = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The `Chart.yaml` files of a scan, computed once per file list (a worker keeps its copy of the facts). */
function chartFiles(files: readonly string[]): ReadonlySet<string> {
  let charts = CHART_FILES.get(files);
  if (!charts) {
    charts = new Set(files.filter(file => file === 'Chart.yaml' || file.endsWith('/Chart.yaml')));
    CHART_FILES.set(files, charts);
  }
  return charts;
}
