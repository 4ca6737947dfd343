import type { Node } from 'web-tree-sitter';
import { BashTree } from './bash-tree.js';
import type { BashParser } from './load-bash-parser.js';
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

const REDIRECTS = new Set(['file_redirect', 'herestring_redirect', 'heredoc_redirect']);
const DYNAMIC = new Set([
  'simple_expansion',
  'expansion',
  'command_substitution',
  'arithmetic_expansion',
  'process_substitution'
]);
/** Reserved words that end or continue a compound command: never a command name in the shell. */
const RESERVED = new Set(['then', 'else', 'elif', 'fi', 'do', 'done', 'esac', '}']);
/** Nodes standing for one command of a statement (`[ … ]` is a `test_command` whose raw starts with one `[`). */
const COMMANDS = new Set(['command', 'declaration_command', 'unset_command', 'test_command']);

/**
 * Parses bash with tree-sitter-bash. Returns undefined when the tree has an ERROR or MISSING node:
 * tree-sitter recovers from errors in ways the rules can't trust, so the caller tokenizes instead.
 */
export function parseBash(
  { parser, kinds }: BashParser,
  script: string
): ShellParse | { error: { message: string; offset: number } } {
  const tree = parser.parse(script);
  if (!tree) return { error: { message: 'the shell parser returned no tree', offset: 0 } };
  try {
    if (tree.rootNode.hasError) return { error: describeError(tree.rootNode, script) };
    return new TreeReader(script, new BashTree(tree, kinds)).read();
  } finally {
    tree.delete();
  }
}

/** The first ERROR or MISSING node, found by descending only into subtrees that have one. */
function describeError(root: Node, script: string): { message: string; offset: number } {
  let node: Node = root;
  for (let depth = 0; depth < 10_000; depth++) {
    if (node.type === 'ERROR' || node.isMissing) break;
    const next = node.children.find(c => c.hasError || c.isMissing || c.type === 'ERROR');
    if (!next) break;
    node = next;
  }
  let offset = node.startIndex;
  while (offset < script.length && /\s/.test(script[offset] as string)) offset++;
  if (node.isMissing) return { message: `missing ${node.type}`, offset };
  const quote = script[offset];
  if (quote === "'" || quote === '"' || quote === '`')
    return { message: `reached the end of the script without a closing quote ${quote}`, offset };
  const token = /^\S{1,20}/.exec(script.slice(offset, offset + 20))?.[0] ?? '';
  return { message: token ? `syntax error near "${token}"` : 'syntax error', offset };
}

/** Turns one tree into commands and assignments. */
class TreeReader {
  private readonly out = emptyParse();
  /** Command nodes that are pipeline elements. */
  private readonly pipelines = new Map<number, ShellPipeline>();
  private pipelineIds = 0;
  /** Pipelines read as the continuation of the pipeline before them (see `pipeline`). */
  private readonly mergedPipelines = new Set<number>();
  /** A reserved word where a command name should be, which tree-sitter accepts as a command. */
  private syntaxError: { message: string; offset: number } | undefined;

  constructor(
    private readonly script: string,
    private readonly tree: BashTree
  ) {}

  read(): ShellParse | { error: { message: string; offset: number } } {
    const { kind } = this.tree;
    // Nodes are numbered in pre-order, so plain loops visit them in source order. Pipelines first: in
    // `cat <<EOF | sh` the pipeline node comes after `cat`, inside its here-document redirect.
    for (let node = 0; node < kind.length; node++) if (kind[node] === 'pipeline') this.pipeline(node);
    for (let node = 0; node < kind.length; node++) {
      switch (kind[node]) {
        case 'command':
          this.command(node);
          break;
        case 'declaration_command':
        case 'unset_command':
          this.declaration(node);
          break;
        case 'test_command':
          this.bracketTest(node);
          break;
        case 'variable_assignment':
          if (!this.inCommand(node)) this.out.assignments.push(this.assign(node));
          break;
      }
    }
    return this.syntaxError ? { error: this.syntaxError } : this.out;
  }

  private inCommand(node: number): boolean {
    const parent = this.tree.kind[this.tree.parent[node] as number];
    return parent === 'command' || parent === 'declaration_command';
  }

