import type { RelatedLocation } from '../../core/location.js';
import type { RepositoryFacts } from '../../core/repository.js';
import { isLinuxRoot, isWindowsAdmin } from '../dockerfile/user-names.js';
import { imageUser } from '../image-user.js';
import type { ComposeService } from './compose-document.js';
import { serviceText } from './service-fields.js';
import { serviceOs } from './service-os.js';

/** A root or admin-equivalent user of a service, with how we know it. */
export interface ServiceAdminUser {
  user: string;
  reason: string;
  related?: RelatedLocation;
}

/**
 * The service's user when it is root (Linux) or admin-equivalent (Windows): its `user:`, else its
 * image's default user when the repository builds the image or the base table knows it.
 */
export function serviceAdminUser(
  service: ComposeService,
  repository: RepositoryFacts
): ServiceAdminUser | undefined {
  const windows = serviceOs(service, repository) === 'windows';
  const user = serviceText(service, 'user');
  if (user) {
    const admin = windows ? isWindowsAdmin(user.value) : isLinuxRoot(user.value);
    return admin ? { user: user.value, reason: "set by 'user'" } : undefined;
  }
  const image = imageUser(service.image?.text, repository);
  if (!image) return undefined;
  const admin = image.os === 'windows' ? isWindowsAdmin(image.user) : isLinuxRoot(image.user);
  return admin ? { user: image.user, reason: image.reason, related: image.related } : undefined;
}
