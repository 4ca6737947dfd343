import { posix } from 'node:path';
import { KUSTOMIZATION_NAMES, readKustomization, referencedPath } from './discover-render-roots.js';

/**
 * The repository's files that the kustomization in `dir` takes its objects from: the files its
 * `resources`, `bases` and `components` list, and those of the kustomizations they name, at any
 * depth (remote entries have none here). What a root that was not rendered would have deployed.
 * `leave` names kustomizations `dir` lists whose files are accounted for elsewhere: they are not
 * entered from `dir` itself (one that another listed kustomization uses is, through it).
 */
export function kustomizationFiles(
  dir: string,
  files: ReadonlySet<string>,
  readText: (path: string) => string | undefined,
  leave: ReadonlySet<string> = new Set()
): Set<string> {
  const top = posix.normalize(dir);
  const found = new Set<string>();
  const visited = new Set<string>();
  const visit = (at: string) => {
    if (visited.has(at)) return;
    visited.add(at);
    const file = KUSTOMIZATION_NAMES.map(name => (at === '.' ? name : `${at}/${name}`)).find(f =>
      files.has(f)
    );
    if (file === undefined) return;
    for (const reference of readKustomization(readText(file)).references) {
      const path = referencedPath(at, reference);
      if (files.has(path)) found.add(path);
      else if (at !== top || !leave.has(path)) visit(path);
    }
  };
  visit(top);
  return found;
}
