import type { YamlNode } from '../yaml/yaml-node.js';
import type { PodWorkload, WorkloadContainer } from './kubernetes-document.js';

/** A Secret that a pod volume projects into files, and the containers that mount the volume. */
export interface SecretVolume {
  volume: string;
  /** The Secret's name (`secretName` of a `secret` volume, `name` of a projected `secret` source). */
  secret?: string;
  /** The `secret:` key: where findings go. */
  node: YamlNode;
  mountedBy: WorkloadContainer[];
}

/** `secret` volumes and `projected` volumes' `secret` sources that at least one container mounts. */
export function secretVolumes(workload: PodWorkload): SecretVolume[] {
  const found: SecretVolume[] = [];
  for (const volume of workload.spec.get('volumes')?.items() ?? []) {
    const name = volume.get('name')?.text;
    if (name === undefined) continue;
    const mountedBy = workload.containers.filter(container =>
      (container.node.get('volumeMounts')?.items() ?? []).some(mount => mount.get('name')?.text === name)
    );
    if (mountedBy.length === 0) continue;
    const secret = volume.get('secret');
    if (secret && secret.kind !== 'null')
      found.push({ volume: name, secret: secret.get('secretName')?.text, node: secret, mountedBy });
    for (const source of volume.at('projected', 'sources')?.items() ?? []) {
      const projected = source.get('secret');
      if (projected && projected.kind !== 'null')
        found.push({ volume: name, secret: projected.get('name')?.text, node: projected, mountedBy });
    }
  }
  return found;
}
