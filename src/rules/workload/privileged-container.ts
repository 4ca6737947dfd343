import { defineRule } from '../../core/rule.js';
import { isComposeTrue } from '../../targets/compose/compose-boolean.js';

/** BH501: a Linux (or not pinned) container runs privileged. */
export default defineRule({
  meta: {
    id: 'BH501',
    slug: 'privileged-container',
    title: 'Privileged container',
    description:
      'A privileged container gets every Linux capability, all host devices and no seccomp, AppArmor or SELinux confinement: root in it is root on the node, and escaping takes one mount. The Pod Security Standards forbid it at the baseline level. Windows pods do not support `privileged` (BH603).',
    severity: 'high',
    remediation:
      'Remove `privileged: true` (or set it to `false`) and add only the specific capabilities the process needs under `securityContext.capabilities.add`; for device access use a device plugin.',
    references: [
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
      'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/',
      'https://docs.docker.com/reference/compose-file/services/#privileged'
    ],
    tags: ['CWE-250', 'CWE-269', 'pss-baseline'],
    messages: {
      container: "Container '{container}' runs privileged ('privileged: true').",
      service: "Service '{service}' runs privileged ('privileged: true')."
    },
    whenToIgnore:
      'Node agents that must manage the host (CNI plugins, storage drivers, some monitoring agents) in a namespace set to the privileged Pod Security level; suppress with a reason.'
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        if (pod.os.os === 'windows') continue; // BH603
        for (const container of pod.containers) {
          const privileged = container.security.privileged;
          if (privileged?.isTrue)
            report({
              messageId: 'container',
              data: { container: container.name },
              region: privileged.reportRegion,
              properties: pod.properties
            });
        }
      }
    },
    compose({ model, report }) {
      for (const service of model.services) {
        const privileged = service.node.get('privileged');
        if (privileged && isComposeTrue(privileged))
          report({
            messageId: 'service',
            data: { service: service.name },
            region: privileged.reportRegion,
            properties: service.properties
          });
      }
    }
  }
});
