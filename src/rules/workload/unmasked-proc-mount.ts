import { defineRule } from '../../core/rule.js';

/** BH512: a Linux container asks for an unmasked /proc. */
export default defineRule({
  meta: {
    id: 'BH512',
    slug: 'unmasked-proc-mount',
    title: 'Unmasked /proc mount',
    description:
      "Container runtimes mask and mount read-only the parts of `/proc` that expose the host kernel (`/proc/kcore`, `/proc/sys`, `/proc/sysrq-trigger`, …). `procMount: Unmasked` (anything other than `Default`) turns that off, so the container can read kernel memory and change kernel settings. The Pod Security Standards require `Default`; this rule mirrors pod-security-admission's `procMount` check (`policy/check_procMount_baseline.go`). Since policy v1.35 the baseline level allows another value in a pod that runs in a user namespace (`hostUsers: false`), where the unmasked `/proc` belongs to the pod's own user namespace; the restricted level (`check_procMount_restricted.go`) still forbids it. Linux only (on a Windows pod the field is BH606's).",
    severity: 'medium',
    remediation:
      'Remove `securityContext.procMount` or set it to `Default`; a nested container runtime that needs an unmasked `/proc` should run with `hostUsers: false`.',
    references: [
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
      'https://github.com/kubernetes/pod-security-admission/blob/master/policy/check_procMount_baseline.go',
      'https://github.com/kubernetes/pod-security-admission/blob/master/policy/check_procMount_restricted.go',
      'https://kubernetes.io/docs/concepts/workloads/pods/user-namespaces/'
    ],
    tags: ['CWE-668', 'pss-baseline', 'pss-restricted'],
    messages: {
      container: "Container '{container}' unmasks /proc ('procMount: {value}')."
    },
    whenToIgnore:
      'Nested container builds (BuildKit, Podman in a pod) in a namespace at the privileged Pod Security level, where `hostUsers: false` is not available; suppress with a reason.'
  },
  checks: {
    kubernetes({ model, settings, report }) {
      for (const pod of model.pods) {
        if (pod.os.os === 'windows') continue; // BH606
        const userNamespace = pod.spec.get('hostUsers')?.scalar === false;
        if (userNamespace && settings.podSecurityLevel === 'baseline') continue;
        for (const container of pod.containers) {
          const procMount = container.security.procMount;
          const value = procMount?.text;
          if (!procMount || value === undefined || value === 'Default') continue;
          report({
            messageId: 'container',
            data: { container: container.name, value },
            region: procMount.reportRegion,
            properties: pod.properties
          });
        }
      }
    }
  }
});
