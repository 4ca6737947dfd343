import type { Document, DocumentOptions, ParseOptions } from 'yaml';
import { Composer, isMap, isPair, isSeq, LineCounter, Parser } from './yaml-library.js';
import { InputParseError, InputTooLargeError } from '../../core/errors.js';
import type { Region } from '../../core/location.js';
import { repairFlowIndentation, type ColumnShifts } from './repair-flow-indentation.js';
import { YamlNode, type YamlSource } from './yaml-node.js';

/** One YAML document of a file (JSON files are one document). */
export interface YamlDocument {
  index: number;
  root: YamlNode;
  /** Region of the document's first line. */
  region: Region;
  /** The document has syntax errors (in {@link ParsedYaml.errors}): its tree is what the parser made of it. */
  invalid?: true;
}

export interface ParsedYaml {
  documents: YamlDocument[];
  /** Syntax errors, with positions (BH000), and the index of the document each is in. */
  errors: YamlSyntaxError[];
  /** Why the file was not parsed (over the memory budget): then there are no documents. */
  tooLarge?: string;
}

export interface YamlSyntaxError {
  message: string;
  region: Region;
  document: number;
}

export interface YamlReadOptions {
  /**
   * Called with each document as soon as it is parsed, before the next one is: the place to drop
   * parts no rule reads (see {@link YamlNode.dropEntries}), so a large multi-document file never
   * holds every full syntax tree at once.
   */
  onDocument?: (document: YamlDocument) => void;
  /** The memory budget (tests make it small). */
  limits?: YamlLimits;
}

const OPTIONS: ParseOptions & DocumentOptions = {
  // Kubernetes (`sigs.k8s.io/yaml`) and Compose (compose-go) decode into maps: a repeated key is not
  // a parse error there (the last one wins, see YamlNode.get).
  uniqueKeys: false,
  prettyErrors: false,
  // `strict` stays on: turning it off would also accept implicit keys over 1024 characters, which
  // libyaml rejects; the one strict check libyaml does not make is dropped in isToleratedError.
  // The version stays 1.2 (the default): Compose's go-yaml v3 reads `yes`/`on` as strings.

  // Source tokens double the memory of a tree; YamlNode.raw slices the text instead.
  keepSourceTokens: false
};

/**
 * The memory budget. A document is whole in memory, with its concrete syntax, while it is parsed:
 * about 350 to 550 bytes per syntax token (a line break or an indicator such as `:`, `-`, `,`, `{`,
 * `"`), so a 5 MB `kubectl get -o json` list (1.1 million tokens) peaks at 440 MB, and a 5 MB list
 * of `- {a: 1}` items (1.9 million) at 1.1 GB. A kept syntax tree costs about 220 bytes per node
 * (key, value or item: the node, its pair and its ranges; measured on 50 MB of Deployments). With
 * at most 1.2 million tokens in a document and two million nodes kept for the rules (after
 * {@link YamlReadOptions.onDocument} dropped what no rule reads), files are scanned in well under
 * 1 GB; larger ones are refused with a note.
 */
const LIMITS: YamlLimits = { maxDocumentTokens: 1_200_000, maxKeptNodes: 2_000_000 };

export interface YamlLimits {
  /** Syntax tokens of one document (see {@link countDocumentTokens}). */
  maxDocumentTokens: number;
  /** Nodes (keys, values, items) of all the documents kept for the rules. */
  maxKeptNodes: number;
}

/**
 * Rounds of re-indenting cut-off flow nodes. A repair can reveal one nested deeper, and a cut scalar
 * can hide the next ones: a continuation line that starts with an escaped quote (`''RequestMirror'')'`
 * in the Gateway API CRDs' CEL rules) reads as the start of a new scalar, so the parse's view of every
 * quote after it is off by one until that scalar is repaired. Each round parses the file again: any
 * file gets MIN_REPAIR_ROUNDS, and more while they would parse at most MAX_REPAIR_TEXT characters in
 * all, up to MAX_REPAIR_ROUNDS.
 */
const MIN_REPAIR_ROUNDS = 4;
const MAX_REPAIR_ROUNDS = 64;
const MAX_REPAIR_TEXT = 16 * 1024 * 1024;

/**
 * Whether one more repair round fits: the file is parsed once per round (a file parsed in parts, see
 * parseYamlDocuments, gives each part the rounds the whole file would get, so all parts together
 * parse no more text).
 */
