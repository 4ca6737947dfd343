import type { RelatedLocation } from '../core/location.js';
import type { BuiltImage, RepositoryFacts } from '../core/repository.js';
import { lookupBaseImageDefault } from './dockerfile/base-images.js';
import { workloadImageReference } from './dockerfile/literal-image-reference.js';

/** Who an image runs as when the workload does not say, and how we know. */
export interface ImageUser {
  user: string;
  os: 'windows' | 'linux' | 'unknown';
  /** `dockerfile`: built by a Dockerfile in the repository; `base-table`: a well-known image's default. */
  source: 'dockerfile' | 'base-table';
  /** The image config's User is literally this (a USER instruction), not an empty default. */
  explicit: boolean;
  /** For messages: "its Dockerfile ends in USER root", "Server Core images run as ContainerAdministrator". */
  reason: string;
  /** The Dockerfile line that decides it (SARIF relatedLocations). */
  related?: RelatedLocation;
}

/**
 * The image's default user: from the Dockerfile that builds it in this repository, else the base-image
 * table (RULES.md 1xx); undefined = unknown (an image we neither build nor know). A variable does not hide
 * what the rest of the reference says (`mcr.microsoft.com/windows/servercore:${TAG}` is Server Core), but
 * behind a variable registry the name is no repository image's.
 */
export function imageUser(image: string | undefined, repository: RepositoryFacts): ImageUser | undefined {
  const reference = image ? workloadImageReference(image) : undefined;
  if (!reference) return undefined;
  const built = reference.unresolved?.registry
    ? undefined
    : repository.builtImages.get(reference.name.toLowerCase());
  if (built) return builtImageUser(built);
  const known = lookupBaseImageDefault(reference);
  return known
    ? { user: known.user, os: known.os, source: 'base-table', explicit: false, reason: known.reason }
    : undefined;
}

/** The user of an image a Dockerfile of the repository builds; undefined when the Dockerfile leaves it unknown. */
export function builtImageUser(built: BuiltImage): ImageUser | undefined {
  if (built.user === undefined) return undefined;
  return {
    user: built.user,
    os: built.os,
    source: 'dockerfile',
    explicit: built.explicit,
    reason: `its Dockerfile ${built.explicit ? `ends in USER ${built.user}` : `runs it as '${built.user}' by default`}`,
    related: built.location
  };
}
