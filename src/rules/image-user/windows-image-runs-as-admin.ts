import { defineRule } from '../../core/rule.js';
import { finalImageUser } from '../../targets/dockerfile/final-image-user.js';
import { isWindowsAdmin } from '../../targets/dockerfile/user-names.js';

/** BH102: the final Windows image runs as ContainerAdministrator or another admin-equivalent account. */
export default defineRule({
  meta: {
    id: 'BH102',
    slug: 'windows-image-runs-as-admin',
    title: 'Windows image runs as an administrator',
    description:
      "The final Windows image runs as ContainerAdministrator (or another admin-equivalent account such as SYSTEM), explicitly or because its base image defaults to it: Server Core, Windows Server and .NET Framework images do, Nano Server images run as ContainerUser. An administrator in a process-isolated container shares the host kernel and can change the container's whole file system and registry.",
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
      byDefault: "The final Windows image runs as '{user}' by default ({reason}); no USER is set."
    },
    whenToIgnore:
      'Some Windows software only installs or runs as an administrator (for example services that need to register themselves); prefer Hyper-V isolation for such images and suppress with a reason.'
  },
  checks: {
    dockerfile({ document, report }) {
      const final = finalImageUser(document, 'windows');
      if (final && isWindowsAdmin(final.user))
        report({ messageId: final.how, data: final.data, region: final.region });
    }
  }
});
