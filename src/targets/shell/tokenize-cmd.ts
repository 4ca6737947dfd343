import type { ShellParse, ShellRedirect, ShellWord } from './shell-commands.js';
import { emptyParse, makeWord, matchingClose, MAX_NESTING, StatementBuilder } from './shell-words.js';
import { PipelineTracker } from './tokenize-posix.js';

const REDIRECT = /^(\d?)(>>|>|<)(?:&(\d))?/;
const VARIABLE = /^(?:%%~?[A-Za-z]|%~?[A-Za-z]*\d|%[^%\r\n]+%|![^!\r\n]+!)/;
const IF_UNARY = /^(?:exist|defined|errorlevel|cmdextversion)$/i;
const IF_OPERATOR = /^(?:==|equ|neq|lss|leq|gtr|geq)$/i;

/**
 * A cmd.exe tokenizer: `&`, `&&`, `||`, `|` and newlines separate commands, `^` escapes, `"..."`
 * quotes (removed from values), `(...)` blocks, `if`/`for`/`else` headers are skipped so the
 * commands they run are found, `rem`/`::` comments and `:labels` are ignored, and `%VAR%`/`!VAR!`
 * mark a word dynamic.
 */
export function tokenizeCmd(script: string): ShellParse {
  const out = emptyParse();
  new CmdScanner(script, out).statements(false, 0);
  return out;
}

class CmdScanner {
  private i = 0;
  private pipelineIds = 0;

  constructor(
    private readonly s: string,
    private readonly out: ShellParse
  ) {}

  /** Scans commands until the `)` closing a block (when `inGroup`) or the end of the script. */
  statements(inGroup: boolean, depth: number): void {
    const s = this.s;
    const st = new StatementBuilder(this.out, 'cmd');
    const pipe = new PipelineTracker(this.out, () => this.pipelineIds++);
    while (this.i < s.length) {
      const c = s[this.i] as string;
      if (
        ' \t\r\f\v'.includes(c) ||
        (c === '@' && st.atStart) ||
        /^\^\r?\n/.test(s.slice(this.i, this.i + 3))
      )
        this.i++;
      else if (c === '\n' || c === '&' || c === '|') {
        pipe.end(st, c === '|' && s[this.i + 1] !== '|');
        this.i += s[this.i + 1] === c ? 2 : 1;
      } else if (c === ')' && inGroup) {
        this.i++;
        break;
      } else if (c === '(' && st.atStart) {
        this.i++;
        if (depth < MAX_NESTING) this.statements(true, depth + 1);
        else {
          const close = matchingClose(s, this.i - 1, '"');
          this.i = close < 0 ? s.length : close + 1;
        }
      } else if (REDIRECT.test(s.slice(this.i, this.i + 4))) {
        st.redirects.push(this.redirect(inGroup));
      } else if (st.atStart && /^(?:rem(?=[\s(]|$)|::|:[^\s:])/i.test(s.slice(this.i, this.i + 4))) {
        const end = s.indexOf('\n', this.i);
        this.i = end < 0 ? s.length : end; // comments and labels run to the end of the line
      } else {
        const word = this.word(inGroup);
        const keyword = st.atStart ? word.value.toLowerCase() : '';
        if (keyword === 'if') this.skipIfCondition(inGroup);
        else if (keyword === 'for') this.skipForHeader(inGroup);
        else if (keyword !== 'else') st.words.push(word);
      }
    }
    pipe.end(st, false);
  }

  private redirect(inGroup: boolean): ShellRedirect {
    const [whole, fd, op, toHandle] = REDIRECT.exec(this.s.slice(this.i, this.i + 4)) as RegExpExecArray;
    const redirect: ShellRedirect = { op: toHandle ? `${op}&` : (op as string) };
    if (fd) redirect.fd = fd;
    this.i += whole.length;
    if (toHandle) redirect.target = makeWord(this.s, this.i - 1, this.i, toHandle, false);
    else {
      const target = this.nextWord(inGroup);
      if (target) redirect.target = target;
    }
    return redirect;
  }

  /** The next word on this line, or undefined at a separator. */
  private nextWord(inGroup: boolean): ShellWord | undefined {
    while (this.s[this.i] === ' ' || this.s[this.i] === '\t') this.i++;
    const c = this.s[this.i];
    if (c === undefined || '\r\n&|<>'.includes(c) || (c === '(' && !inGroup) || (c === ')' && inGroup))
      return undefined;
    return this.word(inGroup);
  }

  /** `if [/i] [not] exist X | defined X | errorlevel N | A==B | A op B`: what follows is the command. */
  private skipIfCondition(inGroup: boolean): void {
    let word = this.nextWord(inGroup);
    if (word?.value.toLowerCase() === '/i') word = this.nextWord(inGroup);
    if (word?.value.toLowerCase() === 'not') word = this.nextWord(inGroup);
    if (!word) return;
    if (IF_UNARY.test(word.value) || word.value.endsWith('==')) this.nextWord(inGroup);
    else if (!word.value.includes('==')) {
      const op = this.nextWord(inGroup);
      if (op && IF_OPERATOR.test(op.value)) this.nextWord(inGroup);
    }
  }

  /** `for [/f "opts"] %%i in (set) do`: the set is data, the command follows `do`. */
  private skipForHeader(inGroup: boolean): void {
    while (this.i < this.s.length) {
      while (this.s[this.i] === ' ' || this.s[this.i] === '\t') this.i++;
      if (this.s[this.i] === '(') {
        const close = matchingClose(this.s, this.i, '"');
        this.i = close < 0 ? this.s.length : close + 1;
        continue;
      }
      const word = this.nextWord(inGroup);
      if (!word || word.value.toLowerCase() === 'do') return;
    }
  }

  /** One word: quotes and `^` escapes removed, variables kept as written. */
  private word(inGroup: boolean): ShellWord {
    const s = this.s;
    const start = this.i;
    let value = '';
    let dynamic = false;
    let quoted = false;
    while (this.i < s.length) {
      const c = s[this.i] as string;
      if (c === '\n' || (!quoted && (' \t\r&|<>'.includes(c) || (c === ')' && inGroup)))) break;
      const variable = c === '%' || c === '!' ? VARIABLE.exec(s.slice(this.i, this.i + 256)) : null;
      if (c === '"') {
        quoted = !quoted;
        this.i++;
      } else if (c === '^' && !quoted) {
        // `^` escapes the next character; before a line break it continues the line.
        const next = s.startsWith('\r\n', this.i + 1) ? 2 : 1;
        value += s[this.i + 1] === '\n' || next === 2 ? '' : (s[this.i + 1] ?? '');
        this.i += 1 + next;
      } else if (variable) {
        value += variable[0];
        dynamic = true;
        this.i += variable[0].length;
      } else {
        value += c;
        this.i++;
      }
    }
    this.i = this.i === start ? start + 1 : Math.min(this.i, s.length); // always progress, never overrun
    return makeWord(s, start, this.i, value, dynamic);
  }
}
