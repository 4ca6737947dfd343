import type { YamlNode } from '../yaml/yaml-node.js';
import type { PodWorkload, WorkloadContainer } from './kubernetes-document.js';

/** A pod volume of type `hostPath` (https://kubernetes.io/docs/concepts/storage/volumes/#hostpath). */
export interface HostPathVolume {
  name: string;
  path: string;
  /** The volume's `hostPath:` value: findings go on its key line. */
  node: YamlNode;
}

/** A container's `volumeMounts` entry that mounts a hostPath volume. */
export interface HostPathMount {
  volume: HostPathVolume;
  mount: YamlNode;
  readOnly: boolean;
}

/** The pod's hostPath volumes that name a path. */
export function hostPathVolumes(workload: PodWorkload): HostPathVolume[] {
  return (workload.spec.get('volumes')?.items() ?? []).flatMap(volume => {
    const name = volume.get('name')?.text;
    const node = volume.get('hostPath');
    const path = node?.get('path')?.text;
    return name !== undefined && node && path ? [{ name, path, node }] : [];
  });
}

/** The hostPath volumes a container mounts, and whether each mount is `readOnly: true`. */
export function hostPathMounts(workload: PodWorkload, container: WorkloadContainer): HostPathMount[] {
  const volumes = hostPathVolumes(workload);
  return (container.node.get('volumeMounts')?.items() ?? []).flatMap(mount => {
    const volume = volumes.find(v => v.name === mount.get('name')?.text);
    return volume ? [{ volume, mount, readOnly: mount.get('readOnly')?.isTrue === true }] : [];
  });
}
