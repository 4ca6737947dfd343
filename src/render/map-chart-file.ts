/**
 * Helm: a rendered object that a template pastes from chart files read whole
 * (`{{ .Files.Get "files/deploy.yaml" | replace "nginx:latest" … }}`, `tpl (.Files.Get …) .`, or a
 * named template that reads a base file and patch files the template names) has its keys on that
 * file's lines, not on the template's one `{{ .Files.Get … }}` line.
 */
import type { Document } from 'yaml';
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments } from '../targets/yaml/yaml-library.js';
import { objectTemplate, templateFileReads } from './chart-file-reads.js';
import { walkKeyPath } from './find-yaml-key.js';
import type { Mapped, MappingContext } from './mapping-context.js';
import type { KeyPath, RenderedObject } from './rendered-objects.js';

/** A document of a chart file: its kind, name and parsed contents. */
interface FileDocument {
  file: string;
  kind: unknown;
  name: unknown;
  document: Document.Parsed;
  lineCounter: LineCounter;
}

/** Chart files longer than this are not parsed for mapping (a file of CRD schemas, not workloads). */
const MAX_FILE = 2_000_000;
/** Files one template reads that are searched: a glob over a folder of dashboards is no manifest. */
const MAX_FILES = 50;

const parsed = new WeakMap<MappingContext, Map<string, FileDocument[]>>();

/**
 * The line of the chart file that holds the rendered key, when the object came from files its template
 * reads whole and writes no keys of its own: the file's document of the object's kind and name (or the
 * only one of its kind) holds the whole key path, with the same scalar value the render shows, or a
 * map or list there too. Undefined otherwise (a value `replace` or `tpl` changed, a key a patch merged
 * in from a file that does not parse): the template's line stands.
 */
export function mapChartFileObject(
  object: RenderedObject,
  path: KeyPath,
  context: MappingContext
): Mapped | undefined {
  if (path.length === 0 || object.kind === undefined) return undefined;
  const source = objectTemplate(object, context);
  if (!source) return undefined;
  const reads = templateFileReads(source, context);
  if (reads.writesKeys || reads.files.length === 0 || reads.files.length > MAX_FILES) return undefined;
  const ofKind = reads.files.flatMap(file => documentsOf(file, context)).filter(d => d.kind === object.kind);
  const named = ofKind.filter(d => d.name === object.name);
  const candidates = named.length ? named : ofKind.length === 1 ? ofKind : [];
  if (!candidates.length) return undefined;
  const rendered = object.document.getIn(path, true);
  const scalar = isScalar(rendered);
  if (!scalar && !isMap(rendered) && !isSeq(rendered)) return undefined;
  const itemName = (index: number) => {
    const item = object.document.getIn(path.slice(0, index + 1));
    const name = isMap(item) ? item.get('name') : undefined;
    return typeof name === 'string' ? name : undefined;
  };
  // A list item's `name` and a map or list are where the file that defines them writes them (the base,
  // not a patch that names the item to change it); a scalar is where the last file that sets it does.
  const identity = path.at(-1) === 'name' && typeof path.at(-2) === 'number';
  let found: { file: string; line: number } | undefined;
  for (const candidate of candidates) {
    const match = walkKeyPath(candidate.document.contents, path, { itemName }, candidate.lineCounter);
    if (match?.matched !== path.length) continue;
    const same = scalar
      ? match.value !== undefined && match.value === rendered.value
      : isMap(rendered) === isMap(candidate.document.getIn(path, true)) &&
        isSeq(rendered) === isSeq(candidate.document.getIn(path, true));
    if (!same) continue;
    found = { file: candidate.file, line: match.line };
    if (!scalar || identity) break;
  }
  return found ? { ...found, exact: true, via: 'template' } : undefined;
}

/** The documents of a chart file that parse without error, read once per render. */
function documentsOf(file: string, context: MappingContext): FileDocument[] {
  let byFile = parsed.get(context);
  if (!byFile) parsed.set(context, (byFile = new Map()));
  const known = byFile.get(file);
  if (known) return known;
  const text = context.readText(file);
  const documents: FileDocument[] = [];
  if (text !== undefined && text.length <= MAX_FILE) {
    const lineCounter = new LineCounter();
    try {
      for (const document of parseAllDocuments(text, { lineCounter }) as Document.Parsed[])
        if (document.contents && document.errors.length === 0)
          documents.push({
            file,
            kind: document.get('kind'),
            name: document.getIn(['metadata', 'name']),
            document,
            lineCounter
          });
    } catch {
      // Not YAML (a script, a template fragment): nothing of it maps.
    }
  }
  byFile.set(file, documents);
  return documents;
}
