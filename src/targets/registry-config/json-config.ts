import { InputParseError } from '../../core/errors.js';
import { parseYamlDocuments } from '../yaml/parse-yaml-documents.js';
import type { YamlNode } from '../yaml/yaml-node.js';
import { jsonSyntaxMessage } from '../json-syntax-message.js';

/** What a file's text is as JSON, cheaply, for `matches`: an object (with its value), nothing, another value, or broken. */
export type JsonProbe =
  | { kind: 'object'; value: Record<string, unknown> }
  | { kind: 'empty' }
  | { kind: 'other' }
  | { kind: 'invalid' };

/**
 * Reads a file as JSON without positions (for classification). Never throws. Several formats probe the
 * same `.json` file in turn (registryFormatOf), so the last answer is kept: one JSON.parse per file.
 */
export function probeJson(text: string): JsonProbe {
  if (lastProbe?.text !== text) lastProbe = { text, probe: probeJsonText(text) };
  return lastProbe.probe;
}

let lastProbe: { text: string; probe: JsonProbe } | undefined;

function probeJsonText(text: string): JsonProbe {
  const body = withoutBom(text);
  if (body.trim() === '') return { kind: 'empty' };
  try {
    const value: unknown = JSON.parse(body);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? { kind: 'object', value: value as Record<string, unknown> }
      : { kind: 'other' };
  } catch {
    return { kind: 'invalid' };
  }
}

/**
 * Parses a JSON config file with positions: the root object, or undefined for a file holding only
 * whitespace. The runtimes read these files with strict JSON decoders (Go's encoding/json), so
 * anything JSON.parse rejects — trailing commas, comments, YAML syntax — is a parse error, reported
 * at its position; so is a root that is not an object. A UTF-8 BOM is ignored (columns on the first
 * line are counted without it, as editors show them).
 */
export function parseJsonConfig(text: string, what: string): YamlNode | undefined {
  const body = withoutBom(text);
  if (body.trim() === '') return undefined;
  const syntax = jsonSyntaxError(body);
  if (syntax) {
    const { line, column } = positionAt(body, syntax.offset);
    throw new InputParseError(`Invalid JSON in ${what}: ${syntax.message}`, line, column);
  }
  // The positional parser recurses per level and dies near V8's stack limit (inside a RegExp
  // compilation, which kills the process); no real config comes near this depth.
  const tooDeep = offsetPastDepth(body, MAX_JSON_DEPTH);
  if (tooDeep >= 0) {
    const { line, column } = positionAt(body, tooDeep);
    throw new InputParseError(
      `${what} is nested deeper than ${MAX_JSON_DEPTH} levels; it was not read.`,
      line,
      column
    );
  }
  const parsed = parseYamlDocuments(body);
  const root = parsed.documents[0]?.root;
  const first = parsed.errors[0];
  if (first) {
    throw new InputParseError(
      `Invalid JSON in ${what}: ${first.message}`,
      first.region.startLine,
      first.region.startColumn
    );
  }
  if (!root || root.kind !== 'map') {
    const { line, column } = positionAt(body, body.search(/\S/));
    throw new InputParseError(`Invalid ${what}: the top level must be a JSON object.`, line, column);
  }
  return root;
}

/** The string items of a JSON array; nothing for any other value (Go's `[]string` fields reject other items). */
export function jsonStringItems(node: YamlNode | undefined): YamlNode[] {
  return node?.kind === 'seq' ? node.items().filter(item => typeof item.scalar === 'string') : [];
}

/** Deepest array/object nesting read with positions (Go's encoding/json allows 10,000; configs use < 10). */
export const MAX_JSON_DEPTH = 256;

/** Offset of the bracket that opens level `limit + 1` (outside strings), or -1. Text is valid JSON here. */
function offsetPastDepth(text: string, limit: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c)
        i++; // backslash: skip the escaped character
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x5b || code === 0x7b) {
      if (++depth > limit) return i;
    } else if (code === 0x5d || code === 0x7d) depth--;
  }
  return -1;
}

function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * JSON.parse's error with the offset it happened at. Some V8 messages carry no position
 * ("Unexpected token ']', … is not valid JSON"); then the offset is found as the longest prefix that
 * is still the start of some JSON text (a prefix that fails only at its very end, or inside an
 * unfinished token, can still be completed), which is exactly where the parser stopped.
 */
function jsonSyntaxError(text: string): { message: string; offset: number } | undefined {
  const error = jsonError(text);
  if (error === undefined) return undefined;
  const message = jsonSyntaxMessage(new Error(error)).replace(/ in JSON at position \d+.*$/s, '');
  // When the text stops early (a missing bracket or quote), point just after its last character.
  const end = text.trimEnd().length;
  const stated = statedOffset(error);
  if (stated >= 0) return { message, offset: Math.min(stated, end) };
  if (INCOMPLETE.test(error)) return { message, offset: end };
  let low = 0; // text.slice(0, low) is a viable prefix
  let high = text.length; // text.slice(0, high) is not
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    const prefixError = jsonError(text.slice(0, middle));
    if (prefixError === undefined || INCOMPLETE.test(prefixError) || statedOffset(prefixError) >= middle)
      low = middle;
    else high = middle;
  }
  return { message, offset: low };
}

/** The offset a V8 JSON.parse message gives, or -1. */
function statedOffset(message: string): number {
  const stated = /at position (\d+)/.exec(message);
  return stated ? Number(stated[1]) : -1;
}

/** V8's messages for a text that stops inside a token or value (a prefix that can still be completed). */
const INCOMPLETE =
  /end of (JSON )?input|Unterminated|No number after|is missing a number|Bad Unicode escape/i;

function jsonError(text: string): string | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** 1-based line and column of an offset (LF, CRLF or CR line ends). */
function positionAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const breaks = before.match(/\r\n|\r|\n/g) ?? [];
  const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return { line: breaks.length + 1, column: before.length - lastBreak };
}
