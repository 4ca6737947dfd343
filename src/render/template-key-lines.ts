/** A key line of a Helm template, with the map keys above it (sequence items add no segment). */
export interface TemplateKeyLine {
  line: number;
  /** Column of the key (0-based). */
  indent: number;
  keys: string[];
  /**
   * The literal `name:` of each list item above the line, outermost first (`undefined` when the item has
   * none or it is templated): the rendered item's name picks the right one of several containers.
   */
  itemNames: (string | undefined)[];
  /** The templated `name:` text of each of those items (`{{ .Values.server.name }}-reload`), else undefined. */
  itemNameTemplates: (string | undefined)[];
  /** `kind:` of the template document the line is in, when written literally. */
  kind?: string;
}

interface Level {
  indent: number;
  key: string;
  /** Set on the keys of a list item (shared by its siblings). */
  item?: { name?: string; template?: string };
}

/** A scalar with an anchor, `&containerName linkerd-proxy`: the anchor's name and the value. */
const ANCHORED_SCALAR = /&([A-Za-z0-9_-]+)[ \t]+["']?([^"'{}#\s*&]+)/g;

/** `key:` possibly after `- ` items; keys may be quoted. Anchored and linear: no nested quantifiers. */
const KEY_LINE = /^( *)((?:- +)*)(?:"([^"]+)"|'([^']+)'|([A-Za-z0-9_./-]+)) *:(?: |$)/;

/**
 * A name written as a quoted YAML scalar (`"{{ .Release.Name }}-test"`, `'{{ $key }}'`) without its quotes
 * (and a comment after them): the rendered name holds what is between the quotes, so text such as
 * `-test"` would never be found in it. Quotes inside (`"{{ template "x.name" . }}-test"`) stay.
 */
function unquoteScalar(text: string): string {
  const quote = text[0];
  if (quote !== '"' && quote !== "'") return text;
  const end = text.lastIndexOf(quote);
  const after = text.slice(end + 1).trim();
  return end > 0 && (after === '' || after.startsWith('#')) ? text.slice(1, end) : text;
}

/**
 * Indexes a template's YAML-looking lines by key path. A template is not YAML until rendered, so this
 * goes by indentation, as a reader would: lines that are only template actions (`{{- if … }}`,
 * `{{- toYaml … | nindent 8 }}`) and comments take no part in the structure.
 */
