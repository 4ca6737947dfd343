import { defineRule } from '../../core/rule.js';
import { describeContainers } from '../../targets/kubernetes/group-by-setting.js';
import { hostProcessDefects } from '../../targets/kubernetes/hostprocess-defects.js';

/** BH605: HostProcess settings the API server rejects (one finding per defect). */
export default defineRule({
  meta: {
    id: 'BH605',
    slug: 'windows-hostprocess-invalid',
    title: 'HostProcess settings the API server rejects',
    description:
      'Kubernetes validates HostProcess pods whatever their OS: when both the pod and a container set `hostProcess` the values must be identical; if any container (init and ephemeral included) is a HostProcess container, all must be; and the pod must set `hostNetwork: true`. A manifest that breaks one of these never starts, and the usual quick fix (adding `hostProcess: true` everywhere) turns every container into unisolated host software.',
    severity: 'medium',
    remediation:
      'Decide whether the pod is a node agent. If it is, set `hostProcess: true` once at the pod level (`securityContext.windowsOptions`), remove contradicting container values, set `hostNetwork: true` and a least-privileged `runAsUserName`; if it is not, remove `hostProcess` everywhere and run as `ContainerUser` with `runAsNonRoot: true`.',
    references: [
      'https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/',
      'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#security-context'
    ],
    tags: ['CWE-1284', 'windows'],
    messages: {
      mismatch:
        "Container '{container}' sets 'hostProcess: {value}' but the pod sets 'hostProcess: {podValue}': the API server requires them to be identical.",
      mixed:
        "Container '{container}' is not a HostProcess container, unlike {hostProcess}: the API server requires all containers of the pod to be HostProcess containers, or none.",
      hostNetwork:
        "The pod runs HostProcess containers without 'hostNetwork: true': the API server rejects it."
    }
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        const { properties } = pod;
        for (const defect of hostProcessDefects(pod)) {
          if (defect.kind === 'hostNetwork')
            report({ messageId: 'hostNetwork', region: defect.region, properties });
          else if (defect.kind === 'mismatch')
            report({
              messageId: 'mismatch',
              data: {
                container: defect.container.name,
                value: `${defect.value}`,
                podValue: `${defect.podValue}`
              },
              region: defect.region,
              properties
            });
          else
            report({
              messageId: 'mixed',
              data: { container: defect.container.name, hostProcess: describeContainers(defect.hostProcess) },
              region: defect.region,
              properties
            });
        }
      }
    }
  }
});
