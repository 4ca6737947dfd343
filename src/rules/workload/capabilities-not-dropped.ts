import { defineRule } from '../../core/rule.js';
import { isExactBaselineCapability } from '../../targets/kubernetes/baseline-capabilities.js';
import { containerSettingFix, fixes } from '../../targets/kubernetes/security-context-fixes.js';

/** BH511: at the restricted level, a Linux container keeps the default capabilities. */
export default defineRule({
  meta: {
    id: 'BH511',
    slug: 'capabilities-not-dropped',
    title: 'Capabilities not dropped',
    description:
      "Container runtimes start every process with a default capability set (`CHOWN`, `DAC_OVERRIDE`, `FOWNER`, `SETUID`, `NET_RAW` on some runtimes, …) that an attacker inside the container can use. The restricted Pod Security Standard requires each container to drop `ALL` and to add back nothing but `NET_BIND_SERVICE`; this rule mirrors pod-security-admission's `capabilities_restricted` check (`policy/check_capabilities_restricted.go`), which compares names exactly, so a `drop` of `all` does not satisfy it. Adding a capability beyond the baseline set (`SYS_ADMIN`, …) or spelled otherwise than the standard lists it (`chown`) is BH507's finding; this rule reports only the missing drop and the baseline capabilities added back. Restricted level only. Linux only: since policy v1.25 Pod Security Admission exempts Windows pods, whose API rejects `capabilities`.",
    severity: 'low',
    remediation:
      'Set `securityContext.capabilities.drop: ["ALL"]` on every container (init containers too) and add back only `NET_BIND_SERVICE` when the process binds a port below 1024.',
    references: [
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted',
      'https://github.com/kubernetes/pod-security-admission/blob/master/policy/check_capabilities_restricted.go',
      'https://man7.org/linux/man-pages/man7/capabilities.7.html'
    ],
    tags: ['CWE-250', 'pss-restricted'],
    messages: {
      notDropped: "Container '{container}' does not drop all capabilities (no 'ALL' in 'capabilities.drop').",
      added:
        "Container '{container}' adds capability '{capability}'; the restricted level allows only 'NET_BIND_SERVICE'."
    },
    whenToIgnore:
      'A container that needs one baseline capability back (for example `CHOWN` in an init container that fixes volume ownership) in a namespace at the baseline Pod Security level; suppress with a reason.'
  },
  checks: {
    kubernetes({ model, settings, report }) {
      if (settings.podSecurityLevel !== 'restricted') return;
      for (const pod of model.pods) {
        if (pod.os.os === 'windows') continue; // BH606
        const { properties } = pod;
        for (const container of pod.containers) {
          const data = { container: container.name };
          const capabilities = container.security.capabilities;
          const drop = capabilities?.get('drop');
          const listed = drop && drop.kind !== 'null';
          if (!drop?.items().some(item => item.text === 'ALL'))
            report({
              messageId: 'notDropped',
              data,
              // A `drop` list without ALL is the offending field; no list at all is a missing setting.
              region: listed ? drop.reportRegion : container.region,
              properties,
              // Review: a process that needs a default capability (CHOWN, SETUID) stops working.
              ...fixes(
                listed
                  ? undefined
                  : containerSettingFix(container, ['capabilities', 'drop'], '[ALL]', 'review')
              )
            });
          for (const item of capabilities?.get('add')?.items() ?? []) {
            const capability = item.text;
            // Anything but an exact baseline name (beyond the set, or `chown` spelled otherwise) is BH507's.
            if (capability === undefined || capability === 'NET_BIND_SERVICE') continue;
            if (isExactBaselineCapability(capability))
              report({ messageId: 'added', data: { ...data, capability }, region: item.region, properties });
          }
        }
      }
    }
  }
});
