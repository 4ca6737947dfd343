import { defineRule } from '../../core/rule.js';
import { composeAdminReport } from '../../model/compose-admin-report.js';
import { isWindowsAdmin } from '../../targets/dockerfile/user-names.js';
import { describeContainers, groupBySetting } from '../../targets/kubernetes/group-by-setting.js';
import { fixes, replaceSettingFix, windowsUserFix } from '../../targets/kubernetes/security-context-fixes.js';

/** BH601: a Windows container runs as ContainerAdministrator or another admin-equivalent account. */
export default defineRule({
  meta: {
    id: 'BH601',
    slug: 'windows-workload-runs-as-admin',
    title: 'Windows workload runs as an administrator',
    description:
      "A Windows container runs as ContainerAdministrator (or SYSTEM, Administrator): its effective `runAsUserName` says so, or it sets none and its image defaults to an administrator (Server Core, Windows Server and .NET Framework images, or a Dockerfile in the repository). A pod that sets `windowsOptions` (a kustomize patch, a partial manifest) is a Windows workload unless `os.name: linux` says otherwise (then BH607). In a process-isolated container an administrator shares the node's kernel and can change the container's whole file system and registry; a kernel or runtime escape starts with full rights.",
    severity: 'high',
    remediation:
      'Set `securityContext.windowsOptions.runAsUserName: ContainerUser` on the pod (remove administrator accounts from containers), add `runAsNonRoot: true` so the kubelet refuses ContainerAdministrator, and declare `os.name: windows`; in Compose, set `user: ContainerUser`. Grant ContainerUser the folders it writes in the Dockerfile (`icacls`) instead of running as an administrator.',
    references: [
      'https://kubernetes.io/docs/tasks/configure-pod-container/configure-runasusername/',
      'https://kubernetes.io/docs/concepts/security/windows-security/',
      'https://learn.microsoft.com/en-us/virtualization/windowscontainers/manage-containers/container-security'
    ],
    tags: ['CWE-250', 'windows'],
    messages: {
      container: "Container '{container}' runs as '{user}', an administrator account.",
      pod: "The pod runs {containers} as '{user}', an administrator account.",
      image:
        "Container '{container}' sets no runAsUserName, so image '{image}' runs it as '{user}', an administrator account ({reason}).",
      compose: "Service '{service}' runs its Windows container as '{user}', an administrator account.",
      composeImage:
        "Service '{service}' sets no user, so its image runs its Windows container as '{user}', an administrator account ({reason})."
    },
    whenToIgnore:
      'Software that only installs or runs as an administrator, isolated with Hyper-V (a RuntimeClass with the `runhcs-wcow-hypervisor` handler); suppress with the reason.'
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        // `windowsOptions` make a pod Windows unless it is known to be Linux (then BH607); HostProcess is BH604's.
        if (pod.os.os !== 'windows' || pod.hostProcess) continue;
        const { properties } = pod;
        for (const { setting, containers } of groupBySetting(pod.containers, c => c.security.runAsUserName)) {
          const user = setting.node.text;
          if (user === undefined || !isWindowsAdmin(user)) continue;
          const region = setting.node.reportRegion;
          if (setting.level === 'pod')
            report({
              messageId: 'pod',
              data: { containers: describeContainers(containers), user },
              region,
              properties,
              ...fixes(
                replaceSettingFix(setting.node, 'ContainerUser', 'review', "the pod's 'runAsUserName'")
              )
            });
          else
            report({
              messageId: 'container',
              data: { container: containers[0]?.name ?? '', user },
              region,
              properties,
              ...fixes(containers.length === 1 ? windowsUserFix(pod, containers[0]) : undefined)
            });
        }
        for (const container of pod.containers) {
          const user = container.imageFacts?.user;
          if (container.security.runAsUserName || user?.os !== 'windows' || !isWindowsAdmin(user.user))
            continue;
          report({
            messageId: 'image',
            data: {
              container: container.name,
              image: container.imageFacts?.text ?? '',
              user: user.user,
              reason: user.reason
            },
            region: container.region,
            properties,
            ...fixes(windowsUserFix(pod)),
            ...(user.related ? { relatedLocations: [user.related] } : {})
          });
        }
      }
    },
    compose({ model, report }) {
      // `admin`: its `user:`, else the image's default user (the base table or the repo Dockerfile it builds).
      for (const service of model.services) {
        if (service.os.os !== 'windows') continue;
        const found = composeAdminReport(service, { user: 'compose', image: 'composeImage' });
        if (found) report(found);
      }
    }
  }
});
