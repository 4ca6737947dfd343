import { posix } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from '../targets/yaml/yaml-library.js';
import { KUSTOMIZATION_NAMES, readKustomization, referencedPath } from './discover-render-roots.js';

/** Where a key of a generated Secret or ConfigMap is written in the repository. */
export interface GeneratorLine {
  file: string;
  line: number;
  /** The generator's `name`: the rendered name adds kustomize's hash suffix and any overlay's prefix. */
  name?: string;
  /** For a `files` entry: the file whose text is the value. */
  valueFile?: string;
}

const GENERATOR_FIELDS = { Secret: 'secretGenerator', ConfigMap: 'configMapGenerator' } as const;

/**
 * The line that gives `key` of a Secret or ConfigMap that a kustomization's `secretGenerator` or
 * `configMapGenerator` made: the `literals` entry `key=value`, the `KEY=value` line of an `envs`
 * file, or the `files` entry whose key (`key=path`, else the file's name) it is. The generator is the
 * one whose name the rendered name holds (kustomize adds a hash suffix, overlays prefixes).
 */
export function findGeneratorLine(
  kustomization: string,
  kind: string | undefined,
  renderedName: string | undefined,
  key: string,
  readText: (path: string) => string | undefined,
  /** Only generators that change one made further down (`behavior: merge` or `replace`). */
  onlyChanging = false
): GeneratorLine | undefined {
  const field = kind === 'Secret' || kind === 'ConfigMap' ? GENERATOR_FIELDS[kind] : undefined;
  const text = field ? readText(kustomization) : undefined;
  if (!field || text === undefined) return undefined;
  const lineCounter = new LineCounter();
  let generators: unknown;
  try {
    const document = parseDocument(text, { lineCounter });
    generators = isMap(document.contents) ? document.contents.get(field, true) : undefined;
  } catch {
    return undefined;
  }
  if (!isSeq(generators)) return undefined;
  const lineOf = (node: unknown) => {
    const range = (node as { range?: [number, number, number] }).range;
    return range ? lineCounter.linePos(range[0]).line : undefined;
  };
  const candidates = generators.items
    .filter(isMap)
    .filter(g => !onlyChanging || CHANGING.has(String(g.get('behavior'))));
  const named = candidates.filter(g => {
    const name = g.get('name');
    return typeof name === 'string' && renderedName !== undefined && renderedName.includes(name);
  });
  for (const generator of named.length ? named : candidates) {
    const found = generatorEntryLine(generator, key, kustomization, lineOf, readText);
    const name = generator.get('name');
    if (found) return typeof name === 'string' ? { ...found, name } : found;
  }
  return undefined;
}

const CHANGING = new Set(['merge', 'replace']);

/**
 * The line that gives `key` of a generated Secret or ConfigMap, where the render took it from: an
 * overlay's generator with `behavior: merge` or `replace` wins over the generator it changes, the
 * outermost first (kustomize's origin annotation names only the first generator). The overlays are
 * the kustomizations from the render root down to the generating one, through local `resources`,
 * `bases` and `components`.
 */
export function findRenderedGeneratorLine(
  rootDir: string,
  generatedIn: string,
  kind: string | undefined,
  renderedName: string | undefined,
  key: string,
  readText: (path: string) => string | undefined
): GeneratorLine | undefined {
  for (const overlay of overlaysDownTo(rootDir, generatedIn, readText)) {
    const changed = findGeneratorLine(overlay, kind, renderedName, key, readText, true);
    if (changed) return changed;
  }
  return findGeneratorLine(generatedIn, kind, renderedName, key, readText);
}

/** The kustomization files on the way from `rootDir` to `target` (excluded), outermost first; none if it is not reached. */
function overlaysDownTo(
  rootDir: string,
  target: string,
  readText: (path: string) => string | undefined
): string[] {
  const visited = new Set<string>();
  const walk = (dir: string): string[] | undefined => {
    if (visited.has(dir)) return undefined;
    visited.add(dir);
    const file = KUSTOMIZATION_NAMES.map(name => (dir === '.' ? name : `${dir}/${name}`)).find(
      f => readText(f) !== undefined
    );
    if (file === undefined) return undefined;
    if (file === target) return [];
    for (const reference of readKustomization(readText(file)).references) {
      const below = walk(referencedPath(dir, reference));
      if (below) return [file, ...below];
    }
    return undefined;
  };
  return walk(posix.normalize(rootDir)) ?? [];
}

/** The line of `key` in one generator: a `literals` entry, a `files` entry, or a line of an `envs` file. */
function generatorEntryLine(
  generator: { get(key: string, keepNode: true): unknown },
  key: string,
  kustomization: string,
  lineOf: (node: unknown) => number | undefined,
  readText: (path: string) => string | undefined
): GeneratorLine | undefined {
  const entryKeys: [string, (value: string) => string][] = [
    ['literals', value => value.slice(0, value.indexOf('=')).trim()],
    // `key=path`, else the file's name is the key.
    [
      'files',
      value =>
        value.includes('=') ? value.slice(0, value.indexOf('=')).trim() : posix.basename(value.trim())
    ]
  ];
  for (const [field, keyOf] of entryKeys)
    for (const entry of seqItems(generator.get(field, true))) {
      if (!isScalar(entry) || keyOf(String(entry.value)) !== key) continue;
      const line = lineOf(entry);
      if (line === undefined) continue;
      if (field === 'literals') return { file: kustomization, line };
      const source = String(entry.value)
        .slice(String(entry.value).indexOf('=') + 1)
        .trim();
      return {
        file: kustomization,
        line,
        valueFile: posix.normalize(posix.join(posix.dirname(kustomization), source))
      };
    }
  for (const entry of seqItems(generator.get('envs', true))) {
    if (!isScalar(entry) || typeof entry.value !== 'string') continue;
    const envFile = posix.normalize(posix.join(posix.dirname(kustomization), entry.value));
    const line = envLine(readText(envFile), key);
    if (line !== undefined) return { file: envFile, line };
  }
  return undefined;
}

function seqItems(node: unknown): unknown[] {
  return isSeq(node) ? node.items : [];
}

/** The 1-based line of `key=value` in a kustomize env file (blank lines and `#` comments skipped). */
function envLine(text: string | undefined, key: string): number | undefined {
  if (text === undefined) return undefined;
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (line.startsWith('#')) continue;
    const equals = line.indexOf('=');
    if (equals > 0 && line.slice(0, equals).trim() === key) return i + 1;
  }
  return undefined;
}