function mayRepairAgain(round: number, length: number): boolean {
  return round < MIN_REPAIR_ROUNDS || (round < MAX_REPAIR_ROUNDS && (round + 2) * length <= MAX_REPAIR_TEXT);
}

/**
 * Parses every document of a YAML (or JSON) file with positions. Aliases are capped
 * (`maxAliasCount`) so a "billion laughs" file costs nothing; the parser never throws.
 *
 * Tolerates what go-yaml (libyaml) tolerates and the YAML 1.2 spec does not: continuation lines of a
 * quoted scalar or flow collection indented less than its block (or with tabs), and a comment right
 * after a closing quote or bracket (`"v"# note`). Kubernetes and Compose accept both, so neither is
 * BH000 (RULES.md); positions stay those of the original text.
 */
export function parseYamlDocuments(text: string, options: YamlReadOptions = {}): ParsedYaml {
  const limits = options.limits ?? LIMITS;
  const largest = countDocumentTokens(text, limits.maxDocumentTokens);
  if (largest > limits.maxDocumentTokens)
    return tooLarge(
      `its largest YAML document is too dense (about ${millions(largest)} syntax tokens; at most ${millions(limits.maxDocumentTokens)} per document)`
    );
  const whole = parseRepaired(text, options, {
    file: text,
    lineOffset: 0,
    beforeMarker: false,
    firstIndex: 0,
    keptBefore: 0
  });
  if (whole.tooLarge) return tooLarge(whole.tooLarge);
  const chunks = whole.parsed.errors.length ? documentChunks(text) : [];
  if (chunks.length < 2) return whole.parsed;
  // A syntax error in one document must not cost the others theirs: the YAML 1.2 parser lets an
  // unclosed quote run over the next `---` (libyaml ends it there). `kubectl apply` splits a file at
  // its `---` lines and decodes each part alone; so is each part parsed here, repaired as if alone.
  const parsed: ParsedYaml = { documents: [], errors: [] };
  let kept = 0;
  for (const chunk of chunks) {
    const part = parseRepaired(chunk.text, options, {
      file: text,
      lineOffset: chunk.line - 1,
      beforeMarker: chunk !== chunks[chunks.length - 1],
      firstIndex: parsed.documents.length,
      keptBefore: kept
    });
    if (part.tooLarge) return tooLarge(part.tooLarge);
    kept = part.kept;
    parsed.documents.push(...part.parsed.documents);
    parsed.errors.push(...part.parsed.errors);
  }
  return parsed;
}

/**
 * Parses a text (the file, or a part of it starting at line `lineOffset + 1`), re-indenting cut-off
 * flow nodes round after round while that helps. When errors remain, they are the first parse's:
 * those of a document the repair did not make valid are not go-yaml leniencies.
 */
function parseRepaired(
  text: string,
  options: YamlReadOptions,
  part: PartOfFile
): { parsed: ParsedYaml; kept: number; tooLarge?: string; source: string } {
  const first = parseOnce(text, new Map(), options, true, part);
  if (first.tooLarge || !first.errors.length) return { ...first, source: text };
  let source = text;
  let shifts: ColumnShifts = new Map();
  let { trees, lines } = first;
  for (let round = 0; mayRepairAgain(round, part.file.length); round++) {
    const repaired = repairFlowIndentation(source, trees, offset => lineAt(lines, source, offset));
    if (!repaired) break;
    source = repaired.text;
    shifts = addShifts(shifts, repaired.shifts);
    const next = parseOnce(source, shifts, options, mayRepairAgain(round + 1, part.file.length), part);
    if (next.tooLarge || !next.errors.length) return { ...next, source };
    ({ trees, lines } = next);
  }
  // Not a go-yaml leniency: the original parse's errors stand (its documents are unusable anyway).
  return { parsed: { documents: first.parsed.documents, errors: first.errors }, kept: first.kept, source };
}

/**
 * The text with the continuation lines of the quoted scalars and flow collections the YAML 1.2 parser
 * cuts short re-indented, as parseYamlDocuments reads it: the same lines and values, for a reader of
 * the `yaml` package's own trees (the objects of a rendered stream, by line).
 */
export function reindentedYaml(text: string): string {
  return parseRepaired(
    text,
    {},
    { file: text, lineOffset: 0, beforeMarker: false, firstIndex: 0, keptBefore: 0 }
  ).source;
}

