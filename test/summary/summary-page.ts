/**
 * The job summary as GitHub shows it, near enough to measure: Markdown rendered to HTML with
 * `marked` (GitHub-flavoured), inside a page styled like GitHub's Markdown (our own CSS, written
 * from how github.com renders `.markdown-body`: 16px system font, tables as scrolling blocks,
 * `overflow-wrap: break-word`), at a fixed page width. A script in the page measures overflow once
 * every `<details>` is opened and writes the result into `<body data-overflow>`, which
 * `chromium --headless --dump-dom` prints.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { marked } from 'marked';

/** The width the issue asks to check: a 1,000 px browser window. */
export const PAGE_WIDTH = 1000;

const CSS = `
*, *::before, *::after { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { width: ${PAGE_WIDTH}px; background: #f6f8fa; }
/* The job summary card: the run page's sidebar and margins leave it narrower than the window. */
.card { margin: 16px 16px 16px 16px; border: 1px solid #d0d7de; border-radius: 6px; background: #fff; }
.markdown-body {
  padding: 16px 24px; color: #1f2328; font-size: 16px; line-height: 1.5;
  font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif;
  overflow-wrap: break-word;
}
.markdown-body h2 { font-size: 1.5em; font-weight: 600; padding-bottom: .3em; border-bottom: 1px solid #d1d9e0; margin: 24px 0 16px; }
.markdown-body h3 { font-size: 1.25em; font-weight: 600; margin: 24px 0 16px; }
.markdown-body h4 { font-size: 1em; font-weight: 600; margin: 24px 0 16px; }
.markdown-body p, .markdown-body ul, .markdown-body details, .markdown-body table { margin: 0 0 16px; }
.markdown-body ul { padding-left: 2em; }
.markdown-body li + li { margin-top: .25em; }
.markdown-body a { color: #0969da; text-decoration: none; }
.markdown-body code { padding: .2em .4em; font-size: 85%; background: rgba(129,139,152,.12); border-radius: 6px;
  font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, monospace; }
.markdown-body table { display: block; width: max-content; max-width: 100%; overflow: auto; border-spacing: 0; border-collapse: collapse; }
.markdown-body td, .markdown-body th { padding: 6px 13px; border: 1px solid #d1d9e0; }
.markdown-body summary { cursor: pointer; }
`;

/**
 * Runs in the page: opens every `<details>`, then lists what is wider than its box: the page
 * itself, and any element (a table scrolling sideways counts) whose content is wider than it is.
 */
const MEASURE = `
window.addEventListener('load', () => {
  for (const details of document.querySelectorAll('details')) details.open = true;
  const root = document.documentElement;
  const problems = [];
  if (root.scrollWidth > root.clientWidth) problems.push('page ' + root.scrollWidth + 'px > ' + root.clientWidth + 'px');
  for (const element of document.querySelectorAll('.markdown-body *')) {
    const box = element.getBoundingClientRect();
    if (box.right > ${PAGE_WIDTH} + 0.5) problems.push(element.tagName + ' ends at ' + Math.round(box.right) + 'px: ' + element.textContent.slice(0, 80));
    else if (element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0 && getComputedStyle(element).overflowX !== 'visible')
      problems.push(element.tagName + ' scrolls sideways (' + element.scrollWidth + 'px in ' + element.clientWidth + 'px): ' + element.textContent.slice(0, 80));
  }
  document.body.dataset.overflow = JSON.stringify(problems);
  document.body.dataset.height = String(root.scrollHeight);
});
`;

/** The summary page for `markdown`. */
export function summaryPage(markdown: string): string {
  const body = marked.parse(markdown, { gfm: true, async: false });
  return `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=${PAGE_WIDTH}">
<style>${CSS}</style><script>${MEASURE}</script></head>
<body><div class="card"><div class="markdown-body">${body}</div></div></body></html>`;
}

/** The Debian package's binary, or undefined when Chromium is not installed. */
export function findChromium(): string | undefined {
  for (const path of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(path)) return path;
  return undefined;
}

function chromiumArgs(): string[] {
  // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--hide-scrollbars',
    `--window-size=${PAGE_WIDTH},900`,
    '--virtual-time-budget=5000'
  ];
}

/** Loads the page file in headless Chromium and returns what the page measured. */
export function measureOverflow(chromium: string, pageFile: string): { problems: string[]; height: number } {
  const dom = execFileSync(chromium, [...chromiumArgs(), '--dump-dom', `file://${pageFile}`], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024
  });
  const overflow = /data-overflow="([^"]*)"/.exec(dom)?.[1];
  const height = /data-height="(\d+)"/.exec(dom)?.[1];
  if (overflow === undefined)
    throw new Error('The page did not report its measurements (did its script run?).');
  const json = overflow
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
  return { problems: JSON.parse(json) as string[], height: Number(height ?? 0) };
}

/** A PNG of the page at the page width and its full height, to look at. */
export function screenshot(chromium: string, pageFile: string, pngFile: string, height: number): void {
  execFileSync(
    chromium,
    [
      ...chromiumArgs().filter(arg => !arg.startsWith('--window-size')),
      `--window-size=${PAGE_WIDTH},${Math.max(600, Math.min(height, 16_000))}`,
      `--screenshot=${pngFile}`,
      `file://${pageFile}`
    ],
    { stdio: 'ignore', timeout: 120_000 }
  );
}
