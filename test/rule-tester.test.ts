import { findDuplicateCases } from './rule-tester.js';

const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  hostNetwork: true\n';

describe('findDuplicateCases', () => {
  it('names both cases of a repeated input, trailing whitespace aside', () => {
    const duplicates = findDuplicateCases({
      valid: [{ name: 'plain pod', filename: 'pod.yaml', code: pod }, 'FROM alpine:3.20\n'],
      invalid: [
        {
          name: 'same pod, trailing blanks',
          filename: 'pod.yaml',
          code: pod.replace('true\n', 'true   \n\n'),
          errors: [{ messageId: 'hostNetwork', line: 6 }]
        }
      ]
    });
    expect(duplicates).toEqual(["invalid #1 'same pod, trailing blanks' repeats valid #1 'plain pod'."]);
  });

  it('labels unnamed cases by their position', () => {
    expect(findDuplicateCases({ valid: ['FROM alpine:3.20\n', 'FROM alpine:3.20'], invalid: [] })).toEqual([
      'valid #2 repeats valid #1.'
    ]);
  });

  it('keeps cases that differ in file name, other files, settings or the text itself', () => {
    const base = { filename: 'pod.yaml', code: pod };
    expect(
      findDuplicateCases({
        valid: [
          base,
          { ...base, filename: 'k8s/pod.yaml' },
          { ...base, files: { Dockerfile: 'FROM alpine:3.20\n' } },
          { ...base, settings: { trustedRegistries: ['registry.example.com'] } },
          { ...base, code: pod.replace('  hostNetwork', '  hostPID') }
        ],
        invalid: []
      })
    ).toEqual([]);
  });
});
