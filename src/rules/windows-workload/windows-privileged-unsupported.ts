import { defineRule } from '../../core/rule.js';

/** BH603: `privileged: true` on a Windows pod, which Windows does not support. */
export default defineRule({
  meta: {
    id: 'BH603',
    slug: 'windows-privileged-unsupported',
    title: 'Privileged container on a Windows pod',
    description:
      'Windows containers cannot be privileged. With `os.name: windows` the API server rejects the pod; without it the kubelet silently drops the setting (the Windows runtime only receives the account, gMSA and HostProcess settings), so whatever needed host access will fail in ways that are hard to trace, and a later move to HostProcess may be made without review.',
    severity: 'medium',
    remediation:
      'Remove `privileged`. If the container really needs the node (a node agent, a CNI or CSI plugin), make it a HostProcess container (`windowsOptions.hostProcess: true`, `hostNetwork: true`, a least-privileged `runAsUserName` such as `NT AUTHORITY\\LOCAL SERVICE`) and review it as host software; otherwise run it as `ContainerUser` with `runAsNonRoot: true`.',
    references: [
      'https://kubernetes.io/docs/concepts/windows/intro/#compatibility-v1-pod-spec-containers-securitycontext',
      'https://kubernetes.io/docs/concepts/security/windows-security/',
      'https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/'
    ],
    tags: ['CWE-250', 'windows'],
    messages: {
      rejected:
        "Container '{container}' sets 'privileged: true' on a pod with os.name 'windows': the API server rejects it.",
      ignored:
        "Container '{container}' sets 'privileged: true' on a Windows pod ({evidence}): Windows ignores it."
    }
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        const { os } = pod;
        if (os.os !== 'windows') continue;
        for (const container of pod.containers) {
          const privileged = container.security.privileged;
          if (!privileged?.isTrue) continue;
          report({
            messageId: os.declared ? 'rejected' : 'ignored',
            data: { container: container.name, evidence: os.evidence },
            region: privileged.reportRegion,
            properties: pod.properties
          });
        }
      }
    }
  }
});
