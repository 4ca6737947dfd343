#!/usr/bin/env node
import { createRequire as __bulkheadRequire } from 'node:module';
const require = __bulkheadRequire(import.meta.url);
import {
  wrapText
} from "./chunk-IHGOC2W5.js";
import "./chunk-QLIY3PYG.js";

// src/reporters/terminal-markdown.ts
var style = (open, close) => (text) => `\x1B[${open}m${text}\x1B[${close}m`;
var bold = style(1, 22);
var underline = style(4, 24);
var cyan = style(36, 39);
var dim = style(2, 22);
function renderTerminalMarkdown(markdown, options) {
  const paint = (fn, text) => options.color ? fn(text) : text;
  const inline = (text) => text.replace(
    /\[([^\]]+)\]\(([^)\s]+)\)/g,
    (_, label, url) => label === url ? url : `${label} (${url})`
  ).replace(/<(https?:\/\/[^>\s]+)>/g, "$1").replace(/`([^`]+)`/g, (_, code) => options.color ? cyan(code) : `\`${code}\``);
  const out = [];
  const lines = markdown.replace(/\r\n/g, "\n").split("\n");
  let paragraph = [];
  const flush = () => {
    if (paragraph.length) out.push(...wrapText(inline(paragraph.join(" ")), options.width), "");
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fence = /^\s*(```+|~~~+)/.exec(line);
    if (fence) {
      flush();
      const close = fence[1];
      for (i++; i < lines.length && !lines[i].trimStart().startsWith(close); i++)
        out.push(paint(dim, `    ${lines[i]}`));
      out.push("");
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      const text = inline(heading[2]);
      out.push(heading[1] === "#" ? paint((text2) => bold(underline(text2)), text) : paint(bold, text), "");
      continue;
    }
    const bullet = /^\s*[-*]\s+(.*)$/.exec(line);
    if (bullet) {
      flush();
      const [first = "", ...rest] = wrapText(inline(bullet[1]), options.width - 4);
      out.push(`  \u2022 ${first}`, ...rest.map((text) => `    ${text}`));
      if (!/^\s*[-*]\s+/.test(lines[i + 1] ?? "")) out.push("");
      continue;
    }
    if (line.trim() === "") flush();
    else paragraph.push(line.trim());
  }
  flush();
  while (out.at(-1) === "") out.pop();
  return `${out.join("\n")}
`;
}
export {
  renderTerminalMarkdown
};
