import { defineRule } from '../../core/rule.js';
import { describeContainers } from '../../targets/kubernetes/group-by-setting.js';
import { secretVolumes } from '../../targets/kubernetes/secret-volumes.js';

/** BH609: a Windows pod mounts a Secret volume, which Windows nodes keep in clear text on disk. */
export default defineRule({
  meta: {
    id: 'BH609',
    slug: 'windows-secret-on-node-disk',
    title: 'Secret volume on a Windows node is stored on disk',
    description:
      "Linux nodes keep Secret volumes in memory (tmpfs). Windows nodes have no tmpfs and write the Secret's data in clear text to the node's local disk, where it survives in backups, snapshots and disk images and is readable by anyone with administrator access to the node; `emptyDir.medium: Memory` is not available on Windows either.",
    severity: 'info',
    remediation:
      "Protect the kubelet's pod directory on Windows nodes with file ACLs and encrypt the volume with BitLocker; mount only the keys the container needs (`items`), prefer short-lived credentials (projected service-account tokens, workload identity, gMSA) over long-lived Secrets.",
    references: [
      'https://kubernetes.io/docs/concepts/security/windows-security/',
      'https://kubernetes.io/docs/concepts/configuration/secret/'
    ],
    tags: ['CWE-312', 'windows'],
    messages: {
      mounted:
        "Volume '{volume}' puts Secret '{secret}' into {containers} of a Windows pod: Windows nodes store it in clear text on the node's disk."
    },
    whenToIgnore:
      'Your Windows nodes encrypt their disks (BitLocker) and restrict access to the kubelet directory; suppress for the namespace or file with that reason.'
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        if (pod.os.os !== 'windows') continue;
        for (const { volume, secret, node, mountedBy } of secretVolumes(pod)) {
          report({
            messageId: 'mounted',
            data: { volume, secret: secret ?? '', containers: describeContainers(mountedBy) },
            region: node.reportRegion,
            properties: pod.properties
          });
        }
      }
    }
  }
});
