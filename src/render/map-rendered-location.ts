import { Buffer } from 'node:buffer';
import { isMap } from '../targets/yaml/yaml-library.js';
import { posix, relative, resolve } from 'node:path';
import type { RenderRoot } from './discover-render-roots.js';
import { findYamlKey, type KeySearch } from './find-yaml-key.js';
import { findGeneratorLine } from './generator-lines.js';
import { definitionText, inlineIncludes } from './inline-includes.js';
import { imageEntries, patchSources, type PatchSource } from './kustomization-sources.js';
import { findInPatch } from './json6902-patch.js';
import { blockScalarPathAt, keyPathAtLine, type KeyPath, type RenderedObject } from './rendered-objects.js';
import {
  blockValuesPath,
  indexTemplateKeys,
  valuesReferences,
  type TemplateKeyLine
} from './template-key-lines.js';

/** Where a finding on a rendered object lands in the files the user edits. */
export interface MappedLocation {
  /** Relative to the working directory, POSIX separators. */
  file: string;
  line: number;
  /** False when only an enclosing key (or the object) was found: the rendered object is then a related location. */
  exact: boolean;
  via: 'template' | 'values' | 'resource' | 'patch' | 'root';
  /** The rendered key path, `spec.template.spec.containers[0].securityContext`. */
  keyPath: string;
  /** The object's name where the user writes it, when the rendered one differs (a generator's `name`). */
  sourceName?: string;
}

export interface MappingContext {
  root: RenderRoot;
  cwd: string;
  /** Reads a file by its path relative to the working directory (cached by the caller). */
  readText(path: string): string | undefined;
  /** Configured values files of the chart, relative to the working directory, in `--values` order. */
  valuesFiles: string[];
  /** Kustomize: the absolute directory the origin annotations are relative to. */
  originBase?: string;
  /** Every discovered file, relative to the working directory (where a chart's named templates are). */
  files?: readonly string[];
}

/**
 * Maps a line of the rendered stream to the template, values, resource or patch line behind it. A line
 * inside embedded text (a ConfigMap's `application.properties: |`) maps to its key, then to the same
 * text below that key in the source (or in the file a generator's `files` entry reads): `lineText` is
 * the rendered line.
 */
export function mapRenderedLocation(
  object: RenderedObject,
  line: number,
  context: MappingContext,
  lineText?: string
): MappedLocation {
  const keyLine = keyPathAtLine(object, line);
  const blockPath = keyLine ? undefined : blockScalarPathAt(object, line);
  const path = keyLine ?? blockPath ?? [];
  const keyPath = formatKeyPath(path);
  const fallback: MappedLocation = { file: context.root.file, line: 1, exact: false, via: 'root', keyPath };
  const mapped =
    context.root.kind === 'helm' ? mapHelm(object, path, context) : mapKustomize(object, path, context);
  if (!mapped) return fallback;
  const { valueFile, ...location } = mapped;
  if (!blockPath || lineText === undefined) return { ...location, keyPath };
  const inText = lineInText(
    context.readText(valueFile ?? location.file),
    lineText,
    valueFile ? 0 : location.line
  );
  if (inText) return { ...location, file: valueFile ?? location.file, line: inText, exact: true, keyPath };
  // Text a template pastes from values (`app.yaml: |-` then `{{- .Values.appConfig | nindent 4 }}`):
  // the line is in the values file, below the key the block reads.
  const fromValues =
    context.root.kind === 'helm' && !valueFile ? valuesLineOfBlock(location, lineText, context) : undefined;
  return fromValues ? { ...fromValues, keyPath } : { ...location, exact: false, keyPath };
}

/**
 * The line, whose text is `lineText`, of what the template block under `location` pastes: a values key
 * it reads, or a chart file it reads with `.Files.Get "files/tls.key"`.
 */
