import { defineRule } from '../../core/rule.js';
import type { DockerInstruction } from '../../targets/dockerfile/dockerfile-document.js';
import { envAndArgValues, type NamedValue } from '../../targets/dockerfile/env-and-arg-values.js';
import { secretValues } from '../../secrets/secret-values.js';
import { envLocation } from '../../targets/image/image-locations.js';
import { IMAGE_REGION } from '../../targets/image/target.js';

/** BH201: a literal secret in ENV or an ARG default. */
export default defineRule({
  meta: {
    id: 'BH201',
    slug: 'secret-in-env-or-arg',
    title: 'Secret in ENV or ARG default',
    description:
      'An ENV value or ARG default holds a credential: a secret-like name (password, token, API key, connection string…) with a literal value, or a known credential format (GitHub, GitLab, Slack, npm, AWS, Azure, JWT, a password in a URL) under any name. ENV is stored in the image config and ARG defaults in its history, so anyone who can pull the image can read them, and the value is in the repository for good. In a built image, every `config.Env` entry is checked, including those its base images set.',
    severity: 'high',
    remediation:
      'Remove the value and rotate the credential. Pass secrets at build time with `RUN --mount=type=secret` and at run time through the orchestrator (Kubernetes Secrets, Compose secrets, environment injected by the platform).',
    references: [
      'https://docs.docker.com/build/building/secrets/',
      'https://docs.docker.com/reference/build-checks/secrets-used-in-arg-or-env/'
    ],
    tags: ['CWE-798', 'CWE-522'],
    messages: {
      namedSecret: "{keyword} '{name}' holds a literal secret ('{value}').",
      knownFormat: "{keyword} '{name}' holds a credential ({type}: '{value}')."
    }
  },
  checks: {
    dockerfile({ document, report }) {
      // Known formats are searched across the instruction, so an AWS key pair split over two
      // `NAME=value` pairs of one ENV is still a pair.
      const byInstruction = new Map<DockerInstruction, NamedValue[]>();
      for (const value of envAndArgValues(document)) {
        const group = byInstruction.get(value.instruction);
        if (group) group.push(value);
        else byInstruction.set(value.instruction, [value]);
      }
      for (const [instruction, values] of byInstruction) {
        for (const { messageId, data } of secretValues(values))
          report({ messageId, data: { keyword: instruction.keyword, ...data }, region: instruction.region });
      }
    },
    // config.Env is every ENV of the image and its bases, values substituted; searched as one.
    image({ document, report }) {
      const values = document.config.env.map(entry => {
        const equals = entry.indexOf('=');
        return equals < 0
          ? { name: entry, value: '' }
          : { name: entry.slice(0, equals), value: entry.slice(equals + 1) };
      });
      for (const { index, messageId, data } of secretValues(values)) {
        const logical = envLocation(index);
        report({ messageId, data: { keyword: 'Image ENV', ...data }, region: IMAGE_REGION, logical });
      }
    }
  }
});
