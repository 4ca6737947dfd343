/**
 * The sysctls the Pod Security Standards' baseline level allows, as of pod-security-admission policy
 * v1.37 (`policy/check_sysctls.go`, `sysctlsAllowedV1Dot37`; also listed on
 * https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline "Sysctls"). The set only
 * grows between releases; the newest one is used so that a pod a current cluster admits is never
 * reported.
 */
const SAFE_SYSCTLS = new Set([
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.ip_unprivileged_port_start',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  // v1.27
  'net.ipv4.ip_local_reserved_ports',
  // v1.29
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
  // v1.32
  'net.ipv4.tcp_rmem',
  'net.ipv4.tcp_wmem',
  // v1.37
  'net.ipv4.tcp_slow_start_after_idle',
  'net.ipv4.tcp_notsent_lowat'
]);

/** Whether a pod sysctl is in the baseline safe set (names compare exactly, as Pod Security Admission does). */
export function isSafeSysctl(name: string): boolean {
  return SAFE_SYSCTLS.has(name);
}