function valuesLineOfBlock(
  location: { file: string; line: number },
  lineText: string,
  context: MappingContext
): Omit<MappedLocation, 'keyPath'> | undefined {
  const lines = (context.readText(location.file) ?? '').split(/\r\n|\r|\n/);
  const keyLine = lines[location.line - 1] ?? '';
  const indent = keyLine.length - keyLine.trimStart().length;
  const block: string[] = [];
  for (let i = location.line; i < lines.length && block.length < 200; i++) {
    const line = lines[i] as string;
    const content = line.trim();
    if (content !== '' && !content.startsWith('{{') && line.length - line.trimStart().length <= indent) break;
    block.push(line);
  }
  for (const reference of valuesReferences(block.join('\n'))) {
    const found = lookupValues(reference, [], context);
    if (!found?.exact) continue;
    const line = lineInText(context.readText(found.file), lineText, found.line - 1);
    if (line) return { file: found.file, line, exact: true, via: 'values' };
  }
  for (const file of chartFilesRead(block.join('\n'), location.file)) {
    const line = lineInText(context.readText(file), lineText, 0);
    if (line) return { file, line, exact: true, via: 'template' };
  }
  return undefined;
}

/**
 * The chart files a piece of template text reads with `.Files.Get "files/tls.key"`, relative to the
 * working directory (the path is the chart directory's: the one above `templates/` of `template`).
 */
function chartFilesRead(text: string, template: string): string[] {
  const at = template.lastIndexOf('/templates/');
  const chartDir = at < 0 ? posix.dirname(posix.dirname(template)) : template.slice(0, at);
  return [...text.matchAll(/\.Files\.Get\s+"([^"]+)"/g)].map(match =>
    posix.normalize(posix.join(chartDir, match[1] as string))
  );
}

/**
 * The 1-based line, after line `after`, whose text is `wanted` (both trimmed), within a bounded look;
 * else a template line whose text before its first `{{` starts it (`password={{ .Values.db }}`).
 */
function lineInText(text: string | undefined, wanted: string, after: number): number | undefined {
  const needle = wanted.trim();
  if (text === undefined || needle === '') return undefined;
  const lines = text.split(/\r\n|\r|\n/).slice(after, after + 5000);
  const same = lines.findIndex(line => line.trim() === needle);
  if (same >= 0) return after + same + 1;
  const templated = lines.findIndex(line => {
    const literal = line.trim().split('{{')[0] as string;
    return line.includes('{{') && literal.length >= 3 && needle.startsWith(literal);
  });
  return templated >= 0 ? after + templated + 1 : undefined;
}

/** A mapped location; `valueFile`: the file a generator's `files` entry reads, whose text is the value. */
type Mapped = Omit<MappedLocation, 'keyPath'> & { valueFile?: string };

