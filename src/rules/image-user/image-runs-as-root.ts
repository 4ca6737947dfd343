import { defineRule } from '../../core/rule.js';
import { finalImageUser } from '../../targets/dockerfile/final-image-user.js';
import { isLinuxRoot } from '../../targets/dockerfile/user-names.js';

/** BH101: the final Linux image runs as root. */
export default defineRule({
  meta: {
    id: 'BH101',
    slug: 'image-runs-as-root',
    title: 'Linux image runs as root',
    description:
      'The final image runs its process as root, explicitly or because no USER is set and Docker defaults to root. A process that is root inside the container is root on the host after any container escape, and can modify everything in the image at run time. Only the final stage and the stages it is built FROM count; builder stages never ship.',
    severity: 'high',
    remediation:
      'Create an unprivileged user and switch to it at the end of the final stage (`RUN useradd --uid 10001 app` then `USER 10001`), or build FROM an image that already runs as non-root (e.g. distroless `:nonroot`).',
    references: [
      'https://docs.docker.com/reference/dockerfile/#user',
      'https://docs.docker.com/build/building/best-practices/#user'
    ],
    tags: ['CWE-250', 'cis-docker-4.1'],
    messages: {
      explicit: "The final image runs as '{user}', set by USER on line {line}.",
      inherited:
        "The final image runs as '{user}': it is built on this stage, whose USER on line {line} it keeps.",
      byDefault: "The final image runs as '{user}' by default ({reason}); no USER is set."
    },
    whenToIgnore:
      'An image that must start as root to drop privileges itself (for example an entrypoint that calls `gosu`/`su-exec`); suppress with a reason.'
  },
  checks: {
    dockerfile({ document, report }) {
      const final = finalImageUser(document, 'linux');
      if (final && isLinuxRoot(final.user))
        report({ messageId: final.how, data: final.data, region: final.region });
    }
  }
});
