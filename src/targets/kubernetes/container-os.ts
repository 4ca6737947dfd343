import type { RepositoryFacts } from '../../core/repository.js';
import { imageUser } from '../image-user.js';
import type { PodWorkload, WorkloadContainer } from './kubernetes-document.js';
import { isWindowsImage, podOs } from './pod-os.js';

/**
 * The OS a container runs on: its pod's (RULES.md 5xx evidence ladder). In a pod that nothing pins
 * to an OS, a Windows image (by name, or built by a Windows Dockerfile of the repository) can only
 * run on a Windows node, so Linux-only settings there are noise (they belong to BH606/BH610). Linux-only
 * rules skip `'windows'`; Windows rules take the containers that are `'windows'`.
 */
export function containerOs(
  workload: PodWorkload,
  container: WorkloadContainer,
  repository: RepositoryFacts
): 'windows' | 'linux' | 'unknown' {
  const pod = podOs(workload, repository.runtimeClasses).os;
  if (pod !== 'unknown') return pod;
  const image = container.image?.text;
  return isWindowsImage(image) || imageUser(image, repository)?.os === 'windows' ? 'windows' : 'unknown';
}
