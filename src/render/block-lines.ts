/**
 * The lines of a source's block whose text is `lineText` (trimmed), in order, 1-based: the block is
 * what sits below the key at `keyLine` indented deeper (blank lines and template actions, `{{- if … }}`
 * at any indentation, do not end it); with `keyLine` 0, the whole text. A rendered `|` block that holds
 * a line N times maps its Nth copy to the Nth of these (a search by text takes the first for all).
 */
export function sameLinesInBlock(text: string, keyLine: number, lineText: string): number[] {
  const wanted = lineText.trim();
  if (wanted === '') return [];
  const lines = text.split(/\r\n|\r|\n/);
  const keyIndent = keyLine > 0 ? indentOf(lines[keyLine - 1] ?? '') : -1;
  const found: number[] = [];
  for (let index = keyLine; index < lines.length && index < keyLine + 5000; index++) {
    const source = lines[index] as string;
    const trimmed = source.trim();
    if (trimmed !== '' && !trimmed.startsWith('{{') && indentOf(source) <= keyIndent) break;
    if (trimmed === wanted) found.push(index + 1);
  }
  return found;
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}