export function indexTemplateKeys(text: string): TemplateKeyLine[] {
  const entries: TemplateKeyLine[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  let stack: Level[] = [];
  const items: { entry: TemplateKeyLine; levels: Level[] }[] = [];
  let documentStart = 0;
  const documentKinds: { start: number; kind: string }[] = [];
  const anchors = new Map<string, string>();
  lines.forEach((line, index) => {
    const trimmed = line.trim();
    if (line.includes('&'))
      for (const [, anchor, value] of line.matchAll(ANCHORED_SCALAR))
        anchors.set(anchor as string, value as string);
    if (trimmed === '---' || trimmed.startsWith('--- ')) {
      stack = [];
      documentStart = entries.length;
      return;
    }
    const match = KEY_LINE.exec(line.replace(/\t/g, ' '));
    if (!match || trimmed.startsWith('#')) return;
    const indent = (match[1] ?? '').length + (match[2] ?? '').length;
    const key = (match[3] ?? match[4] ?? match[5]) as string;
    let sibling: Level | undefined;
    while (stack.length && (stack.at(-1) as Level).indent >= indent) sibling = stack.pop();
    const item = match[2] ? {} : sibling?.indent === indent ? sibling.item : undefined;
    if (item && key === 'name') {
      const written = /:\s*["']?([^"'{}#\s]+)["']?\s*(#.*)?$/.exec(line)?.[1];
      // `name: *containerName` (linkerd's proxy) is the value anchored earlier: `&containerName linkerd-proxy`.
      const name = written?.startsWith('*') ? anchors.get(written.slice(1)) : written;
      if (name) item.name = name;
      else if (line.includes('{{')) item.template = unquoteScalar(line.slice(line.indexOf(':') + 1).trim());
    }
    stack.push({ indent, key, ...(item ? { item } : {}) });
    const entry: TemplateKeyLine = {
      line: index + 1,
      indent,
      keys: stack.map(s => s.key),
      itemNames: [],
      itemNameTemplates: []
    };
    entries.push(entry);
    items.push({ entry, levels: [...stack] });
    if (stack.length === 1 && key === 'kind') {
      const kind = /^\s*kind:\s*["']?([A-Za-z0-9]+)["']?\s*$/.exec(line)?.[1];
      if (kind) documentKinds.push({ start: documentStart, kind });
    }
  });
  // Names may come after the item's first key, so they are read once the whole file is indexed.
  for (const { entry, levels } of items)
    for (const level of levels)
      if (level.item) {
        entry.itemNames.push(level.item.name);
        entry.itemNameTemplates.push(level.item.template);
      }
  // Each entry gets its document's literal kind (templates often hold a ServiceAccount, a Role and a DaemonSet).
  documentKinds.forEach(({ start, kind }, n) => {
    const end = documentKinds.slice(n + 1).find(d => d.start > start)?.start ?? entries.length;
    for (let i = start; i < end; i++) if (entries[i]) (entries[i] as TemplateKeyLine).kind = kind;
  });
  return entries;
}

/**
 * A `.Values.a.b` reference, and the fields read from it in parentheses, the nil-safe idiom
 * `(.Values.a.b).c` (KEDA's `(.Values.serviceAccount.operator).automountServiceAccountToken`).
 */
const VALUES_REFERENCE = /\$?\.Values((?:\.[A-Za-z0-9_]+)+)(?:\s*\)((?:\.[A-Za-z0-9_]+)+))?/g;

/** `.Values.a.b` references in a piece of template text (a line, or a block of lines). */
export function valuesReferences(text: string): string[][] {
  const references: string[][] = [];
  for (const match of text.matchAll(VALUES_REFERENCE))
    references.push(`${match[1] as string}${match[2] ?? ''}`.slice(1).split('.'));
  return references;
}

/**
 * The values path a block under a key line takes whole: `{{ toYaml .Values.x | nindent 8 }}`, or
 * `{{- with .Values.x }}` followed by `{{- toYaml . | nindent 8 }}`.
 */
/**
 * `toYaml (.Values.a | default .Values.b)` or `toYaml (default .Values.b .Values.a)` (elastic's
 * filebeat: `podSecurityContext | default daemonset.securityContext`): the value's path, then its
 * default's. Helm takes the default when the value is empty.
 */
export function defaultedValuesPaths(block: string): [string[], string[]] | undefined {
  const piped = PIPED_DEFAULT.exec(block);
  const prefixed = piped ? undefined : PREFIX_DEFAULT.exec(block);
  const [value, fallback] = piped ? [piped[1], piped[2]] : prefixed ? [prefixed[2], prefixed[1]] : [];
  if (value === undefined || fallback === undefined) return undefined;
  return [value.slice(1).split('.'), fallback.slice(1).split('.')];
}

const VALUES_PATH = String.raw`\$?\.Values((?:\.[A-Za-z0-9_]+)+)`;
const PIPED_DEFAULT = new RegExp(
  String.raw`toYaml\s+\(\s*${VALUES_PATH}\s*\|\s*default\s+${VALUES_PATH}\s*\)`
);
const PREFIX_DEFAULT = new RegExp(String.raw`toYaml\s+\(\s*default\s+${VALUES_PATH}\s+${VALUES_PATH}\s*\)`);

export function blockValuesPath(block: string): string[] | undefined {
  // `toYaml .Values.x`, `toYaml (.Values.x)`, `toYaml $.Values.x`, `toYaml (index . 0).Values.x` (the
  // root context passed to a named template in a list).
  const direct = /toYaml\s+[^|}\n]*?\.Values((?:\.[A-Za-z0-9_]+)+)/.exec(block);
  if (direct) return (direct[1] as string).slice(1).split('.');
  // `{{- .Values.x | toYaml | nindent 12 }}` (SPIFFE's CSI driver pipes its securityContext so).
  const piped = /\{\{-?\s*\$?\.Values((?:\.[A-Za-z0-9_]+)+)\s*\|\s*toYaml\b/.exec(block);
  if (piped) return (piped[1] as string).slice(1).split('.');
  const withBlock = /with\s+\$?\.Values((?:\.[A-Za-z0-9_]+)+)\s*-?}}[\s\S]*?toYaml\s+\.\s/.exec(block);
  if (withBlock) return (withBlock[1] as string).slice(1).split('.');
  return undefined;
}
