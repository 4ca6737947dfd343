/**
 * Kustomize: the resource, patch (file, inline or JSON 6902), `images` entry or generator line behind
 * a key of a rendered object, by the origin and transformer annotations the render adds.
 */
import { posix, relative, resolve } from 'node:path';
import { isMap } from '../targets/yaml/yaml-library.js';
import { findYamlKey, type KeySearch } from './find-yaml-key.js';
import { findRenderedGeneratorLine } from './generator-lines.js';
import { findInPatch } from './json6902-patch.js';
import { imageEntries, inAppliedOrder, patchSources, type PatchSource } from './kustomization-sources.js';
import { jsonPatchOps, patchDocument, patchKey, statesBeforePatches } from './patch-replay.js';
import { targetSelects, type OriginalIdentity } from './patch-target.js';
import type { Mapped, MappingContext } from './mapping-context.js';
import type { KeyPath, RenderedObject } from './rendered-objects.js';

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
 * in another, and both findings at the base's line are one. A base's patch that does not name the
 * object (a JSON 6902 patch, by its `target`) names it as its resource does.
 */
export function mapKustomize(
  object: RenderedObject,
  path: KeyPath,
  context: MappingContext
): Mapped | undefined {
  const mapped = locateInKustomize(object, path, context);
  if (!mapped || mapped.sourceName !== undefined || !object.name) return mapped;
  const origin = originFile(object, context);
  const name =
    nameInFile(object, mapped.file, context, mapped.file === origin) ??
    (origin !== undefined && origin !== mapped.file && isBeside(mapped.file, origin)
      ? nameInFile(object, origin, context, true)
      : undefined);
  return name !== undefined && name !== object.name ? { ...mapped, sourceName: name } : mapped;
}

/**
 * The name a rendered kustomize object has in the file it came from (its origin), when the render changed
 * it (`namePrefix`, `nameSuffix`): how a message names another object of the render, such as the
 * ServiceAccount a pod runs as.
 */
export function sourceNameOf(object: RenderedObject, context: MappingContext): string | undefined {
  const origin = originFile(object, context);
  const name = origin === undefined ? undefined : nameInFile(object, origin, context, true);
  return name !== object.name ? name : undefined;
}

/**
 * Whether a patch is in the folder of the resource it patches, or above it: kustomize applies a
 * kustomization's patches before its `namePrefix`, so there the object has its resource's name. An
 * overlay elsewhere (`../base`) may come after other prefixes: its findings keep the rendered name.
 */
function isBeside(patch: string, resource: string): boolean {
  const dir = posix.dirname(patch);
  return dir === '.' ? !resource.startsWith('../') : resource.startsWith(`${dir}/`);
}

/** The object's name and namespace in the resource file it came from. */
function originalIdentity(object: RenderedObject, context: MappingContext): OriginalIdentity {
  const origin = originFile(object, context);
  if (origin === undefined) return {};
  const name = metadataInFile(object, origin, 'name', context, true);
  const namespace = metadataInFile(object, origin, 'namespace', context, true);
  return { ...(name !== undefined ? { name } : {}), ...(namespace !== undefined ? { namespace } : {}) };
}

/**
 * The `metadata.name` of the document of `file` that the rendered object is (by kind and name; in its
 * origin file, the one document of its kind when a patch renamed it).
 */
function nameInFile(
  object: RenderedObject,
  file: string,
  context: MappingContext,
  isOrigin = false
): string | undefined {
  return metadataInFile(object, file, 'name', context, isOrigin);
}

/** A `metadata` field of the document of `file` that the rendered object is. */
function metadataInFile(
  object: RenderedObject,
  file: string,
  field: 'name' | 'namespace',
  context: MappingContext,
  isOrigin: boolean
): string | undefined {
  const text = context.readText(file);
  return text === undefined ? undefined : metadataInText(object, text, field, isOrigin);
}

