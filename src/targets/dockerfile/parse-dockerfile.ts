import { DockerfileParser, type Instruction } from 'dockerfile-ast';
import type { Region } from '../../core/location.js';
import type {
  DockerArgument,
  DockerfileDocument,
  DockerInstruction,
  DockerProperty,
  DockerStage
} from './dockerfile-document.js';
import { expandVariables, type VariableScope } from './expand-variables.js';
import { buildStage, finishStage } from './build-stage.js';
import { SourceText } from '../source-text.js';
import { ScopeHistory } from './scope-history.js';
import { cacheArgumentReads } from './cache-argument-reads.js';

/** Instructions Docker knows (https://docs.docker.com/reference/dockerfile/#overview). */
const KNOWN_KEYWORDS = new Set([
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL',
  'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR'
]); // prettier-ignore

/** Instructions whose arguments are read word by word. */
const WORD_KEYWORDS = new Set(['FROM', 'COPY', 'ADD']);

interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** dockerfile-ast ranges are 0-based LSP ranges; SARIF regions are 1-based. */
function toRegion(range: LspRange): Region {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1
  };
}

/**
 * The last text parsed and its document: the scan's RUN probe (engine/load-shell-parser.ts) and then
 * the facts pass parse the same Dockerfile in turn. Documents are read-only once built (the facts pass
 * already hands its own to the scan), so the second parse returns the first one's document.
 */
let lastParse: { text: string; document: DockerfileDocument } | undefined;

/**
 * Parses a Dockerfile into our model. Never throws: problems Docker would reject are listed in
 * `problems` (BH000). The caller strips a BOM first (dockerfile-ast counts it as a character).
 */
export function parseDockerfile(text: string): DockerfileDocument {
  if (lastParse?.text === text) return lastParse.document;
  const document = parseNewDockerfile(text);
  lastParse = { text, document };
  return document;
}

/**
 * BuildKit reads a heredoc word with a file-descriptor prefix (`RUN cat /proc/self/fd/5 5<<EOF`,
 * `RUN 0<<EOF cat`: its reHeredoc is `^(\d*)<<(-?)\s*([^<]*)$`); dockerfile-ast knows only `<<EOF`,
 * and read the body as instructions (BH000). The parser gets the digits as spaces, so every offset is
 * the text's own; the texts the document keeps (heredoc bodies, instruction lines) are sliced from it.
 */
function withoutHeredocDescriptors(text: string): string {
  if (!HEREDOC_DESCRIPTOR.test(text)) return text;
  return text.replace(HEREDOC_DESCRIPTORS, (_match, before: string, digits: string, heredoc: string) => {
    return before + ' '.repeat(digits.length) + heredoc;
  });
}

