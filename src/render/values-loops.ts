/**
 * The `range` and `with` blocks over a values path that each line of a template sits in: a key line in
 * `{{- range $key, $val := .Values.env }}` renders nothing when `env` is empty, so a rendered item
 * came from another line with the same keys (Kong's operator: `env: {}` by default, and the
 * container's variables from a `range` over a dict the chart builds).
 */

/** A `range` or `with` over `.Values.a.b` that a line is in, not in its `else` branch. */
export interface ValuesLoop {
  valuesPath: string[];
  /** A `range` sets the dot (and its variables) to each item in turn; a `with` to the value. */
  range: boolean;
  /** `$key` of `range $key, $val := …`. */
  keyVariable?: string;
  /** `$val` of `range $key, $val := …` or `range $val := …`, `$x` of `with $x := …`. */
  valueVariable?: string;
  /** Set on the innermost block that sets the dot of the line, when that is this loop. */
  dot?: true;
}

const ACTION = /\{\{-?\s*([\s\S]*?)\s*-?\}\}/g;
/** `range .Values.x`, `range $v := .Values.x`, `range $k, $v := .Values.x`, `with .Values.x`. */
const OVER_VALUES =
  /^(range|with)\s+(?:(\$[A-Za-z0-9_]*)\s*(?:,\s*(\$[A-Za-z0-9_]*)\s*)?:=\s*)?\$?\.Values((?:\.[A-Za-z0-9_]+)+)$/;
const OPENS = /^(?:if|range|with|define|block)\b/;
/** Blocks that set the dot for what they hold (`if` keeps it). */
const SETS_DOT = /^(?:range|with|define|block)\b/;

interface OpenBlock {
  loop?: ValuesLoop;
  /** Whether the block sets the dot where the line is (not in a `range`'s or `with`'s `else`). */
  setsDot: boolean;
}

/**
 * For each line (1-based: index 0 is unused), the values loops open where the line starts. Actions
 * may span lines (`{{- if and .a` … `.b }}`), so the text is read as a whole.
 */
export function valuesLoopsByLine(text: string): ValuesLoop[][] {
  const open: OpenBlock[] = [];
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
    const dotBlock = [...open].reverse().find(block => block.setsDot);
    byLine.push(
      open.flatMap(block => {
        if (!block.loop) return [];
        return [block === dotBlock ? { ...block.loop, dot: true as const } : block.loop];
      })
    );
    lineStart += line.length + 1;
  }
  return byLine;
}

function apply(open: OpenBlock[], action: string): void {
  if (action.startsWith('/*')) return;
  if (action === 'end' || action.startsWith('end ')) open.pop();
  else if (action === 'else' || action.startsWith('else ')) {
    const last = open.at(-1);
    if (last) {
      delete last.loop;
      // `else with …` sets the dot again, to a value read no further here.
      last.setsDot = action.startsWith('else with');
    }
  } else if (OPENS.test(action)) {
    const over = OVER_VALUES.exec(action);
    const setsDot = SETS_DOT.test(action);
    if (!over) {
      open.push({ setsDot });
      return;
    }
    const [, kind, first, second] = over;
    const path = over[4] as string;
    const range = kind === 'range';
    const keyVariable = range && second ? first : undefined;
    const valueVariable = second ?? first;
    const loop: ValuesLoop = {
      valuesPath: path.slice(1).split('.'),
      range,
      ...(keyVariable ? { keyVariable } : {}),
      ...(valueVariable ? { valueVariable } : {})
    };
    open.push({ loop, setsDot });
  }
}

/** Whether a value is one `range` and `with` skip: missing, null, false, 0, '', or an empty list or map. */
export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === 0 || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}
