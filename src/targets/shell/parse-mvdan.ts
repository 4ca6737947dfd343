import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { MvdanError, MvdanParser, MvdanSyntax } from 'mvdan-sh';
import { byteOffset, child, childNodes, children, nodeType, OffsetMap, wellFormed } from './mvdan-ast.js';
import type { GoNode } from './mvdan-ast.js';
import type {
  ShellAssignment,
  ShellCommand,
  ShellParse,
  ShellPipeline,
  ShellRedirect,
  ShellWord
} from './shell-commands.js';
import { emptyParse, makeCommand, makeWord } from './shell-words.js';
import { append } from '../../core/append.js';
import { tokenizePosix } from './tokenize-posix.js';

/**
 * mvdan-sh is loaded on the first RUN script: it is 1.5 MB of GopherJS, two thirds of the bundle, and
 * compiling it at every start (`--version`, a scan without RUN) was most of the start-up CPU. The bundles
 * ship it beside them as `mvdan-sh.cjs` (scripts/build.mjs); from the sources it is the package.
 */
function loadSyntax(): MvdanSyntax {
  const require = createRequire(import.meta.url);
  const saved = Error.stackTraceLimit;
  let module: { syntax: MvdanSyntax };
  try {
    module = require(fileURLToPath(new URL('./mvdan-sh.cjs', import.meta.url))) as typeof module;
  } catch {
    module = require('mvdan-sh') as typeof module;
  }
  // GopherJS sets `Error.stackTraceLimit = Infinity` for the whole process when it loads, which makes
  // every Error anywhere capture its full stack; `runParse` manages the limit while mvdan-sh runs.
  Error.stackTraceLimit = saved;
  return module.syntax;
}

/**
 * Longer scripts go straight to the tokenizer: mvdan-sh under GopherJS reads about 1 MB/s (and
 * ~8 µs per statement), and no real RUN instruction is this long, but a hostile one could be.
 */
const MAX_PARSER_INPUT = 128 * 1024;

let parsers: MvdanParser[] | undefined;

/** Bash first (a superset that also knows `[[`, `<<<`, `<(...)`), then strict POSIX, created once. */
function getParsers(): MvdanParser[] {
  if (!parsers) {
    const syntax = loadSyntax();
    parsers = [syntax.NewParser(), syntax.NewParser(syntax.Variant(syntax.LangPOSIX))];
  }
  return parsers;
}

function runParse(parser: MvdanParser, script: string): GoNode {
  // GopherJS measures stack depth with `new Error().stack` while unwinding a panic (e.g. a stack
  // overflow on deeply nested input); with an unlimited trace that is quadratic (one input took
  // 96 s). The depth only matters to recover(), which the parser doesn't use.
  const saved = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    const file = parser.Parse(script, '').__internal_object__;
    if (nodeType(file) !== 'File')
      throw new Error('unsupported mvdan-sh build: no syntax.File behind the wrapper');
    return file as GoNode;
  } finally {
    Error.stackTraceLimit = saved;
  }
}

/**
 * Parses POSIX/bash shell with mvdan-sh. On a syntax error the script is re-read with the simple
 * tokenizer, so a single unusual construct doesn't hide every command from the rules.
 */
export function parseMvdan(script: string): ShellParse {
  const source = wellFormed(script);
  if (source.length > MAX_PARSER_INPUT) return tokenizePosix(source);
  const offsets = new OffsetMap(source);
  let failure: unknown;
  for (const parser of getParsers()) {
    try {
      return new TreeReader(source, offsets).read(runParse(parser, source));
    } catch (error) {
      failure ??= error;
    }
  }
  const fallback = tokenizePosix(source);
  fallback.error = describeError(failure, offsets);
  return fallback;
}

function describeError(error: unknown, offsets: OffsetMap): { message: string; offset: number } {
  try {
    const parseError = error as MvdanError;
    const message =
      typeof parseError.Text === 'string' ? parseError.Text : (parseError.Error?.() ?? String(error));
    const offset = parseError.Pos ? offsets.index(parseError.Pos.Offset()) : 0;
    return { message, offset };
  } catch {
    return { message: String(error), offset: 0 };
  }
}

