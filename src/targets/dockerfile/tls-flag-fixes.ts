import type { Fix, TextEdit } from '../../core/fix.js';
import type { ShellCommand } from '../shell/shell-commands.js';
import type { DockerfileDocument, DockerInstruction } from './dockerfile-document.js';

/** curl short options that take no value, so one can be dropped from a cluster (`-fsSLk`) safely. */
const CURL_NO_VALUE = /^-[fsSLkvilIgGjJnNOqR#]+$/;
const POWERSHELL_WEB = new Set(['invoke-webrequest', 'iwr', 'invoke-restmethod', 'irm', 'curl', 'wget']);

/** A word of a command to drop (or shorten) because all it does is turn certificate checks off. */
interface FlagEdit {
  word: string;
  replacement: string;
  /** `--trusted-host HOST`: the host word goes too. */
  withNext?: string;
}

function flagEdits(cmd: ShellCommand): FlagEdit[] {
  const words = cmd.args.map(a => a.value);
  const edits: FlagEdit[] = [];
  words.forEach((word, i) => {
    if (cmd.dialect === 'powershell') {
      if (POWERSHELL_WEB.has(cmd.program) && /^-SkipCertificateCheck$/i.test(word))
        edits.push({ word, replacement: '' });
    } else if (cmd.program === 'curl') {
      if (word === '--insecure' || word === '-k') edits.push({ word, replacement: '' });
      else if (CURL_NO_VALUE.test(word) && word.includes('k'))
        edits.push({ word, replacement: word.replace('k', '') });
    } else if (cmd.program === 'wget') {
      if (word === '--no-check-certificate') edits.push({ word, replacement: '' });
    } else if (/^pip/.test(cmd.program) || (/^python/.test(cmd.program) && words.includes('pip'))) {
      if (word.startsWith('--trusted-host=')) edits.push({ word, replacement: '' });
      else if (word === '--trusted-host' && words[i + 1])
        edits.push({ word, replacement: '', withNext: words[i + 1] });
    }
  });
  return edits;
}

/** Whitespace-separated words of a text with their offsets (line continuations are whitespace too). */
function wordsOf(text: string): { word: string; start: number }[] {
  return [...text.matchAll(/[^\s\\]+(?:\\.[^\s\\]*)*/g)].map(m => ({ word: m[0], start: m.index }));
}

/**
 * BH301's fix for a RUN: drop `-k`/`--insecure` (or the `k` of a curl option cluster), wget's
 * `--no-check-certificate`, PowerShell's `-SkipCertificateCheck` and pip's `--trusted-host HOST`.
 * Each such word must appear in the instruction's source exactly as often as the parsed commands use
 * it, so an edit never touches a same-looking word of another program (`tar -k`) or a quoted one.
 */
export function tlsFlagFix(
  document: DockerfileDocument,
  instruction: DockerInstruction,
  commands: ShellCommand[]
): Fix | undefined {
  const wanted = commands.flatMap(flagEdits);
  if (wanted.length === 0) return undefined;
  const { startLine, endLine } = instruction.region;
  const lines = document.lines.slice(startLine - 1, endLine);
  const text = lines.join('\n');
  const words = wordsOf(text);
  const edits: TextEdit[] = [];
  for (const flag of new Map(wanted.map(w => [w.word + (w.withNext ?? ''), w])).values()) {
    const uses = wanted.filter(w => w.word === flag.word && w.withNext === flag.withNext).length;
    const found = words.flatMap((w, i) =>
      w.word === flag.word && (!flag.withNext || words[i + 1]?.word === flag.withNext) ? [i] : []
    );
    if (found.length !== uses) return undefined;
    for (const index of found) {
      const first = words[index] as { word: string; start: number };
      const last = flag.withNext ? (words[index + 1] as { word: string; start: number }) : first;
      // Dropping a word takes the whitespace before it; shortening a cluster keeps it.
      let start = first.start;
      if (!flag.replacement) while (start > 0 && text[start - 1] === ' ') start--;
      edits.push({
        region: regionOf(lines, startLine, start, last.start + last.word.length),
        replacement: flag.replacement
      });
    }
  }
  return { description: 'Remove the options that turn certificate checks off.', safety: 'safe', edits };
}

function regionOf(lines: string[], firstLine: number, start: number, end: number) {
  const at = (offset: number) => {
    let line = 0;
    let rest = offset;
    while (line < lines.length - 1 && rest > (lines[line] as string).length) {
      rest -= (lines[line] as string).length + 1;
      line++;
    }
    return { line: firstLine + line, column: rest + 1 };
  };
  const from = at(start);
  const to = at(end);
  return { startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column };
}
