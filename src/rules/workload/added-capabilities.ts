import { defineRule } from '../../core/rule.js';
import { serviceList } from '../../targets/compose/service-fields.js';
import {
  baselineCapability,
  isBaselineCapability,
  isExactBaselineCapability
} from '../../targets/kubernetes/baseline-capabilities.js';

/** Whether an added capability goes beyond the baseline set (`sys_admin`, `CAP_NET_ADMIN`, `ALL`). */
function beyondBaseline(capability: string): boolean {
  return !isBaselineCapability(capability);
}

/** BH507: a Linux container adds capabilities beyond the Pod Security baseline set. */
export default defineRule({
  meta: {
    id: 'BH507',
    slug: 'added-capabilities',
    title: 'Capabilities added beyond the baseline',
    description:
      "Capabilities outside the Pod Security baseline set (Docker's defaults) break container isolation: `SYS_ADMIN` is nearly root on the host, `NET_ADMIN` and `NET_RAW` reconfigure and sniff the network, `SYS_PTRACE` reads other processes, `SYS_MODULE` loads kernel modules, and `ALL` grants every one. Each offending entry is reported. In a manifest, a baseline capability spelled otherwise than the standard lists it (`chown`, `CAP_CHOWN`) is reported at low severity: it grants nothing more, but Pod Security admission compares names exactly and rejects the pod in a namespace that enforces baseline (`policy/check_capabilities_baseline.go`), and containerd prefixes `CAP_` itself, so `CAP_CHOWN` does not start. Linux only.",
    severity: 'high',
    remediation:
      'Remove the capability from `securityContext.capabilities.add` (Compose: `cap_add`); start from `drop: ["ALL"]` and add back only what the process needs, such as `NET_BIND_SERVICE`.',
    references: [
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
      'https://github.com/kubernetes/pod-security-admission/blob/master/policy/check_capabilities_baseline.go',
      'https://man7.org/linux/man-pages/man7/capabilities.7.html',
      'https://docs.docker.com/reference/compose-file/services/#cap_add'
    ],
    tags: ['CWE-250', 'CWE-269', 'pss-baseline'],
    messages: {
      container:
        "Container '{container}' adds capability '{capability}', beyond the Pod Security baseline set.",
      spelling:
        "Container '{container}' adds capability '{capability}', which Pod Security admission does not accept as the baseline capability '{canonical}'.",
      service: "Service '{service}' adds capability '{capability}', beyond the Pod Security baseline set."
    },
    whenToIgnore:
      'Network or storage node agents that need a specific capability (for example `NET_ADMIN` for a CNI plugin) in a namespace at the privileged Pod Security level; suppress with a reason.'
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        if (pod.os.os === 'windows') continue; // BH606
        for (const container of pod.containers) {
          for (const item of container.security.capabilities?.get('add')?.items() ?? []) {
            const capability = item.text;
            if (capability === undefined || isExactBaselineCapability(capability)) continue;
            const canonical = baselineCapability(capability);
            if (canonical) {
              report({
                messageId: 'spelling',
                data: { container: container.name, capability, canonical },
                region: item.region,
                severity: 'low',
                properties: pod.properties
              });
              continue;
            }
            report({
              messageId: 'container',
              data: { container: container.name, capability },
              region: item.region,
              properties: pod.properties
            });
          }
        }
      }
    },
    compose({ model, report }) {
      for (const service of model.services) {
        if (service.os.os === 'windows') continue;
        for (const { value, node } of serviceList(service, 'cap_add')) {
          if (beyondBaseline(value))
            report({
              messageId: 'service',
              data: { service: service.name, capability: value },
              region: node.region,
              properties: service.properties
            });
        }
      }
    }
  }
});
