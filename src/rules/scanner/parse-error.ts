import { defineRule } from '../../core/rule.js';

/** BH000: files of a known target that cannot be parsed. The engine also uses this rule for hard parse failures. */
export default defineRule({
  meta: {
    id: 'BH000',
    slug: 'parse-error',
    title: 'File could not be parsed',
    description:
      'A file that Bulkhead recognises (a Dockerfile, manifest, Compose file or registry config) could not be parsed, so none of its other rules could judge it. Docker, Kubernetes or the runtime would most likely reject the file as well.',
    severity: 'medium',
    remediation:
      'Fix the syntax error at the reported position, or exclude the file if it is not meant to be used as is.',
    references: ['https://docs.docker.com/reference/dockerfile/'],
    tags: ['correctness'],
    messages: { problem: '{problem}' },
    whenToIgnore:
      'Templates (`{{ … }}`) are skipped with a note, not reported. Exclude generated or intentionally broken test fixtures with `--exclude`.'
  },
  checks: {
    dockerfile({ document, report }) {
      for (const problem of document.problems)
        report({ messageId: 'problem', data: { problem: problem.message }, region: problem.region });
    },
    kubernetes({ document, report }) {
      // Valid YAML that Kubernetes cannot decode (a pod spec that is a list); the engine keeps the first.
      for (const problem of document.problems)
        report({ messageId: 'problem', data: { problem: problem.message }, region: problem.region });
    }
  }
});
