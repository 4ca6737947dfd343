import { defineRule } from '../../core/rule.js';
import { hostMounts } from '../../targets/compose/service-fields.js';
import { sensitiveHostPath } from '../../targets/host-paths.js';
import { quotedNames } from '../../targets/kubernetes/group-by-setting.js';
import { hostPathMounts, hostPathVolumes } from '../../targets/kubernetes/host-path-volumes.js';

/** BH505: a hostPath volume or a Compose bind mount; high for the host's sensitive paths. */
export default defineRule({
  meta: {
    id: 'BH505',
    slug: 'host-path-mount',
    title: 'Host path mounted into a workload',
    description:
      "A `hostPath` volume (a Compose bind mount) gives the container the node's own files, outside any quota or isolation, and the Pod Security Standards forbid it at the baseline level. Sensitive paths are high: the root file system, `/etc`, `/proc`, home directories, `/var/run` with the Docker socket, and on Windows `C:\\`, `C:\\Windows`, Docker's and the kubelet's data, `C:\\k` (a Windows pod's `/k` is `C:\\k`), and the `docker_engine` and containerd named pipes, each of which hands the container the node.",
    severity: 'medium',
    remediation:
      'Use a PersistentVolumeClaim, `emptyDir`, a ConfigMap or a Secret instead; if the host path is truly needed, mount the narrowest path with `readOnly: true`, never the container runtime socket or pipe. In Compose, prefer named volumes to bind mounts.',
    references: [
      'https://kubernetes.io/docs/concepts/storage/volumes/#hostpath',
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
      'https://learn.microsoft.com/en-us/virtualization/windowscontainers/manage-containers/container-storage',
      'https://docs.docker.com/engine/storage/bind-mounts/'
    ],
    tags: ['CWE-668', 'pss-baseline', 'windows'],
    messages: {
      volume: "Volume '{volume}' mounts host path '{path}', used by {containers}.",
      sensitiveVolume:
        "Volume '{volume}' mounts sensitive host path '{path}' ({exposes}), used by {containers}.",
      bind: "Service '{service}' bind-mounts host path '{path}'.",
      sensitiveBind: "Service '{service}' bind-mounts sensitive host path '{path}' ({exposes})."
    },
    whenToIgnore:
      'Node agents that must read host state (log shippers reading `/var/log`, CSI node plugins, HostProcess-based node setup); suppress with a reason and mount read-only.'
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        for (const volume of hostPathVolumes(pod)) {
          // By name: overlays of one base that order the containers differently give one message.
          const users = pod.containers
            .filter(c => hostPathMounts(pod, c).some(m => m.volume.name === volume.name))
            .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
          const exposes = sensitiveHostPath(volume.path, pod.os.os === 'windows' ? 'windows' : undefined);
          report({
            messageId: exposes ? 'sensitiveVolume' : 'volume',
            data: {
              volume: volume.name,
              path: volume.path,
              exposes: exposes ?? '',
              containers: users.length ? quotedNames(users) : 'no container'
            },
            region: volume.node.reportRegion,
            severity: exposes ? 'high' : 'medium',
            properties: pod.properties
          });
        }
      }
    },
    compose({ model, report }) {
      for (const service of model.services) {
        for (const mount of hostMounts(service)) {
          const exposes = sensitiveHostPath(mount.source);
          report({
            messageId: exposes ? 'sensitiveBind' : 'bind',
            data: { service: service.name, path: mount.source, exposes: exposes ?? '' },
            region: mount.region,
            severity: exposes ? 'high' : 'medium',
            properties: service.properties
          });
        }
      }
    }
  }
});
