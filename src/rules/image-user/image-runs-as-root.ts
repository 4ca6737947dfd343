import { defineRule } from '../../core/rule.js';
import { linuxUserFix } from '../../targets/dockerfile/user-fixes.js';
import { finalImageUser } from '../../targets/dockerfile/final-image-user.js';
import { isLinuxRoot } from '../../targets/dockerfile/user-names.js';
import { builtFromRelated } from '../../targets/image/built-from-dockerfile.js';
import { USER_LOCATION } from '../../targets/image/image-locations.js';
import { IMAGE_REGION } from '../../targets/image/target.js';

/** BH101: the final Linux image runs as root. */
export default defineRule({
  meta: {
    id: 'BH101',
    slug: 'image-runs-as-root',
    title: 'Linux image runs as root',
    description:
      'The final image runs its process as root, explicitly or because no USER is set and Docker defaults to root. A process that is root inside the container is root on the host after any container escape, and can modify everything in the image at run time. Only the final stage and the stages it is built FROM count; builder stages never ship. In a built image, the config `User` decides: empty or absent means root.',
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
      byDefault: "The final image runs as '{user}' by default ({reason}); no USER is set.",
      imageUser: "The image runs as '{user}', set by its config User.",
      imageNoUser: 'The image has no user set (runs as root by default).'
    },
    whenToIgnore:
      'An image that must start as root to drop privileges itself (for example an entrypoint that calls `gosu`/`su-exec`); suppress with a reason.'
  },
  checks: {
    dockerfile({ document, report }) {
      const final = finalImageUser(document, 'linux');
      if (!final || !isLinuxRoot(final.user)) return;
      const fix = linuxUserFix(document, final);
      report({
        messageId: final.how,
        data: final.data,
        region: final.region,
        ...(fix ? { fixes: [fix] } : {})
      });
    },
    // A built image's config User is what Docker runs it as; empty or absent means root.
    image({ document, repository, report }) {
      if (document.platform.os.toLowerCase() === 'windows') return;
      const user = document.config.user?.trim() ?? '';
      if (user !== '' && !isLinuxRoot(user)) return;
      report({
        messageId: user === '' ? 'imageNoUser' : 'imageUser',
        data: { user },
        region: IMAGE_REGION,
        logical: USER_LOCATION,
        relatedLocations: builtFromRelated(document, repository)
      });
    }
  }
});
