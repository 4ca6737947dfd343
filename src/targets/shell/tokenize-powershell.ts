import type { ShellParse, ShellRedirect, ShellWord } from './shell-commands.js';
import {
  emptyParse,
  isOneOf,
  makeWord,
  matchingClose,
  MAX_NESTING,
  StatementBuilder
} from './shell-words.js';
import {
  ASSIGN_OP,
  assignmentName,
  DOUBLE_QUOTES,
  ESCAPES,
  isKeyword,
  KEYWORDS,
  kindOf,
  NAMED,
  QUOTES,
  REDIRECT,
  rhsWord,
  SINGLE_QUOTES,
  VARIABLE
} from './powershell-syntax.js';
import type { Kind } from './powershell-syntax.js';
import { PipelineTracker } from './tokenize-posix.js';

/**
 * A PowerShell tokenizer good enough to find commands (cmdlets, functions, executables,
 * `&`/`.` invocations), their parameters and literal arguments, also inside script blocks,
 * `(...)`, `$(...)`/`@(...)` and `"...$(...)..."`, and `$x = ...` assignments.
 */
export function tokenizePowerShell(script: string): ShellParse {
  const out = emptyParse();
  new PowerShellScanner(script, out).statements(undefined, 0);
  return out;
}

class PowerShellScanner {
  private i = 0;
  private pipelineIds = 0;

  constructor(
    private readonly s: string,
    private readonly out: ShellParse
  ) {}

