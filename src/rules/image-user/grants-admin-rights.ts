import { defineRule } from '../../core/rule.js';
import { runScripts } from '../../targets/dockerfile/run-commands.js';
import { findAdminGrant } from '../../targets/shell/admin-grants.js';

/** BH104: RUN adds a user to an admin group or grants passwordless root. */
export default defineRule({
  meta: {
    id: 'BH104',
    slug: 'grants-admin-rights',
    title: 'Build grants administrator rights to an account',
    description:
      'A RUN step adds an account to an administrators group (sudo, wheel, root, admin; Windows Administrators) or writes a passwordless sudo rule. Whatever user the image later runs as, that account can become root or administrator without a password, which undoes the point of a non-root USER.',
    severity: 'medium',
    remediation:
      'Do not add image accounts to admin groups or NOPASSWD sudoers rules; do the privileged work at build time as root (or ContainerAdministrator) and run as an ordinary account.',
    references: [
      'https://docs.docker.com/build/building/best-practices/#user',
      'https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.localaccounts/add-localgroupmember'
    ],
    tags: ['CWE-269', 'CWE-250'],
    messages: { grant: 'RUN grants administrator rights: {grant}.' }
  },
  checks: {
    dockerfile({ document, report }) {
      for (const run of runScripts(document)) {
        for (const command of run.commands) {
          const grant = findAdminGrant(command);
          if (grant)
            report({
              messageId: 'grant',
              data: { grant: grant.description },
              region: run.instruction.region
            });
        }
      }
    }
  }
});
