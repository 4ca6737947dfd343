import type { RepositoryFacts } from '../core/repository.js';
import { isWindowsImageName } from '../targets/dockerfile/base-images.js';
import { workloadImageReference } from '../targets/dockerfile/literal-image-reference.js';
import { imageUser } from '../targets/image-user.js';
import type { ImageFacts } from './workload-model.js';

/** Whether an image is a Windows image by name (BH610's evidence, and a pod-OS signal). */
export function isWindowsImage(image: string | undefined): boolean {
  const reference = image ? workloadImageReference(image) : undefined;
  return reference !== undefined && isWindowsImageName(reference);
}

/** The facts of an `image:` value; undefined when there is none. */
export function imageFacts(image: string | undefined, repository: RepositoryFacts): ImageFacts | undefined {
  const text = image?.trim();
  if (!text) return undefined;
  // Of a reference with variables, its literal parts (`mcr.microsoft.com/windows/servercore:${TAG}`).
  const reference = workloadImageReference(text);
  const windowsByName = reference !== undefined && isWindowsImageName(reference);
  const user = imageUser(text, repository);
  return {
    text,
    ...(reference ? { reference } : {}),
    windowsByName,
    ...(user ? { user } : {}),
    os: windowsByName ? 'windows' : (user?.os ?? 'unknown')
  };
}
