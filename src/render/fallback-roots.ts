import { posix } from 'node:path';
import {
  compareRoots,
  KUSTOMIZATION_NAMES,
  readKustomization,
  referencedPath,
  type RenderRoot
} from './discover-render-roots.js';

/** A kustomization of the repository, as its references link it to the others. */
interface KustomizationNode {
  file: string;
  component: boolean;
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
      this.nodes.set(dir, { file, component: kustomization.kind === 'Component', uses: [...new Set(uses)] });
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
