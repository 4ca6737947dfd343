import { defineRule } from '../../core/rule.js';
import { serviceList } from '../../targets/compose/service-fields.js';

// The capabilities the Pod Security Standards' baseline level allows to be added (Docker's defaults).
const BASELINE = new Set(
  'AUDIT_WRITE CHOWN DAC_OVERRIDE FOWNER FSETID KILL MKNOD NET_BIND_SERVICE SETFCAP SETGID SETPCAP SETUID SYS_CHROOT'.split(
    ' '
  )
);

/** Whether an added capability goes beyond the baseline set (`sys_admin`, `CAP_NET_ADMIN`, `ALL`). */
function beyondBaseline(capability: string): boolean {
  return !BASELINE.has(capability.trim().toUpperCase().replace(/^CAP_/, ''));
}

/** BH507: a Linux container adds capabilities beyond the Pod Security baseline set. */
export default defineRule({
  meta: {
    id: 'BH507',
    slug: 'added-capabilities',
    title: 'Capabilities added beyond the baseline',
    description:
      "Capabilities outside the Pod Security baseline set (Docker's defaults) break container isolation: `SYS_ADMIN` is nearly root on the host, `NET_ADMIN` and `NET_RAW` reconfigure and sniff the network, `SYS_PTRACE` reads other processes, `SYS_MODULE` loads kernel modules, and `ALL` grants every one. Each offending entry is reported. Linux only.",
    severity: 'high',
    remediation:
      'Remove the capability from `securityContext.capabilities.add` (Compose: `cap_add`); start from `drop: ["ALL"]` and add back only what the process needs, such as `NET_BIND_SERVICE`.',
    references: [
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
      'https://man7.org/linux/man-pages/man7/capabilities.7.html',
      'https://docs.docker.com/reference/compose-file/services/#cap_add'
    ],
    tags: ['CWE-250', 'CWE-269', 'pss-baseline'],
    messages: {
      container:
        "Container '{container}' adds capability '{capability}', beyond the Pod Security baseline set.",
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
            if (capability === undefined || !beyondBaseline(capability)) continue;
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
