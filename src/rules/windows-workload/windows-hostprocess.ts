import { defineRule } from '../../core/rule.js';
import type { Severity } from '../../core/severity.js';
import { isWindowsAdmin } from '../../targets/dockerfile/user-names.js';
import { describeContainers, groupBySetting } from '../../targets/kubernetes/group-by-setting.js';
import type { ContainerModel } from '../../model/workload-model.js';
import type { EffectiveSetting } from '../../targets/kubernetes/security-context.js';
import { printableUserName } from '../../targets/kubernetes/run-as-user-name.js';

/** BH604: HostProcess containers run on the Windows node itself, rated by the account they run as. */
export default defineRule({
  meta: {
    id: 'BH604',
    slug: 'windows-hostprocess',
    title: 'Windows HostProcess container',
    description:
      "A HostProcess container is a process on the Windows node, not a container: no file system, process or network isolation, access to the node's storage, devices, services and event logs as far as its account allows. As `NT AUTHORITY\\SYSTEM` (or with no account set) that is full control of the node and of every pod on it (critical); as `LOCAL SERVICE`, `NETWORK SERVICE` or a local group it is still unisolated host software (high). Pod Security Admission allows it only at the privileged level.",
    severity: 'critical',
    remediation:
      'Use HostProcess only for node agents (CNI, CSI, kube-proxy, log and metric collectors), in a namespace at the privileged Pod Security level that few people can write to. Run them as `NT AUTHORITY\\LOCAL SERVICE` (or `NETWORK SERVICE`, or a dedicated local group), never SYSTEM unless the agent truly needs it, and set `os.name: windows`. Ordinary workloads should be regular Windows containers as `ContainerUser` with `runAsNonRoot: true`.',
    references: [
      'https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/',
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/',
      'https://learn.microsoft.com/en-us/windows/win32/services/localsystem-account'
    ],
    tags: ['CWE-250', 'windows'],
    messages: {
      container:
        "Container '{container}' is a HostProcess container: it runs on the node, without isolation, as '{account}'.",
      pod: "The pod's 'hostProcess: true' makes {containers} run on the node, without isolation, as '{account}'.",
      containerNoAccount:
        "Container '{container}' is a HostProcess container with no runAsUserName: it runs on the node, without isolation, as the image's user or else the runtime's own account, 'NT AUTHORITY\\SYSTEM'.",
      podNoAccount:
        "The pod's 'hostProcess: true' with no runAsUserName makes {containers} run on the node, without isolation, as the image's user or else the runtime's own account, 'NT AUTHORITY\\SYSTEM'."
    },
    whenToIgnore:
      'A reviewed node agent that needs SYSTEM (for example one that manages services or the host network stack), deployed by cluster administrators into a locked-down namespace; record the reason in the suppression.'
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        const hostProcess = pod.containers.filter(c => c.security.hostProcess?.node.isTrue === true);
        const reportAccount = (at: EffectiveSetting, containers: ContainerModel[], atPod: boolean) => {
          const accounts = containers.map(c => c.security.runAsUserName?.node.text);
          // The most powerful account decides: unset first, then an admin, then any other.
          const named = accounts.filter((a): a is string => a !== undefined);
          const account =
            named.length < accounts.length ? undefined : (named.find(a => isWindowsAdmin(a)) ?? named[0]);
          const severity: Severity = account === undefined || isWindowsAdmin(account) ? 'critical' : 'high';
          const messageId =
            account === undefined
              ? atPod
                ? 'podNoAccount'
                : 'containerNoAccount'
              : atPod
                ? 'pod'
                : 'container';
          report({
            messageId,
            data: {
              container: containers[0]?.name ?? '',
              containers: describeContainers(containers),
              account: printableUserName(account ?? '')
            },
            region: at.node.reportRegion,
            severity,
            properties: pod.properties
          });
        };
        for (const { setting, containers } of groupBySetting(hostProcess, c => c.security.hostProcess)) {
          // Under the pod's hostProcess, a container that names its own account runs as that one: it is
          // reported at its runAsUserName, rated by it, not named among the pod account's containers.
          const own =
            setting.level === 'pod'
              ? containers.filter(c => c.security.runAsUserName?.level === 'container')
              : [];
          const rest = containers.filter(c => !own.includes(c));
          if (rest.length) reportAccount(setting, rest, setting.level === 'pod');
          for (const container of own)
            reportAccount(container.security.runAsUserName as EffectiveSetting, [container], false);
        }
      }
    }
  }
});
