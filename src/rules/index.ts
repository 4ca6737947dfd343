import type { Rule } from '../core/rule.js';
import parseError from './scanner/parse-error.js';
import imageRunsAsRoot from './image-user/image-runs-as-root.js';
import windowsImageRunsAsAdmin from './image-user/windows-image-runs-as-admin.js';
import sudoInBuild from './image-user/sudo-in-build.js';
import grantsAdminRights from './image-user/grants-admin-rights.js';
import secretInEnvOrArg from './secrets/secret-in-env-or-arg.js';
import secretInBuildCommand from './secrets/secret-in-build-command.js';
import secretFileInImage from './secrets/secret-file-in-image.js';
import secretBuildArg from './secrets/secret-build-arg.js';
import secretInWorkloadEnv from './workload/secret-in-workload-env.js';
import secretObjectCommitted from './workload/secret-object-committed.js';
import privateKeyMaterial from './secrets/private-key-material.js';
import registryCredentialsInConfig from './registry/registry-credentials-in-config.js';
import secretInConfigmap from './secrets/secret-in-configmap.js';
import tlsVerificationDisabled from './transport/tls-verification-disabled.js';
import plaintextDownload from './transport/plaintext-download.js';
import unverifiedPackages from './transport/unverified-packages.js';
import imageFromInsecureRegistry from './image-reference/image-from-insecure-registry.js';
import imageFromUntrustedRegistry from './image-reference/image-from-untrusted-registry.js';
import imageTagMutable from './image-reference/image-tag-mutable.js';

import privilegedContainer from './workload/privileged-container.js';
import workloadRunsAsRoot from './workload/workload-runs-as-root.js';
import privilegeEscalationAllowed from './workload/privilege-escalation-allowed.js';
import hostNamespaces from './workload/host-namespaces.js';
import hostPathMount from './workload/host-path-mount.js';
import adminWithHostAccess from './workload/admin-with-host-access.js';
import addedCapabilities from './workload/added-capabilities.js';
import missingResourceLimits from './workload/missing-resource-limits.js';
import seccompUnconfined from './workload/seccomp-unconfined.js';
import hostPort from './workload/host-port.js';
import capabilitiesNotDropped from './workload/capabilities-not-dropped.js';
import unmaskedProcMount from './workload/unmasked-proc-mount.js';
import unsafeSysctls from './workload/unsafe-sysctls.js';
import macPolicyOverride from './workload/mac-policy-override.js';
import restrictedVolumeType from './workload/restricted-volume-type.js';
import hostProbe from './workload/host-probe.js';
import serviceAccountTokenAutomount from './workload/service-account-token-automount.js';
import windowsWorkloadRunsAsAdmin from './windows-workload/windows-workload-runs-as-admin.js';
import windowsUserUnset from './windows-workload/windows-user-unset.js';
import windowsPrivilegedUnsupported from './windows-workload/windows-privileged-unsupported.js';
import windowsHostprocess from './windows-workload/windows-hostprocess.js';
import windowsHostprocessInvalid from './windows-workload/windows-hostprocess-invalid.js';
import linuxFieldOnWindowsPod from './windows-workload/linux-field-on-windows-pod.js';
import windowsOptionsOnLinuxPod from './windows-workload/windows-options-on-linux-pod.js';
import invalidRunAsUserName from './windows-workload/invalid-run-as-user-name.js';
import windowsSecretOnNodeDisk from './windows-workload/windows-secret-on-node-disk.js';
import windowsSchedulingUnpinned from './windows-workload/windows-scheduling-unpinned.js';
import windowsRunasnonrootContradiction from './windows-workload/windows-runasnonroot-contradiction.js';
import windowsBuildMismatch from './windows-workload/windows-build-mismatch.js';
import windowsBaseEol from './windows-workload/windows-base-eol.js';

import registryPlainHttp from './registry/registry-plain-http.js';
import registryTlsUnverified from './registry/registry-tls-unverified.js';
import dockerDaemonExposed from './registry/docker-daemon-exposed.js';
import weakImageTrustPolicy from './registry/weak-image-trust-policy.js';
import shortNameAmbiguity from './registry/short-name-ambiguity.js';

/** Every rule, sorted by id. The catalog test checks this list against the files on disk. */
export const ALL_RULES: readonly Rule[] = [
  parseError,
  imageRunsAsRoot,
  windowsImageRunsAsAdmin,
  sudoInBuild,
  grantsAdminRights,
  secretInEnvOrArg,
  secretInBuildCommand,
  secretFileInImage,
  secretBuildArg,
  secretInWorkloadEnv,
  secretObjectCommitted,
  privateKeyMaterial,
  registryCredentialsInConfig,
  secretInConfigmap,
  tlsVerificationDisabled,
  plaintextDownload,
  unverifiedPackages,
  imageFromInsecureRegistry,
  imageFromUntrustedRegistry,
  imageTagMutable,
  privilegedContainer,
  workloadRunsAsRoot,
  privilegeEscalationAllowed,
  hostNamespaces,
  hostPathMount,
  adminWithHostAccess,
  addedCapabilities,
  missingResourceLimits,
  seccompUnconfined,
  hostPort,
  capabilitiesNotDropped,
  unmaskedProcMount,
  unsafeSysctls,
  macPolicyOverride,
  restrictedVolumeType,
  hostProbe,
  serviceAccountTokenAutomount,
  windowsWorkloadRunsAsAdmin,
  windowsUserUnset,
  windowsPrivilegedUnsupported,
  windowsHostprocess,
  windowsHostprocessInvalid,
  linuxFieldOnWindowsPod,
  windowsOptionsOnLinuxPod,
  invalidRunAsUserName,
  windowsSecretOnNodeDisk,
  windowsSchedulingUnpinned,
  windowsRunasnonrootContradiction,
  windowsBuildMismatch,
  windowsBaseEol,
  registryPlainHttp,
  registryTlsUnverified,
  dockerDaemonExposed,
  weakImageTrustPolicy,
  shortNameAmbiguity
];

/** A rule by id (case-insensitive) or slug. */
export function findRule(idOrSlug: string): Rule | undefined {
  const key = idOrSlug.toLowerCase();
  return ALL_RULES.find(r => r.meta.id.toLowerCase() === key || r.meta.slug === key);
}
