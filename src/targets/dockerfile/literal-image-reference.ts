import { isWindowsImageName, lookupBaseImageDefault } from './base-images.js';
import { parseImageReference, type ImageReference } from './image-reference.js';

/** Stands for an unresolved variable in a reference being read (no image reference can hold it). */
export const UNKNOWN_PART = '\u0000';

/**
 * What an image reference with unresolved variables still says by its literal text (RULES.md 1xx: an
 * unresolved variable in a tag or digest, or in the registry, never hides a known repository path).
 * `marked` is the reference with each unresolved variable replaced by {@link UNKNOWN_PART}:
 * - `mcr.microsoft.com/windows/servercore:${TAG}` is `mcr.microsoft.com/windows/servercore`;
 * - `myreg/app:${V}-windowsservercore-ltsc2019` keeps the tag's literal words, `windowsservercore-ltsc2019`;
 * - `${REGISTRY}/windows/servercore:ltsc2022` and `${REGISTRY}sitecore/app:…` drop the unknown first path
 *   component; `${REGISTRY}app:1.0-windowsservercore-ltsc2019` (a registry prefix that ends in `/`) is
 *   `app:1.0-windowsservercore-ltsc2019`, but only while that says what the image is (a table image or
 *   one Windows by name): the rest of a name glued to a variable is not a name of its own, so
 *   `${REGISTRY}myapp:${TAG}` stays unknown rather than becoming Docker Hub's `myapp`.
 * A variable anywhere else in the repository path (`myreg/${NAME}:ltsc2022`, `${IMAGE}`) leaves it
 * unknown: undefined. The result's `unresolved` says which parts were hidden, so that registry-keyed
 * rules and "untagged" defaults never read the placeholders.
 */
export function literalImageReference(marked: string): ImageReference | undefined {
  const at = marked.indexOf('@');
  const name = at < 0 ? marked : marked.slice(0, at);
  const digestUnknown = at >= 0 && marked.slice(at).includes(UNKNOWN_PART);
  const tagAt = name.indexOf(':', name.lastIndexOf('/') + 1);
  let repository = tagAt < 0 ? name : name.slice(0, tagAt);
  const firstSlash = repository.indexOf('/');
  let registryUnknown = false;
  let glued = false;
  if (firstSlash > 0 && repository.slice(0, firstSlash).includes(UNKNOWN_PART)) {
    repository = repository.slice(firstSlash + 1);
    registryUnknown = true;
  } else if (firstSlash < 0 && repository.startsWith(UNKNOWN_PART)) {
    while (repository.startsWith(UNKNOWN_PART)) repository = repository.slice(UNKNOWN_PART.length);
    registryUnknown = glued = true;
  }
  if (repository === '' || repository.includes(UNKNOWN_PART)) return undefined;
  const tag = tagAt < 0 ? undefined : name.slice(tagAt + 1);
  // An empty tag (`servercore:` from `ARG WINDOWS_VERSION=`, which the build always sets) is unknown too.
  const tagUnknown = digestUnknown || (tag !== undefined && (tag === '' || tag.includes(UNKNOWN_PART)));
  const knownTag = tag === undefined ? '' : literalTagWords(tag);
  const parsed =
    (knownTag ? parseImageReference(`${repository}:${knownTag}`) : undefined) ??
    parseImageReference(repository);
  if (!parsed) return undefined;
  const reference: ImageReference =
    registryUnknown || tagUnknown
      ? { ...parsed, unresolved: { registry: registryUnknown, tag: tagUnknown } }
      : parsed;
  if (glued && !lookupBaseImageDefault(reference) && !isWindowsImageName(reference)) return undefined;
  return reference;
}

/**
 * The whole words of a tag's literal text, joined by `-`: `${V}-windowsservercore-ltsc2019` →
 * `windowsservercore-ltsc2019`, `latest-${ARCH}` → `latest`, `10.0.17763.${REV}` → `10.0.17763`. A word
 * glued to a variable is only part of a word and is dropped (`ltsc${YEAR}`, `${MAJOR}809`), so no
 * release or build number is read from a fragment.
 */
function literalTagWords(tag: string): string {
  const parts = tag.split(UNKNOWN_PART);
  return parts
    .map((part, i) => {
      let words = part;
      if (i > 0 && !/^[-_.]/.test(words)) words = words.replace(/^[^-_.]*/, '');
      if (i < parts.length - 1 && !/[-_.]$/.test(words)) words = words.replace(/[^-_.]*$/, '');
      return words.replace(/^[-_.]+|[-_.]+$/g, '');
    })
    .filter(Boolean)
    .join('-');
}

/**
 * A workload's `image:` (a Kubernetes container's as written, a Compose service's once interpolated)
 * as a reference: parsed whole when it has no variable, else its literal parts
 * ({@link literalImageReference}). `${VAR}` and `$VAR` are variables (envsubst, Compose without a
 * default); `raw` stays the text as written, for messages.
 */
export function workloadImageReference(text: string): ImageReference | undefined {
  if (!text.includes('$')) return parseImageReference(text);
  const marked = text.replace(/\$\{[^{}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g, UNKNOWN_PART);
  // Another `$` (`$(…)`, an unterminated `${`) is no image text we can read.
  if (marked.includes('$') || /\s/.test(marked)) return undefined;
  const reference = literalImageReference(marked);
  return reference && { ...reference, raw: text };
}
