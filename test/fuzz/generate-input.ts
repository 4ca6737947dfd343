/**
 * Input #index of campaign `seed`: a mutated seed file (most inputs), a structural attack, or a built
 * image. Only (seed, index) decide what comes out, so any failing input can be generated again alone.
 */
import type { FuzzInput } from './fuzz-input.js';
import { IMAGE_ATTACKS } from './image-attacks.js';
import { mutateBytes } from './mutate-bytes.js';
import { Random } from './random.js';
import type { SeedFile } from './seed-corpus.js';
import { STRUCTURAL_ATTACKS } from './structural-attacks.js';

export interface GeneratorFilter {
  /** Only generators whose name starts with one of these (`mutate`, `yaml-`, `image-`…). */
  only?: string[];
  /** Never generators whose name starts with one of these. */
  skip?: string[];
}

/** Every generator family's name, for `--only`/`--skip` and the report. */
export function generatorNames(): string[] {
  return ['mutate', ...Object.keys(STRUCTURAL_ATTACKS), ...Object.keys(IMAGE_ATTACKS)];
}

function allowed(name: string, filter: GeneratorFilter): boolean {
  if (filter.only?.length && !filter.only.some(prefix => name.startsWith(prefix))) return false;
  return !filter.skip?.some(prefix => name.startsWith(prefix));
}

export async function generateInput(
  seed: number,
  index: number,
  corpus: readonly SeedFile[],
  filter: GeneratorFilter = {}
): Promise<FuzzInput> {
  const random = Random.forInput(seed, index);
  const structural = Object.keys(STRUCTURAL_ATTACKS).filter(name => allowed(name, filter));
  const images = Object.keys(IMAGE_ATTACKS).filter(name => allowed(name, filter));
  const families: [string, number][] = [
    ['mutate', allowed('mutate', filter) ? 0.55 : 0],
    ['structural', structural.length > 0 ? 0.39 : 0],
    ['image', images.length > 0 ? 0.06 : 0]
  ];
  const total = families.reduce((sum, [, weight]) => sum + weight, 0);
  if (total === 0) throw new Error('The generator filter leaves no generator.');
  let roll = random.next() * total;
  const family = families.find(([, weight]) => (roll -= weight) < 0)?.[0] ?? 'mutate';

  if (family === 'structural') {
    const name = random.pick(structural);
    const attack = STRUCTURAL_ATTACKS[name];
    return { index, generator: name, files: attack ? attack(random) : [] };
  }
  if (family === 'image') {
    const name = random.pick(images);
    const attack = IMAGE_ATTACKS[name];
    return { index, generator: name, files: [], ...(attack && { image: await attack(random) }) };
  }
  const seedFile = random.pick(corpus);
  const others = corpus.filter(other => other !== seedFile).map(other => other.bytes);
  const { bytes, applied } = mutateBytes(seedFile.bytes, random, others);
  return {
    index,
    generator: `mutate:${applied.join('+')}`,
    from: seedFile.path,
    files: [{ path: seedFile.path, bytes }]
  };
}
