/**
 * Template variables that stand for a values path: `{{- $sc := merge .Values.sc dict }}` then
 * `{{ toYaml $sc | indent 12 }}` (vcluster's container securityContext), `$v := .Values` then
 * `{{ $v.hostNetwork }}`, `$ctx := deepCopy .Values.securityContext` (SPIFFE's CSI driver). Written
 * back as the `.Values` path they stand for, the values-line mapping reads them as it reads a direct
 * reference. Only what cannot mean anything else is bound: a variable assigned two different things,
 * a merge of two values maps or with a `dict` of the template's own keys, a pipeline (`| default`)
 * stays a variable, and the template's own changes to it (`set $sc "capabilities" …`) are listed. A
 * `ternary` of two values paths (ory's `$automount := ternary .Values.deployment.automount
 * .Values.automount (not (empty .Values.deployment.automount))`) is the branch its condition takes
 * with the chart's values, when that condition is one the values alone decide.
 */

/** A template with each variable that stands for a values path written as that path. */
export interface BoundVariables {
  /** The template text, line for line: `toYaml $sc` is `toYaml .Values.sc`. */
  text: string;
  /** The lines (1-based) where a variable was written as its values path. */
  rewritten: ReadonlySet<number>;
  /**
   * Values paths whose rendered value the template changes through a variable (`set $sc "runAsUser" 0`
   * changes `sc.runAsUser`; `merge $sc $other` or `set $sc $key …` all of `sc`): not the values file's.
   */
  changed: readonly string[][];
}

/** What the chart's values, merged as Helm merges them, say of a values path: enough to decide a condition. */
export interface ValuesReader {
  /** Whether `empty` holds for the path: unset, null, false, 0, '', or an empty list or map. */
  empty(path: string[]): boolean;
  /** Whether the map at the path has the key; undefined when that cannot be told (not a map, a null key). */
  hasKey(path: string[], key: string): boolean | undefined;
}

/** Where an expression is read: in a `with` or `range` or not, the variables bound, the chart's values. */
interface Scope {
  dotChanged: boolean;
  variable: (name: string) => string[] | undefined;
  values: ValuesReader | undefined;
}

interface Action {
  /** The action's text between `{{` and `}}` (without trim markers), and its span in the template. */
  body: string;
  start: number;
  end: number;
  /** In a `define` (another template, whose `.Values` is what it is given) or a `block`. */
  inDefine: boolean;
  /** Inside a `with` or `range` (not its `else`): `.Values` there is the dot's, not the chart's. */
  dotChanged: boolean;
}

const ACTION = /\{\{-?([\s\S]*?)-?\}\}/g;
const NAME = String.raw`\$[A-Za-z_][A-Za-z0-9_]*`;
const FIELDS = String.raw`(?:\.[A-Za-z0-9_]+)*`;
const ASSIGNMENT = new RegExp(String.raw`^(${NAME})\s*:?=\s*([\s\S]+)$`);
/** `set $sc "k" …`, `unset $sc "k"`, `merge $sc …`, `mergeOverwrite $sc …`: calls that change their first argument. */
const MUTATION = new RegExp(
  String.raw`\b(set|unset|merge|mergeOverwrite)\s+\(?\s*(${NAME})(${FIELDS})(?:\s*\))?(?:\s+"([^"]*)"(?=[\s)]|$))?`,
  'g'
);
/** A variable reference, not the root `$` and not a declaration. */
const REFERENCE = new RegExp(String.raw`(${NAME})(${FIELDS})(?![A-Za-z0-9_])(?!\s*:?=)`, 'g');
/** `$k, $v :=` and `$x :=` in a control action. */
const DECLARED = new RegExp(String.raw`${NAME}(?=\s*(?:,\s*${NAME}\s*)?:?=)`, 'g');
const VALUES_PATH = new RegExp(String.raw`^(\$?)\.Values(${FIELDS})$`);
const VARIABLE_PATH = new RegExp(String.raw`^(${NAME})(${FIELDS})$`);
/** Bindings evaluated within one another, at most: `$a := $b.x` chains are short. */
const MAX_DEPTH = 8;

