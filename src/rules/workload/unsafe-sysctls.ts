import { defineRule } from '../../core/rule.js';
import { isSafeSysctl } from '../../targets/kubernetes/safe-sysctls.js';

/** BH513: a pod sets a sysctl outside the Pod Security baseline safe set. */
export default defineRule({
  meta: {
    id: 'BH513',
    slug: 'unsafe-sysctls',
    title: 'Unsafe sysctl',
    description:
      "Pod `sysctls` change kernel parameters. Only a small set is namespaced and isolated from other pods on the node; the others either change the whole node (`kernel.*`, `vm.*`) or weaken its defences (`net.ipv4.conf.all.*`, `kernel.core_pattern`), and the kubelet refuses most of them unless an operator allows them. The Pod Security Standards allow only the safe set at the baseline level; this rule mirrors pod-security-admission's `sysctls` check and uses its newest safe set (`policy/check_sysctls.go`, v1.37: `kernel.shm_rmid_forced`, `net.ipv4.ip_local_port_range`, `net.ipv4.ip_unprivileged_port_start`, `net.ipv4.tcp_syncookies`, `net.ipv4.ping_group_range`, `net.ipv4.ip_local_reserved_ports`, `net.ipv4.tcp_keepalive_time`, `net.ipv4.tcp_fin_timeout`, `net.ipv4.tcp_keepalive_intvl`, `net.ipv4.tcp_keepalive_probes`, `net.ipv4.tcp_rmem`, `net.ipv4.tcp_wmem`, `net.ipv4.tcp_slow_start_after_idle`, `net.ipv4.tcp_notsent_lowat`). Names compare exactly, as in admission. Linux only (on a Windows pod `sysctls` is BH606's).",
    severity: 'medium',
    remediation:
      'Remove the sysctl from `spec.securityContext.sysctls`; set node-wide kernel parameters on the nodes (a tuned node pool, a privileged node-setup DaemonSet in its own namespace) instead of from an application pod.',
    references: [
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
      'https://github.com/kubernetes/pod-security-admission/blob/master/policy/check_sysctls.go',
      'https://kubernetes.io/docs/tasks/administer-cluster/sysctl-cluster/'
    ],
    tags: ['CWE-668', 'pss-baseline'],
    messages: {
      pod: "The pod sets sysctl '{sysctl}', outside the Pod Security baseline safe set."
    },
    whenToIgnore:
      'A tuning DaemonSet or a database whose operator allows the sysctl on dedicated nodes (`--allowed-unsafe-sysctls`), in a namespace at the privileged Pod Security level; suppress with a reason.'
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        if (pod.os.os === 'windows') continue; // BH606
        for (const item of pod.spec.at('securityContext', 'sysctls')?.items() ?? []) {
          const name = item.get('name');
          const sysctl = name?.text;
          if (!name || sysctl === undefined || isSafeSysctl(sysctl)) continue;
          report({
            messageId: 'pod',
            data: { sysctl },
            region: name.reportRegion,
            properties: pod.properties
          });
        }
      }
    }
  }
});