/** A word `<digits><<[-]["']NAME`, after a blank or at a line start. */
const HEREDOC_DESCRIPTOR = /(^|[ \t])(\d+)(<<-?["']?[A-Za-z_])/m;
const HEREDOC_DESCRIPTORS = new RegExp(HEREDOC_DESCRIPTOR.source, 'gm');

function parseNewDockerfile(text: string): DockerfileDocument {
  cacheArgumentReads();
  const ast = DockerfileParser.parse(withoutHeredocDescriptors(text));
  const source = new SourceText(text);
  const lines = text.split(/\r\n|\r|\n/);
  const escapeChar = ast.getEscapeCharacter();
  const problems: DockerfileDocument['problems'] = [];
  const instructions: DockerInstruction[] = [];
  const stages: DockerStage[] = [];

  const globals = new ScopeHistory();
  let stageVariables = new ScopeHistory();
  let stageEnv = new ScopeHistory();
  let current: DockerStage | undefined;

  for (const node of ast.getInstructions()) {
    const keyword = node.getKeyword();
    const scope = current ? stageVariables.snapshot() : globals.snapshot();
    const instruction = toInstruction(node, source, current?.index ?? -1, scope);
    instructions.push(instruction);
    if (!KNOWN_KEYWORDS.has(keyword)) {
      problems.push({
        message: unknownInstructionMessage(node.getInstruction()),
        region: instruction.region
      });
      continue;
    }
    if (keyword === 'FROM') {
      if (instruction.args.length === 0) {
        problems.push({ message: 'FROM has no image.', region: instruction.region });
        continue;
      }
      if (current) finishStage(current, escapeChar);
      current = buildStage(instruction, stages, globals.snapshot(), escapeChar);
      stages.push(current);
      // Stages inherit ENV from the stage they are built on, never ARGs (except re-declared globals).
      stageVariables = new ScopeHistory(current.env);
      stageEnv = new ScopeHistory(current.env);
      continue;
    }
    if (!current) {
      if (keyword === 'ARG') declare(globals, instruction.properties, undefined, escapeChar);
      else
        problems.push({ message: `'${keyword}' appears before the first FROM.`, region: instruction.region });
      continue;
    }
    current.instructions.push(instruction);
    if (keyword === 'ARG') declare(stageVariables, instruction.properties, globals.snapshot(), escapeChar);
    if (keyword === 'ENV') {
      declare(stageVariables, instruction.properties, undefined, escapeChar);
      const now = stageVariables.snapshot();
      for (const p of instruction.properties) stageEnv.set(p.name, now.get(p.name));
      current.env = stageEnv.snapshot();
    }
  }
  if (current) finishStage(current, escapeChar);
  if (instructions.length === 0) {
    problems.push({ message: 'The Dockerfile has no instructions.', region: firstLineRegion(lines) });
  } else if (stages.length === 0 && problems.length === 0) {
    problems.push({ message: 'The Dockerfile has no FROM instruction.', region: instructions[0]!.region });
  }
  return { text, lines, escapeChar, instructions, stages, finalStage: stages.at(-1), problems };
}

/** Applies ARG/ENV pairs in order; a bare `ARG X` inside a stage takes the global default of X. */
function declare(
  history: ScopeHistory,
  properties: DockerProperty[],
  globals: VariableScope | undefined,
  escapeChar: string
): void {
  for (const p of properties) {
    const now = history.snapshot();
    if (p.value === undefined) history.set(p.name, globals?.get(p.name) ?? now.get(p.name));
    else {
      const expanded = expandVariables(p.value, now, escapeChar);
      history.set(p.name, expanded.resolved ? expanded.value : undefined);
    }
  }
}

function firstLineRegion(lines: string[]): Region {
  return { startLine: 1, startColumn: 1, endLine: 1, endColumn: (lines[0]?.length ?? 0) + 1 };
}

function toInstruction(
  node: Instruction,
  source: SourceText,
  stageIndex: number,
  scope: VariableScope
): DockerInstruction {
  const withExtras = node as Instruction & {
    getFlags?: () => { getName(): string; getValue(): string | null; getRange(): LspRange }[];
    getProperties?: () => { getName(): string; getValue(): string | null; getRange(): LspRange }[];
    getHeredocs?: () => {
      getName(): string | null;
      getContentRange(): LspRange | null;
      getNameRange(): LspRange;
    }[];
  };
  const range = node.getRange();
  // Every heredoc dockerfile-ast finds starts at an argument that begins with `<<`; an instruction
  // without a `<` anywhere (most of them) is not scanned for one again.
  const heredocs = (source.includes('<', range) ? heredocsOf(withExtras) : []).map(h => {
    const content = h.getContentRange();
    return {
      name: h.getName() ?? '',
      body: content ? source.slice(content) : '',
      region: toRegion(content ?? h.getNameRange())
    };
  });
  // dockerfile-ast recomputes arguments on every call and it is the costliest part of parsing, so only
  // the instructions whose words we read get them (RUN, ENV, … are read as text or properties).
  const args: DockerArgument[] = WORD_KEYWORDS.has(node.getKeyword())
    ? node.getArguments().map(a => ({ value: a.getValue(), region: toRegion(a.getRange()) }))
    : [];
  return {
    keyword: node.getKeyword(),
    region: toRegion(range),
    argsText: node.getArgumentsContent() ?? '',
    args,
    flags: (withExtras.getFlags?.() ?? []).map(f => ({
      name: f.getName().toLowerCase(),
      value: f.getValue() ?? undefined,
      region: toRegion(f.getRange())
    })),
    properties: (withExtras.getProperties?.() ?? []).map(p => ({
      name: p.getName(),
      value: p.getValue() ?? undefined,
      region: toRegion(p.getRange())
    })),
    execForm: readExecForm(node, source),
    heredocs,
    stageIndex,
    scope
  };
}

/**
 * dockerfile-ast 0.7.1 throws from `getHeredocs()` on some escaped line ends (`F \\<CR>#…`: it reads
 * the range of a heredoc that is not there). Such an instruction has no heredoc Docker would read.
 */
function heredocsOf<T>(node: { getHeredocs?: () => T[] }): T[] {
  try {
    return node.getHeredocs?.() ?? [];
  } catch {
    return [];
  }
}

/** dockerfile-ast 0.7.1 `getJSONValue()` drops inner spaces, so the array is parsed from the source. */
function readExecForm(node: Instruction, source: SourceText): string[] | undefined {
  const range = node.getArgumentsRange();
  if (!range) return undefined;
  const raw = source.slice(range).trim();
  if (!raw.startsWith('[')) return undefined;
  try {
    const parsed: unknown = JSON.parse(raw.replace(/\\\r?\n/g, ''));
    return Array.isArray(parsed) && parsed.every(v => typeof v === 'string') ? parsed : undefined;
  } catch {
    return undefined; // Docker runs invalid JSON as shell form.
  }
}

/**
 * RULES.md BH000: the message quotes at most a keyword. A misspelt keyword (`FORM`) is letters
 * only; anything else in that place (`API_TOKEN=…`, a pasted token) may be a secret, so it is
 * described, not quoted.
 */
function unknownInstructionMessage(word: string): string {
  if (/^[A-Za-z]{1,20}$/.test(word)) return `Unknown instruction '${word}'.`;
  return 'Unknown instruction: the line does not start with a Dockerfile keyword.';
}