/** Turns one syntax tree into commands and assignments. */
class TreeReader {
  private readonly out = emptyParse();
  /** Pipeline elements (statements) found so far, and the `|` nodes already counted as part of a pipeline. */
  private readonly pipelines = new Map<GoNode, ShellPipeline>();
  private readonly innerPipes = new Set<GoNode>();
  private pipelineIds = 0;

  constructor(
    private readonly script: string,
    private readonly offsets: OffsetMap
  ) {}

  read(file: GoNode): ShellParse {
    // An explicit stack instead of recursion: `a && b && ...` nests one level per command.
    const stack: GoNode[] = [file];
    for (let node = stack.pop(); node; node = stack.pop()) {
      const type = nodeType(node);
      if (type === 'Stmt') this.statement(node);
      else if (type === 'BinaryCmd') this.pipeline(node);
      const below = childNodes(node); // no spread: a command can have 100 000s of arguments
      for (let k = below.length - 1; k >= 0; k--) stack.push(below[k] as GoNode);
    }
    return this.out;
  }

  private statement(stmt: GoNode): void {
    const cmd = child(stmt, 'Cmd');
    const type = nodeType(cmd);
    if (!cmd || (type !== 'CallExpr' && type !== 'DeclClause')) return;
    const redirects = children(stmt, 'Redirs').map(r => this.redirect(r));
    if (type === 'DeclClause') {
      // Bash parses `export`/`local`/`declare`/`readonly` specially; they are still commands.
      const variant = child(cmd, 'Variant');
      if (!variant) return;
      const args = children(cmd, 'Args').map(a => this.declArg(a));
      this.push(stmt, makeCommand('posix', this.word(variant), args, [], redirects));
      return;
    }
    const [name, ...args] = children(cmd, 'Args').map(w => this.word(w));
    const env = children(cmd, 'Assigns').map(a => this.assign(a));
    if (name) this.push(stmt, makeCommand('posix', name, args, env, redirects));
    else append(this.out.assignments, env);
  }

  private push(stmt: GoNode, command: ShellCommand): void {
    const pipeline = this.pipelines.get(stmt);
    if (pipeline) command.pipeline = pipeline;
    this.out.commands.push(command);
  }

  /**
   * `a | b | c` is `(a | b) | c` in the tree: the outermost `|` node numbers all elements before
   * the statements below it are read (the walk is pre-order).
   */
  private pipeline(binary: GoNode): void {
    if (this.innerPipes.has(binary) || !this.isPipe(binary)) return;
    const id = this.pipelineIds++;
    this.pipeElements(binary).forEach((stmt, index) => this.pipelines.set(stmt, { id, index }));
  }

  /** The element statements, left to right; no recursion, as `a | b | ...` nests one level per `|`. */
  private pipeElements(binary: GoNode): GoNode[] {
    const elements: GoNode[] = [];
    const pending = [child(binary, 'Y'), child(binary, 'X')];
    while (pending.length > 0) {
      const side = pending.pop();
      const cmd = side && child(side, 'Cmd');
      if (!side) continue;
      if (cmd && nodeType(cmd) === 'BinaryCmd' && this.isPipe(cmd) && children(side, 'Redirs').length === 0) {
        this.innerPipes.add(cmd);
        pending.push(child(cmd, 'Y'), child(cmd, 'X'));
      } else elements.push(side);
    }
    return elements;
  }

  /** `|` or `|&` (not `&&`/`||`), read from the source at the operator. */
  private isPipe(binary: GoNode): boolean {
    const at = this.offsets.index(byteOffset(binary, 'OpPos'));
    return this.script[at] === '|' && this.script[at + 1] !== '|';
  }

  private span(node: GoNode): [number, number] {
    return [this.offsets.index(byteOffset(node, 'Pos')), this.offsets.index(byteOffset(node, 'End'))];
  }

  private raw(node: GoNode): string {
    return this.script.slice(...this.span(node));
  }

