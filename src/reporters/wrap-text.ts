/**
 * Wraps prose at word boundaries to `width` columns, each line starting with `indent`. A word longer than
 * the width (a URL, a command) stays whole on its own line: breaking it would make it uncopyable.
 */
export function wrapText(text: string, width: number, indent = ''): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/)) {
      if (!word) continue;
      if (line && indent.length + line.length + 1 + word.length > width) {
        lines.push(indent + line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line ? indent + line : '');
  }
  return lines;
}
