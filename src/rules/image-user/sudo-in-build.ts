import { defineRule } from '../../core/rule.js';
import { runScripts } from '../../targets/dockerfile/run-commands.js';

/** BH103: `sudo` used as a command in RUN. */
export default defineRule({
  meta: {
    id: 'BH103',
    slug: 'sudo-in-build',
    title: 'sudo used in a build command',
    description:
      "`sudo` in a RUN step means the image has sudo installed and configured for the build user, which usually stays in the final image as an easy path from the application user to root. It also behaves unpredictably in builds (TTY requirements, environment resets). Installing the `sudo` package or editing `/etc/sudoers` is not this rule's concern (see BH104).",
    severity: 'medium',
    remediation:
      'Run privileged build steps before switching users (`USER root` … `USER app`), or use `gosu`/`su-exec` in an entrypoint that drops privileges; do not ship sudo.',
    references: [
      'https://docs.docker.com/build/building/best-practices/#user',
      'https://github.com/hadolint/hadolint/wiki/DL3004'
    ],
    tags: ['CWE-250'],
    messages: { sudo: "RUN invokes '{command}'." }
  },
  checks: {
    dockerfile({ document, report }) {
      for (const run of runScripts(document)) {
        // A command run through sudo is listed as the command it runs, with sudo among its wrappers.
        const sudo = run.commands.flatMap(c => [...(c.wrappers ?? []), c]).find(c => c.program === 'sudo');
        if (!sudo) continue;
        const command = [sudo.name, ...sudo.args.slice(0, 3)].map(w => w.value).join(' ');
        report({ messageId: 'sudo', data: { command }, region: run.instruction.region });
      }
    }
  }
});
