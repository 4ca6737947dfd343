import type { ShellParse, ShellRedirect, ShellWord } from './shell-commands.js';
import {
  emptyParse,
  isOneOf,
  makeWord,
  matchingClose,
  MAX_NESTING,
  StatementBuilder
} from './shell-words.js';

/** Reserved words after which the shell expects another command, not arguments. */
const KEYWORDS = new Set('if then else elif fi do done while until ! { } time esac'.split(' '));
/** Keywords whose following words (up to the separator) are a header, not a command. */
const HEADERS = new Set(['for', 'select', 'case', 'function']);
const REDIRECT = /^(?:&>>|&>|>>|>&|>\||<<<|<<-|<<|<&|<>|>|<)/;
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)\+?=/;

/**
 * A forgiving POSIX shell tokenizer, used only when tree-sitter-bash rejects a script: it knows quoting,
 * escapes, `$(...)`/backticks (whose commands it also reports), separators, redirections and
 * here-documents, and guesses its way through the rest, so `curl -k` is still seen in a script
 * with one construct the real parser refuses.
 */
export function tokenizePosix(script: string): ShellParse {
  const out = emptyParse();
  new PosixScanner(script, out).statements(undefined, 0);
  return out;
}

/**
 * Numbers the commands of `a | b | c` as a tokenizer completes its statements. A line break right
 * after `|` continues the pipeline, so an empty statement there doesn't end it.
 */
export class PipelineTracker {
  private current: { id: number; index: number; input?: ShellWord } | undefined;

  constructor(
    private readonly out: ShellParse,
    private readonly nextId: () => number
  ) {}

  /**
   * Flushes the statement; `piped` when the separator ending it is a `|`. A PowerShell tokenizer
   * says whether the statement was `empty` (it keeps expressions out of the builder) and gives the
   * `input`: a single-token expression whose value flows into the next element.
   */
  end(st: StatementBuilder, piped: boolean, element: { empty?: boolean; input?: ShellWord } = {}): void {
    const { input } = element;
    const empty = element.empty ?? (st.atStart && st.env.length === 0 && st.redirects.length === 0);
    const before = this.out.commands.length;
    st.flush();
    if (empty && this.current && !piped) return;
    const command = this.out.commands.length > before ? this.out.commands.at(-1) : undefined;
    if (piped || this.current) {
      this.current ??= { id: this.nextId(), index: 0 };
      const { id, index, input: received } = this.current;
      if (command) command.pipeline = received ? { id, index, input: received } : { id, index };
      this.current = { id, index: index + 1 };
      if (input) this.current.input = input;
    }
    if (!piped) this.current = undefined;
  }

  /** Ends the pipeline without another element (a subshell or block boundary). */
  close(): void {
    this.current = undefined;
  }
}

class PosixScanner {
  private i = 0;
  private heredocs: { redirect: ShellRedirect; stripTabs: boolean }[] = [];
  private casePattern = false;
  private pipelineIds = 0;

  constructor(
    private readonly s: string,
    private readonly out: ShellParse
  ) {}

  /** Scans statements until `close` (`)` or a backtick) or the end of the script. */
  statements(close: string | undefined, depth: number): void {
    const s = this.s;
    const st = new StatementBuilder(this.out, 'posix');
    let header: string | undefined; // `for`/`case`/... whose header words are being skipped
    const pipe = new PipelineTracker(this.out, () => this.pipelineIds++);
    while (this.i < s.length) {
      const c = s[this.i] as string;
      const two = s.slice(this.i, this.i + 2);
      if (c === ' ' || c === '\t' || c === '\r' || two === '\\\n') this.i += c === '\\' ? 2 : 1;
      else if (c === close) {
        this.i++;
        break;
      } else if (c === '#') this.skipTo('\n');
      else if (c === '\n') {
        pipe.end(st, false);
        header = undefined;
        this.i++;
        this.readHeredocs();
      } else if (
        REDIRECT.test(s.slice(this.i, this.i + 3)) &&
        !s.startsWith('<(', this.i) &&
        !s.startsWith('>(', this.i)
      ) {
        this.redirect(st, depth, close);
      } else if (';&|'.includes(c)) {
        pipe.end(st, c === '|' && s[this.i + 1] !== '|');
        header = undefined;
        this.casePattern ||= two === ';;' || two === ';&';
        this.i += two === c + c || two === '|&' || two === ';&' ? 2 : 1;
      } else if (c === '(' || c === ')') {
        // `name()` starts a function definition (drop the name); anything else is a subshell boundary.
        if (c === '(' && /\(\s*\)/y.test(s.slice(this.i, this.i + 64))) st.words = [];
        pipe.end(st, false);
        pipe.close();
        this.i++;
        if (c === '(' && depth < MAX_NESTING) this.statements(')', depth + 1);
      } else if (st.atStart && this.casePattern) {
        this.casePattern = false;
        header = undefined;
        if (s.startsWith('esac', this.i)) this.i += 4;
        else this.skipTo(')', 1);
      } else {
        const word = this.word(depth, close);
        if (!st.atStart) st.words.push(word);
        else if (header) {
          if (header === 'case' && word.value === 'in') this.casePattern = true;
        } else if (KEYWORDS.has(word.raw)) continue;
        else if (HEADERS.has(word.raw)) header = word.raw;
        else {
          const assignment = ASSIGNMENT.exec(word.raw);
          if (assignment) {
            const eq = word.raw.indexOf('=') + 1;
            const value = makeWord(
              s,
              word.start + eq,
              word.end,
              word.value.slice(word.value.indexOf('=') + 1),
              word.dynamic
            );
            st.env.push({ name: assignment[1] as string, value });
          } else st.words.push(word);
        }
      }
    }
    pipe.end(st, false);
  }