  /**
   * Numbers the elements of a pipeline. tree-sitter-bash reads `a | b | c && d` as
   * `a | (b | c && d)`: a `list` element continues the pipeline with its first pipeline or command,
   * which is then not numbered again.
   */
  private pipeline(node: number): void {
    if (this.mergedPipelines.has(node)) return;
    const id = this.pipelineIds++;
    let index = 0;
    const first = this.tree.firstChild[node] as number;
    const owner = this.tree.parent[node] as number;
    if (first >= 0 && !this.tree.named(first) && this.tree.kind[owner] === 'heredoc_redirect') {
      // `cat <<EOF | sh`: tree-sitter puts `| sh` inside the here-document redirect of `cat`.
      const holder = this.tree.parent[owner] as number;
      const command = this.tree.kind[holder] === 'command' ? holder : this.statementCommand(holder);
      if (command >= 0) this.pipelines.set(command, { id, index });
      index++;
    }
    const pending = this.tree.children(node).reverse();
    for (let element = pending.pop(); element !== undefined; element = pending.pop()) {
      if (!this.tree.named(element) || this.tree.kind[element] === 'comment') continue;
      if (this.tree.kind[element] === 'list' || this.tree.kind[element] === 'pipeline') {
        let head = element;
        while (this.tree.kind[head] === 'list')
          head = this.tree.children(head).find(c => this.tree.named(c)) ?? -1;
        if (head < 0) continue;
        if (this.tree.kind[head] === 'pipeline') {
          this.mergedPipelines.add(head);
          for (const c of this.tree.children(head).reverse()) pending.push(c);
          continue;
        }
        element = head;
      }
      const command = this.statementCommand(element);
      if (command >= 0) this.pipelines.set(command, { id, index });
      index++;
    }
  }

  /** The command node of a statement (`cmd`, `cmd > f`, `! cmd`), or -1 for a compound one. */
  private statementCommand(node: number): number {
    const { kind } = this.tree;
    let at = node;
    if (kind[at] === 'negated_command' || kind[at] === 'redirected_statement')
      at = this.tree.children(at).find(c => this.tree.named(c)) ?? -1;
    return at >= 0 && COMMANDS.has(kind[at] as string) ? at : -1;
  }

  private command(node: number): void {
    const { kind } = this.tree;
    const env: ShellAssignment[] = [];
    const redirects: ShellRedirect[] = [];
    const argNodes: number[] = [];
    let name: ShellWord | undefined;
    for (const c of this.tree.children(node)) {
      const k = kind[c] as string;
      if (k === 'variable_assignment' && !name) env.push(this.assign(c));
      else if (k === 'command_name') name = this.word([c]);
      else if (REDIRECTS.has(k)) this.redirect(c, redirects);
      else if (k === 'subshell')
        // tree-sitter takes `f (x)` as a command with a subshell argument; the shell refuses it.
        this.syntaxError ??= { message: 'syntax error near "("', offset: this.tree.start[c] as number };
      else if (k !== 'comment') argNodes.push(c);
    }
    if (!name) {
      append(this.out.assignments, env);
      return;
    }
    if (RESERVED.has(name.raw))
      this.syntaxError ??= {
        message: `"${name.raw}" can only be used inside a compound command`,
        offset: name.start
      };
    this.push(
      node,
      makeCommand('posix', name, this.words(argNodes), env, this.statementRedirects(node, redirects))
    );
  }

  /** `export`/`local`/`declare`/`readonly`/`typeset`/`unset`: commands whose arguments may be assignments. */
  private declaration(node: number): void {
    const { kind } = this.tree;
    const [keyword, ...rest] = this.tree.children(node);
    if (keyword === undefined) return;
    const redirects: ShellRedirect[] = [];
    const args: ShellWord[] = [];
    const plain: number[] = [];
    const flush = (): void => {
      append(args, this.words(plain));
      plain.length = 0;
    };
    for (const c of rest) {
      const k = kind[c] as string;
      if (REDIRECTS.has(k)) this.redirect(c, redirects);
      else if (k === 'variable_assignment') {
        flush();
        args.push(this.declArg(c));
      } else if (k !== 'comment') plain.push(c);
    }
    flush();
    const name = this.word([keyword]);
    this.push(node, makeCommand('posix', name, args, [], this.statementRedirects(node, redirects)));
  }

  /**
   * `[ -f x ]` is the command `[` (its last argument `]`), but tree-sitter reads it as a test
   * expression; its words come from the tokenizer. `[[ … ]]` is a keyword, not a command.
   */
  private bracketTest(node: number): void {
    const start = this.tree.start[node] as number;
    const end = this.tree.end[node] as number;
    if (this.script.startsWith('[[', start)) return;
    const inner = tokenizePosix(this.script.slice(start, end)).commands.find(c => c.name.start === 0);
    if (!inner) return;
    const shift = (w: ShellWord): ShellWord =>
      makeWord(this.script, w.start + start, w.end + start, w.value, w.dynamic);
    const command = makeCommand('posix', shift(inner.name), inner.args.map(shift));
    this.push(node, { ...command, redirects: this.statementRedirects(node, []) });
  }

  private push(node: number, command: ShellCommand): void {
    const pipeline = this.pipelines.get(node);
    if (pipeline) command.pipeline = pipeline;
    this.out.commands.push(command);
  }

