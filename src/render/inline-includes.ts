import { indexTemplateKeys } from './template-key-lines.js';

/** What inlining reads: the discovered files and their texts. */
export interface IncludeSources {
  readText(path: string): string | undefined;
  files?: readonly string[];
}

/** Where a template's named templates are, relative to the working directory. */
export interface ChartDirs {
  /** The directory of the chart (or subchart) the template belongs to. */
  own: string;
  /** The directory of the chart rendered. */
  root: string;
  /** The directories of subcharts that lie elsewhere than the render names them (MappingContext's `localCharts`). */
  local?: readonly string[];
}

/** A template with the named templates it pastes as blocks written in, and where each line came from. */
export interface InlinedTemplate {
  text: string;
  /** The file and line (1-based) a line of `text` (1-based) was written on. */
  origin(line: number): { file: string; line: number };
}

interface Definition {
  file: string;
  /** Whether its body has key lines: only such a define is pasted into a template as a block. */
  blockShaped: boolean;
  /** Line of the file the body's first line is on. */
  firstLine: number;
  lines: string[];
}

/** Named templates inlined within named templates, at most (a define that includes itself stops here). */
const MAX_DEPTH = 4;
/** Lines an inlined template may grow to: a chart's templates are hundreds of lines, not millions. */
const MAX_LINES = 20_000;

/**
 * A line that is one `include` (or `template`) of a named template, alone or after a key, with the
 * indentation Helm gives its text (`{{- include "jenkins.configReloadContainer" (list $ "reload") | nindent 8 }}`,
 * `securityContext: {{- include "x.security" . | nindent 12 }}`, a whole object's `{{- include "ebs.node" … -}}`).
 */