/** The text cut before each `---` line (a part starts with its marker), with the 1-based line each part starts at. */
function documentChunks(text: string): { text: string; line: number }[] {
  const chunks: { text: string; line: number }[] = [];
  let start = 0;
  let line = 1;
  let startLine = 1;
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
    line++;
    if (!DOCUMENT_START.test(text.slice(nl + 1, nl + 1 + MAX_MARKER_LINE))) continue;
    chunks.push({ text: text.slice(start, nl + 1), line: startLine });
    start = nl + 1;
    startLine = line;
  }
  chunks.push({ text: text.slice(start), line: startLine });
  return chunks;
}

/** A `---` line on its own (or with a comment), where `kubectl apply` splits a file into documents. */
const DOCUMENT_START = /^---[ \t]*(#[^\n]*)?(\r?\n|$)/;
const MAX_MARKER_LINE = 4096;

/** Whether a parse is one `parseValidYaml` returns: within the limits and without a syntax error. */
export function isValidParse(parsed: ParsedYaml): boolean {
  return !parsed.tooLarge && parsed.errors.length === 0;
}

/** Like {@link parseYamlDocuments}, but the first syntax error is thrown as an InputParseError (BH000 at its position). */
export function parseValidYaml(text: string, options: YamlReadOptions = {}): YamlDocument[] {
  const parsed = parseYamlDocuments(text, options);
  if (parsed.tooLarge) throw new InputTooLargeError(parsed.tooLarge);
  if (parsed.errors.length) throw yamlParseError(parsed.errors);
  return parsed.documents;
}

/** The first of `errors` (not empty) as an InputParseError, with the count of the others. */
export function yamlParseError(errors: readonly YamlSyntaxError[]): InputParseError {
  const { message, region } = firstOf(errors);
  return new InputParseError(message, region.startLine, region.startColumn);
}

/**
 * One problem (BH000) per document with syntax errors, at its first error, with the count of the
 * others: for a reader that keeps the valid documents of a file.
 */
export function invalidDocumentProblems(parsed: ParsedYaml): { message: string; region: Region }[] {
  const byDocument = new Map<number, YamlSyntaxError[]>();
  for (const error of parsed.errors) {
    const errors = byDocument.get(error.document) ?? [];
    errors.push(error);
    byDocument.set(error.document, errors);
  }
  return [...byDocument.values()].map(firstOf);
}

function firstOf(errors: readonly YamlSyntaxError[]): { message: string; region: Region } {
  const [first] = errors as [YamlSyntaxError];
  const more = errors.length - 1;
  const others = more ? ` (and ${more} more error${more === 1 ? '' : 's'})` : '';
  return { message: `Invalid YAML: ${first.message}${others}`, region: first.region };
}

interface Attempt {
  parsed: ParsedYaml;
  errors: ParsedYaml['errors'];
  /** The syntax trees of the documents with errors, for a repair. */
  trees: Document.Parsed[];
  lines: LineCounter;
  /** Nodes kept, with those of the parts parsed before. */
  kept: number;
  tooLarge?: string;
}

/** Where a parsed text sits in the file: the lines before it, and the nodes the parts before it keep. */
interface PartOfFile {
  /** The file's whole text (edits work on its lines). */
  file: string;
  lineOffset: number;
  /** The text ends where a `---` line starts: an error at its very end is one of its last line. */
  beforeMarker: boolean;
  /** The index of its first document in the file. */
  firstIndex: number;
  keptBefore: number;
}

function parseOnce(
  source: string,
  shifts: ColumnShifts,
  options: YamlReadOptions,
  keepTrees: boolean,
  part: PartOfFile
): Attempt {
  const lines = new LineCounter();
  const position = positionIn(lines, shifts, part.lineOffset);
  const errors: ParsedYaml['errors'] = [];
  const documents: YamlDocument[] = [];
  const trees: Document.Parsed[] = [];
  const composer = new Composer(OPTIONS);
  let index = part.firstIndex;
  let kept = part.keptBefore;
  const { maxKeptNodes } = options.limits ?? LIMITS;
  for (const document of composer.compose(new Parser(lines.addNewLine).parse(source))) {
    let failed = false;
    for (const error of document.errors) {
      if (isToleratedError(error.code, error.message)) continue;
      failed = true;
      const at = part.beforeMarker ? Math.min(error.pos[0], source.length - 1) : error.pos[0];
      const from = position(at);
      errors.push({
        message: error.message.split('\n')[0] ?? error.message,
        region: { startLine: from.line, startColumn: from.col, endLine: from.line, endColumn: from.col + 1 },
        document: index
      });
    }
    // Only a document with errors can hold a node the parse cut short.
    if (failed && keepTrees) trees.push(document);
    const start = position(document.contents?.range?.[0] ?? document.range[0]);
    const yamlDocument: YamlDocument = {
      index: index++,
      root: YamlNode.forDocument(document, {
        text: source,
        original: part.file,
        position
      } satisfies YamlSource),
      region: { startLine: start.line, startColumn: 1, endLine: start.line, endColumn: 1 },
      ...(failed ? { invalid: true as const } : {})
    };
    // A document that may be repaired keeps its whole tree: the repair looks for the node the parse cut
    // short, which dropping entries no rule reads (a CRD's schema) could take away.
    if (!(failed && keepTrees)) options.onDocument?.(yamlDocument);
    documents.push(yamlDocument);
    kept += countNodes(document, maxKeptNodes - kept + 1);
    if (kept > maxKeptNodes) {
      const tooLarge = `its YAML documents hold more than ${maxKeptNodes} values to analyse (at most that per file)`;
      return { parsed: { documents: [], errors: [] }, errors: [], trees: [], lines, kept, tooLarge };
    }
  }
  return { parsed: { documents, errors }, errors, trees, lines, kept };
}

function tooLarge(why: string): ParsedYaml {
  return {
    documents: [],
    errors: [],
    tooLarge: `Not analysed: ${why}, more than a scan parses within its memory budget. Split the file into smaller ones to scan it.`
  };
}

function millions(count: number): string {
  return `${(count / 1_000_000).toFixed(1)} million`;
}

/** Characters that start or end a YAML token: each becomes at least one token of the concrete syntax. */
const INDICATORS = new Uint8Array(128);
for (const c of ',:[]{}-"\'#?&*!|>') INDICATORS[c.charCodeAt(0)] = 1;

/**
 * The syntax tokens of the densest document, estimated without parsing: line breaks and indicator
 * characters (an overestimate in prose, which is fine for a budget). A `---` or `...` at the start
 * of a line always ends a document (inside a quoted scalar it is an error). Stops past `limit`.
 */
function countDocumentTokens(text: string, limit: number): number {
  let largest = 0;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      count++;
      const marker = text.startsWith('---', i + 1) || text.startsWith('...', i + 1);
      if (!marker || !/^[ \t\r\n]?$/.test(text.charAt(i + 4))) continue;
      largest = Math.max(largest, count);
      count = 0;
    } else if (c < 128 && INDICATORS[c]) count++;
    if (count > limit) return count;
  }
  return Math.max(largest, count);
}

