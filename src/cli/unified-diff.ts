/** Lines kept around each change, as `diff -u` does. */
const CONTEXT = 3;

type Op = { kind: ' ' | '-' | '+'; line: string };

/** Splits into lines, each keeping its line break, so CRLF and a missing final newline survive. */
function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/**
 * Myers' O((N+M)·D) shortest edit script over lines (https://doi.org/10.1007/BF01840446). Fixes change
 * a few lines of a file, so D stays small even for large files.
 */
function editScript(a: string[], b: string[]): Op[] {
  const max = a.length + b.length;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number))
          ? (v[offset + k + 1] as number)
          : (v[offset + k - 1] as number) + 1;
      let y = x - k;
      while (x < a.length && y < b.length && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= a.length && y >= b.length) return backtrack(trace, a, b, d, offset);
    }
  }
  return [];
}

function backtrack(trace: Int32Array[], a: string[], b: string[], last: number, offset: number): Op[] {
  const ops: Op[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = last; d > 0; d--) {
    const v = trace[d] as Int32Array;
    const k = x - y;
    const down = k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number));
    const prevK = down ? k + 1 : k - 1;
    const prevX = v[offset + prevK] as number;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      ops.push({ kind: ' ', line: a[x] as string });
    }
    if (down) ops.push({ kind: '+', line: b[--y] as string });
    else ops.push({ kind: '-', line: a[--x] as string });
  }
  while (x > 0 && y > 0) {
    ops.push({ kind: ' ', line: a[--x] as string });
    y--;
  }
  return ops.reverse();
}

function printLine(op: Op): string {
  const body = op.line.endsWith('\n') ? op.line : `${op.line}\n\\ No newline at end of file\n`;
  return op.kind + body;
}

/**
 * A unified diff (`diff -u`, `a/`/`b/` paths) of one file; empty when the texts are equal.
 * `maskOld` rewrites a removed line (1-based line number in `before`), so a secret that a fix moves
 * out of the file is not printed.
 */
export function unifiedDiff(
  path: string,
  before: string,
  after: string,
  maskOld: (line: number, text: string) => string = (_line, text) => text
): string {
  if (before === after) return '';
  const ops = editScript(splitLines(before), splitLines(after));
  let out = `--- a/${path}\n+++ b/${path}\n`;
  let i = 0;
  while (i < ops.length) {
    while (i < ops.length && ops[i]?.kind === ' ') i++;
    if (i >= ops.length) break;
    const start = Math.max(0, i - CONTEXT);
    let end = i;
    // Extend the hunk while the next change is within two contexts' reach.
    for (let j = i; j < ops.length; j++) {
      if (ops[j]?.kind !== ' ') end = j;
      else if (j - end > 2 * CONTEXT) break;
    }
    const stop = Math.min(ops.length, end + CONTEXT + 1);
    const before1 = ops.slice(0, start).filter(o => o.kind !== '+').length;
    const after1 = ops.slice(0, start).filter(o => o.kind !== '-').length;
    const hunk = ops.slice(start, stop);
    const oldLen = hunk.filter(o => o.kind !== '+').length;
    const newLen = hunk.filter(o => o.kind !== '-').length;
    out += `@@ -${oldLen ? before1 + 1 : before1},${oldLen} +${newLen ? after1 + 1 : after1},${newLen} @@\n`;
    let oldLine = before1;
    for (const op of hunk) {
      if (op.kind !== '+') oldLine++;
      out += printLine(op.kind === '-' ? { ...op, line: maskOld(oldLine, op.line) } : op);
    }
    i = stop;
  }
  return out;
}
