import type { RepositoryFacts } from '../../core/repository.js';
import { imageUser } from '../image-user.js';
import { isWindowsImage } from '../kubernetes/pod-os.js';
import type { ComposeService } from './compose-document.js';
import { serviceText } from './service-fields.js';

/**
 * The OS a Compose service's container runs: an explicit `platform: windows[/…]` or `linux[/…]` wins (like
 * a pod's `os.name`); else `isolation: process`/`hyperv`, which only Windows accepts (`default` is valid
 * on Linux too: https://docs.docker.com/reference/compose-file/services/#isolation); else its image (a
 * Windows image by name, or the Dockerfile of the repository that builds it).
 */
export function serviceOs(
  service: ComposeService,
  repository: RepositoryFacts
): 'windows' | 'linux' | 'unknown' {
  const platform = serviceText(service, 'platform')?.value.toLowerCase();
  if (platform?.startsWith('windows')) return 'windows';
  if (platform?.startsWith('linux')) return 'linux';
  const isolation = serviceText(service, 'isolation')?.value.toLowerCase();
  if (isolation === 'process' || isolation === 'hyperv') return 'windows';
  const image = service.image?.text;
  if (isWindowsImage(image)) return 'windows';
  const known = imageUser(image, repository)?.os;
  return known === 'windows' || known === 'linux' ? known : 'unknown';
}