/** Nodes of a document's tree (pairs, keys, values, items), counted up to `limit`. */
function countNodes(document: Document.Parsed, limit: number): number {
  const stack: unknown[] = [document.contents];
  let count = 0;
  while (stack.length && count < limit) {
    const node = stack.pop();
    if (!node) continue;
    count++;
    if (isPair(node)) stack.push(node.key, node.value);
    else if (isMap(node) || isSeq(node)) for (const item of node.items) stack.push(item);
  }
  return count;
}

/** libyaml reads a comment right after a closing quote or bracket (`"v"# c`) as a comment. */
function isToleratedError(code: string, message: string): boolean {
  return code === 'MISSING_CHAR' && message.startsWith('Comments must be separated');
}

/**
 * 1-based line and column in the file of an offset in the (possibly re-indented) source, a part of
 * the file after `lineOffset` lines.
 */
function positionIn(
  lines: LineCounter,
  shifts: ColumnShifts,
  lineOffset: number
): (offset: number) => { line: number; col: number } {
  return offset => {
    const at = lines.linePos(offset);
    const shift = shifts.get(at.line);
    return { line: at.line + lineOffset, col: shift ? Math.max(1, at.col - shift) : at.col };
  };
}

function lineAt(lines: LineCounter, source: string, offset: number): number {
  return offset >= source.length ? lines.lineStarts.length : lines.linePos(offset).line;
}

function addShifts(total: ColumnShifts, added: ColumnShifts): ColumnShifts {
  const sum = new Map(total);
  for (const [line, shift] of added) sum.set(line, (sum.get(line) ?? 0) + shift);
  return sum;
}
