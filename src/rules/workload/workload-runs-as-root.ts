import { defineRule } from '../../core/rule.js';
import { composeAdminReport } from '../../model/compose-admin-report.js';
import type { ContainerModel } from '../../model/workload-model.js';
import { groupBySetting, quotedNames } from '../../targets/kubernetes/group-by-setting.js';
import { fixes, nonRootFix, unprivilegedUidFix } from '../../targets/kubernetes/security-context-fixes.js';

/** BH502: a Linux workload runs as root, explicitly or by its image's default. */
export default defineRule({
  meta: {
    id: 'BH502',
    slug: 'workload-runs-as-root',
    title: 'Workload runs as root',
    description:
      "A Linux container runs as uid 0: `runAsUser: 0`, a Compose `user: root`, or nothing in the workload (no `runAsNonRoot`/`runAsUser`, no Compose `user:`) while its image runs as root (known from the repository's Dockerfile, for Compose the one its `build` names, or a well-known base image). Root in a container can change its whole file system and is root on the node after any escape. At the `restricted` level a container whose image user is unknown is reported too: only `runAsNonRoot: true` makes the kubelet check. Windows pods are BH601's concern.",
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
      service: "Service '{service}' runs as root ('user: {user}').",
      serviceImageRoot:
        "Service '{service}' runs as '{user}' because its image does ({reason}) and no 'user' is set."
    },
    whenToIgnore:
      'An entrypoint that starts as root only to drop privileges itself (`gosu`, `su-exec`) before running the workload; suppress with a reason.'
  },
  checks: {
    kubernetes({ model, settings, report }) {
      for (const pod of model.pods) {
        if (pod.os.os === 'windows') continue; // BH601
        const { properties } = pod;
        for (const container of pod.containers) {
          const { runAs, name, region, imageFacts } = container;
          const fix = (imageRoot: boolean) => fixes(nonRootFix(container, imageRoot));
          const data = { container: name, image: imageFacts?.text ?? '' };
          const found = { data, region, severity: 'medium', properties } as const;
          if (runAs.how === 'image' && runAs.root) {
            const { user, reason, related } = runAs.image;
            const relatedLocations = related ? [related] : undefined;
            const reported = { ...found, data: { ...data, user, reason }, relatedLocations };
            report({ messageId: 'imageRoot', ...reported, ...fix(true) });
          } else if (runAs.how === 'unknown' && settings.podSecurityLevel === 'restricted' && data.image)
            report({ messageId: 'unknownImage', ...found, ...fix(false) });
        }
        const explicitRoot = (c: ContainerModel) =>
          c.runAs.how === 'runAsUser' && c.runAs.uid === 0 ? c.runAs.setting : undefined;
        for (const { setting, containers } of groupBySetting(pod.containers, explicitRoot)) {
          report({
            messageId: setting.level === 'pod' ? 'podRunAsUser' : 'runAsUser',
            data: { container: containers[0]?.name ?? '', containers: quotedNames(containers) },
            region: setting.node.reportRegion,
            properties,
            ...fixes(unprivilegedUidFix(setting.node))
          });
        }
      }
    },
    compose({ model, report }) {
      for (const service of model.services) {
        if (service.os.os === 'windows') continue; // BH601
        const found = composeAdminReport(service, {
          user: 'service',
          image: 'serviceImageRoot',
          imageSeverity: 'medium'
        });
        if (found) report(found);
      }
    }
  }
});
