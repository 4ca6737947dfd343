import { defineRule } from '../../core/rule.js';
import { linuxOnlyFields } from '../../targets/kubernetes/linux-only-fields.js';
import { fixes, holderOf, removeFieldFix } from '../../targets/kubernetes/security-context-fixes.js';

/** BH606: a Linux-only security field on a Windows pod: rejected with `os.name: windows`, ignored otherwise. */
export default defineRule({
  meta: {
    id: 'BH606',
    slug: 'linux-field-on-windows-pod',
    title: 'Linux-only field on a Windows pod',
    description:
      'Windows has no UIDs, GIDs, capabilities, seccomp, SELinux, AppArmor, sysctls, read-only root file systems or host PID/IPC namespaces. With `os.name: windows` the API server rejects a pod that sets any of these fields; without it the kubelet drops them, so the pod looks hardened but is not, and `runAsUser`/`runAsGroup` have broken start-up on Windows nodes (projected service-account tokens could not be chowned) on kubelets before the 2024-25 fixes. Linux hardening advice from other scanners does not apply here.',
    severity: 'medium',
    remediation:
      'Remove the field from the Windows pod (keep it in the Linux variant of a shared chart). Harden Windows pods with `os.name: windows`, `runAsNonRoot: true` and `windowsOptions.runAsUserName: ContainerUser` instead: the Linux hardening fields have no Windows meaning.',
    references: [
      'https://kubernetes.io/docs/concepts/windows/intro/#compatibility-v1-pod-spec-containers-securitycontext',
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/',
      'https://github.com/kubernetes/kubernetes/issues/102849'
    ],
    tags: ['CWE-1284', 'windows'],
    messages: {
      podRejected:
        "The pod sets '{field}', a Linux-only field, with os.name 'windows': the API server rejects it.",
      containerRejected:
        "Container '{container}' sets '{field}', a Linux-only field, on a pod with os.name 'windows': the API server rejects it.",
      podIgnored:
        "The pod sets '{field}', a Linux-only field, on a Windows pod ({evidence}): Windows ignores it.",
      containerIgnored:
        "Container '{container}' sets '{field}', a Linux-only field, on a Windows pod ({evidence}): Windows ignores it."
    },
    whenToIgnore:
      'A chart that renders one pod template for both OSes and relies on the kubelet dropping the fields; prefer per-OS values, since `os.name: windows` then turns this into a rejection.'
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        const { os } = pod;
        if (os.os !== 'windows') continue;
        for (const { field, node, container } of linuxOnlyFields(pod)) {
          if (field === 'privileged' && node.isTrue) continue; // BH603
          const level = container ? 'container' : 'pod';
          const holder = container
            ? container.securityContext
            : holderOf(node, field, [pod.spec.get('securityContext'), pod.spec]);
          report({
            messageId: os.declared ? `${level}Rejected` : `${level}Ignored`,
            data: { field, container: container?.name ?? '', evidence: os.evidence },
            region: node.reportRegion,
            severity: os.declared ? 'medium' : 'low',
            properties: pod.properties,
            ...fixes(removeFieldFix(holder, field, 'Windows has no such setting.'))
          });
        }
      }
    }
  }
});
