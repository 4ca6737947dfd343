/**
 * Which template list item a rendered list item is, by its `name`: a Deployment's containers all have
 * `image:`, and the rendered item's name tells which template line wrote it, literally or through
 * values and named templates.
 */
import { isAlias, isMap, isScalar } from '../targets/yaml/yaml-library.js';
import { definitionText, type ChartDirs } from './inline-includes.js';
import { lookupValues } from './helm-values.js';
import type { MappingContext } from './mapping-context.js';
import type { KeyPath, RenderedObject } from './rendered-objects.js';
import { valuesReferences, type TemplateKeyLine } from './template-key-lines.js';

/**
 * The `name` of each rendered list item along the path, outermost first. A name may be an alias of a
 * value the item writes earlier (linkerd's proxy: `value: &containerName linkerd-proxy`, then
 * `name: *containerName`): it is that value.
 */
export function renderedItemNames(object: RenderedObject, path: KeyPath): (string | undefined)[] {
  const names: (string | undefined)[] = [];
  path.forEach((segment, at) => {
    if (typeof segment !== 'number') return;
    const item = object.document.getIn(path.slice(0, at + 1));
    const node: unknown = isMap(item) ? item.get('name', true) : undefined;
    const name = isAlias(node) ? node.resolve(object.document) : node;
    names.push(isScalar(name) && typeof name.value === 'string' ? name.value : undefined);
  });
  return names;
}

/**
 * Of the template lines with the right keys, the one in the list items with the rendered items' names
 * (a Deployment's six containers all have `image:`); a line whose item has a different literal name is
 * never it. Without names to go by, the first.
 */
export function pickByItemNames(
  candidates: TemplateKeyLine[],
  names: (string | undefined)[],
  templatedMatches: (template: string, rendered: string, candidate: TemplateKeyLine) => boolean | undefined
): TemplateKeyLine | undefined {
  let best: TemplateKeyLine | undefined;
  let bestScore = -1;
  for (const candidate of candidates) {
    let score = 0;
    let excluded = false;
    candidate.itemNames.forEach((name, i) => {
      const rendered = names[i];
      const template = candidate.itemNameTemplates[i];
      if (rendered === undefined) return;
      const matches =
        name !== undefined
          ? name === rendered
          : template
            ? templatedMatches(template, rendered, candidate)
            : undefined;
      if (matches === true) score++;
      else if (matches === false) excluded = true;
    });
    if (!excluded && score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Whether a templated item name (`{{ template "x" . }}-{{ .Values.server.name }}`) can be the rendered
 * name: each `.Values` part it uses must appear in it. Undefined when nothing can be told.
 */
export function templatedNameMatches(
  template: string,
  rendered: string,
  subchart: string[],
  context: MappingContext,
  chartDirs: ChartDirs
): boolean | undefined {
  let matched: boolean | undefined;
  for (const reference of valuesReferences(template)) {
    const value = lookupValues(reference, subchart, context)?.value;
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    if (!rendered.includes(String(value))) return false;
    matched = true;
  }
  if (matched !== undefined) return matched;
  // Text the name prints itself, or through the named templates it includes (Tetragon's
  // `{{ include "container.tetragon.name" . }}` prints `tetragon`).
  const fragments = printedText(template, name => definitionText(name, chartDirs, context));
  return fragments.length ? fragments.some(fragment => rendered.includes(fragment)) : undefined;
}

/**
 * Literal text a template prints: what stands outside its actions, the quoted strings of `print`,
 * `printf` and `quote` actions (without `%s` verbs), and the same of the named templates it includes.
 */
function printedText(
  template: string,
  definition: (name: string) => string | undefined,
  depth = 0
): string[] {
  const fragments: string[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{\{-?([\s\S]*?)-?\}\}/g)) {
    fragments.push(template.slice(last, match.index));
    last = match.index + match[0].length;
    const action = match[1] as string;
    const included = /^\s*(?:include|template)\s+"([^"]+)"/.exec(action)?.[1];
    const body = included !== undefined && depth < 2 ? definition(included) : undefined;
    if (body !== undefined) fragments.push(...printedText(body, definition, depth + 1));
    else if (/^\s*(?:print|printf|quote)\b|^\s*"[^"]*"\s*$/.test(action))
      for (const quoted of action.matchAll(/"([^"]*)"/g))
        fragments.push(...(quoted[1] as string).split(/%[a-z]/));
  }
  fragments.push(template.slice(last));
  return fragments.map(fragment => fragment.trim()).filter(fragment => /[a-z0-9].*[a-z0-9]/i.test(fragment));
}
