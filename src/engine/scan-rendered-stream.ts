import type { Finding, Note } from '../core/finding.js';
import { lineRegion } from '../core/location.js';
import { computeLineFingerprints } from './line-fingerprints.js';
import type { RenderRoot } from '../render/discover-render-roots.js';
import { mapReportedValue } from '../render/map-rendered-location.js';
import { originFile } from '../render/map-kustomize.js';
import type { MappingContext } from '../render/mapping-context.js';
import type { ScannedStream } from '../render/generated-secrets.js';
import { objectAtLine, readRenderedObjects } from '../render/rendered-objects.js';
import { withRenderedServiceAccounts } from '../render/rendered-service-accounts.js';
import { renderedChartFiles } from '../render/chart-file-reads.js';
import { sourceNamer } from '../render/source-names.js';
import { scanDocuments, type EngineOptions } from './scan-documents.js';
import { inlineSuppression, parseInlineSuppressions, type InlineSuppressions } from './suppressions.js';

/** The rules on one rendered stream, each finding moved to the source line behind it. */
export function scanRendered(
  stream: string,
  root: RenderRoot,
  context: MappingContext,
  engine: EngineOptions
): RenderedScan {
  const renderedPath = `${root.dir === '.' ? '' : `${root.dir}/`}(rendered by ${root.kind === 'helm' ? 'helm template' : 'kustomize'})`;
  const objects = readRenderedObjects(stream);
  const repository = engine.repository && {
    ...engine.repository,
    facts: withRenderedServiceAccounts(engine.repository.facts, objects, context, renderedPath)
  };
  const scanned = scanDocuments([{ path: renderedPath, text: stream, target: 'kubernetes' }], {
    ...engine,
    ...(repository ? { repository } : {})
  });
  const inline = new Map<string, InlineSuppressions>();
  const inlineOf = (file: string, text: string): InlineSuppressions => {
    if (!inline.has(file)) inline.set(file, parseInlineSuppressions(text.split(/\r\n|\r|\n/)));
    return inline.get(file) as InlineSuppressions;
  };
  const withSourceNames = sourceNamer(objects, context);
  const renderedLines = new Map<Finding, number>();
  const streamLines = scanned.findings.length ? stream.split(/\r\n|\r|\n/) : [];
  for (const finding of scanned.findings) {
    // A fix edits the text it was computed on: here the rendered stream, not a file in the repository.
    delete finding.fixes;
    const line = finding.location.region.startLine;
    renderedLines.set(finding, line);
    const object = objectAtLine(objects, line);
    const mapped = object
      ? mapReportedValue(
          object,
          line,
          {
            ...(finding.valueRegion ? { valueLine: finding.valueRegion.startLine } : {}),
            ...(finding.valuePart !== undefined ? { valuePart: finding.valuePart } : {})
          },
          context,
          streamLines[line - 1]
        )
      : { file: root.file, line: 1, exact: false, via: 'root' as const, keyPath: '' };
    delete finding.valueRegion;
    delete finding.valuePart;
    // BH207 names the line of the key block, which is now the source's; a line of the rendered output
    // alone would mean nothing to the reader.
    finding.message = finding.message.replace(
      `, line ${line})`,
      mapped.exact ? `, line ${mapped.line})` : ')'
    );
    const text = context.readText(mapped.file) ?? '';
    const lineText = text.split(/\r\n|\r|\n/)[mapped.line - 1] ?? '';
    const indent = lineText.length - lineText.trimStart().length;
    finding.location = {
      file: mapped.file,
      region: { ...lineRegion(mapped.line, lineText), startColumn: indent + 1 }
    };
    const objectName = object
      ? `${object.kind ?? 'object'}/${object.name ?? '(unnamed)'}`
      : 'the rendered stream';
    // A generated Secret is `oauth2-proxy-h675gf55ht` in one overlay and `eks-oauth2-proxy-h675gf55ht`
    // in another; at the generator's line it is `oauth2-proxy`, and the overlays' findings are one. Only
    // the object is renamed (`Deployment 'antrea-mc-controller'`), not a container of the same name.
    if (mapped.sourceName && object?.name && object.kind)
      finding.message = finding.message
        .split(`${object.kind} '${object.name}'`)
        .join(`${object.kind} '${mapped.sourceName}'`);
    // So is another object of the render it names (the ServiceAccount `prod-app` is the base's `app`).
    finding.message = withSourceNames(finding.message, object);
    finding.properties = {
      ...finding.properties,
      renderedFrom: root.dir,
      renderedObject: objectName,
      ...(mapped.keyPath ? { renderedKeyPath: mapped.keyPath } : {}),
      sourceMapping: mapped.exact ? 'exact' : 'approximate'
    };
    if (!mapped.exact)
      (finding.relatedLocations ??= []).push({
        file: root.file,
        region: lineRegion(1, (context.readText(root.file) ?? '').split(/\r?\n/, 1)[0]),
        logical: `${objectName}${mapped.keyPath ? `:${mapped.keyPath}` : ''}`,
        message: `Rendered object ${objectName}${mapped.keyPath ? ` at ${mapped.keyPath}` : ''} (${root.kind === 'helm' ? 'helm template' : 'kustomize'} of '${root.dir}'); the primary location is the nearest line that produces it.`
      });
    // `repo:{{ .Values.image.tag | default .Chart.AppVersion }}`: the values line is not all of the value.
    if (mapped.appVersion && mapped.via !== 'chart') {
      const { file, line: appVersionLine, value } = mapped.appVersion;
      (finding.relatedLocations ??= []).push({
        file,
        region: lineRegion(
          appVersionLine,
          (context.readText(file) ?? '').split(/\r\n|\r|\n/)[appVersionLine - 1]
        ),
        message: `The chart's appVersion ('${value}'), which the template prints into the value.`
      });
    }
    // Comments in the template reach the rendered text (Helm keeps them); a `# bulkhead-ignore` in the
    // values file or patch the finding now points at is read here, and config ignores match the new path.
    if (finding.suppression?.kind === 'external') delete finding.suppression;
    finding.suppression ??=
      inlineSuppression(finding, inlineOf(mapped.file, text)) ?? engine.ignores?.suppression(finding);
    if (!finding.suppression) delete finding.suppression;
    const fingerprint = computeLineFingerprints(text, [mapped.line]).get(mapped.line);
    if (fingerprint) finding.fingerprint = fingerprint;
    else delete finding.fingerprint;
  }
  const notes = scanned.notes.filter(n => n.kind !== 'template');
  const sourceFiles = new Set<string>();
  for (const object of objects) {
    const origin = originFile(object, context);
    if (origin) sourceFiles.add(origin);
  }
  // A chart's files its rendered templates paste (`.Files.Get`, `.Files.Glob`) are deployed as rendered.
  for (const file of renderedChartFiles(objects, context)) sourceFiles.add(file);
  return {
    findings: scanned.findings,
    notes,
    // Every object the render made, CustomResourceDefinitions (not read: readRenderedObjects) included.
    objects: objects.length + (stream.match(/^kind: CustomResourceDefinition\s*$/gm)?.length ?? 0),
    renderedLines,
    sourceFiles: [...sourceFiles]
  };
}

export interface RenderedScan extends ScannedStream {
  notes: Note[];
  objects: number;
  sourceFiles: string[];
}