/** `values` decides `ternary` conditions; without it a variable bound by a `ternary` stays a variable. */
export function bindValuesVariables(text: string, values?: ValuesReader): BoundVariables {
  if (!text.includes('$')) return { text, rewritten: new Set(), changed: [] };
  const actions = readActions(text);
  const bindings = new Map<string, { expression: string; dotChanged: boolean }[]>();
  /** Variables a control action declares (`range $k, $v := …`, `with $x := …`): never a values path here. */
  const declared = new Set<string>();
  for (const action of actions) {
    if (action.inDefine) continue;
    const body = action.body.trim();
    if (/^(?:if|else|with|range)\b/.test(body)) {
      for (const [name] of body.matchAll(DECLARED)) declared.add(name);
      continue;
    }
    const assignment = ASSIGNMENT.exec(body);
    if (!assignment) continue;
    const name = assignment[1] as string;
    bindings.set(name, [
      ...(bindings.get(name) ?? []),
      { expression: assignment[2] as string, dotChanged: action.dotChanged }
    ]);
  }
  const resolved = new Map<string, string[] | undefined>();
  const resolve = (name: string, depth: number): string[] | undefined => {
    if (resolved.has(name)) return resolved.get(name);
    if (depth > MAX_DEPTH || declared.has(name) || name === '$_') return undefined;
    resolved.set(name, undefined); // a binding that reads itself stands for nothing known
    const paths = (bindings.get(name) ?? []).map(binding =>
      evaluate(binding.expression, {
        dotChanged: binding.dotChanged,
        variable: other => resolve(other, depth + 1),
        values
      })
    );
    const first = paths[0];
    const same = first !== undefined && paths.every(path => path !== undefined && samePath(path, first));
    resolved.set(name, same ? first : undefined);
    return same ? first : undefined;
  };
  for (const name of bindings.keys()) resolve(name, 0);

  const changed: string[][] = [];
  const rewritten = new Set<number>();
  let out = '';
  let last = 0;
  const lines = { index: 0, line: 1 };
  for (const action of actions) {
    if (action.inDefine) continue;
    for (const [, call, name, fields, key] of action.body.matchAll(MUTATION)) {
      const path = resolved.get(name as string);
      if (!path) continue;
      const at = [...path, ...splitFields(fields as string)];
      changed.push(key !== undefined && (call === 'set' || call === 'unset') ? [...at, key] : at);
    }
    const body = action.body.replace(REFERENCE, (reference, name: string, fields: string) => {
      const path = resolved.get(name);
      if (!path) return reference;
      return `.Values${[...path, ...splitFields(fields)].map(segment => `.${segment}`).join('')}`;
    });
    if (body === action.body) continue;
    const bodyStart = text.indexOf(action.body, action.start);
    out += text.slice(last, bodyStart) + body;
    last = bodyStart + action.body.length;
    const firstLine = lineOnFrom(lines, text, action.start);
    const lastLine = firstLine + (text.slice(action.start, action.end).match(/\n/g)?.length ?? 0);
    for (let line = firstLine; line <= lastLine; line++) rewritten.add(line);
  }
  out += text.slice(last);
  return { text: out, rewritten, changed };
}

/**
 * The values path an expression stands for: `.Values.a` (`$.Values.a` anywhere, `.Values.a` where the
 * dot is the chart's), a bound variable and its fields, `deepCopy` of one, a `merge`/`mergeOverwrite`
 * of one with empty `dict`s only, or the branch of a `ternary` its condition takes. Anything else (a
 * pipeline, a `dict` with keys, two values maps, a condition the values do not decide) is undefined.
 */
function evaluate(expression: string, scope: Scope): string[] | undefined {
  const trimmed = unparenthesize(expression.trim());
  const values = VALUES_PATH.exec(trimmed);
  if (values) return values[1] === '$' || !scope.dotChanged ? splitFields(values[2] as string) : undefined;
  const bound = VARIABLE_PATH.exec(trimmed);
  if (bound) {
    const path = scope.variable(bound[1] as string);
    return path ? [...path, ...splitFields(bound[2] as string)] : undefined;
  }
  const words = splitArguments(trimmed);
  const [call, ...args] = words ?? [];
  if (call === 'deepCopy' && args.length === 1) return evaluate(args[0] as string, scope);
  if ((call === 'merge' || call === 'mergeOverwrite') && args.length >= 2) {
    const maps = args.filter(arg => unparenthesize(arg) !== 'dict');
    return maps.length === 1 ? evaluate(maps[0] as string, scope) : undefined;
  }
  if (call === 'ternary' && args.length === 3) {
    const taken = truth(args[2] as string, scope);
    return taken === undefined ? undefined : evaluate((taken ? args[0] : args[1]) as string, scope);
  }
  return undefined;
}

