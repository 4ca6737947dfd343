/**
 * The `range` and `with` blocks over a values path that each line of a template sits in: a key line in
 * `{{- range $key, $val := .Values.env }}` renders nothing when `env` is empty, so a rendered item
 * came from another line with the same keys (Kong's operator: `env: {}` by default, and the
 * container's variables from a `range` over a dict the chart builds).
 */
import type { KeyPath } from './rendered-objects.js';

/** A `range` or `with` over `.Values.a.b` that a line is in, not in its `else` branch. */
export interface ValuesLoop {
  /** The path ranged over: a list index when it reads an item of another loop over a list. */
  valuesPath: KeyPath;
  /** A `range` sets the dot (and its variables) to each item in turn; a `with` to the value. */
  range: boolean;
  /** `$key` of `range $key, $val := …`. */
  keyVariable?: string;
  /** `$val` of `range $key, $val := …` or `range $val := …`, `$x` of `with $x := …`. */
  valueVariable?: string;
  /** Set on the innermost block that sets the dot of the line, when that is this loop. */
  dot?: true;
  /**
   * A loop over a field of another `range`'s item (`range $key, $value := .data` in `range $name,
   * $file := .Values.secret.files`, stakater's application chart): `valuesPath` is read below the item
   * of this loop Helm was on, which the loop alone does not tell.
   */
  within?: ValuesLoop;
}

const ACTION = /\{\{-?\s*([\s\S]*?)\s*-?\}\}/g;
/** `range .Values.x`, `range $v := .Values.x`, `range $k, $v := .Values.x`, `with .Values.x`. */
const OVER_VALUES =
  /^(range|with)\s+(?:(\$[A-Za-z0-9_]*)\s*(?:,\s*(\$[A-Za-z0-9_]*)\s*)?:=\s*)?\$?\.Values((?:\.[A-Za-z0-9_]+)+)$/;
/** `range $k, $v := .data`, `with .encodedData`, `range $v := $file.data`: a field of the dot or of a variable. */
const OVER_FIELD =
  /^(range|with)\s+(?:(\$[A-Za-z0-9_]*)\s*(?:,\s*(\$[A-Za-z0-9_]*)\s*)?:=\s*)?(\$[A-Za-z0-9_]+)?((?:\.[A-Za-z0-9_]+)+)$/;
/** Fields of the chart's root: `.Release.Name` in a `range` is no field of an item a chart would write. */
const ROOT_FIELDS = new Set(['Values', 'Release', 'Chart', 'Capabilities', 'Template', 'Files', 'Subcharts']);
const OPENS = /^(?:if|range|with|define|block)\b/;
/** Blocks that set the dot for what they hold (`if` keeps it). */
const SETS_DOT = /^(?:range|with|define|block)\b/;

interface OpenBlock {
  loop?: ValuesLoop;
  /** Whether the block sets the dot where the line is (not in a `range`'s or `with`'s `else`). */
  setsDot: boolean;
  /** The variables a `range` or `with` over anything else declares (`range $k, $v := $dict`). */
  declares?: string[];
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
    const field = over ? undefined : OVER_FIELD.exec(action);
    const within = field ? itemLoop(open, field[4]) : undefined;
    const matched =
      over ?? (within && !ROOT_FIELDS.has((field?.[5] as string).split('.')[1] as string) ? field : null);
    if (!matched) {
      const declares = /^(?:range|with)\s+(\$[A-Za-z0-9_]*)\s*(?:,\s*(\$[A-Za-z0-9_]*)\s*)?:=/.exec(action);
      open.push({
        setsDot,
        ...(declares ? { declares: declares.slice(1).filter(v => v !== undefined) } : {})
      });
      return;
    }
    const [, kind, first, second] = matched;
    const path = matched[over ? 4 : 5] as string;
    const range = kind === 'range';
    const keyVariable = range && second ? first : undefined;
    const valueVariable = second ?? first;
    const loop: ValuesLoop = {
      valuesPath: path.slice(1).split('.'),
      range,
      ...(keyVariable ? { keyVariable } : {}),
      ...(valueVariable ? { valueVariable } : {}),
      ...(within ? { within } : {})
    };
    open.push({ loop, setsDot });
  }
}

/**
 * The `range` over values whose item a field is read from: the one that sets the dot (`.data`), or the
 * one whose item variable it is (`$file.data`). Only a loop over a values path itself: one level deep.
 */
function itemLoop(open: readonly OpenBlock[], variable: string | undefined): ValuesLoop | undefined {
  const loop =
    variable === undefined
      ? [...open].reverse().find(block => block.setsDot)?.loop
      : [...open]
          .reverse()
          .find(block => block.loop?.valueVariable === variable || block.declares?.includes(variable))?.loop;
  return loop?.range && !loop.within ? loop : undefined;
}

/** Whether a value is one `range` and `with` skip: missing, null, false, 0, '', or an empty list or map. */
export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === 0 || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}
