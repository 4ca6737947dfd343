import { defineRule } from '../../core/rule.js';

// pod-security-admission policy/check_restrictedVolumes.go: the volume sources the restricted level
// allows (`image` since Kubernetes 1.33 made image volumes beta). A volume with no source is defaulted to
// `emptyDir` by the API server.
const ALLOWED = new Set([
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'image',
  'persistentVolumeClaim',
  'projected',
  'secret'
]);

/** BH515: at the restricted level, a pod uses a volume type outside the Pod Security restricted list. */
export default defineRule({
  meta: {
    id: 'BH515',
    slug: 'restricted-volume-type',
    title: 'Volume type outside the restricted list',
    description:
      "The restricted Pod Security Standard allows only volume types that do not reach the node or infrastructure directly: `configMap`, `csi`, `downwardAPI`, `emptyDir`, `ephemeral`, `image`, `persistentVolumeClaim`, `projected` and `secret`. Inline sources such as `nfs`, `iscsi`, `rbd`, `cephfs`, `gitRepo` (which runs `git` on the node), `flexVolume` (a node binary) or cloud disks bypass the PersistentVolume layer where an administrator controls storage, and credentials for them often live in the pod spec. This rule mirrors pod-security-admission's `restrictedVolumes` check (`policy/check_restrictedVolumes.go`). `hostPath` is BH505's finding and is not reported twice. Restricted level only; it applies to Windows pods too.",
    severity: 'low',
    remediation:
      'Move the storage behind a PersistentVolume and a `persistentVolumeClaim` (or a CSI driver); use `emptyDir`, `configMap`, `secret` or `projected` volumes for data the pod carries itself.',
    references: [
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted',
      'https://github.com/kubernetes/pod-security-admission/blob/master/policy/check_restrictedVolumes.go',
      'https://kubernetes.io/docs/concepts/storage/volumes/'
    ],
    tags: ['CWE-668', 'pss-restricted'],
    messages: {
      volume: "Volume '{volume}' is of type '{type}', outside the Pod Security restricted volume types."
    },
    whenToIgnore:
      'Legacy workloads that mount an NFS or cloud disk inline in a namespace at the baseline Pod Security level; prefer a PersistentVolume, or suppress with a reason.'
  },
  checks: {
    kubernetes({ model, settings, report }) {
      if (settings.podSecurityLevel !== 'restricted') return;
      for (const pod of model.pods) {
        for (const volume of pod.spec.get('volumes')?.items() ?? []) {
          const name = volume.get('name')?.text ?? '';
          for (const [type, node] of volume.entries()) {
            if (type === 'name' || ALLOWED.has(type) || type === 'hostPath' || node.kind === 'null') continue;
            report({
              messageId: 'volume',
              data: { volume: name, type },
              region: node.reportRegion,
              properties: pod.properties
            });
          }
        }
      }
    }
  }
});
