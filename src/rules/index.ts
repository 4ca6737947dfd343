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
import tlsVerificationDisabled from './transport/tls-verification-disabled.js';
import plaintextDownload from './transport/plaintext-download.js';
import unverifiedPackages from './transport/unverified-packages.js';
import imageTagMutable from './image-reference/image-tag-mutable.js';

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
  tlsVerificationDisabled,
  plaintextDownload,
  unverifiedPackages,
  imageTagMutable
];

/** A rule by id (case-insensitive) or slug. */
export function findRule(idOrSlug: string): Rule | undefined {
  const key = idOrSlug.toLowerCase();
  return ALL_RULES.find(r => r.meta.id.toLowerCase() === key || r.meta.slug === key);
}