  /** Scans statements until `close` (`)` or `}`) or the end of the script. */
  statements(close: string | undefined, depth: number): void {
    const s = this.s;
    const st = new StatementBuilder(this.out, 'powershell');
    let mode: 'start' | 'command' | 'expression' = 'start';
    let callOperator = false;
    let skipName = false;
    let assignment: { name: string | undefined; rhs: ShellWord[]; kinds: Kind[] } | undefined;
    let expression: ShellWord[] = []; // the tokens of a statement that is an expression (`'x' | Cmd`)
    let tokens = 0;
    const pipe = new PipelineTracker(this.out, () => this.pipelineIds++);
    const end = (piped = false): void => {
      const [input] = mode === 'expression' && expression.length === 1 ? expression : [];
      pipe.end(st, piped, { empty: tokens === 0, input });
      st.words = [];
      st.redirects = [];
      if (assignment?.name !== undefined) {
        // Only a string token is taken as written; a bare word runs a command, `[Type]::new()` and
        // `(…)` are expressions (https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_parsing).
        const computed = piped || assignment.kinds.length !== 1 || assignment.kinds[0] !== 'string';
        this.out.assignments.push({ name: assignment.name, value: rhsWord(s, assignment.rhs), computed });
      }
      [mode, callOperator, skipName, assignment, expression, tokens] = [
        'start',
        false,
        false,
        undefined,
        [],
        0
      ];
    };
    while (this.i < s.length) {
      const c = s[this.i] as string;
      const rest = s.slice(this.i, this.i + 4);
      if (' \t\r\f\v\u00a0'.includes(c) || /^`\r?\n/.test(rest))
        this.i += c === '`' ? rest.indexOf('\n') + 1 : 1;
      else if (c === close) {
        this.i++;
        break;
      } else if (rest.startsWith('<#')) this.skipPast('#>');
      else if (c === '#') this.skipPast('\n', 0);
      else if (/^(?:&&|\|\||[\n;)}|])/.test(rest)) {
        end(c === '|' && rest[1] !== '|'); // also for a stray `)`/`}`; `|` ends a pipeline element
        this.i += /^(?:&&|\|\|)/.test(rest) ? 2 : 1;
      } else if ((c === '&' || (c === '.' && /^\.\s/.test(rest))) && mode === 'start' && !callOperator) {
        callOperator = true;
        this.i++;
      } else if (c === '&') {
        end(); // `cmd &` runs a background job
        this.i++;
      } else if (REDIRECT.test(rest)) {
        const redirect = this.redirect(depth);
        if (mode === 'command') st.redirects.push(redirect);
      } else {
        const { word, kind } = this.word(depth, mode === 'start');
        assignment?.rhs.push(word);
        assignment?.kinds.push(kind);
        tokens++;
        if (mode === 'command') st.words.push(word);
        else if (mode === 'expression') {
          expression.push(word);
          mode = kind === 'bare' && /^in$/i.test(word.value) ? 'start' : mode; // foreach ($x in <pipeline>)
        } else if (skipName) [skipName, mode] = [false, 'expression'];
        else if (callOperator) {
          mode = kind === 'block' ? 'expression' : 'command';
          if (mode === 'command') st.words.push(word);
        } else if (kind === 'group' || kind === 'block') continue;
        else if (kind === 'bare' && KEYWORDS.has(word.value.toLowerCase())) continue;
        else if (kind === 'bare' && NAMED.has(word.value.toLowerCase())) skipName = true;
        else {
          const op = ASSIGN_OP.exec(s.slice(this.i, this.i + 16));
          if (op && !assignment) {
            // `$x = Get-Thing ...`: the right-hand side is a new statement that may start with a command.
            assignment = { name: assignmentName(word.raw, kind), rhs: [], kinds: [] };
            this.i += op[0].length;
          } else if (kind === 'bare') {
            mode = 'command';
            st.words.push(word);
          } else [mode, expression] = ['expression', [word]];
        }
      }
    }
    end();
  }

  private skipPast(marker: string, past = marker.length): void {
    const end = this.s.indexOf(marker, this.i);
    this.i = end < 0 ? this.s.length : end + past;
  }

  private redirect(depth: number): ShellRedirect {
    const [whole, fd, op, toStream] = REDIRECT.exec(this.s.slice(this.i, this.i + 4)) as RegExpExecArray;
    const redirect: ShellRedirect = { op: toStream ? `${op}&` : (op as string) };
    if (fd) redirect.fd = fd;
    this.i += whole.length;
    if (toStream) redirect.target = makeWord(this.s, this.i - 1, this.i, toStream, false);
    else {
      while (this.s[this.i] === ' ' || this.s[this.i] === '\t') this.i++;
      if (this.i < this.s.length && !'\r\n;|&)}'.includes(this.s[this.i] as string))
        redirect.target = this.word(depth, false).word;
    }
    return redirect;
  }

  /** One argument or expression token; nested groups and blocks are scanned for commands. */
  private word(depth: number, atStart: boolean): { word: ShellWord; kind: Kind } {
    const s = this.s;
    const start = this.i;
    let value = '';
    let dynamic = false;
    while (this.i < s.length) {
      const c = s[this.i] as string;
      const next = s[this.i + 1] ?? '';
      if (' \t\r\n\f\v\u00a0;|&)}<>'.includes(c)) break;
      // At the start of a statement `$x=1` is an assignment and `if(`/`param(` a keyword before its group.
      if (
        atStart &&
        this.i > start &&
        (/^[+\-*/%]?=/.test(c + next) || ((c === '(' || c === '{') && isKeyword(value)))
      )
        break;
      if (c === '`') {
        if (next === '\n' || next === '\r') break;
        value += next;
        this.i += 2;
      } else if (SINGLE_QUOTES.includes(c)) value += this.singleQuoted();
      else if (DOUBLE_QUOTES.includes(c)) {
        const text = this.doubleQuoted(depth);
        value += text.value;
        dynamic ||= text.dynamic;
      } else if (c === '@' && isOneOf(QUOTES, next) && /^@.[ \t]*\r?\n/.test(s.slice(this.i, this.i + 64))) {
        const endMarker = s.indexOf('\n' + next + '@', this.i);
        const bodyStart = s.indexOf('\n', this.i) + 1;
        const body = s.slice(bodyStart, endMarker < 0 ? s.length : endMarker).replace(/\r$/, '');
        this.i = endMarker < 0 ? s.length : endMarker + 3;
        value += body;
        dynamic ||= DOUBLE_QUOTES.includes(next) && body.includes('$');
      } else if ((c === '$' || c === '@') && (next === '(' || next === '{')) {
        this.i++;
        value += c + this.nested(depth);
        dynamic = true;
      } else if (c === '(' || c === '{') {
        value += this.nested(depth);
        dynamic = true;
      } else if (c === '$' && VARIABLE.test(s.slice(this.i, this.i + 256))) {
        const variable = (VARIABLE.exec(s.slice(this.i, this.i + 256)) as RegExpExecArray)[0];
        this.i += variable.length;
        value += variable;
        dynamic ||= !/^\$(?:true|false|null)$/i.test(variable);
      } else if (c === '[') {
        const close = matchingClose(s, this.i, QUOTES);
        const end = close < 0 ? s.length : close + 1;
        value += s.slice(this.i, end);
        this.i = end;
      } else {
        value += c;
        this.i++;
      }
    }
    this.i = this.i === start ? start + 1 : Math.min(this.i, s.length); // always progress, never overrun
    const word = makeWord(s, start, this.i, value, dynamic);
    return { word, kind: kindOf(word.raw) };
  }

  /** `(...)` or `{...}` at the cursor: its statements are scanned, its text returned as written. */
  private nested(depth: number): string {
    const start = this.i;
    const close = this.s[this.i] === '(' ? ')' : '}';
    if (depth >= MAX_NESTING) {
      const end = matchingClose(this.s, this.i, QUOTES);
      this.i = end < 0 ? this.s.length : end + 1;
    } else {
      this.i++;
      this.statements(close, depth + 1);
    }
    return this.s.slice(start, this.i);
  }

  private singleQuoted(): string {
    let value = '';
    for (this.i++; this.i < this.s.length; this.i++) {
      const c = this.s[this.i] as string;
      if (!SINGLE_QUOTES.includes(c)) value += c;
      else if (isOneOf(SINGLE_QUOTES, this.s[this.i + 1])) value += this.s[++this.i];
      else break;
    }
    this.i++;
    return value;
  }

  private doubleQuoted(depth: number): { value: string; dynamic: boolean } {
    let value = '';
    let dynamic = false;
    for (this.i++; this.i < this.s.length;) {
      const c = this.s[this.i] as string;
      const next = this.s[this.i + 1] ?? '';
      if (c === '`') {
        value += ESCAPES[next] ?? next;
        this.i += 2;
      } else if (DOUBLE_QUOTES.includes(c) && isOneOf(DOUBLE_QUOTES, next)) {
        value += next;
        this.i += 2;
      } else if (DOUBLE_QUOTES.includes(c)) break;
      else if (c === '$' && next === '(') {
        this.i++;
        value += '$' + this.nested(depth);
        dynamic = true;
      } else if (c === '$' && VARIABLE.test(this.s.slice(this.i, this.i + 256))) {
        const variable = (VARIABLE.exec(this.s.slice(this.i, this.i + 256)) as RegExpExecArray)[0];
        value += variable;
        this.i += variable.length;
        dynamic = true;
      } else {
        value += c;
        this.i++;
      }
    }
    this.i++;
    return { value, dynamic };
  }
}