  /**
   * The command's own redirects plus those of the statement around it, in source order.
   * tree-sitter-bash hangs a redirect after `a | b` or `a || b` on the whole pipeline or list, where
   * the shell applies it to the last command, so the walk goes up through last elements.
   */
  private statementRedirects(node: number, own: ShellRedirect[]): ShellRedirect[] {
    const { kind, parent } = this.tree;
    for (let at = node, up = parent[node] as number; up >= 0; at = up, up = parent[up] as number) {
      const k = kind[up];
      if (k === 'redirected_statement') {
        if (this.tree.children(up).find(c => this.tree.named(c)) !== at) break;
        for (const c of this.tree.children(up))
          if (c !== at && REDIRECTS.has(kind[c] as string)) this.redirect(c, own);
      } else if (k !== 'pipeline' && k !== 'list') break;
      if (!this.isLastElement(at)) break;
    }
    return own.sort((a, b) => (a.target?.start ?? 0) - (b.target?.start ?? 0));
  }

  /** Whether no statement follows `node` among its siblings (looked up forward: a pipeline may have 100,000s). */
  private isLastElement(node: number): boolean {
    const { kind, nextSibling } = this.tree;
    for (let next = nextSibling[node] as number; next >= 0; next = nextSibling[next] as number)
      if (this.tree.named(next) && !REDIRECTS.has(kind[next] as string) && kind[next] !== 'comment')
        return false;
    return true;
  }