function mapHelm(object: RenderedObject, path: KeyPath, context: MappingContext): Mapped | undefined {
  if (!object.helmSource) return undefined;
  // `# Source:` starts with the chart's name (not its directory): drop it and resolve in the chart directory.
  const segments = object.helmSource.split('/').slice(1);
  const templates = segments.lastIndexOf('templates');
  const template = posix.join(context.root.dir, ...segments);
  const text = context.readText(template);
  if (text === undefined || templates < 0) return undefined;
  const subchart = segments.slice(0, templates); // [] or ['charts', 'sub', …]
  const keys: { key: string; at: number }[] = [];
  path.forEach((segment, at) => typeof segment === 'string' && keys.push({ key: segment, at }));
  // Named templates the template pastes as blocks (a container, a pod spec, or the whole object as
  // the EBS CSI driver's node-windows.yaml does) are read in place: their keys are on their own lines.
  const inlined = inlineIncludes(
    template,
    text,
    { own: posix.join(context.root.dir, ...subchart), root: context.root.dir },
    context
  );
  const at = (line: number) => inlined.origin(line);
  const entries = indexTemplateKeys(inlined.text);
  const sameKind = entries.filter(e => e.kind === undefined || e.kind === object.kind);
  const candidates = sameKind.length ? sameKind : entries;
  const names = renderedItemNames(object, path);
  let depth = 0;
  let entry: TemplateKeyLine | undefined;
  const lines = inlined.text.split('\n');
  const rendered = object.document.getIn(path);
  for (let j = keys.length; j > 0 && !entry; j--) {
    const wanted = keys.slice(0, j).map(k => k.key);
    const sameKeys = candidates.filter(e => e.keys.length === j && e.keys.every((k, i) => k === wanted[i]));
    // Branches of an `if` write the key twice (Istio's `image:` with and without a hub): the line
    // that renders to the value, with the values filled in, is the one Helm took.
    const taken =
      j === keys.length && sameKeys.length > 1
        ? sameKeys.filter(e => rendersTo(lines[e.line - 1] ?? '', rendered, subchart, context))
        : [];
    entry = pickByItemNames(taken.length ? taken : sameKeys, names, (template, value) =>
      templatedNameMatches(template, value, subchart, context)
    );
    if (entry) depth = j;
  }
  if (!entry) {
    const kindLine = candidates.find(e => e.keys.length === 1 && e.keys[0] === 'kind')?.line ?? 1;
    return { ...at(kindLine), exact: false, via: 'template' };
  }
  const values = (valuesPath: KeyPath) => lookupValues(valuesPath, subchart, context);
  // A list item's `name` identifies it: a finding there (a container without limits) is about the item,
  // so it stays on the template line even when the name text comes from values.
  if (depth === keys.length && path.at(-1) === 'name')
    return { ...at(entry.line), exact: true, via: 'template' };
  if (depth === keys.length) {
    const lineText = lines[entry.line - 1] ?? '';
    const valueText = lineText.slice(lineText.indexOf(':') + 1);
    // Values a named template on the line reads (`{{ include "redis.password" . | b64enc }}`,
    // `image: {{ template "redis.image" . }}`), after the line's own.
    const chartDirs = { own: posix.join(context.root.dir, ...subchart), root: context.root.dir };
    const included = [...valueText.matchAll(/\b(?:include|template)\s+"([^"]+)"/g)].flatMap(match =>
      valuesReferences(definitionText(match[1] as string, chartDirs, context) ?? '')
    );
    const own = valuesReferences(valueText).reverse();
    for (const reference of [...own, ...included.reverse()]) {
      const found = values(reference);
      // A named template's argument that is a whole mapping (`.Values.image`, `.Values.global`) says
      // nothing of which of its lines the value came from.
      const scalar = !own.includes(reference)
        ? ['string', 'number', 'boolean'].includes(typeof found?.value)
        : true;
      if (
        found?.exact &&
        scalar &&
        found.value !== '' &&
        found.value !== null &&
        renderedFrom(rendered, found.value)
      )
        return withoutValue(found);
    }
    // A chart file read whole (`tls.key: {{ .Files.Get "files/tls.key" | b64enc }}`): the file is the source.
    const read = chartFilesRead(valueText, at(entry.line).file)[0];
    if (read && context.readText(read) !== undefined)
      return { file: read, line: 1, exact: true, via: 'template' };
    return { ...at(entry.line), exact: true, via: 'template' };
  }
  // The rest of the path comes from a block the template pastes in (`toYaml .Values.x | nindent`).
  const next = entries.find(
    e => e.line > (entry as TemplateKeyLine).line && e.indent <= (entry as TemplateKeyLine).indent
  );
  const block = lines
    .slice(entry.line - 1, (next?.line ?? lines.length + 1) - 1)
    .join('\n')
    .slice(0, 4000);
  // `{{- with .Values.x }}` may open on the line above the key, which then sits inside it.
  const blockPath = blockValuesPath(`${withLineAbove(lines, entry.line - 1)}${block}`);
  if (blockPath) {
    const rest = path.slice((keys[depth - 1] as { at: number }).at + 1);
    const found = values([...blockPath, ...rest]);
    if (found) return withoutValue(found);
  }
  return { ...at(entry.line), exact: false, via: 'template' };
}