/** A `metadata` field of the document of `text` that the rendered object is (by kind and name). */
function metadataInText(
  object: RenderedObject,
  text: string,
  field: 'name' | 'namespace',
  isOrigin = false
): string | undefined {
  if (!object.name) return undefined;
  const match = findYamlKey(text, ['metadata', field], {
    ...(isOrigin ? { origin: true } : {}),
    ...(object.kind ? { kind: object.kind } : {}),
    name: object.name
  });
  return match?.matched === 2 && typeof match.value === 'string' ? match.value : undefined;
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
  const selects = patchSelects(object, context);
  const origin = originFile(object, context);
  // The object as each patch found it: which item a JSON patch's index meant (patch-replay.ts).
  let states: Map<string, unknown> | undefined;
  const consider = (file: string, via: 'patch' | 'resource', source?: PatchSource) => {
    const text = source ? source.text : context.readText(file);
    if (text === undefined) return false;
    // A patch with a `target` selects the object by it: its own `metadata.name` may be anything.
    const searched = source?.target
      ? { ...search, name: undefined }
      : file === origin && !source
        ? { ...search, origin: true }
        : search;
    const before = () =>
      (states ??= patchStates(object, context, selects)).get(patchKey(source as PatchSource));
    const found = source
      ? findInPatch(text, path, searched, jsonPatchOps(text) ? before() : undefined)
      : findYamlKey(text, path, searched);
    if (!found) return false;
    const match = { ...found, line: found.line + (source ? source.firstLine - 1 : 0) };
    if (match.matched === path.length) {
      // A patch that names the object names it as written there, before the overlay's `namePrefix`
      // (an inline patch too, whose file is the kustomization); one with a `target` may name anything.
      const named = source && !source.target ? metadataInText(object, source.text, 'name') : undefined;
      const sourceName = named !== undefined && named !== object.name ? { sourceName: named } : {};
      best = { file, line: match.line, exact: true, via, matched: match.matched, ...sourceName };
      return true;
    }
    if (match.matched > best.matched)
      best = { file, line: match.line, exact: false, via, matched: match.matched };
    return false;
  };
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
      if (selects(source) && consider(source.file, 'patch', source)) return best;
  if (origin) consider(origin, 'resource');
  else if (object.generatedIn && (path[0] === 'data' || path[0] === 'stringData') && path.length === 2) {
    // A key of a generated Secret or ConfigMap: the literal, env-file or file entry that gives it.
    const generated = findRenderedGeneratorLine(
      context.root.dir,
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

/** Whether a patch with a `target` selects the object; one without is searched by its own names. */
function patchSelects(object: RenderedObject, context: MappingContext): (source: PatchSource) => boolean {
  let original: OriginalIdentity | undefined;
  return source =>
    !source.target || targetSelects(source.target, object, (original ??= originalIdentity(object, context)));
}

/**
 * The object as each patch kustomize applied to it found it, replayed from its resource document: the
 * patches of its kustomizations (base first) in kustomize's order, those whose target selects it, or,
 * without a target, strategic-merge patches with a document of its kind and name.
 */
function patchStates(
  object: RenderedObject,
  context: MappingContext,
  selects: (source: PatchSource) => boolean
): Map<string, unknown> {
  const origin = originFile(object, context);
  const text = origin === undefined ? undefined : context.readText(origin);
  const identity = {
    ...(object.kind ? { kind: object.kind } : {}),
    ...(object.name ? { name: object.name } : {})
  };
  const resource = text === undefined ? undefined : patchDocument(text, identity);
  if (resource === undefined || !context.originBase) return new Map();
  const base = context.originBase;
  const kustomizations = object.patchedIn.filter((k, i, all) => all.indexOf(k) === i);
  const applied = kustomizations.flatMap(kustomization =>
    inAppliedOrder(patchSources(fromOrigin(kustomization, context.cwd, base), context.readText)).filter(
      source =>
        source.target
          ? selects(source)
          : !jsonPatchOps(source.text) && patchDocument(source.text, identity) !== undefined
    )
  );
  return statesBeforePatches(resource, applied, identity);
}

/** An image reference without its tag and digest, as kustomize's `images` entries name it. */
function imageRepository(image: string): string {
  const withoutDigest = image.split('@')[0] as string;
  const tagAt = withoutDigest.lastIndexOf(':');
  return tagAt > withoutDigest.lastIndexOf('/') ? withoutDigest.slice(0, tagAt) : withoutDigest;
}
