import type { RepositoryFacts } from '../../core/repository.js';
import { imageUser } from '../image-user.js';
import type { PodWorkload, WorkloadContainer } from './kubernetes-document.js';
import { isWindowsImage, podOs } from './pod-os.js';

/**
 * The containers of a pod that run Windows: every container of a Windows pod; in a pod whose OS is
 * unknown, those whose image is a Windows image (by name, or built by a Windows Dockerfile of the
 * repository), since such an image can only start on a Windows node. None of a Linux pod's.
 */
export function windowsContainers(workload: PodWorkload, repository: RepositoryFacts): WorkloadContainer[] {
  const { os } = podOs(workload, repository.runtimeClasses);
  if (os === 'windows') return workload.containers;
  if (os === 'linux') return [];
  return workload.containers.filter(container => {
    const image = container.image?.text;
    return isWindowsImage(image) || imageUser(image, repository)?.os === 'windows';
  });
}