/**
 * Whether a template key line's value, with each `{{ .Values.x }}` action (optionally piped to
 * `quote`) replaced by its values scalar, is the rendered scalar. False when an action is anything else.
 */
function rendersTo(
  lineText: string,
  rendered: unknown,
  subchart: string[],
  context: MappingContext
): boolean {
  if (typeof rendered !== 'string' && typeof rendered !== 'number' && typeof rendered !== 'boolean')
    return false;
  const value = lineText
    .slice(lineText.indexOf(':') + 1)
    .trim()
    .replace(/^"(.*)"$|^'(.*)'$/, '$1$2');
  let resolvable = true;
  const filled = value.replace(
    /\{\{-?\s*\$?\.Values((?:\.[A-Za-z0-9_]+)+)\s*(?:\|\s*quote\s*)?-?\}\}|\{\{[\s\S]*?\}\}/g,
    (action, path?: string) => {
      const found =
        path === undefined ? undefined : lookupValues(path.slice(1).split('.'), subchart, context)?.value;
      if (typeof found === 'string' || typeof found === 'number' || typeof found === 'boolean')
        return String(found);
      resolvable = false;
      return action;
    }
  );
  return resolvable && filled.replace(/^"(.*)"$/, '$1') === String(rendered);
}

/**
 * Whether a rendered scalar shows the values scalar a template line reads: as it is, quoted, in part
 * of a longer text (`repo:{{ .Values.tag }}`), cut short (`trunc`), in other case, or base64-encoded
 * (`b64enc`). A value the template only chooses by (`{{ .Values.ipv4.enabled | ternary "127.0.0.1"
 * "::1" }}`, `{{ if .Values.tls }}https{{ end }}`) is not where the rendered text comes from: the
 * template line is. A rendered map or list (from a scalar?) says nothing against it.
 */
function renderedFrom(rendered: unknown, value: unknown): boolean {
  if (typeof rendered !== 'string' && typeof rendered !== 'number' && typeof rendered !== 'boolean')
    return true;
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return true;
  const shown = String(rendered).toLowerCase();
  const given = String(value).toLowerCase();
  return (
    shown.includes(given) ||
    (shown.length >= 3 && given.startsWith(shown)) ||
    String(rendered) === Buffer.from(String(value)).toString('base64')
  );
}

/** The line above line index `at` when it only opens `{{- with .Values.x }}`, with its line break; else ''. */
function withLineAbove(lines: readonly string[], at: number): string {
  const above = lines[at - 1] ?? '';
  return /^\s*\{\{-?\s*with\s+\$?\.Values(\.[A-Za-z0-9_]+)+\s*-?\}\}\s*$/.test(above) ? `${above}\n` : '';
}

/** The `name` of each rendered list item along the path, outermost first. */
function renderedItemNames(object: RenderedObject, path: KeyPath): (string | undefined)[] {
  const names: (string | undefined)[] = [];
  path.forEach((segment, at) => {
    if (typeof segment !== 'number') return;
    const item = object.document.getIn(path.slice(0, at + 1));
    const name = isMap(item) ? item.get('name') : undefined;
    names.push(typeof name === 'string' ? name : undefined);
  });
  return names;
}

/**
 * Of the template lines with the right keys, the one in the list items with the rendered items' names
 * (a Deployment's six containers all have `image:`); a line whose item has a different literal name is
 * never it. Without names to go by, the first.
 */