  private skipTo(char: string, past = 0): void {
    const end = this.s.indexOf(char, this.i);
    this.i = end < 0 ? this.s.length : end + past;
  }

  private redirect(st: StatementBuilder, depth: number, close: string | undefined): void {
    const fd =
      /^\d+$/.test(st.words.at(-1)?.raw ?? '') && st.words.at(-1)?.end === this.i
        ? st.words.pop()
        : undefined;
    const op = (REDIRECT.exec(this.s.slice(this.i, this.i + 3)) as RegExpExecArray)[0];
    this.i += op.length;
    const redirect: ShellRedirect = { op };
    if (fd) redirect.fd = fd.raw;
    while (this.s[this.i] === ' ' || this.s[this.i] === '\t') this.i++;
    if (this.i < this.s.length && !';&|()\n'.includes(this.s[this.i] as string))
      redirect.target = this.word(depth, close);
    if (op === '<<' || op === '<<-') this.heredocs.push({ redirect, stripTabs: op === '<<-' });
    st.redirects.push(redirect);
  }

  /** Consumes the bodies of the here-documents started on the line that just ended. */
  private readHeredocs(): void {
    for (const { redirect, stripTabs } of this.heredocs.splice(0)) {
      const delimiter = redirect.target?.value ?? '';
      const lines: string[] = [];
      while (this.i < this.s.length) {
        const end = this.s.indexOf('\n', this.i) < 0 ? this.s.length : this.s.indexOf('\n', this.i);
        const line = this.s.slice(this.i, end);
        this.i = end + 1;
        if ((stripTabs ? line.replace(/^\t+/, '') : line) === delimiter) break;
        lines.push(stripTabs ? line.replace(/^\t+/, '') : line);
      }
      this.i = Math.min(this.i, this.s.length);
      redirect.heredoc = lines.length ? lines.join('\n') + '\n' : '';
    }
  }

  /** One word, with quotes removed and substitutions kept as written (their commands are reported too). */
  private word(depth: number, close: string | undefined): ShellWord {
    const s = this.s;
    const start = this.i;
    let value = '';
    let dynamic = false;
    while (this.i < s.length) {
      const c = s[this.i] as string;
      if (c === close || ' \t\r\n;&|()<>'.includes(c)) {
        if (!((c === '<' || c === '>') && s[this.i + 1] === '(' && this.i === start)) break;
        value += this.substitution(depth, 1);
        dynamic = true;
      } else if (c === '\\') {
        value += s[this.i + 1] === '\n' ? '' : (s[this.i + 1] ?? '');
        this.i += 2;
      } else if ((c === "'" || c === '"') && !this.closes(c)) {
        // An unbalanced quote is what the real parser choked on: read past it so later commands show.
        value += c;
        this.i++;
      } else if (c === "'") {
        const end = s.indexOf("'", this.i + 1);
        value += s.slice(this.i + 1, end);
        this.i = end + 1;
      } else if (c === '"') {
        this.i++;
        while (this.i < s.length && s[this.i] !== '"') {
          const d = s[this.i] as string;
          if (d === '\\' && isOneOf('$`"\\\n', s[this.i + 1])) {
            value += s[this.i + 1] === '\n' ? '' : s[this.i + 1];
            this.i += 2;
          } else if (d === '$' || d === '`') {
            const expansion = this.expansion(depth);
            dynamic ||= expansion.dynamic;
            value += expansion.text;
          } else {
            value += d;
            this.i++;
          }
        }
        this.i++;
      } else if (c === '$' || c === '`') {
        const expansion = this.expansion(depth);
        dynamic ||= expansion.dynamic;
        value += expansion.text;
      } else {
        value += c;
        this.i++;
      }
    }
    this.i = this.i === start ? start + 1 : Math.min(this.i, s.length); // always progress, never overrun
    return makeWord(s, start, this.i, value, dynamic);
  }

  /** Whether the quote at the cursor is closed later in the script. */
  private closes(quote: string): boolean {
    if (quote === "'") return this.s.indexOf("'", this.i + 1) >= 0;
    return /^"(?:[^"\\]|\\[\s\S])*"/.test(this.s.slice(this.i, this.i + 65536));
  }

  /** `$name`, `${...}`, `$((...))`, `$(...)` or a backtick substitution starting at the cursor. */
  private expansion(depth: number): { text: string; dynamic: boolean } {
    const s = this.s;
    const start = this.i;
    if (s[this.i] === '`') return { text: this.substitution(depth, 0), dynamic: true };
    const next = s[this.i + 1];
    if (next === '(' && s[this.i + 2] !== '(') return { text: this.substitution(depth, 1), dynamic: true };
    if (next === '(' || next === '{') {
      const end = matchingClose(s, this.i + 1, '\'"');
      this.i = end < 0 ? s.length : end + 1;
    } else {
      const name = /^(?:[A-Za-z_][A-Za-z0-9_]*|[0-9@*#?$!-])/.exec(s.slice(this.i + 1, this.i + 256));
      this.i += 1 + (name?.[0].length ?? 0);
      if (!name) return { text: '$', dynamic: false };
    }
    return { text: s.slice(start, this.i), dynamic: true };
  }

  /** A `$(...)`, `<(...)` or backtick substitution: its commands are scanned, its text kept raw. */
  private substitution(depth: number, prefix: number): string {
    const start = this.i;
    const closer = this.s[this.i] === '`' ? '`' : ')';
    this.i += prefix + 1;
    if (depth < MAX_NESTING) this.statements(closer, depth + 1);
    else this.skipTo(closer, 1);
    return this.s.slice(start, this.i);
  }
}
