import { posix } from 'node:path';
import { parse as parseYaml } from '../targets/yaml/yaml-library.js';
import { readKustomization, referencedPath } from './discover-render-roots.js';

/**
 * Patch files a kustomization names (`patches[].path`, `patchesStrategicMerge`, `patchesJson6902[].path`),
 * relative to the working directory. A patch is a fragment of an object, not an object: it means
 * something only applied, in the rendered output.
 */
export function kustomizationPatches(
  kustomization: string,
  readText: (path: string) => string | undefined
): string[] {
  const text = readText(kustomization);
  let data: unknown;
  try {
    data = text === undefined ? undefined : parseYaml(text, { maxAliasCount: 100 });
  } catch {
    return [];
  }
  if (!data || typeof data !== 'object') return [];
  const fields = data as Record<string, unknown>;
  const entries: unknown[] = [];
  for (const field of ['patches', 'patchesJson6902'])
    if (Array.isArray(fields[field]))
      for (const patch of fields[field] as unknown[])
        entries.push((patch as { path?: unknown } | null)?.path);
  if (Array.isArray(fields.patchesStrategicMerge))
    for (const patch of fields.patchesStrategicMerge) entries.push(patch);
  const dir = posix.dirname(kustomization);
  return entries
    .filter((e): e is string => typeof e === 'string' && !e.includes('\n') && !e.includes('://'))
    .map(e => posix.normalize(posix.join(dir, e)));
}

const PATCH_NAME = /(^|[-_.])patch(es)?([-_.][^/]*)?\.ya?ml$/i;

/** Whether a file's name says it is a patch (`manager_auth_proxy_patch.yaml`, `patches.yml`). */
export function isPatchName(path: string): boolean {
  return PATCH_NAME.test(path.slice(path.lastIndexOf('/') + 1));
}

/**
 * Of the patch-named files beside a kustomization (`besides`, from isPatchName), those it lists
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
  const listed = new Set(kustomizationPatches(kustomization, readText));
  for (const reference of readKustomization(readText(kustomization)).references)
    listed.add(referencedPath(dir, reference));
  return besides.filter(file => !listed.has(file));
}
