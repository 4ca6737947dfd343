import { defineRule } from '../../core/rule.js';
import { fixes, removeFieldFix } from '../../targets/kubernetes/security-context-fixes.js';

const WHY = 'a Linux pod cannot have Windows options.';

/** BH607: `windowsOptions` on a pod that declares `os.name: linux`, which the API server rejects. */
export default defineRule({
  meta: {
    id: 'BH607',
    slug: 'windows-options-on-linux-pod',
    title: 'windowsOptions on a Linux pod',
    description:
      "A pod that declares `os.name: linux` may not set `windowsOptions`, at the pod level or in any container, not even `{}`: the API server rejects it. It usually means a Windows template was copied or a chart's values were mixed up, so the pod's intended account or HostProcess settings are not what will run.",
    severity: 'medium',
    remediation:
      'Remove `windowsOptions` from the Linux pod (a Linux account is set with the Linux fields of the security context), or, if the workload is really a Windows one, set `os.name: windows` and target Windows nodes.',
    references: [
      'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#scheduling',
      'https://kubernetes.io/docs/concepts/windows/user-guide/'
    ],
    tags: ['CWE-1284', 'windows'],
    messages: {
      pod: "The pod sets 'windowsOptions' with os.name 'linux': the API server rejects it.",
      container:
        "Container '{container}' sets 'windowsOptions' on a pod with os.name 'linux': the API server rejects it."
    }
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        const { os, properties } = pod;
        if (!os.declared || os.os !== 'linux') continue;
        const options = pod.spec.at('securityContext', 'windowsOptions');
        if (options && options.kind !== 'null')
          report({
            messageId: 'pod',
            region: options.reportRegion,
            properties,
            ...fixes(removeFieldFix(pod.spec.get('securityContext'), 'windowsOptions', WHY))
          });
        for (const container of pod.containers) {
          const own = container.securityContext?.get('windowsOptions');
          if (own && own.kind !== 'null')
            report({
              messageId: 'container',
              data: { container: container.name },
              region: own.reportRegion,
              properties,
              ...fixes(removeFieldFix(container.securityContext, 'windowsOptions', WHY))
            });
        }
      }
    }
  }
});
