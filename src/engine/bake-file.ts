/**
 * Buildx bake files (https://docs.docker.com/build/bake/reference/): which files are bake files, and what
 * their targets say about the Dockerfiles they build. Bake evaluates variables, functions, matrices and
 * inheritance; this reads only what is written literally, and leaves anything computed unknown.
 */
import { posix } from 'node:path';

/** What one bake target says, after `inherits`. `undefined` is unset; `null` is set to something computed. */
export interface BakeTarget {
  name: string;
  context: string | null | undefined;
  dockerfile: string | null | undefined;
  /** Names of its named build contexts (`contexts = { name = … }`), as written. */
  contexts: string[];
}

/** The usual names: `docker-bake[.override].hcl|json` (what `docker buildx bake` reads without `--file`). */
function hasBakeName(path: string): boolean {
  return /(^|\/)docker-bake(\.override)?\.(hcl|json)$/i.test(path);
}

/** An `.hcl` or `.json` file that may be a bake file by content (the facts pass reads these). */
export function mayBeBakeFile(path: string): boolean {
  return /\.(hcl|json)$/i.test(path);
}

/**
 * A bake file by its usual name, or by content: `docker buildx bake --file tests/build.hcl` takes any
 * name (Mailu's `tests/build.hcl`). By content means a `target "name" { … }` block with an attribute only
 * bake gives a target (`context`, `dockerfile`, `contexts`, `tags`, `platforms`, …), or a `group` that lists
 * `targets`. Terraform, Terragrunt, Packer and Nomad HCL has no such blocks (Nomad's `group` sits in a `job`
 * and lists no `targets`), so their files are not taken.
 */
export function isBakeFile(path: string, text?: string): boolean {
  if (hasBakeName(path)) return true;
  if (text === undefined || !mayBeBakeFile(path)) return false;
  return path.toLowerCase().endsWith('.json') ? isBakeJson(text) : isBakeHcl(text);
}

/** Attributes of a bake target (a subset; enough to tell a target from another tool's block). */
const TARGET_ATTRIBUTES = new Set([
  'context',
  'contexts',
  'dockerfile',
  'dockerfile-inline',
  'tags',
  'platforms',
  'inherits',
  'args',
  'target',
  'output',
  'cache-from',
  'cache-to',
  'secret',
  'ssh',
  'labels',
  'no-cache',
  'pull'
]);

function isBakeHcl(text: string): boolean {
  if (!/^\s*(target|group)\s+"/m.test(text)) return false;
  return hclBlocks(text).some(
    block =>
      (block.type === 'target' && block.attributes.some(([key]) => TARGET_ATTRIBUTES.has(key))) ||
      (block.type === 'group' && block.attributes.some(([key]) => key === 'targets'))
  );
}

function isBakeJson(text: string): boolean {
  if (!/"(target|group)"\s*:\s*\{/.test(text)) return false;
  const bake = parseJson(text);
  const targets = Object.values(objectOf(bake?.target) ?? {});
  const groups = Object.values(objectOf(bake?.group) ?? {});
  return (
    targets.some(target => Object.keys(objectOf(target) ?? {}).some(key => TARGET_ATTRIBUTES.has(key))) ||
    groups.some(group => Array.isArray(objectOf(group)?.targets))
  );
}

/** The targets of a bake file, HCL or JSON, with `context`, `dockerfile` and `contexts` taken through `inherits`. */
export function bakeTargets(path: string, text: string): BakeTarget[] {
  const own = path.toLowerCase().endsWith('.json') ? jsonTargets(text) : hclTargets(text);
  const byName = new Map(own.map(target => [target.name, target]));
  const resolve = (target: OwnTarget, seen: Set<string>): BakeTarget => {
    // Later `inherits` entries override earlier ones; the target's own attributes override them all.
    let resolved: BakeTarget = { name: target.name, context: undefined, dockerfile: undefined, contexts: [] };
    for (const parentName of target.inherits) {
      const parent = byName.get(parentName);
      if (!parent || seen.has(parentName)) continue;
      const inherited = resolve(parent, new Set([...seen, parentName]));
      resolved = {
        name: target.name,
        context: inherited.context !== undefined ? inherited.context : resolved.context,
        dockerfile: inherited.dockerfile !== undefined ? inherited.dockerfile : resolved.dockerfile,
        contexts: [...resolved.contexts, ...inherited.contexts]
      };
    }
    return {
      name: target.name,
      context: target.context !== undefined ? target.context : resolved.context,
      dockerfile: target.dockerfile !== undefined ? target.dockerfile : resolved.dockerfile,
      contexts: [...resolved.contexts, ...target.contexts]
    };
  };
  return own.map(target => resolve(target, new Set([target.name])));
}

interface OwnTarget extends BakeTarget {
  inherits: string[];
}

function hclTargets(text: string): OwnTarget[] {
  return hclBlocks(text)
    .filter(block => block.type === 'target' && block.label !== undefined)
    .map(block => {
      const value = (key: string) => block.attributes.find(([name]) => name === key)?.[1];
      const contexts = value('contexts');
      return {
        name: block.label as string,
        context: hclPath(value('context')),
        dockerfile: hclPath(value('dockerfile')),
        contexts: contexts?.startsWith('{') ? hclItems(contexts.slice(1, -1)).map(objectKey) : [],
        inherits: hclStrings(value('inherits'))
      };
    });
}

function jsonTargets(text: string): OwnTarget[] {
  const targets = objectOf(parseJson(text)?.target) ?? {};
  return Object.entries(targets).map(([name, value]) => {
    const target = objectOf(value) ?? {};
    const path = (field: unknown) =>
      field === undefined ? undefined : typeof field === 'string' && !field.includes('${') ? field : null;
    const inherits = target.inherits;
    return {
      name,
      context: path(target.context),
      dockerfile: path(target.dockerfile),
      contexts: Object.keys(objectOf(target.contexts) ?? {}),
      inherits: Array.isArray(inherits)
        ? inherits.filter((item): item is string => typeof item === 'string')
        : []
    };
  });
}

/** A path attribute: a plain string literal, or `null` for anything computed (interpolation, function, variable). */
function hclPath(value: string | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  return /^"([^"\\$]*)"$/.exec(value)?.[1] ?? null;
}

