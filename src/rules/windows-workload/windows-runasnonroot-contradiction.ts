import { defineRule } from '../../core/rule.js';
import { describeContainers, groupBySetting } from '../../targets/kubernetes/group-by-setting.js';

// The kubelet's Windows `verifyRunAsNonRoot` compares the whole name, case-insensitively, with this one
// account (kubernetes pkg/kubelet/kuberuntime/security_context_windows.go).
const isContainerAdministrator = (user: string | undefined): boolean =>
  user?.toLowerCase() === 'containeradministrator';

/** BH611: `runAsNonRoot: true` with ContainerAdministrator: the kubelet refuses to start the container. */
export default defineRule({
  meta: {
    id: 'BH611',
    slug: 'windows-runasnonroot-contradiction',
    title: 'runAsNonRoot contradicts ContainerAdministrator',
    description:
      'On Windows the kubelet enforces `runAsNonRoot: true` by name: a container whose effective `runAsUserName`, or, when none is set, whose image\'s configured user is `ContainerAdministrator` never starts (CreateContainerConfigError). The manifest asks for two contradicting things; the usual "fix" of dropping `runAsNonRoot` leaves the container running as an administrator. Server Core\'s empty default user passes this check and is reported by BH601 instead.',
    severity: 'medium',
    remediation:
      'Keep `runAsNonRoot: true` and run the container as `ContainerUser` (`windowsOptions.runAsUserName: ContainerUser`, or `USER ContainerUser` at the end of its Dockerfile), granting it the folders it writes with `icacls`.',
    references: [
      'https://kubernetes.io/docs/tasks/configure-pod-container/configure-runasusername/',
      'https://kubernetes.io/docs/concepts/windows/intro/#compatibility-v1-pod-spec-containers-securitycontext'
    ],
    tags: ['CWE-1284', 'windows'],
    messages: {
      container:
        "Container '{container}' runs as '{user}' with runAsNonRoot true: the kubelet refuses to start it.",
      pod: "The pod's runAsUserName '{user}' contradicts runAsNonRoot true: the kubelet refuses to start {containers}.",
      image:
        "Container '{container}' sets runAsNonRoot true and no runAsUserName, but image '{image}' is configured to run as '{user}' ({reason}): the kubelet refuses to start it."
    }
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        if (pod.os.os !== 'windows') continue;
        const { properties } = pod;
        const nonRoot = pod.containers.filter(c => c.security.runAsNonRoot?.node.isTrue === true);
        const byUser = groupBySetting(nonRoot, c => c.security.runAsUserName);
        for (const { setting, containers } of byUser) {
          const user = setting.node.text;
          if (!isContainerAdministrator(user)) continue;
          const data = {
            user: user ?? '',
            container: containers[0]?.name ?? '',
            containers: describeContainers(containers)
          };
          report({ messageId: setting.level, data, region: setting.node.reportRegion, properties });
        }
        for (const container of nonRoot) {
          if (container.security.runAsUserName) continue;
          const image = container.imageFacts;
          const user = image?.user;
          if (!user?.explicit || user.os === 'linux' || !isContainerAdministrator(user.user)) continue;
          report({
            messageId: 'image',
            data: {
              container: container.name,
              image: image?.text ?? '',
              user: user.user,
              reason: user.reason
            },
            region: container.region,
            properties,
            ...(user.related ? { relatedLocations: [user.related] } : {})
          });
        }
      }
    }
  }
});
