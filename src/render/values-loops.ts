/**
 * The `range` and `with` blocks over a values path that each line of a template sits in: a key line in
 * `{{- range $key, $val := .Values.env }}` renders nothing when `env` is empty, so a rendered item
 * came from another line with the same keys (Kong's operator: `env: {}` by default, and the
 * container's variables from a `range` over a dict the chart builds).
 */

/** A `range` or `with` over `.Values.a.b` that a line is in, not in its `else` branch. */
export interface ValuesLoop {
  valuesPath: string[];
}

const ACTION = /\{\{-?\s*([\s\S]*?)\s*-?\}\}/g;
/** `range .Values.x`, `range $v := .Values.x`, `range $k, $v := .Values.x`, `with .Values.x`. */
const OVER_VALUES =
  /^(?:range|with)\s+(?:\$[A-Za-z0-9_]*\s*(?:,\s*\$[A-Za-z0-9_]*\s*)?:=\s*)?\$?\.Values((?:\.[A-Za-z0-9_]+)+)$/;
const OPENS = /^(?:if|range|with|define|block)\b/;

/**
 * For each line (1-based: index 0 is unused), the values loops open where the line starts. Actions
 * may span lines (`{{- if and .a` … `.b }}`), so the text is read as a whole.
 */
export function valuesLoopsByLine(text: string): ValuesLoop[][] {
  const open: { loop?: ValuesLoop }[] = [];
  const byLine: ValuesLoop[][] = [[]];
  const actions = text.matchAll(ACTION);
  let next = actions.next();
  let lineStart = 0;
  for (const line of text.split('\n')) {
    // The actions before this line's start.
    while (!next.done && next.value.index < lineStart) {
      apply(open, (next.value[1] as string).trim());
      next = actions.next();
    }
    byLine.push(open.flatMap(block => (block.loop ? [block.loop] : [])));
    lineStart += line.length + 1;
  }
  return byLine;
}

function apply(open: { loop?: ValuesLoop }[], action: string): void {
  if (action.startsWith('/*')) return;
  if (action === 'end' || action.startsWith('end ')) open.pop();
  else if (action === 'else' || action.startsWith('else ')) {
    const last = open.at(-1);
    if (last) delete last.loop;
  } else if (OPENS.test(action)) {
    const path = OVER_VALUES.exec(action)?.[1];
    open.push(path ? { loop: { valuesPath: path.slice(1).split('.') } } : {});
  }
}

/** Whether a value is one `range` and `with` skip: missing, null, false, 0, '', or an empty list or map. */
export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === 0 || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}