/** `["a", "b"]`: the string literals of a list. */
function hclStrings(value: string | undefined): string[] {
  if (!value?.startsWith('[')) return [];
  return [...value.matchAll(/"([^"\\$]*)"/g)].map(match => match[1] ?? '');
}

/** The key of an object element: `name = …`, `"name" = …`, `name: …`. */
function objectKey(item: string): string {
  return /^(?:"([^"\n]+)"|([A-Za-z0-9_][\w.:/-]*?))\s*[=:]/.exec(item)?.slice(1).find(Boolean) ?? '';
}

interface HclBlock {
  type: string;
  label: string | undefined;
  attributes: [string, string][];
}

/** The top-level blocks of an HCL file (`type "label" { … }`) and their own attributes (`key = value`). */
function hclBlocks(text: string): HclBlock[] {
  const blocks: HclBlock[] = [];
  for (const item of hclItems(text)) {
    const block = /^([A-Za-z_][\w-]*)((?:\s+"[^"]*")*)\s*\{([\s\S]*)\}$/.exec(item);
    if (!block) continue;
    const labels = [...(block[2] ?? '').matchAll(/"([^"]*)"/g)].map(match => match[1] ?? '');
    const attributes: [string, string][] = [];
    for (const attribute of hclItems(block[3] ?? '')) {
      const match = /^([A-Za-z_][\w-]*)\s*=\s*([\s\S]*)$/.exec(attribute);
      if (match) attributes.push([match[1] ?? '', (match[2] ?? '').trim()]);
    }
    blocks.push({ type: block[1] ?? '', label: labels.length === 1 ? labels[0] : undefined, attributes });
  }
  return blocks;
}

/**
 * Splits HCL text at newlines and commas outside brackets, braces and strings, with comments
 * (`#`, `//`, `/* … *\/`) removed: the items of a body (attributes and blocks) or of an object.
 */
function hclItems(text: string): string[] {
  const items: string[] = [];
  let current = '';
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    const next = text[i + 1];
    if (char === '#' || (char === '/' && next === '/')) {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
    } else if (char === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (char === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"' && text[end] !== '\n') end += text[end] === '\\' ? 2 : 1;
      current += text.slice(i, end + 1);
      i = end;
    } else if (depth === 0 && (char === '\n' || char === ',')) {
      if (current.trim()) items.push(current.trim());
      current = '';
    } else {
      if ('{[('.includes(char)) depth++;
      else if ('}])'.includes(char)) depth = Math.max(0, depth - 1);
      current += char;
    }
  }
  if (current.trim()) items.push(current.trim());
  return items;
}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    return objectOf(JSON.parse(text));
  } catch {
    return undefined;
  }
}

function objectOf(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/**
 * The bake files a workflow or script names literally: `bake -f path`, `bake --file path`, `--file=path`,
 * on a command line that runs `bake`. A path with a variable (`-f ${{ env.HCL_FILE }}`) is not resolved.
 */
export function bakeFileReferences(text: string): string[] {
  const references: string[] = [];
  for (const line of text.split('\n')) {
    if (!/\bbake\b/.test(line)) continue;
    for (const match of line.matchAll(/(?:^|\s)(?:-f|--file)(?:=|\s+)(["']?)([^\s"'$`;|&]+)\1(?=\s|$|;)/g))
      if (match[2] && /\.(hcl|json)$/i.test(match[2])) references.push(match[2]);
  }
  return references;
}

/**
 * The directory a call ran bake in, if `reference` (a `--file` argument) names the bake file at `path`
 * from it: `tests/build.hcl` names `tests/build.hcl` from the root, `../tests/build.hcl` is not followed.
 */
export function bakeWorkingDirectory(path: string, reference: string): string | undefined {
  const named = posix.normalize(reference);
  if (named.startsWith('../') || named.startsWith('/')) return undefined;
  if (named === path) return '.';
  return path.endsWith(`/${named}`) ? path.slice(0, -named.length - 1) : undefined;
}
