import { defineRule } from '../../core/rule.js';
import { finalImageStages } from '../../targets/dockerfile/final-image-stages.js';
import { classifyValue } from '../../secrets/literal-value.js';
import { isSecretLikeName } from '../../secrets/secret-names.js';

/** BH204: a secret-like ARG without a literal default in a stage that ships. */
export default defineRule({
  meta: {
    id: 'BH204',
    slug: 'secret-build-arg',
    title: 'Secret passed as a build argument',
    description:
      'An ARG with a secret-like name is meant to receive a credential through `--build-arg`. Build arguments are recorded in the image history of every RUN that follows them, so the value ships with the image for anyone who runs `docker history`. Only the final stage and the stages it is built FROM count; an ARG in a builder stage whose layers are discarded does not leak this way.',
    severity: 'medium',
    remediation:
      'Replace the ARG with a build secret: `RUN --mount=type=secret,id=token,env=TOKEN …` and `docker build --secret id=token,env=TOKEN`.',
    references: [
      'https://docs.docker.com/build/building/secrets/',
      'https://docs.docker.com/reference/build-checks/secrets-used-in-arg-or-env/'
    ],
    tags: ['CWE-214', 'CWE-522'],
    messages: {
      buildArg: "ARG '{name}' takes a secret through --build-arg; its value is kept in the image history."
    }
  },
  checks: {
    dockerfile({ document, report }) {
      for (const stage of finalImageStages(document)) {
        for (const instruction of stage.instructions) {
          if (instruction.keyword !== 'ARG') continue;
          for (const { name, value } of instruction.properties) {
            if (!isSecretLikeName(name)) continue;
            if (value !== undefined && classifyValue(value).literal) continue; // BH201's finding
            report({ messageId: 'buildArg', data: { name }, region: instruction.region });
          }
        }
      }
    }
  }
});
