import { posix } from 'node:path';
import { readKustomization, referencedPath, type KustomizationEntries } from './discover-render-roots.js';

/**
 * Patch files a kustomization names (`patches[].path`, `patchesStrategicMerge`, `patchesJson6902[].path`),
 * relative to the working directory. A patch is a fragment of an object, not an object: it means
 * something only applied, in the rendered output.
 */
export function kustomizationPatches(
  kustomization: string,
  readText: (path: string) => string | undefined
): string[] {
  return patchPaths(kustomization, readKustomization(readText(kustomization)));
}

function patchPaths(kustomization: string, entries: KustomizationEntries): string[] {
  const dir = posix.dirname(kustomization);
  return entries.patches.map(e => posix.normalize(posix.join(dir, e)));
}

const PATCH_NAME = /(^|[-_.])patch(es)?([-_.][^/]*)?\.ya?ml$/i;

/** Whether a file's name says it is a patch (`manager_auth_proxy_patch.yaml`, `patches.yml`). */
export function isPatchName(path: string): boolean {
  return PATCH_NAME.test(path.slice(path.lastIndexOf('/') + 1));
}

const WORKLOAD_KIND =
  /^kind:[ \t]*["']?(Deployment|StatefulSet|DaemonSet|ReplicaSet|Job|CronJob|Pod)["']?[ \t]*(#.*)?$/m;

/**
 * A workload that names no image anywhere and has containers: a fragment of an object for a patch to
 * merge (the API server rejects a container without an image), not an object of its own.
 */
export function isWorkloadFragment(text: string | undefined): boolean {
  return (
    text !== undefined &&
    WORKLOAD_KIND.test(text) &&
    /^[ \t]*(?:-[ \t]+)?containers[ \t]*:/m.test(text) &&
    !/^[ \t]*(?:-[ \t]+)?["']?image["']?[ \t]*:/m.test(text)
  );
}

/**
 * Of the patches beside a kustomization (`besides`: patch-named files and workload fragments), those it lists
 * neither as a resource nor as a patch: kubebuilder's scaffolds keep such patches commented out until
 * wanted. A patch is a fragment of an object, so on its own it is no workload to judge.
 */
export function unlistedPatchFiles(
  kustomization: string,
  besides: readonly string[],
  readText: (path: string) => string | undefined
): string[] {
  if (besides.length === 0) return [];
  const dir = posix.dirname(kustomization);
  const entries = readKustomization(readText(kustomization));
  const listed = new Set(patchPaths(kustomization, entries));
  for (const reference of entries.references) listed.add(referencedPath(dir, reference));
  return besides.filter(file => !listed.has(file));
}