function pickByItemNames(
  candidates: TemplateKeyLine[],
  names: (string | undefined)[],
  templatedMatches: (template: string, rendered: string) => boolean | undefined
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
        name !== undefined ? name === rendered : template ? templatedMatches(template, rendered) : undefined;
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
function templatedNameMatches(
  template: string,
  rendered: string,
  subchart: string[],
  context: MappingContext
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
  const chartDirs = { own: posix.join(context.root.dir, ...subchart), root: context.root.dir };
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

/** The values file line of a values path: configured files (last wins), then the chart's and subchart's values.yaml. */
function lookupValues(
  valuesPath: KeyPath,
  subchart: string[],
  context: MappingContext
): (Mapped & { value?: unknown }) | undefined {
  const subName = subchart.length >= 2 ? subchart.at(-1) : undefined;
  const sources: { file: string; prefix: string[] }[] = [];
  const prefix = subName ? [subName] : [];
  for (const file of [...context.valuesFiles].reverse()) sources.push({ file, prefix });
  sources.push({ file: posix.join(context.root.dir, 'values.yaml'), prefix });
  if (subchart.length)
    sources.push({ file: posix.join(context.root.dir, ...subchart, 'values.yaml'), prefix: [] });
  let partial: Mapped | undefined;
  for (const source of sources) {
    const text = context.readText(source.file);
    if (text === undefined) continue;
    const wanted = [...source.prefix, ...valuesPath];
    const match = findYamlKey(text, wanted);
    if (!match) continue;
    if (match.matched === wanted.length)
      return { file: source.file, line: match.line, exact: true, via: 'values', value: match.value };
    if (!partial && match.matched > source.prefix.length + Math.min(1, valuesPath.length - 1))
      partial = { file: source.file, line: match.line, exact: false, via: 'values' };
  }
  return partial;
}

/** A kustomize origin path (relative to the scratch kustomization) as a path relative to the working directory. */
function fromOrigin(file: string, cwd: string, originBase: string): string {
  return relative(cwd, resolve(originBase, file)).split('\\').join('/');
}

/** The repository file a rendered kustomize object came from (its origin annotation), if any. */
export function originFile(object: RenderedObject, context: MappingContext): string | undefined {
  return object.originPath && context.originBase
    ? fromOrigin(object.originPath, context.cwd, context.originBase)
    : undefined;
}

/**
 * The resource, patch or generator line behind a rendered kustomize object's key. The message then
 * names the object as that file does: `namePrefix` makes `web` `dev-web` in one overlay and `prod-web`
 * in another, and both findings at the base's line are one.
 */
function mapKustomize(object: RenderedObject, path: KeyPath, context: MappingContext): Mapped | undefined {
  const mapped = locateInKustomize(object, path, context);
  if (!mapped || mapped.sourceName !== undefined || !object.name) return mapped;
  const text = context.readText(mapped.file);
  const match =
    text === undefined
      ? undefined
      : findYamlKey(text, ['metadata', 'name'], {
          ...(object.kind ? { kind: object.kind } : {}),
          name: object.name
        });
  const name = match?.matched === 2 ? match.value : undefined;
  return typeof name === 'string' && name !== object.name ? { ...mapped, sourceName: name } : mapped;
}

function locateInKustomize(
  object: RenderedObject,
  path: KeyPath,
  context: MappingContext
): Mapped | undefined {
  const { originBase } = context;
  if (!originBase) return undefined;
  const toRelative = (file: string) => fromOrigin(file, context.cwd, originBase);
  const search: KeySearch = {
    ...(object.kind ? { kind: object.kind } : {}),
    ...(object.name ? { name: object.name } : {}),
    itemName: index => {
      const item = object.document.getIn(path.slice(0, index + 1));
      const name = isMap(item) ? item.get('name') : undefined;
      return typeof name === 'string' ? name : undefined;
    }
  };
  let best: Mapped & { matched: number } = {
    file: context.root.file,
    line: 1,
    exact: false,
    via: 'root',
    matched: 0
  };
  const consider = (file: string, via: 'patch' | 'resource', source?: PatchSource) => {
    const text = source ? source.text : context.readText(file);
    if (text === undefined) return false;
    // A patch with a `target` selects the object by it: its own `metadata.name` may be anything.
    const searched = source?.target ? { ...search, name: undefined } : search;
    const found = source ? findInPatch(text, path, searched) : findYamlKey(text, path, searched);
    if (!found) return false;
    const match = { ...found, line: found.line + (source ? source.firstLine - 1 : 0) };
    if (match.matched === path.length) {
      best = { file, line: match.line, exact: true, via, matched: match.matched };
      return true;
    }
    if (match.matched > best.matched)
      best = { file, line: match.line, exact: false, via, matched: match.matched };
    return false;
  };
  const origin = originFile(object, context);
  // A list item's `name` identifies it (a container without limits): the resource that defines the
  // item is where the finding belongs, not a patch that names it to change its image. So does the
  // pod `spec:` a pod-level field is missing from (no `automountServiceAccountToken`): every patch of
  // the pod has that `spec:`.
  const identity = path.at(-1) === 'name' && typeof path.at(-2) === 'number';
  const podSpec = path.at(-1) === 'spec' && isMap(object.document.getIn(path));
  if ((identity || podSpec) && origin && consider(origin, 'resource')) return best;
  // An `images` entry that renames or retags the image is where its reference comes from.
  const image = path.at(-1) === 'image' ? object.document.getIn(path) : undefined;
  if (typeof image === 'string')
    for (const kustomization of [...object.imagesIn].reverse()) {
      const file = toRelative(kustomization);
      const entry = imageEntries(file, context.readText).find(
        e => (e.newName ?? e.name) === imageRepository(image)
      );
      // An entry that sets nothing (`- name: prom/prometheus` alone) changes no image.
      const line = entry && (entry.lines.newTag ?? entry.lines.digest ?? entry.lines.newName);
      if (line !== undefined) {
        return {
          file,
          line,
          exact: true,
          via: 'patch'
        };
      }
    }
  // A patch that sets the key is what the user edits, so patches are searched before the resource:
  // patch files and inline patches, of the kustomizations that patched the object.
  for (const kustomization of [...object.patchedIn].reverse())
    for (const source of patchSources(toRelative(kustomization), context.readText))
      if (targets(source, object) && consider(source.file, 'patch', source)) return best;
  if (origin) consider(origin, 'resource');
  else if (object.generatedIn && (path[0] === 'data' || path[0] === 'stringData') && path.length === 2) {
    // A key of a generated Secret or ConfigMap: the literal, env-file or file entry that gives it.
    const generated = findGeneratorLine(
      toRelative(object.generatedIn),
      object.kind,
      object.name,
      String(path[1]),
      context.readText
    );
    if (generated) {
      const { name, ...line } = generated;
      return { ...line, exact: true, via: 'resource', ...(name !== undefined ? { sourceName: name } : {}) };
    }
  }
  if (best.via === 'root') return undefined;
  const { matched: _matched, ...mapped } = best;
  return mapped;
}

function withoutValue(found: Mapped & { value?: unknown }): Mapped {
  const { value: _value, ...mapped } = found;
  return mapped;
}

/** Whether a patch's `target` can be the object (its name before an overlay's prefix or suffix). */
function targets(source: PatchSource, object: RenderedObject): boolean {
  const { kind, name } = source.target ?? {};
  return (
    (kind === undefined || object.kind === undefined || kind === object.kind) &&
    (name === undefined || object.name === undefined || object.name.includes(name))
  );
}

/** An image reference without its tag and digest, as kustomize's `images` entries name it. */
function imageRepository(image: string): string {
  const withoutDigest = image.split('@')[0] as string;
  const tagAt = withoutDigest.lastIndexOf(':');
  return tagAt > withoutDigest.lastIndexOf('/') ? withoutDigest.slice(0, tagAt) : withoutDigest;
}

/** `spec.template.spec.containers[0].securityContext`. */
export function formatKeyPath(path: KeyPath): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}