  /** A Word (or a bare Lit such as `export`) with quotes removed and expansions kept as written. */
  private word(node: GoNode): ShellWord {
    const [start, end] = this.span(node);
    const state = { dynamic: false };
    const parts = nodeType(node) === 'Word' ? children(node, 'Parts') : [node];
    const value = parts.map(p => this.partValue(p, false, state)).join('');
    return makeWord(this.script, start, end, value, state.dynamic);
  }

  private partValue(part: GoNode, inDoubleQuotes: boolean, state: { dynamic: boolean }): string {
    const raw = this.raw(part);
    switch (nodeType(part)) {
      case 'Lit':
        return inDoubleQuotes
          ? raw.replace(/\\([$`"\\\n])/g, (_, c: string) => (c === '\n' ? '' : c))
          : unescapeBare(raw);
      case 'SglQuoted':
        return raw.startsWith('$') ? ansiC(raw.slice(2, -1)) : raw.slice(1, -1);
      case 'DblQuoted':
        return children(part, 'Parts')
          .map(p => this.partValue(p, true, state))
          .join('');
      case 'ParamExp':
      case 'CmdSubst':
      case 'ArithmExp':
      case 'ProcSubst':
        state.dynamic = true;
        return raw;
      default:
        return raw; // ExtGlob, BraceExp: literal as far as rules are concerned
    }
  }

  private assign(node: GoNode): ShellAssignment {
    const name = child(node, 'Name');
    const value = child(node, 'Value');
    const array = child(node, 'Array');
    const arrayWord =
      array && makeWord(this.script, ...this.span(array), this.raw(array), /[$`]/.test(this.raw(array)));
    return { name: name ? this.raw(name) : '', value: value ? this.word(value) : arrayWord };
  }

  /** An argument of `export`/`declare`: `A=b` becomes one word valued `A=b`, like a plain argument. */
  private declArg(node: GoNode): ShellWord {
    const name = child(node, 'Name');
    const value = child(node, 'Value');
    if (node['Naked'] === true || !name) return this.word(value ?? name ?? node);
    const [start, end] = this.span(node);
    const valueWord = value ? this.word(value) : undefined;
    const head = this.script.slice(start, valueWord ? valueWord.start : end);
    return makeWord(this.script, start, end, head + (valueWord?.value ?? ''), valueWord?.dynamic ?? false);
  }

  private redirect(node: GoNode): ShellRedirect {
    const opStart = this.offsets.index(byteOffset(node, 'OpPos'));
    const wordNode = child(node, 'Word');
    const target = wordNode ? this.word(wordNode) : undefined;
    const redirect: ShellRedirect = { op: this.script.slice(opStart, target?.start ?? opStart).trim() };
    const fd = child(node, 'N');
    if (fd) redirect.fd = this.raw(fd);
    if (target) redirect.target = target;
    if (redirect.op === '<<' || redirect.op === '<<-') {
      const body = child(node, 'Hdoc');
      redirect.heredoc = heredocBody(body ? this.raw(body) : '', target?.value ?? '', redirect.op === '<<-');
    }
    return redirect;
  }
}

/** Quote removal for unquoted text: `\x` is `x`, and backslash-newline joins lines. */
function unescapeBare(raw: string): string {
  return raw.replace(/\\([\s\S])/g, (_, c: string) => (c === '\n' ? '' : c));
}

/** The body of a here-document: mvdan-sh's node also spans the closing delimiter line. */
function heredocBody(raw: string, delimiter: string, stripTabs: boolean): string {
  let body = raw;
  if (delimiter && body.endsWith(delimiter)) body = body.slice(0, -delimiter.length).replace(/\t*$/, '');
  return stripTabs ? body.replace(/^\t+/gm, '') : body;
}

const ANSI_C: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  v: '\v'
};

/** Decodes the common escapes of bash `$'...'` strings; others are kept as written. */
function ansiC(body: string): string {
  return body.replace(/\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)/gs, (whole, esc: string) => {
    if (esc[0] === 'x') return String.fromCharCode(parseInt(esc.slice(1), 16));
    if (/^[0-7]+$/.test(esc)) return String.fromCharCode(parseInt(esc, 8));
    return ANSI_C[esc] ?? (`\\'"?`.includes(esc) ? esc : whole);
  });
}
