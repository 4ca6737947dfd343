import { mapChartFileObject } from './map-chart-file.js';
import { mapHelm } from './map-helm.js';
import { valuesLineOfBlock } from './helm-pasted-sources.js';
import { sameLinesInBlock } from './block-lines.js';
import { mapKustomize } from './map-kustomize.js';
import { lineInText, type MappedLocation, type MappingContext } from './mapping-context.js';
import {
  blockScalarAt,
  keyPathAtLine,
  type BlockScalar,
  type KeyPath,
  type RenderedObject
} from './rendered-objects.js';

/**
 * Maps a line of the rendered stream to the template, values, resource or patch line behind it. A line
 * inside embedded text (a ConfigMap's `application.properties: |`) maps to its key, then to the same
 * text below that key in the source (or in the file a generator's `files` entry reads): `lineText` is
 * the rendered line. A key whose value is encoded (a generated Secret's base64 `data`) has no such
 * lines in the stream: `embeddedLine`, the line of its decoded text a finding is about, is looked for
 * in the file its generator's `files` entry reads.
 */
export function mapRenderedLocation(
  object: RenderedObject,
  line: number,
  context: MappingContext,
  lineText?: string,
  embeddedLine?: string
): MappedLocation {
  const keyLine = keyPathAtLine(object, line);
  const block = keyLine ? undefined : blockScalarAt(object, line);
  const blockPath = block?.path;
  const path = keyLine ?? blockPath ?? [];
  const keyPath = formatKeyPath(path);
  const fallback: MappedLocation = { file: context.root.file, line: 1, exact: false, via: 'root', keyPath };
  // An object pasted from a chart file read whole has its keys on that file's lines.
  const mapped =
    context.root.kind === 'helm'
      ? (mapChartFileObject(object, path, context) ?? mapHelm(object, path, context))
      : mapKustomize(object, path, context);
  if (!mapped) return fallback;
  const { valueFile, ...location } = mapped;
  if (!blockPath) {
    const inFile =
      valueFile && embeddedLine !== undefined
        ? lineInText(context.readText(valueFile), embeddedLine, 0)
        : undefined;
    return valueFile && inFile
      ? { ...location, file: valueFile, line: inFile, keyPath }
      : { ...location, keyPath };
  }
  if (lineText === undefined) return { ...location, keyPath };
  const sameLine = valueFile ? lineOfFileText(context.readText(valueFile), block, line, lineText) : undefined;
  if (sameLine) return { ...location, file: valueFile as string, line: sameLine, exact: true, keyPath };
  const sourceText = context.readText(valueFile ?? location.file);
  const repeats = repeatsBefore(object, block, line, lineText);
  const inText =
    (valueFile ? undefined : repeatedLineInBlock(sourceText, location.line, lineText, block, repeats)) ??
    lineInText(sourceText, lineText, valueFile ? 0 : location.line);
  if (inText) return { ...location, file: valueFile ?? location.file, line: inText, exact: true, keyPath };
  // Text a template pastes from values (`app.yaml: |-` then `{{- .Values.appConfig | nindent 4 }}`):
  // the line is in the values file, below the key the block reads.
  const fromValues =
    context.root.kind === 'helm' && !valueFile
      ? valuesLineOfBlock(location, lineText, context, repeats)
      : undefined;
  return fromValues ? { ...fromValues, keyPath } : { ...location, exact: false, keyPath };
}

/**
 * The line of a generator's source file that a line of its rendered `|` block is: kustomize writes the
 * file's text as the value, so the block's Nth line is the file's Nth. Kept only when the text agrees;
 * a search by text would take the first of several identical lines (LiteLLM's `api_key:
 * os.environ/…` repeated for each model).
 */
function lineOfFileText(
  text: string | undefined,
  block: BlockScalar | undefined,
  line: number,
  lineText: string
): number | undefined {
  if (text === undefined || !block?.literal) return undefined;
  const index = line - block.keyLine;
  const written = text.split(/\r\n|\r|\n/)[index - 1];
  return written !== undefined && written.trim() === lineText.trim() ? index : undefined;
}

/**
 * How many lines above the rendered `|` block's line `line` hold the same text (a test script's
 * `auth="…"` in two loops, a `db.password=` line under two sections): 0 for the first or only one.
 */
function repeatsBefore(object: RenderedObject, block: BlockScalar, line: number, lineText: string): number {
  const value: unknown = object.document.getIn(block.path);
  const wanted = lineText.trim();
  if (!block.literal || typeof value !== 'string' || wanted === '') return 0;
  // The rendered block's line N is its text's Nth line: count the same lines above this one.
  const before = value.split(/\r\n|\r|\n/).slice(0, Math.max(0, line - block.keyLine - 1));
  return before.filter(written => written.trim() === wanted).length;
}

/**
 * The template line of a `|` block's line whose text the block holds `repeats` times above it: the
 * Nth such line of the block is the Nth of the template's block below its key line, `keyLine`. A
 * search by text alone takes the first of them for all. Undefined for the first, or when the
 * template's block has fewer (a `range` that writes one template line many times): then the search by
 * text decides, as before.
 */
function repeatedLineInBlock(
  text: string | undefined,
  keyLine: number,
  lineText: string,
  block: BlockScalar,
  repeats: number
): number | undefined {
  if (text === undefined || !block.literal || repeats === 0) return undefined;
  return sameLinesInBlock(text, keyLine, lineText)[repeats];
}

/** What a finding on a rendered line reports (`Report.valueRegion`'s line and `Report.valuePart`). */
export interface ReportedValue {
  valueLine?: number;
  valuePart?: string;
}

/**
 * A finding's source when its anchor is a key that only names what it reports (an env entry's `- name:`
 * at `anchorLine`, its `value:` at `valueLine`): the value's source when another file than the
 * anchor's gives it exactly. A JSON 6902 patch that replaces a base's `env` list, or a strategic-merge
 * patch that overrides one entry's `value`, leaves the name where the base wrote it, and the finding
 * is the patch's; a value written beside its name keeps the finding on the name's line. A finding
 * about the part of the value a chart's `appVersion` gives (an image's tag) is that line's.
 */
export function mapReportedValue(
  object: RenderedObject,
  anchorLine: number,
  reported: ReportedValue,
  context: MappingContext,
  lineText?: string
): MappedLocation {
  const { valueLine, valuePart } = reported;
  const anchor = mapRenderedLocation(object, anchorLine, context, lineText, valuePart);
  const value =
    valueLine === undefined || valueLine === anchorLine
      ? anchor
      : mapRenderedLocation(object, valueLine, context);
  const mapped = value.exact && value.file !== anchor.file ? value : anchor;
  const { appVersion } = mapped;
  if (appVersion && valuePart !== undefined && valuePart.toLowerCase() === appVersion.value.toLowerCase())
    return {
      file: appVersion.file,
      line: appVersion.line,
      exact: true,
      via: 'chart',
      keyPath: mapped.keyPath
    };
  return mapped;
}

/** `spec.template.spec.containers[0].securityContext`. */
export function formatKeyPath(path: KeyPath): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}
