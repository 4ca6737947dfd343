import { LineCounter, parseAllDocuments } from 'yaml';
import { InputParseError } from '../../core/errors.js';
import type { Region } from '../../core/location.js';
import { YamlNode } from './yaml-node.js';

/** One YAML document of a file (JSON files are one document). */
export interface YamlDocument {
  index: number;
  root: YamlNode;
  /** Region of the document's first line. */
  region: Region;
}

export interface ParsedYaml {
  documents: YamlDocument[];
  /** Syntax errors, with positions (BH000). */
  errors: { message: string; region: Region }[];
}

/**
 * Parses every document of a YAML (or JSON) file with positions and source tokens. Aliases are capped
 * (`maxAliasCount`) so a "billion laughs" file costs nothing; the parser never throws.
 */
export function parseYamlDocuments(text: string): ParsedYaml {
  const lines = new LineCounter();
  const parsed = parseAllDocuments(text, {
    lineCounter: lines,
    keepSourceTokens: true,
    prettyErrors: false,
    uniqueKeys: false
  });
  const list = Array.isArray(parsed) ? parsed : [];
  const errors: ParsedYaml['errors'] = [];
  const documents: YamlDocument[] = [];
  list.forEach((document, index) => {
    for (const error of document.errors) {
      const from = lines.linePos(error.pos[0]);
      errors.push({
        message: error.message.split('\n')[0] ?? error.message,
        region: { startLine: from.line, startColumn: from.col, endLine: from.line, endColumn: from.col + 1 }
      });
    }
    const start = lines.linePos(document.contents?.range?.[0] ?? document.range[0]);
    documents.push({
      index,
      root: new YamlNode(document.contents, document, lines),
      region: { startLine: start.line, startColumn: 1, endLine: start.line, endColumn: 1 }
    });
  });
  return { documents, errors };
}

/** Like {@link parseYamlDocuments}, but the first syntax error is thrown as an InputParseError (BH000 at its position). */
export function parseValidYaml(text: string): YamlDocument[] {
  const parsed = parseYamlDocuments(text);
  const first = parsed.errors[0];
  if (first)
    throw new InputParseError(
      `Invalid YAML: ${first.message}`,
      first.region.startLine,
      first.region.startColumn
    );
  return parsed.documents;
}
