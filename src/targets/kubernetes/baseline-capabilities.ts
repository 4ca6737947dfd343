// The capabilities the Pod Security Standards' baseline level allows to be added (Docker's defaults):
// https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline ("Capabilities").
const BASELINE = new Set(
  'AUDIT_WRITE CHOWN DAC_OVERRIDE FOWNER FSETID KILL MKNOD NET_BIND_SERVICE SETFCAP SETGID SETPCAP SETUID SYS_CHROOT'.split(
    ' '
  )
);

/** The baseline capability a spelling stands for (`chown`, `CAP_CHOWN` → `CHOWN`), or undefined. */
export function baselineCapability(capability: string): string | undefined {
  const name = capability.trim().toUpperCase().replace(/^CAP_/, '');
  return BASELINE.has(name) ? name : undefined;
}

/**
 * Whether an added capability is spelled exactly as the Pod Security Standards list it: admission
 * compares strings, so `chown` or `CAP_CHOWN` is rejected by a namespace that enforces baseline
 * (pod-security-admission `policy/check_capabilities_baseline.go`).
 */
export function isExactBaselineCapability(capability: string): boolean {
  return BASELINE.has(capability);
}

/**
 * Whether an added capability is in the baseline set, in any spelling the runtimes accept
 * (`chown`, `CAP_CHOWN`): what it grants decides BH507, not how it is written.
 */
export function isBaselineCapability(capability: string): boolean {
  return baselineCapability(capability) !== undefined;
}
