import { Lexer } from './yaml-library.js';
import { isPlainBlockDocument } from './plain-block-document.js';

/** A line that starts or ends a document: `---` or `...`, alone on its line. */
const MARKER = /^(---|\.\.\.)[ \t]*\r?$/;
/**
 * A top-level line the first look does not follow: a marker with content (`--- {…}`), a directive, a
 * flow collection, or a node with an anchor, tag, alias or explicit key, any of which can hide the
 * object's real `kind` or another document.
 */
const UNFOLLOWED_LINE = /^(?:(---|\.\.\.)[ \t]\S|[%{[&!*?])/;
/** The top-level `kind:` line of a block-style object, with a plain name and nothing else but a comment. */
const KIND_LINE = /^kind:[ \t]+([A-Za-z][A-Za-z0-9]*)[ \t]*(#.*)?\r?$/;
/** Any top-level line that could set the kind: `kind:`, `kind :`, `"kind":`, `'kind':`. */
const ANY_KIND_KEY = /^(?:kind|"kind"|'kind')/;

/**
 * The text with every document whose kind `isRead` declines turned into blank lines, so the YAML
 * parser never builds it (a CustomResourceDefinition bundle is mostly OpenAPI schema no fact reads).
 * Line numbers stay those of the original text, and so do the columns of the documents kept; document
 * indexes may not (a blank document before the first `---` is no document).
 *
 * The first look is textual and conservative: a document is dropped only when exactly one top-level
 * line names its kind, in plain block style (see UNFOLLOWED_LINE), and the YAML lexer shows that the document ends where
 * its text ends: an unterminated quoted scalar runs over the next `---` and swallows the documents
 * after it, and dropping it would bring them back.
 *
 * With `onlyProvenValid`, a document is dropped only when a line-by-line check proves the parser
 * reads it without error (see isPlainBlockDocument), so no syntax error (BH000) goes unseen, and its
 * characters become spaces, so offsets stay those of the original text too. Without it, only for
 * callers that ignore syntax errors: a dropped document's errors are never seen.
 */
export function maskUnreadDocuments(
  text: string,
  isRead: (kind: string) => boolean,
  options: { onlyProvenValid?: boolean } = {}
): string {
  const lines = text.split('\n');
  let masked = false;
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    const line = i < lines.length ? (lines[i] as string) : undefined;
    if (line !== undefined && !MARKER.test(line)) continue;
    if (dropsDocument(lines, start, i, isRead, options.onlyProvenValid === true)) {
      for (let j = start; j < i; j++) lines[j] = blank(lines[j] as string, options.onlyProvenValid === true);
      masked = true;
    }
    start = i + 1;
  }
  return masked ? lines.join('\n') : text;
}

/** A dropped line: empty, or as many spaces as it had characters; a `\r` stays (the file's line ends). */
function blank(line: string, keepLength: boolean): string {
  const cr = line.endsWith('\r') ? '\r' : '';
  return keepLength ? ' '.repeat(line.length - cr.length) + cr : cr;
}

function dropsDocument(
  lines: string[],
  start: number,
  end: number,
  isRead: (kind: string) => boolean,
  provenValid: boolean
): boolean {
  let kind: string | undefined;
  let kindKeys = 0;
  for (let i = start; i < end; i++) {
    const line = lines[i] as string;
    if (UNFOLLOWED_LINE.test(line)) return false;
    if (!ANY_KIND_KEY.test(line)) continue;
    kindKeys++;
    kind = KIND_LINE.exec(line)?.[1];
  }
  if (kindKeys !== 1 || kind === undefined || isRead(kind)) return false;
  // A proven document ends where its text does (every quoted scalar in it closes), and the line check
  // costs a tenth of the lexer's pass, so the lexer only looks at the others.
  if (isPlainBlockDocument(lines, start, end)) return true;
  return !provenValid && endsAtItsText(lines, start, end);
}

/** The lexer, given the document and a `---` line after it, reads that line as a document marker. */
function endsAtItsText(lines: string[], start: number, end: number): boolean {
  let last: string | undefined;
  let beforeLast: string | undefined;
  for (const token of new Lexer().lex(`${lines.slice(start, end).join('\n')}\n---\n`)) {
    beforeLast = last;
    last = token;
  }
  return beforeLast === '---';
}
