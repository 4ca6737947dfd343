import { defineRule } from '../../core/rule.js';
import { serviceList } from '../../targets/compose/service-fields.js';
import { groupBySetting, quotedNames } from '../../targets/kubernetes/group-by-setting.js';
import { fixes, podSettingFix, replaceSettingFix } from '../../targets/kubernetes/security-context-fixes.js';

/** BH509: a Linux container runs without a seccomp filter. */
export default defineRule({
  meta: {
    id: 'BH509',
    slug: 'seccomp-unconfined',
    title: 'Seccomp disabled',
    description:
      'Seccomp filters the system calls a container may make; `Unconfined` turns the filter off and exposes the whole kernel interface, which most container escapes go through. `seccompProfile.type: Unconfined` (container over pod) and Compose `security_opt: seccomp=unconfined` are reported at every level; a container with no profile at all (which the kubelet runs unconfined unless it defaults to RuntimeDefault) only at the `restricted` level. Linux only.',
    severity: 'medium',
    remediation:
      'Set `securityContext.seccompProfile.type: RuntimeDefault` on the pod (or `Localhost` with a tailored profile); in Compose remove `seccomp=unconfined` or point it at a profile file.',
    references: [
      'https://kubernetes.io/docs/tutorials/security/seccomp/',
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted',
      'https://docs.docker.com/engine/security/seccomp/'
    ],
    tags: ['CWE-693', 'pss-baseline', 'pss-restricted'],
    messages: {
      container: "Container '{container}' runs without seccomp ('seccompProfile.type: Unconfined').",
      pod: "The pod's 'seccompProfile.type: Unconfined' runs containers {containers} without seccomp.",
      unset: "Container '{container}' sets no seccomp profile, at the pod or the container.",
      service: "Service '{service}' runs without seccomp ('{option}')."
    },
    whenToIgnore:
      'Debugging or profiling tools that need system calls the default profile blocks; prefer a `Localhost` profile that allows just those, or suppress with a reason.'
  },
  checks: {
    kubernetes({ model, settings, report }) {
      for (const pod of model.pods) {
        if (pod.os.os === 'windows') continue; // BH606
        const { properties } = pod;
        for (const container of pod.containers) {
          if (!container.security.seccompProfile && settings.podSecurityLevel === 'restricted')
            report({
              messageId: 'unset',
              data: { container: container.name },
              region: container.region,
              severity: 'low',
              properties,
              ...fixes(podSettingFix(pod, ['seccompProfile', 'type'], 'RuntimeDefault', 'safe'))
            });
        }
        const unconfined = groupBySetting(pod.containers, c => {
          const setting = c.security.seccompProfile;
          return setting?.node.get('type')?.text === 'Unconfined' ? setting : undefined;
        });
        for (const { setting, containers } of unconfined) {
          const type = setting.node.get('type');
          report({
            messageId: setting.level === 'pod' ? 'pod' : 'container',
            data: { container: containers[0]?.name ?? '', containers: quotedNames(containers) },
            region: setting.node.reportRegion,
            properties,
            ...fixes(type && replaceSettingFix(type, 'RuntimeDefault', 'safe', "'seccompProfile.type'"))
          });
        }
      }
    },
    compose({ model, report }) {
      for (const service of model.services) {
        if (service.os.os === 'windows') continue;
        for (const { value, node } of serviceList(service, 'security_opt')) {
          if (/^seccomp[=:]\s*unconfined$/i.test(value.trim()))
            report({
              messageId: 'service',
              data: { service: service.name, option: value },
              region: node.region,
              properties: service.properties
            });
        }
      }
    }
  }
});