const INCLUDE_LINE =
  /^( *)((?:- +)?(?:"[^"]*"|'[^']*'|[A-Za-z0-9_./-]+) *: *)?\{\{-?\s*(?:include|template)\s+"([^"]+)"(.*?)-?\}\}\s*$/;
const INDENT = /\|\s*(n?)indent\s+(\d+)\s*$/;

/**
 * The template with every block-shaped `include` replaced by the lines of the `define` it names, at the
 * indentation the include gives them, so that the keys of containers and pod specs a chart keeps in
 * named templates (Jenkins' config-reload sidecar, Falco's pod template, Tetragon's containers) are
 * found on the lines that write them. A scalar include (`name: {{ include "x.fullname" . }}`) stays.
 */
export function inlineIncludes(
  file: string,
  text: string,
  chartDirs: ChartDirs,
  sources: IncludeSources
): InlinedTemplate {
  const defines = { get: (name: string) => findDefinition(name, chartDirs, sources) };
  const leads = new Map<Definition, boolean>();
  // A define of actions only that includes a block-shaped one (JupyterHub's image puller: `$_ := merge
  // (dict "hook" false) .` then `include "jupyterhub.imagePuller.daemonset" $_`) writes that block.
  const leadsToBlock = (definition: Definition, depth: number): boolean => {
    if (definition.blockShaped) return true;
    const known = leads.get(definition);
    if (known !== undefined) return known;
    leads.set(definition, false); // a define that includes itself leads nowhere
    const found =
      depth < MAX_DEPTH &&
      definition.lines.some(line => {
        const name = INCLUDE_LINE.exec(line)?.[3];
        const inner = name === undefined ? undefined : defines.get(name);
        return inner !== undefined && leadsToBlock(inner, depth + 1);
      });
    leads.set(definition, found);
    return found;
  };
  const out: string[] = [];
  const origins: { file: string; line: number }[] = [];
  const paste = (
    lines: readonly string[],
    from: string,
    firstLine: number,
    indent: number,
    depth: number
  ) => {
    lines.forEach((line, index) => {
      const match = depth < MAX_DEPTH && out.length < MAX_LINES ? INCLUDE_LINE.exec(line) : null;
      const found = match ? defines.get(match[3] as string) : undefined;
      const definition = found && leadsToBlock(found, depth + 1) ? found : undefined;
      const pipeline = match?.[4] ?? '';
      const indentBy = INDENT.exec(pipeline);
      // A key with an include after it takes a block only through (n)indent; alone, the include's column.
      const block = match && definition && (indentBy || !match[2]);
      if (!block) {
        out.push(line === '' ? '' : ' '.repeat(indent) + line);
        origins.push({ file: from, line: firstLine + index });
        return;
      }
      if (match[2]) {
        out.push(' '.repeat(indent) + (match[1] ?? '') + (match[2] ?? '').trimEnd());
        origins.push({ file: from, line: firstLine + index });
      }
      const by = indentBy ? Number(indentBy[2]) : (match[1] ?? '').length;
      paste(bodyLines(definition), definition.file, definition.firstLine, indent + by, depth + 1);
    });
  };
  paste(text.split(/\r\n|\r|\n/), file, 1, 0, 0);
  // A template that is one include over several lines (`{{- include "quickwit.metastore.deployment" (dict`
  // … `) }}`) has no line to paste at: the object is the first block-shaped define it names.
  if (indexTemplateKeys(out.join('\n')).length === 0) {
    const named = [...text.matchAll(/\b(?:include|template)\s+"([^"]+)"/g)]
      .map(match => defines.get(match[1] as string))
      .find(definition => definition !== undefined && leadsToBlock(definition, 1));
    if (named) {
      out.length = 0;
      origins.length = 0;
      paste(bodyLines(named), named.file, named.firstLine, 0, 1);
    }
  }
  return {
    text: out.join('\n'),
    origin: line => origins[line - 1] ?? { file, line: 1 }
  };
}

/**
 * The lines a define pastes. Those of a define of actions only lose the indentation before a `{{-`,
 * which trims it: an include there is written at the column of the include that pastes the define.
 */
function bodyLines(definition: Definition): readonly string[] {
  return definition.blockShaped
    ? definition.lines
    : definition.lines.map(line => line.replace(/^[ \t]+(?=\{\{-)/, ''));
}

/**
 * The text of a named template of the chart (any define, not only block-shaped ones): what a templated
 * name such as `{{ include "container.tetragon.name" . }}` prints is there (`{{- print "tetragon" -}}`).
 */
export function definitionText(
  name: string,
  chartDirs: ChartDirs,
  sources: IncludeSources
): string | undefined {
  return findDefinition(name, chartDirs, sources)?.lines.join('\n');
}

/**
 * Helm shares named templates between a chart and its subcharts: the template's own chart first, then
 * the chart rendered (its vendored subcharts with it), then subcharts copied from a `file://` dependency.
 */
function findDefinition(name: string, chartDirs: ChartDirs, sources: IncludeSources): Definition | undefined {
  for (const dir of [chartDirs.own, chartDirs.root, ...(chartDirs.local ?? [])]) {
    const found = definitionsIn(dir, sources).get(name);
    if (found) return found;
  }
  return undefined;
}

/** The chart's named templates, by name, read once per chart for each render. */
const cache = new WeakMap<IncludeSources, Map<string, Map<string, Definition>>>();

function definitionsIn(chartDir: string, sources: IncludeSources): Map<string, Definition> {
  let byChart = cache.get(sources);
  if (!byChart) cache.set(sources, (byChart = new Map()));
  let defines = byChart.get(chartDir);
  if (defines) return defines;
  defines = new Map();
  const prefix = chartDir === '.' || chartDir === '' ? '' : `${chartDir}/`;
  for (const file of sources.files ?? []) {
    // Helm reads templates/ with its subfolders (JupyterHub's templates/image-puller/_helpers-daemonset.tpl).
    if (!file.startsWith(prefix) || !/(?:^|\/)templates\/(?:[^/]+\/)*[^/]*\.(?:tpl|ya?ml)$/.test(file))
      continue;
    const text = sources.readText(file);
    if (text === undefined || !text.includes('define')) continue;
    for (const [name, definition] of definitionsOf(file, text))
      if (!defines.has(name)) defines.set(name, definition);
  }
  byChart.set(chartDir, defines);
  return defines;
}

const DEFINE = /^\s*\{\{-?\s*define\s+"([^"]+)"\s*-?\}\}\s*$/;
const END = /^\s*\{\{-?\s*end\s*-?\}\}\s*$/;
/** A line that closes a template comment: a star and slash, then the closing braces. */
const COMMENT_END = /\*\/\s*-?\}\}$/;

/**
 * The index of the line that opens the template comment closing on line index `close` (`{{/*` or
 * `{{- /*` first on its line), looking no higher than `top`; undefined when there is none.
 */
function commentStart(lines: readonly string[], close: number, top: number): number | undefined {
  for (let at = close; at >= top; at--) {
    const line = (lines[at] as string).trim();
    if (/^\{\{-?\s*\/\*/.test(line)) return at;
    if (at < close && line.includes('*/')) return undefined;
  }
  return undefined;
}

/**
 * The `define`s of a file whose body starts on the line after the define, the body without its
 * closing `end` and without the indentation common to its lines.
 */
function definitionsOf(file: string, text: string): [string, Definition][] {
  const lines = text.split(/\r\n|\r|\n/);
  const found: [string, Definition][] = [];
  for (let i = 0; i < lines.length; i++) {
    const name = DEFINE.exec(lines[i] as string)?.[1];
    if (!name) continue;
    let end = i + 1;
    while (end < lines.length && !DEFINE.test(lines[end] as string)) end++;
    let last = end;
    // Blank lines and the comment over the next define (`{{/* Common labels */}}`) lie between this
    // define's `end` and it: none of it is the body.
    while (last > i + 1) {
      const line = (lines[last - 1] as string).trim();
      const opening = COMMENT_END.test(line) ? commentStart(lines, last - 1, i + 1) : undefined;
      if (line === '') last--;
      else if (opening !== undefined) last = opening;
      else {
        if (END.test(line)) last--;
        break;
      }
    }
    const body = lines.slice(i + 1, last);
    const blockShaped = indexTemplateKeys(body.join('\n')).length > 0;
    const common = Math.min(
      ...body
        .filter(line => line.trim() !== '' && !line.trim().startsWith('{{'))
        .map(line => line.length - line.trimStart().length)
    );
    const strip = Number.isFinite(common) ? common : 0;
    found.push([
      name,
      {
        file,
        firstLine: i + 2,
        blockShaped,
        lines: body.map(line => (line.slice(0, strip).trim() === '' ? line.slice(strip) : line))
      }
    ]);
    i = end - 1;
  }
  return found;
}
