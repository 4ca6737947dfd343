import { defineRule } from '../../core/rule.js';
import { finalImageStages } from '../../targets/dockerfile/final-image-stages.js';
import { classifyValue } from '../../secrets/literal-value.js';
import { redactSecret } from '../../secrets/redact.js';
import { isSecretLikeName } from '../../secrets/secret-names.js';
import { historyCommands } from '../../targets/image/history-commands.js';
import { historyLocation } from '../../targets/image/image-locations.js';
import { IMAGE_REGION } from '../../targets/image/target.js';

/** BH204: a secret-like ARG without a literal default in a stage that ships. */
export default defineRule({
  meta: {
    id: 'BH204',
    slug: 'secret-build-arg',
    title: 'Secret passed as a build argument',
    description:
      'An ARG with a secret-like name is meant to receive a credential through `--build-arg`. Build arguments are recorded in the image history of every RUN that follows them, so the value ships with the image for anyone who runs `docker history`. Only the final stage and the stages it is built FROM count; an ARG in a builder stage whose layers are discarded does not leak this way. In a built image, the values Docker recorded in front of each RUN (`RUN |1 NPM_TOKEN=…`) are the leak itself.',
    severity: 'medium',
    remediation:
      'Replace the ARG with a build secret: `RUN --mount=type=secret,id=token,env=TOKEN …` and `docker build --secret id=token,env=TOKEN`.',
    references: [
      'https://docs.docker.com/build/building/secrets/',
      'https://docs.docker.com/reference/build-checks/secrets-used-in-arg-or-env/'
    ],
    tags: ['CWE-214', 'CWE-522'],
    messages: {
      buildArg: "ARG '{name}' takes a secret through --build-arg; its value is kept in the image history.",
      recordedArg:
        "The image history records build argument '{name}' with its value ('{value}'): anyone who can pull the image can read it."
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
    },
    // Docker writes the build arguments a RUN saw in front of its history entry (`RUN |1 NPM_TOKEN=…`),
    // and again for every later RUN: reported once, at the first entry.
    image({ document, report }) {
      const seen = new Set<string>();
      for (const { entry, buildArgs } of historyCommands(document)) {
        for (const { name, value } of buildArgs) {
          if (seen.has(`${name}=${value}`) || !isSecretLikeName(name) || !classifyValue(value).literal)
            continue;
          seen.add(`${name}=${value}`);
          report({
            messageId: 'recordedArg',
            data: { name, value: redactSecret(value) },
            region: IMAGE_REGION,
            logical: historyLocation(entry.index)
          });
        }
      }
    }
  }
});
