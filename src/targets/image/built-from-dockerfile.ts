import type { RelatedLocation } from '../../core/location.js';
import type { BuiltImage, RepositoryFacts } from '../../core/repository.js';
import { parseImageReference } from '../dockerfile/image-reference.js';
import type { ImageDocument } from './model.js';

/**
 * The Dockerfile of the repository that builds this image, matched by the image's names (RepoTags,
 * ref-name annotations, the pulled reference) canonicalised as `repository.builtImages` keys are.
 */
export function builtImageOf(document: ImageDocument, repository: RepositoryFacts): BuiltImage | undefined {
  for (const name of document.names) {
    const reference = parseImageReference(name.trim());
    const built = reference && repository.builtImages.get(reference.name.toLowerCase());
    if (built) return built;
  }
  return undefined;
}

/** The line of that Dockerfile that decides the image's user, as a related location. */
export function builtFromRelated(document: ImageDocument, repository: RepositoryFacts): RelatedLocation[] {
  const built = builtImageOf(document, repository);
  if (!built) return [];
  return [{ ...built.location, message: `Built from this Dockerfile: ${built.location.message}.` }];
}
