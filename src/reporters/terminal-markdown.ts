import { wrapText } from './wrap-text.js';

export interface TerminalMarkdownOptions {
  color: boolean;
  /** Columns to wrap prose to. */
  width: number;
}

const style = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const bold = style(1, 22);
const underline = style(4, 24);
const cyan = style(36, 39);
const dim = style(2, 22);

/**
 * Renders the small Markdown subset of rule help (headings, paragraphs, bullet lists, fenced code blocks,
 * inline code, links) for a terminal: prose wrapped to the width, code blocks verbatim and indented (a
 * wrapped command would no longer run), links as "text (url)" so the url stays clickable.
 */
export function renderTerminalMarkdown(markdown: string, options: TerminalMarkdownOptions): string {
  const paint = (fn: (text: string) => string, text: string) => (options.color ? fn(text) : text);
  const inline = (text: string) =>
    text
      .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label: string, url: string) =>
        label === url ? url : `${label} (${url})`
      )
      .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
      .replace(/`([^`]+)`/g, (_, code: string) => (options.color ? cyan(code) : `\`${code}\``));
  const out: string[] = [];
  const lines = markdown.replace(/\r\n/g, '\n').split('\n');
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) out.push(...wrapText(inline(paragraph.join(' ')), options.width), '');
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const fence = /^\s*(```+|~~~+)/.exec(line);
    if (fence) {
      flush();
      const close = fence[1] as string;
      for (i++; i < lines.length && !(lines[i] as string).trimStart().startsWith(close); i++)
        out.push(paint(dim, `    ${lines[i]}`));
      out.push('');
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      const text = inline(heading[2] as string);
      out.push(heading[1] === '#' ? paint(text => bold(underline(text)), text) : paint(bold, text), '');
      continue;
    }
    const bullet = /^\s*[-*]\s+(.*)$/.exec(line);
    if (bullet) {
      flush();
      const [first = '', ...rest] = wrapText(inline(bullet[1] as string), options.width - 4);
      out.push(`  • ${first}`, ...rest.map(text => `    ${text}`));
      if (!/^\s*[-*]\s+/.test(lines[i + 1] ?? '')) out.push('');
      continue;
    }
    if (line.trim() === '') flush();
    else paragraph.push(line.trim());
  }
  flush();
  while (out.at(-1) === '') out.pop();
  return `${out.join('\n')}\n`;
}
