import { defineRule } from '../../core/rule.js';
import { windowsUserFix } from '../../targets/dockerfile/user-fixes.js';
import { finalImageUser } from '../../targets/dockerfile/final-image-user.js';
import { isWindowsAdmin } from '../../targets/dockerfile/user-names.js';
import { builtFromRelated } from '../../targets/image/built-from-dockerfile.js';
import { USER_LOCATION } from '../../targets/image/image-locations.js';
import { IMAGE_REGION } from '../../targets/image/target.js';
import { windowsDefaultUser } from '../../targets/image/windows-default-user.js';

/** BH102: the final Windows image runs as ContainerAdministrator or another admin-equivalent account. */
export default defineRule({
  meta: {
    id: 'BH102',
    slug: 'windows-image-runs-as-admin',
    title: 'Windows image runs as an administrator',
    description:
      "The final Windows image runs as ContainerAdministrator (or another admin-equivalent account such as SYSTEM), explicitly or because its base image defaults to it: Server Core, Windows Server and .NET Framework images do, Nano Server images run as ContainerUser. An administrator in a process-isolated container shares the host kernel and can change the container's whole file system and registry. In a built image, an empty config `User` means the base's default, which is ContainerAdministrator unless the image is of the Nano Server lineage (since 1709).",
    severity: 'high',
    remediation:
      'End the final stage with `USER ContainerUser` (grant it the folders it writes with `icacls` first), or build on a Nano Server image, which runs as ContainerUser by default.',
    references: [
      'https://learn.microsoft.com/en-us/virtualization/windowscontainers/manage-containers/container-security',
      'https://learn.microsoft.com/en-us/virtualization/windowscontainers/manage-containers/hyperv-container',
      'https://docs.docker.com/reference/dockerfile/#user'
    ],
    tags: ['CWE-250', 'windows'],
    messages: {
      explicit:
        "The final Windows image runs as '{user}', an administrator account, set by USER on line {line}.",
      inherited:
        "The final Windows image runs as '{user}', an administrator account: it is built on this stage, whose USER on line {line} it keeps.",
      byDefault: "The final Windows image runs as '{user}' by default ({reason}); no USER is set.",
      imageUser: "The Windows image runs as '{user}', an administrator account, set by its config User.",
      imageDefault: "The Windows image has no user set, so it runs as '{user}' ({reason})."
    },
    whenToIgnore:
      'Some Windows software only installs or runs as an administrator (for example services that need to register themselves); prefer Hyper-V isolation for such images and suppress with a reason.'
  },
  checks: {
    dockerfile({ document, report }) {
      const final = finalImageUser(document, 'windows');
      if (final && isWindowsAdmin(final.user))
        report({
          messageId: final.how,
          data: final.data,
          region: final.region,
          fixes: [windowsUserFix(document, final)]
        });
    },
    image({ document, repository, report }) {
      if (document.platform.os.toLowerCase() !== 'windows') return;
      const user = document.config.user?.trim() ?? '';
      const fallback = user === '' ? windowsDefaultUser(document.platform, document.history) : undefined;
      if (fallback ? fallback.user !== 'ContainerAdministrator' : !isWindowsAdmin(user)) return;
      report({
        messageId: fallback ? 'imageDefault' : 'imageUser',
        data: fallback ? { user: fallback.user, reason: fallback.reason } : { user },
        region: IMAGE_REGION,
        logical: USER_LOCATION,
        relatedLocations: builtFromRelated(document, repository)
      });
    }
  }
});
