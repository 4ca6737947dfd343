import { defineRule } from '../../core/rule.js';
import { serviceText } from '../../targets/compose/service-fields.js';
import { serviceOs } from '../../targets/compose/service-os.js';
import { isWindowsAdmin } from '../../targets/dockerfile/user-names.js';
import { imageUser } from '../../targets/image-user.js';
import { containerOs } from '../../targets/kubernetes/container-os.js';
import { describeContainers, groupBySetting } from '../../targets/kubernetes/group-by-setting.js';
import { effectiveWindowsOption, isHostProcessPod } from '../../targets/kubernetes/security-context.js';

/** BH601: a Windows container runs as ContainerAdministrator or another admin-equivalent account. */
export default defineRule({
  meta: {
    id: 'BH601',
    slug: 'windows-workload-runs-as-admin',
    title: 'Windows workload runs as an administrator',
    description:
      "A Windows container runs as ContainerAdministrator (or SYSTEM, Administrator): its effective `runAsUserName` says so, or it sets none and its image defaults to an administrator (Server Core, Windows Server and .NET Framework images, or a Dockerfile in the repository). In a process-isolated container an administrator shares the node's kernel and can change the container's whole file system and registry; a kernel or runtime escape starts with full rights.",
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
      compose: "Service '{service}' runs its Windows container as '{user}', an administrator account."
    },
    whenToIgnore:
      'Software that only installs or runs as an administrator, isolated with Hyper-V (a RuntimeClass with the `runhcs-wcow-hypervisor` handler); suppress with the reason.'
  },
  checks: {
    kubernetes({ document, repository, report }) {
      for (const workload of document.workloads) {
        if (isHostProcessPod(workload)) continue; // BH604 rates HostProcess accounts
        const containers = workload.containers.filter(
          c => containerOs(workload, c, repository) === 'windows'
        );
        const byUser = groupBySetting(containers, c => effectiveWindowsOption(workload, c, 'runAsUserName'));
        for (const { setting, containers: group } of byUser) {
          const user = setting.node.text;
          if (user === undefined || !isWindowsAdmin(user)) continue;
          const region = setting.node.reportRegion;
          if (setting.level === 'pod')
            report({ messageId: 'pod', data: { containers: describeContainers(group), user }, region });
          else report({ messageId: 'container', data: { container: group[0]?.name ?? '', user }, region });
        }
        for (const container of containers) {
          if (effectiveWindowsOption(workload, container, 'runAsUserName')) continue;
          const image = container.image?.text;
          const user = imageUser(image, repository);
          if (user?.os !== 'windows' || !isWindowsAdmin(user.user)) continue;
          report({
            messageId: 'image',
            data: { container: container.name, image: image ?? '', user: user.user, reason: user.reason },
            region: container.region,
            ...(user.related ? { relatedLocations: [user.related] } : {})
          });
        }
      }
    },
    compose({ document, repository, report }) {
      for (const service of document.services) {
        const user = serviceText(service, 'user');
        if (!user || !isWindowsAdmin(user.value) || serviceOs(service, repository) !== 'windows') continue;
        report({
          messageId: 'compose',
          data: { service: service.name, user: user.value },
          region: user.node.reportRegion
        });
      }
    }
  }
});
