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
import privateKeyMaterial from './secrets/private-key-material.js';
import tlsVerificationDisabled from './transport/tls-verification-disabled.js';
import plaintextDownload from './transport/plaintext-download.js';
import unverifiedPackages from './transport/unverified-packages.js';
import imageFromInsecureRegistry from './image-reference/image-from-insecure-registry.js';
import imageFromUntrustedRegistry from './image-reference/image-from-untrusted-registry.js';
import imageTagMutable from './image-reference/image-tag-mutable.js';
import windowsBaseEol from './windows-workload/windows-base-eol.js';

/**
 * The rules with a Dockerfile check, in ALL_RULES' order (by id): all a scan of Dockerfiles alone runs
 * (src/rules/load-rules.ts). The catalog test checks this list against the rules' checks.
 */
export const DOCKERFILE_RULES: readonly Rule[] = [
  parseError,
  imageRunsAsRoot,
  windowsImageRunsAsAdmin,
  sudoInBuild,
  grantsAdminRights,
  secretInEnvOrArg,
  secretInBuildCommand,
  secretFileInImage,
  secretBuildArg,
  privateKeyMaterial,
  tlsVerificationDisabled,
  plaintextDownload,
  unverifiedPackages,
  imageFromInsecureRegistry,
  imageFromUntrustedRegistry,
  imageTagMutable,
  windowsBaseEol
];