/**
 * What a condition comes to with the chart's values: a values path (true unless empty), `empty`,
 * `hasKey` with a quoted key, `not`, `and` and `or` of such. Undefined when the values do not decide it
 * (a comparison, a function of the template's own, a path under a changed dot).
 */
function truth(expression: string, scope: Scope): boolean | undefined {
  if (!scope.values) return undefined;
  const [call, ...args] = splitArguments(unparenthesize(expression.trim())) ?? [];
  if (call === undefined) return undefined;
  if (args.length === 0) {
    const path = evaluate(call, scope);
    return path ? !scope.values.empty(path) : undefined;
  }
  if (call === 'not' && args.length === 1) {
    const inner = truth(args[0] as string, scope);
    return inner === undefined ? undefined : !inner;
  }
  if (call === 'empty' && args.length === 1) {
    const path = evaluate(args[0] as string, scope);
    return path ? scope.values.empty(path) : undefined;
  }
  const key = /^"([^"]*)"$/.exec(args[1] ?? '')?.[1];
  if (call === 'hasKey' && args.length === 2 && key !== undefined) {
    const path = evaluate(args[0] as string, scope);
    return path ? scope.values.hasKey(path, key) : undefined;
  }
  if ((call === 'and' || call === 'or') && args.length >= 2) {
    const each = args.map(arg => truth(arg, scope));
    if (each.includes(undefined)) return undefined;
    return call === 'and' ? each.every(Boolean) : each.some(Boolean);
  }
  return undefined;
}

/**
 * The words of a call, a parenthesized argument or a double-quoted string (without escapes) as one;
 * undefined for a pipeline or any other quoting.
 */
function splitArguments(expression: string): string[] | undefined {
  const words: string[] = [];
  let depth = 0;
  let word = '';
  let quoted = false;
  for (const char of expression) {
    if (quoted) {
      if (char === '\\') return undefined;
      if (char === '"') quoted = false;
      word += char;
      continue;
    }
    if (/['`|]/.test(char)) return undefined;
    if (char === '"') quoted = true;
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (depth < 0) return undefined;
    if (/\s/.test(char) && depth === 0) {
      if (word) words.push(word);
      word = '';
    } else word += char;
  }
  if (word) words.push(word);
  return depth === 0 && !quoted ? words : undefined;
}

function unparenthesize(expression: string): string {
  let inner = expression;
  while (inner.startsWith('(') && inner.endsWith(')') && splitArguments(inner.slice(1, -1)) !== undefined)
    inner = inner.slice(1, -1).trim();
  return inner;
}

function splitFields(fields: string): string[] {
  return fields === '' ? [] : fields.slice(1).split('.');
}

function samePath(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((segment, i) => segment === b[i]);
}

/**
 * The 1-based line of `index`, counting on from where the cursor last stopped: actions come in text
 * order, so a template with many rewritten actions is read once, not once per action.
 */
function lineOnFrom(cursor: { index: number; line: number }, text: string, index: number): number {
  for (let i = text.indexOf('\n', cursor.index); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) {
    cursor.line++;
    cursor.index = i + 1;
  }
  return cursor.line;
}

/** The template's actions, each with the blocks it sits in. */
function readActions(text: string): Action[] {
  const actions: Action[] = [];
  const open: { define: boolean; dot: boolean }[] = [];
  for (const match of text.matchAll(ACTION)) {
    const body = match[1] as string;
    const trimmed = body.trim();
    const inDefine = open.some(block => block.define);
    const dotChanged = open.some(block => block.dot);
    actions.push({ body, start: match.index, end: match.index + match[0].length, inDefine, dotChanged });
    if (trimmed.startsWith('/*')) continue;
    if (/^end\b/.test(trimmed)) open.pop();
    else if (/^else\b/.test(trimmed)) {
      const top = open.at(-1);
      // `else with …` sets the dot again; a plain `else` of a `with` or `range` runs with the outer dot.
      if (top) top.dot = /^else\s+with\b/.test(trimmed);
    } else if (/^(?:define|block)\b/.test(trimmed)) open.push({ define: true, dot: true });
    else if (/^(?:with|range)\b/.test(trimmed)) open.push({ define: false, dot: true });
    else if (/^if\b/.test(trimmed)) open.push({ define: false, dot: false });
  }
  return actions;
}
