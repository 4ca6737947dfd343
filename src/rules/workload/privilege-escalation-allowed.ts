import { defineRule } from '../../core/rule.js';
import {
  containerSettingFix,
  fixes,
  replaceSettingFix
} from '../../targets/kubernetes/security-context-fixes.js';

/** BH503: a Linux container may gain more privileges than its parent process (setuid, file capabilities). */
export default defineRule({
  meta: {
    id: 'BH503',
    slug: 'privilege-escalation-allowed',
    title: 'Privilege escalation allowed',
    description:
      "`allowPrivilegeEscalation` controls the kernel's `no_new_privs` flag: unless it is `false`, a process can gain privileges through setuid binaries or file capabilities, so a non-root user can become root inside the container. `true` is reported at every level; an unset value (which means allowed) only at the `restricted` level, which requires `false`. Linux only: Windows has no such flag.",
    severity: 'medium',
    remediation: 'Set `securityContext.allowPrivilegeEscalation: false` on every container.',
    references: [
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted',
      'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/',
      'https://docs.kernel.org/userspace-api/no_new_privs.html'
    ],
    tags: ['CWE-269', 'pss-restricted'],
    messages: {
      allowed: "Container '{container}' allows privilege escalation ('allowPrivilegeEscalation: true').",
      unset:
        "Container '{container}' does not set 'allowPrivilegeEscalation: false', so escalation is allowed."
    },
    whenToIgnore:
      'A container that must run setuid programs (for example `sudo` or `ping` without file capabilities) by design; suppress with a reason.'
  },
  checks: {
    kubernetes({ model, settings, report }) {
      for (const pod of model.pods) {
        if (pod.os.os === 'windows') continue;
        const { properties } = pod;
        for (const container of pod.containers) {
          const data = { container: container.name };
          const setting = container.security.allowPrivilegeEscalation;
          if (setting?.isTrue)
            report({
              messageId: 'allowed',
              data,
              region: setting.reportRegion,
              properties,
              ...fixes(replaceSettingFix(setting, 'false', 'safe', "'allowPrivilegeEscalation'"))
            });
          else if (!setting && settings.podSecurityLevel === 'restricted')
            report({
              messageId: 'unset',
              data,
              region: container.region,
              severity: 'low',
              properties,
              ...fixes(containerSettingFix(container, ['allowPrivilegeEscalation'], 'false', 'safe'))
            });
        }
      }
    }
  }
});
