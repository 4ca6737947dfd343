import { defineRule } from '../../core/rule.js';
import { serviceText } from '../../targets/compose/service-fields.js';
import { serviceOs } from '../../targets/compose/service-os.js';
import { isLinuxRoot } from '../../targets/dockerfile/user-names.js';
import { containerOs } from '../../targets/kubernetes/container-os.js';
import { linuxRunAs } from '../../targets/kubernetes/container-user.js';
import { groupBySetting, quotedNames } from '../../targets/kubernetes/group-by-setting.js';
import type { EffectiveSetting } from '../../targets/kubernetes/security-context.js';
import type { WorkloadContainer } from '../../targets/kubernetes/kubernetes-document.js';

/** BH502: a Linux workload runs as root, explicitly or by its image's default. */
export default defineRule({
  meta: {
    id: 'BH502',
    slug: 'workload-runs-as-root',
    title: 'Workload runs as root',
    description:
      "A Linux container runs as uid 0: `runAsUser: 0`, a Compose `user: root`, or nothing in the workload while its image runs as root (known from the repository's Dockerfile or a well-known base image). Root in a container can change its whole file system and is root on the node after any escape. At the `restricted` level a container whose image user is unknown is reported too: only `runAsNonRoot: true` makes the kubelet check. Windows pods are BH601's concern.",
    severity: 'high',
    remediation:
      'Set `securityContext.runAsNonRoot: true` and a non-zero `runAsUser` (e.g. 10001) on the pod, or build the image with a non-root `USER`; in Compose set `user: "10001:10001"`.',
    references: [
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted',
      'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/',
      'https://docs.docker.com/reference/compose-file/services/#user'
    ],
    tags: ['CWE-250', 'pss-restricted'],
    messages: {
      runAsUser: "Container '{container}' runs as root ('runAsUser: 0').",
      podRunAsUser: "The pod's 'runAsUser: 0' runs containers {containers} as root.",
      imageRoot:
        "Container '{container}' runs as '{user}' because image '{image}' does ({reason}) and neither 'runAsNonRoot: true' nor a non-zero 'runAsUser' is set.",
      unknownImage:
        "Container '{container}' may run as root: the default user of image '{image}' is unknown and neither 'runAsNonRoot: true' nor a non-zero 'runAsUser' is set.",
      service: "Service '{service}' runs as root ('user: {user}')."
    },
    whenToIgnore:
      'An entrypoint that starts as root only to drop privileges itself (`gosu`, `su-exec`) before running the workload; suppress with a reason.'
  },
  checks: {
    kubernetes({ document, repository, settings, report }) {
      for (const workload of document.workloads) {
        const explicitRoot = new Map<WorkloadContainer, EffectiveSetting>();
        for (const container of workload.containers) {
          if (containerOs(workload, container, repository) === 'windows') continue;
          const runAs = linuxRunAs(workload, container, repository);
          const data = { container: container.name, image: container.image?.text ?? '' };
          if (runAs.how === 'runAsUser' && runAs.uid === 0) explicitRoot.set(container, runAs.setting);
          else if (runAs.how === 'image' && runAs.root) {
            const { user, reason, related } = runAs.image;
            report({
              messageId: 'imageRoot',
              data: { ...data, user, reason },
              region: container.region,
              severity: 'medium',
              ...(related ? { relatedLocations: [related] } : {})
            });
          } else if (runAs.how === 'unknown' && settings.podSecurityLevel === 'restricted' && data.image)
            report({ messageId: 'unknownImage', data, region: container.region, severity: 'medium' });
        }
        for (const { setting, containers } of groupBySetting([...explicitRoot.keys()], c =>
          explicitRoot.get(c)
        )) {
          const pod = setting.level === 'pod';
          report({
            messageId: pod ? 'podRunAsUser' : 'runAsUser',
            data: { container: containers[0]?.name ?? '', containers: quotedNames(containers) },
            region: setting.node.reportRegion
          });
        }
      }
    },
    compose({ document, repository, report }) {
      for (const service of document.services) {
        const user = serviceText(service, 'user');
        if (!user || !isLinuxRoot(user.value) || serviceOs(service, repository) === 'windows') continue;
        report({
          messageId: 'service',
          data: { service: service.name, user: user.value },
          region: user.node.reportRegion
        });
      }
    }
  }
});
