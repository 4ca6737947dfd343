import { posix } from 'node:path';
import {
  compareRoots,
  KUSTOMIZATION_NAMES,
  readKustomization,
  referencedPath,
  type RenderRoot
} from './discover-render-roots.js';
import { kustomizationFiles } from './kustomization-files.js';
import { parse as parseYaml } from '../targets/yaml/yaml-library.js';

/** Fields of a kustomization that only lists what it deploys, and changes nothing of it (an app-of-apps). */
const LISTING_FIELDS = new Set(['apiVersion', 'kind', 'metadata', 'resources', 'bases']);

/** A kustomization of the repository, as its references link it to the others. */
interface KustomizationNode {
  file: string;
  component: boolean;
  /** It has only listing fields: what it deploys of a kustomization it lists is that one's render. */
  listsOnly: boolean;
  /** The directories of the repository's kustomizations it lists (`resources`, `bases`, `components`). */
  uses: string[];
}

/**
 * Which kustomizations use which: the graph behind the choice of render roots, read again only when
 * a root failed. Keyed by directory, as `discoverRenderRoots` keys them (kustomize's first file name).
 */
export class KustomizationGraph {
  private readonly nodes = new Map<string, KustomizationNode>();

  constructor(files: readonly string[], readText: (path: string) => string | undefined) {
    const found = new Map<string, string>();
    for (const file of files) {
      const dir = posix.dirname(file);
      if (KUSTOMIZATION_NAMES.includes(posix.basename(file)) && !found.has(dir)) found.set(dir, file);
    }
    for (const [dir, file] of found) {
      const kustomization = readKustomization(readText(file));
      const uses = kustomization.references
        .map(reference => referencedPath(dir, reference))
        .filter(path => found.has(path));
      this.nodes.set(dir, {
        file,
        component: kustomization.kind === 'Component',
        listsOnly: onlyListing(readText(file)),
        uses: [...new Set(uses)]
      });
    }
  }

  /** Every kustomization the ones in `dirs` use, at any depth (not those in `dirs` themselves, unless used). */
  usedBy(dirs: Iterable<string>): Set<string> {
    const reached = new Set<string>();
    const pending = [...dirs];
    for (let dir = pending.pop(); dir !== undefined; dir = pending.pop())
      for (const used of this.nodes.get(dir)?.uses ?? [])
        if (!reached.has(used)) {
          reached.add(used);
          pending.push(used);
        }
    return reached;
  }

  /**
   * What to render on its own because the root in `dir` failed: the kustomizations it uses that no
   * root rendered through (`covered`) and none tried already (`tried`), in order. A Component cannot
   * be built alone: the kustomizations it lists stand in for it. Deeper ones wait for these: they
   * render through them, or are tried in turn when one of these fails.
   */
  fallbacksOf(dir: string, covered: ReadonlySet<string>, tried: ReadonlySet<string>): RenderRoot[] {
    const roots: RenderRoot[] = [];
    const seen = new Set<string>([dir]);
    const visit = (at: string) => {
      for (const used of this.nodes.get(at)?.uses ?? []) {
        if (seen.has(used)) continue;
        seen.add(used);
        const node = this.nodes.get(used) as KustomizationNode;
        if (node.component) visit(used);
        else if (!covered.has(used) && !tried.has(used))
          roots.push({ kind: 'kustomize', dir: used, file: node.file });
      }
    };
    visit(dir);
    return roots.sort(compareRoots);
  }

  /**
   * The repository files the failed root in `dir` takes objects from, less those of the kustomizations
   * it lists that were tried on their own (`alone`) when it only lists them: it would deploy what they
   * render, and one that failed accounts for its own files. A root that patches, prefixes or pins
   * images changes what it lists, so all its files stay unknown.
   */
  unrenderedFiles(
    dir: string,
    files: ReadonlySet<string>,
    readText: (path: string) => string | undefined,
    alone: ReadonlySet<string>
  ): Set<string> {
    const node = this.nodes.get(dir);
    const left = node?.listsOnly ? node.uses.filter(used => alone.has(used)) : [];
    return kustomizationFiles(dir, files, readText, new Set(left));
  }
}

/** Whether a kustomization's text is a map of listing fields only. */
function onlyListing(text: string | undefined): boolean {
  let data: unknown;
  try {
    data = text === undefined ? undefined : parseYaml(text, { maxAliasCount: 100 });
  } catch {
    return false;
  }
  return !!data && typeof data === 'object' && Object.keys(data).every(key => LISTING_FIELDS.has(key));
}

/**
 * The note's sentence for a failed root whose kustomizations were rendered on their own: a few
 * names, then how many more (an app-of-apps lists a hundred).
 */
export function fallbackSentence(roots: readonly RenderRoot[]): string {
  const names = roots.slice(0, 3).map(root => `'${root.dir}'`);
  const more = roots.length - names.length;
  const last = more > 0 ? `${more} more` : names.pop();
  const list = names.length ? `${names.join(', ')} and ${last}` : last;
  return roots.length === 1
    ? `${list}, which it uses, was rendered on its own.`
    : `${roots.length} kustomizations it uses were rendered on their own: ${list}.`;
}