  /** Adds a redirect, and the redirects tree-sitter nests in a here-document's (`cat <<EOF > file`). */
  private redirect(node: number, out: ShellRedirect[]): void {
    const { kind } = this.tree;
    let op = '';
    let fd: string | undefined;
    const targetNodes: number[] = [];
    let heredocStart = -1;
    let bodyStart = -1;
    let bodyEnd = -1;
    const nested: number[] = [];
    for (const c of this.tree.children(node)) {
      const k = kind[c] as string;
      if (k === 'file_descriptor') fd = this.raw(c);
      else if (!this.tree.named(c)) {
        if (!op && targetNodes.length === 0 && heredocStart < 0) op = this.raw(c);
      } else if (k === 'heredoc_start') heredocStart = c;
      else if (k === 'heredoc_body') bodyStart = this.tree.start[c] as number;
      else if (k === 'heredoc_end') bodyEnd = this.tree.start[c] as number;
      else if (REDIRECTS.has(k)) nested.push(c);
      else if (kind[node] !== 'heredoc_redirect') targetNodes.push(c);
    }
    const redirect: ShellRedirect = { op };
    if (fd !== undefined) redirect.fd = fd;
    if (heredocStart >= 0) {
      const raw = this.raw(heredocStart);
      const start = this.tree.start[heredocStart] as number;
      redirect.target = makeWord(this.script, start, start + raw.length, raw.replace(/['"\\]/g, ''), false);
      redirect.heredoc = this.heredocBody(bodyStart, bodyEnd, op === '<<-');
    } else if (targetNodes.length > 0) redirect.target = this.word(targetNodes);
    out.push(redirect);
    for (const c of nested) this.redirect(c, out);
  }

  /** The body as written: from the line after the operator up to the closing delimiter's line. */
  private heredocBody(bodyStart: number, bodyEnd: number, stripTabs: boolean): string {
    if (bodyEnd < 0) return '';
    const from = bodyStart >= 0 ? this.script.lastIndexOf('\n', bodyStart - 1) + 1 : bodyEnd;
    const body = this.script.slice(from, bodyEnd).replace(/\t*$/, '');
    return stripTabs ? body.replace(/^\t+/gm, '') : body;
  }

  private raw(node: number): string {
    return this.script.slice(this.tree.start[node], this.tree.end[node]);
  }

  /** Arguments: nodes that touch (`$"…"` is two nodes) make one word. */
  private words(nodes: number[]): ShellWord[] {
    const out: ShellWord[] = [];
    let group: number[] = [];
    for (const node of nodes) {
      const last = group[group.length - 1];
      if (last !== undefined && this.tree.end[last] !== this.tree.start[node]) {
        out.push(this.word(group));
        group = [];
      }
      group.push(node);
    }
    if (group.length > 0) out.push(this.word(group));
    return out;
  }

  /** One word made of adjacent nodes, with quotes removed and expansions kept as written. */
  private word(nodes: number[]): ShellWord {
    const start = this.tree.start[nodes[0] as number] as number;
    const end = this.tree.end[nodes[nodes.length - 1] as number] as number;
    const state = { dynamic: false };
    const value = this.joinParts(nodes, start, end, state);
    return makeWord(this.script, start, end, value, state.dynamic);
  }

  /** The parts of a `command_name` or `concatenation` (one holds the other at most: no deep recursion). */
  private partsValue(node: number, state: { dynamic: boolean }): string {
    return this.joinParts(
      this.tree.children(node),
      this.tree.start[node] as number,
      this.tree.end[node] as number,
      state
    );
  }

  /** The value of the text from `start` to `end`: each part's value, and the bare text around them unquoted. */
  private joinParts(parts: number[], start: number, end: number, state: { dynamic: boolean }): string {
    let value = '';
    let at = start;
    for (const part of parts) {
      value += unescapeBare(this.script.slice(at, this.tree.start[part]));
      value += this.partValue(part, state);
      at = this.tree.end[part] as number;
    }
    return value + unescapeBare(this.script.slice(at, end));
  }

  private partValue(part: number, state: { dynamic: boolean }): string {
    const kind = this.tree.kind[part] as string;
    const raw = this.raw(part);
    if (DYNAMIC.has(kind)) {
      state.dynamic = true;
      return raw;
    }
    switch (kind) {
      case 'raw_string':
        return raw.slice(1, -1);
      case 'ansi_c_string':
        return ansiC(raw.slice(2, -1));
      case 'string':
      case 'translated_string':
        return this.doubleQuoted(part, state);
      case ' $': {
        // `$"…"` (a translated string) reads as `$` and a string: the `$` adds nothing.
        const next = this.tree.nextSibling[part] as number;
        return next >= 0 && this.tree.kind[next] === 'string' && this.tree.start[next] === this.tree.end[part]
          ? ''
          : raw;
      }
      case 'concatenation':
      case 'command_name':
        return this.partsValue(part, state);
      default:
        return unescapeBare(raw);
    }
  }

  private doubleQuoted(node: number, state: { dynamic: boolean }): string {
    const open = this.script.indexOf('"', this.tree.start[node]) + 1;
    const close = (this.tree.end[node] as number) - 1;
    let value = '';
    let at = open;
    for (const c of this.tree.children(node)) {
      if (!DYNAMIC.has(this.tree.kind[c] as string)) continue;
      value += unescapeDouble(this.script.slice(at, this.tree.start[c]));
      value += this.partValue(c, state);
      at = this.tree.end[c] as number;
    }
    return value + unescapeDouble(this.script.slice(at, Math.max(at, close)));
  }

  /** `NAME=value`, `NAME+=value`, `NAME=(a b)`; tree-sitter may split the value into touching nodes. */
  private assign(node: number): ShellAssignment {
    const { kind } = this.tree;
    const children = this.tree.children(node);
    const nameNode = children[0];
    const operator = children.findIndex(c => !this.tree.named(c) && /^\+?=$/.test(this.raw(c)));
    const valueNodes = operator >= 0 ? children.slice(operator + 1) : [];
    const name = nameNode === undefined ? '' : this.raw(nameNode).replace(/\[[\s\S]*$/, '');
    const first = valueNodes[0];
    if (first === undefined) return { name, value: undefined };
    if (kind[first] === 'array') {
      const raw = this.raw(first);
      return {
        name,
        value: makeWord(
          this.script,
          this.tree.start[first] as number,
          this.tree.end[first] as number,
          raw,
          /[$`]/.test(raw)
        )
      };
    }
    return { name, value: this.word(valueNodes) };
  }

  /** An argument of `export`/`declare`: `A=b` becomes one word valued `A=b`, like a plain argument. */
  private declArg(node: number): ShellWord {
    const start = this.tree.start[node] as number;
    const end = this.tree.end[node] as number;
    const { value } = this.assign(node);
    const array = value && this.tree.kind[this.tree.children(node).at(-1) as number] === 'array';
    const valueWord = array ? undefined : value;
    const head = this.script.slice(start, valueWord ? valueWord.start : end);
    return makeWord(this.script, start, end, head + (valueWord?.value ?? ''), valueWord?.dynamic ?? false);
  }
}

/** Quote removal for unquoted text: `\x` is `x`, and backslash-newline joins lines. */
function unescapeBare(raw: string): string {
  return raw.includes('\\') ? raw.replace(/\\([\s\S])/g, (_, c: string) => (c === '\n' ? '' : c)) : raw;
}

/** Quote removal inside double quotes: only `\$`, `` \` ``, `\"`, `\\` and backslash-newline. */
function unescapeDouble(raw: string): string {
  return raw.includes('\\') ? raw.replace(/\\([$`"\\\n])/g, (_, c: string) => (c === '\n' ? '' : c)) : raw;
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

/** Replaces lone surrogates by U+FFFD, so that no parser sees half a character. */
export function wellFormed(script: string): string {
  return script.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}
