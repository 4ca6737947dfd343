import type { RepositoryFacts } from '../../core/repository.js';
import { imageUser } from '../image-user.js';
import { isWindowsImageName } from '../dockerfile/base-images.js';
import { parseImageReference } from '../dockerfile/image-reference.js';
import type { ComposeService } from './compose-document.js';
import { serviceText } from './service-fields.js';

/**
 * Whether a Compose service runs a Windows container: a Windows image by name or built by a Windows
 * Dockerfile of the repository, `platform: windows/…`, or `isolation: process|hyperv` (Linux only
 * supports `default`; https://docs.docker.com/reference/compose-file/services/#isolation).
 */
export function isWindowsService(service: ComposeService, repository: RepositoryFacts): boolean {
  const image = service.image?.text;
  const reference = image ? parseImageReference(image) : undefined;
  if (reference && isWindowsImageName(reference)) return true;
  if (imageUser(image, repository)?.os === 'windows') return true;
  if (serviceText(service, 'platform')?.value.toLowerCase().startsWith('windows/')) return true;
  const isolation = serviceText(service, 'isolation')?.value.toLowerCase();
  return isolation === 'process' || isolation === 'hyperv';
}
