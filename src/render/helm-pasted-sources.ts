/**
 * Helm: where the text a template block pastes comes from (`{{ .Values.appConfig | nindent 4 }}`,
 * `{{ .Files.Get "files/tls.key" }}`): the values or chart-file line of one of its lines.
 */
import { posix } from 'node:path';
import { literalReads } from './chart-file-reads.js';
import { sameLinesInBlock } from './block-lines.js';
import { lookupValues } from './helm-values.js';
import { lineInText, type MappedLocation, type MappingContext } from './mapping-context.js';
import { valuesReferences } from './template-key-lines.js';

/**
 * The line, whose text is `lineText`, of what the template block under `location` pastes: a values key
 * it reads, or a chart file it reads with `.Files.Get "files/tls.key"`. `repeats`: how many lines above
 * it in the rendered block hold the same text; its own copy is then the one after as many in the source.
 */
export function valuesLineOfBlock(
  location: { file: string; line: number },
  lineText: string,
  context: MappingContext,
  repeats = 0
): Omit<MappedLocation, 'keyPath'> | undefined {
  const lines = (context.readText(location.file) ?? '').split(/\r\n|\r|\n/);
  const keyLine = lines[location.line - 1] ?? '';
  const indent = keyLine.length - keyLine.trimStart().length;
  const block: string[] = [];
  for (let i = location.line; i < lines.length && block.length < 200; i++) {
    const line = lines[i] as string;
    const content = line.trim();
    if (content !== '' && !content.startsWith('{{') && line.length - line.trimStart().length <= indent) break;
    block.push(line);
  }
  for (const reference of valuesReferences(block.join('\n'))) {
    const found = lookupValues(reference, [], context);
    if (!found?.exact) continue;
    const line = repeatedLine(context.readText(found.file), found.line, lineText, repeats);
    if (line) return { file: found.file, line, exact: true, via: 'values' };
  }
  for (const file of chartFilesRead(block.join('\n'), location.file)) {
    const line = repeatedLine(context.readText(file), 0, lineText, repeats);
    if (line) return { file, line, exact: true, via: 'template' };
  }
  return undefined;
}

/**
 * The line of `lineText` below `keyLine` (0: from the top): the copy after `repeats` others when the
 * source's block holds that many, else the first, as a search by text finds it.
 */
function repeatedLine(
  text: string | undefined,
  keyLine: number,
  lineText: string,
  repeats: number
): number | undefined {
  if (text === undefined) return undefined;
  return (
    (repeats > 0 ? sameLinesInBlock(text, keyLine, lineText)[repeats] : undefined) ??
    lineInText(text, lineText, Math.max(0, keyLine - 1))
  );
}

/**
 * The chart files a piece of template text reads with `.Files.Get "files/tls.key"`, relative to the
 * working directory (the path is the chart directory's: the one above `templates/` of `template`).
 */
export function chartFilesRead(text: string, template: string): string[] {
  const at = template.lastIndexOf('/templates/');
  const chartDir = at < 0 ? posix.dirname(posix.dirname(template)) : template.slice(0, at);
  return literalReads(text)
    .filter(([how]) => how === 'Get')
    .map(([, path]) => posix.normalize(posix.join(chartDir, path)));
}
